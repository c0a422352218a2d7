import * as React from 'react';
import { ComboBox, IComboBoxOption } from '@fluentui/react/lib/ComboBox';
import { SelectableOptionMenuItemType } from '@fluentui/react/lib/SelectableOption';
import type { FormCategory } from '../../../data/intake/IntakeService';
import type { UiLocale } from '../../common/HelpCenterContext';

/** Id of the category's input (the error summary's link moves the focus there). */
export const CATEGORY_INPUT_ID = 'hc-category-input';

const CHILD_STYLES = { root: { paddingLeft: 24 } };

/** Props of {@link CategorySelect}. */
export interface CategorySelectProps {
  categories: FormCategory[];
  value?: number;
  locale: UiLocale;
  /** Translated error, shown under the field and announced with it. */
  error?: string;
  strings: IHelpCenterStrings['ticketForm'];
  onChange(id: number | undefined): void;
  /** The list opens: a choice is coming (the form starts loading the fields a category may ask for). */
  onOpen?(): void;
}

/**
 * The category tree's options: a root with children is a header (not a choice) followed by its children; a root
 * without children is a choice itself.
 */
export function categoryOptions(categories: FormCategory[], locale: UiLocale): IComboBoxOption[] {
  const name = (c: FormCategory): string => (locale === 'en' ? c.titleEn : c.titleFr);
  const options: IComboBoxOption[] = [];
  categories.filter(c => !c.parentId).forEach(root => {
    const kids = categories.filter(c => c.parentId === root.id);
    if (!kids.length) { options.push({ key: root.id, text: name(root) }); return; }
    options.push({ key: `group-${root.id}`, text: name(root), itemType: SelectableOptionMenuItemType.Header });
    // Children sit under their header, indented: the tree reads as a tree.
    kids.forEach(k => options.push({ key: k.id, text: name(k), styles: CHILD_STYLES }));
  });
  return options;
}

/** The category, searchable from the keyboard: typing completes to the first matching category. */
export function CategorySelect(props: CategorySelectProps): React.ReactElement {
  const options = React.useMemo(() => categoryOptions(props.categories, props.locale), [props.categories, props.locale]);
  return (
    <ComboBox id="hc-category" label={props.strings.categoryLabel} required options={options} selectedKey={props.value === undefined ? null : props.value}
      placeholder={props.strings.categoryPlaceholder} autoComplete="on" allowFreeform={false} useComboBoxAsMenuWidth
      errorMessage={props.error} onMenuOpen={props.onOpen} onChange={(_, option) => { if (option && typeof option.key === 'number') props.onChange(option.key); }} />
  );
}
