import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { getIcon, mergeStyles } from '@fluentui/react/lib/Styling';
import { CategoryConflictError, CategoryRepository, type CategoryTeam, type CategoryView } from '../../../../data/config';
import { describeError } from '../../../../data/sp/errors';
import { moveAmongSiblings, moveUnder, type CategoryPlacement } from '../../../../domain/config/categoryRules';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { LiveRegion } from '../../../common/LiveRegion';
import { LoadingState } from '../../../common/LoadingState';
import { Notice, MessageBarType } from '../../../common/Notice';
import { ThemeText } from '../../../common/ThemeText';
import { WithStrings } from '../../../common/WithStrings';
import { useAlive, useLoad } from '../../../common/useLoad';
import { formatString } from '../../../common/format';
import { actionId, CategoryTree, type TreeAction } from './CategoryTree';
import { IntakeService } from '../../../../data/intake/IntakeService';
import { CategoryPanel } from './CategoryPanel';
import { MoveDialog } from './MoveDialog';

// The preview renders the ticket form's own fields, with the form's strings.
const MODULES = ['configCategories', 'ticketForm'] as const;
const column = mergeStyles({ display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0, maxWidth: 960, paddingTop: 12, selectors: { '& > h2, & > p': { margin: 0 } } });

/** Whether this page can draw an icon: SharePoint's pages register Fluent's icon font, the workbench its own icons. */
const isKnownIcon = (name: string): boolean => !!getIcon(name);

/** What the panel shows: a new category (maybe under a parent), or one of the tree. */
type Editing = { mode: 'new'; parentId?: number } | { mode: 'edit'; item: CategoryView };

function CategoriesContent(): React.ReactElement {
  const { sp, strings, locale } = useHelpCenter();
  const s = strings.categoriesConfig;
  const repository = React.useMemo(() => new CategoryRepository(sp, isKnownIcon), [sp]);
  const intake = React.useMemo(() => new IntakeService(sp), [sp]);
  const { state, reload } = useLoad(() => Promise.all([repository.all(), repository.teams()]), [repository], { keepValue: true });
  const [editing, setEditing] = React.useState<Editing | undefined>(undefined);
  const [moving, setMoving] = React.useState<CategoryView | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [done, setDone] = React.useState('');
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const opener = React.useRef<HTMLElement | null>(null);
  const focusAfter = React.useRef<string | undefined>(undefined);
  const alive = useAlive();
  const [categories, teams]: [CategoryView[], CategoryTeam[]] = state.value || [[], []];

  React.useEffect(() => {
    // After a move the tree is read again: the focus goes back to the button that moved the category, at its new place.
    if (state.status !== 'done' || !focusAfter.current) return;
    const target = document.getElementById(focusAfter.current);
    focusAfter.current = undefined;
    if (target) target.focus();
  }, [state]);

  const name = (k: CategoryView): string => (locale === 'en' ? k.titleEn || k.titleFr : k.titleFr);
  const place = async (k: CategoryView, placements: CategoryPlacement[], focus: string): Promise<void> => {
    if (!placements.length) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await repository.place(placements, Object.assign({}, ...categories.map(c => ({ [c.id]: c.etag }))));
      if (alive()) setDone(formatString(s.moved, name(k)));
    } catch (e) {
      if (!(e instanceof CategoryConflictError)) console.error('Categories: move failed', e);
      if (alive()) setProblem(e instanceof CategoryConflictError ? s.moveConflict : `${s.moveFailed} ${describeError(e)}`);
    } finally {
      if (alive()) {
        setBusy(false);
        focusAfter.current = focus;
        reload();
      }
    }
  };
  const onAction = (action: TreeAction, k: CategoryView): void => {
    opener.current = document.activeElement as HTMLElement | null;
    if (action === 'edit') setEditing({ mode: 'edit', item: k });
    else if (action === 'addChild') setEditing({ mode: 'new', parentId: k.id });
    else if (action === 'move') setMoving(k);
    else place(k, moveAmongSiblings(categories, k.id, action), actionId(action, k.id)).catch(() => undefined);
  };
  const closePanel = (message?: string): void => {
    setEditing(undefined);
    if (message) { setDone(message); reload(); }
    if (opener.current) opener.current.focus();
  };

  return (
    <section className={column} aria-labelledby="hc-config-categories-heading">
      <ThemeText as="h2" variant="large" id="hc-config-categories-heading">{s.heading}</ThemeText>
      <ThemeText as="p">{s.intro}</ThemeText>
      <LiveRegion message={done} />
      <div>
        <PrimaryButton text={s.addButton} iconProps={{ iconName: 'Add' }} onClick={() => { opener.current = document.activeElement as HTMLElement | null; setEditing({ mode: 'new' }); }} />
      </div>
      {problem ? <Notice messageBarType={MessageBarType.warning} isMultiline>{problem}</Notice> : null}
      {state.status === 'failed' ? (
        <Notice messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text={s.retry} onClick={reload} />}>{`${s.readFailed} ${describeError(state.error)}`}</Notice>
      ) : null}
      {state.status === 'loading' && !state.value ? <LoadingState label={s.loading} /> : null}
      {state.status === 'done' && !categories.length ? <ThemeText as="p">{s.empty}</ThemeText> : null}
      <CategoryTree categories={categories} teams={teams} busy={busy || state.status === 'loading'} onAction={onAction} />
      {editing ? (
        <CategoryPanel repository={repository} item={editing.mode === 'edit' ? editing.item : undefined} parentId={editing.mode === 'new' ? editing.parentId : undefined}
          categories={categories} teams={teams} isKnownIcon={isKnownIcon} searchPeople={q => intake.searchPeople(q)} onClose={closePanel} />
      ) : null}
      {moving ? (
        <MoveDialog category={moving} categories={categories} onCancel={() => { setMoving(undefined); if (opener.current) opener.current.focus(); }}
          onMove={parentId => {
            setMoving(undefined);
            place(moving, moveUnder(categories, moving.id, parentId), actionId('move', moving.id)).catch(() => undefined);
          }} />
      ) : null}
    </section>
  );
}

/** The set-up page's categories area (issue 18), its strings loaded with it. */
export function CategoriesArea(): React.ReactElement {
  const s = useHelpCenter().strings.common;
  return (
    <WithStrings modules={MODULES} fallback={<LoadingState label={s.loading} />}>
      <CategoriesContent />
    </WithStrings>
  );
}
