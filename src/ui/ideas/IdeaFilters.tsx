import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { IDEA_STATUSES, type IdeaStatus } from '../../domain/vocabulary';
import type { IdeaCategory, IdeaOrder, IdeaQuery } from '../../data/ideas/services';
import { useHelpCenter } from '../common/HelpCenterContext';
import { categoryChoices } from './ideaView';

/** Props of {@link IdeaFilters}. */
export interface IdeaFiltersProps {
  query: IdeaQuery;
  categories: IdeaCategory[];
  onChange(query: IdeaQuery): void;
}

const classes = mergeStyleSets({
  filters: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', border: 0, padding: 0, margin: 0, minWidth: 0 },
  field: { minWidth: 180, flex: '1 1 200px', maxWidth: 320 },
  order: { display: 'flex', gap: 4, flexWrap: 'wrap' }
});

/** The box's filters: a category, a status, and the order (most supported or newest: two toggle buttons). */
export function IdeaFilters(props: IdeaFiltersProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.ideas;
  const categories: IDropdownOption[] = React.useMemo(() => [{ key: 0, text: s.allCategories } as IDropdownOption]
    .concat(categoryChoices(props.categories, locale)), [props.categories, locale, s]);
  const statuses: IDropdownOption[] = [{ key: '', text: s.allStatuses } as IDropdownOption]
    .concat(IDEA_STATUSES.map(st => ({ key: st, text: strings.ideaStatus[st] })));
  const order = (o: IdeaOrder): React.ReactElement => {
    const Button = props.query.order === o ? PrimaryButton : DefaultButton;
    return <Button text={o === 'top' ? s.top : s.newest} toggle checked={props.query.order === o} onClick={() => props.onChange({ ...props.query, order: o })} />;
  };
  return (
    <div role="group" aria-label={s.filters} className={classes.filters}>
      <Dropdown className={classes.field} label={s.category} options={categories} selectedKey={props.query.categoryId || 0}
        onChange={(_e, o) => props.onChange({ ...props.query, categoryId: o && Number(o.key) ? Number(o.key) : undefined })} />
      <Dropdown className={classes.field} label={s.status} options={statuses} selectedKey={props.query.status || ''}
        onChange={(_e, o) => props.onChange({ ...props.query, status: o && o.key ? o.key as IdeaStatus : undefined })} />
      <div role="group" aria-label={s.order} className={classes.order}>{order('top')}{order('newest')}</div>
    </div>
  );
}
