import * as React from 'react';
import { IconButton } from '@fluentui/react/lib/Button';
import { Icon } from '@fluentui/react/lib/Icon';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme, type Theme } from '@fluentui/react/lib/Theme';
import type { CategoryTeam, CategoryView } from '../../../../data/config';
import { businessDuration } from '../../../../domain/time/durations';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { durationText, formatCount, formatString } from '../../../common/format';
import { UserText } from '../../../common/UserText';

/** What a row's buttons ask for. */
export type TreeAction = 'edit' | 'up' | 'down' | 'move' | 'addChild';

/** Props of {@link CategoryTree}. */
export interface CategoryTreeProps {
  /** Every category. */
  categories: readonly CategoryView[];
  /** The teams (their names in the rows). */
  teams: readonly CategoryTeam[];
  /** Whether the buttons wait for a write. */
  busy: boolean;
  /** A button was pressed. */
  onAction: (action: TreeAction, category: CategoryView) => void;
}

/** The id of a row's button (the page moves the focus back to it after a move). */
export function actionId(action: TreeAction, id: number): string {
  return `hc-category-${id}-${action}`;
}

function styles(theme: Theme): { list: string; nested: string; row: string; name: string; details: string; actions: string } {
  return mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0 },
    nested: { listStyle: 'none', margin: 0, padding: '0 0 0 20px', borderLeft: `2px solid ${theme.palette.neutralLight}`, marginLeft: 12 },
    row: {
      display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px', padding: '6px 0', borderBottom: `1px solid ${theme.palette.neutralLighter}`, minWidth: 0
    },
    name: { display: 'flex', alignItems: 'center', gap: 8, flex: '1 1 220px', minWidth: 0, overflowWrap: 'anywhere', color: theme.semanticColors.bodyText },
    details: { display: 'block', fontSize: theme.fonts.small.fontSize, color: theme.semanticColors.bodySubtext },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 2 }
  });
}

/**
 * The category tree as nested lists (a screen reader says each list's level and size), each row with its names, team,
 * targets and buttons: edit, move up, move down, move under another parent, add a subcategory — the keyboard path for
 * every reordering (no dragging needed, WCAG 2.5.7).
 */
export function CategoryTree(props: CategoryTreeProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.categoriesConfig;
  const c = styles(useTheme());
  const byParent = (parentId: number | undefined): CategoryView[] => props.categories
    .filter(k => (k.parentId !== undefined && props.categories.some(p => p.id === k.parentId) ? k.parentId : undefined) === parentId)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const hours = (h: number | undefined): string => (h === undefined ? s.noTarget : durationText(businessDuration(Math.round(h * 60)), strings, locale));
  const teamName = (id: number | undefined): string => {
    const t = props.teams.filter(x => x.id === id)[0];
    return t ? (locale === 'en' ? t.titleEn : t.titleFr) : '';
  };
  const name = (k: CategoryView): string => (locale === 'en' ? k.titleEn || k.titleFr : k.titleFr);

  const render = (parentId: number | undefined, depth: number): React.ReactElement | null => {
    const row = byParent(parentId);
    if (!row.length || depth > 10) return null;
    return (
      <ul className={depth ? c.nested : c.list} aria-label={depth ? undefined : s.treeLabel}>
        {row.map((k, i) => {
          const details = [
            locale === 'en' ? k.titleFr : k.titleEn,
            teamName(k.defaultTeamId) ? formatString(s.summaryTeam, teamName(k.defaultTeamId)) : '',
            k.firstResponseHours !== undefined || k.resolutionHours !== undefined ? formatString(s.summarySla, hours(k.firstResponseHours), hours(k.resolutionHours)) : '',
            k.formFields.length ? formatCount(locale, k.formFields.length, s.summaryFields) : '',
            k.approvalRequired ? (k.approver ? formatString(s.summaryApprovalBy, k.approver.displayName) : s.summaryApproval) : ''
          ].filter(Boolean).join(' · ');
          const label = name(k);
          const button = (action: TreeAction, icon: string, text: string, disabled: boolean = false): React.ReactElement => (
            <IconButton id={actionId(action, k.id)} iconProps={{ iconName: icon }} ariaLabel={formatString(text, label)} title={formatString(text, label)}
              disabled={props.busy || disabled} allowDisabledFocus onClick={() => props.onAction(action, k)} />
          );
          return (
            <li key={k.id}>
              <div className={c.row}>
                <span className={c.name}>
                  {k.icon ? <Icon iconName={k.icon} aria-hidden /> : null}
                  <span><strong><UserText text={label} /></strong><UserText className={c.details} text={details} /></span>
                </span>
                <span className={c.actions}>
                  {button('edit', 'Edit', s.editLabel)}
                  {button('up', 'Up', s.upLabel, i === 0)}
                  {button('down', 'Down', s.downLabel, i === row.length - 1)}
                  {button('move', 'Org', s.moveLabel)}
                  {button('addChild', 'Add', s.addChild)}
                </span>
              </div>
              {render(k.id, depth + 1)}
            </li>
          );
        })}
      </ul>
    );
  };
  return render(undefined, 0) || <></>;
}
