import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import type { CategoryView } from '../../../../data/config';
import { categoryTree } from '../../../../domain/categories/categoryTree';
import { possibleParents } from '../../../../domain/config/categoryRules';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { formatString } from '../../../common/format';

/** Props of {@link MoveDialog}. */
export interface MoveDialogProps {
  /** The category to move. */
  category: CategoryView;
  /** Every category. */
  categories: readonly CategoryView[];
  /** The new parent chosen (undefined: a top-level category). */
  onMove: (parentId: number | undefined) => void;
  /** Closed without moving. */
  onCancel: () => void;
}

const ROOT = 'root';

/**
 * "Déplacer sous…": the parents a category may go under (never itself or one of its descendants: no cycle), indented
 * as in the tree, the current one chosen first; the keyboard path for re-parenting (WCAG 2.5.7).
 */
export function MoveDialog(props: MoveDialogProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.categoriesConfig;
  const { category } = props;
  const [parent, setParent] = React.useState<string>(category.parentId === undefined ? ROOT : String(category.parentId));
  const name = (k: CategoryView): string => (locale === 'en' ? k.titleEn || k.titleFr : k.titleFr);
  const allowed = possibleParents(props.categories, category.id).map(k => k.id);
  const options: IDropdownOption[] = [{ key: ROOT, text: s.root }].concat(categoryTree(props.categories)
    .filter(n => allowed.indexOf(n.k.id) >= 0)
    .map(n => ({ key: String(n.k.id), text: `${'\u00a0\u00a0'.repeat(n.depth)}${name(n.k)}`, title: `${name(n.k)} (${formatString(s.levelInfo, n.depth + 1)})` })));
  const current = category.parentId === undefined ? ROOT : String(category.parentId);
  return (
    <Dialog hidden={false} onDismiss={props.onCancel} minWidth={280} maxWidth={520}
      dialogContentProps={{ type: DialogType.normal, title: formatString(s.moveTitle, name(category)), subText: s.moveIntro, closeButtonAriaLabel: s.close }}
      modalProps={{ isBlocking: false }}>
      <Dropdown label={s.moveParentLabel} options={options} selectedKey={parent} onChange={(_, o) => { if (o) setParent(String(o.key)); }} />
      <DialogFooter>
        <PrimaryButton text={s.moveConfirm} disabled={parent === current} onClick={() => props.onMove(parent === ROOT ? undefined : Number(parent))} />
        <DefaultButton text={s.cancel} onClick={props.onCancel} />
      </DialogFooter>
    </Dialog>
  );
}
