import * as React from 'react';
import type { CategoryRepository, CategoryVersion } from '../../../../data/config';
import type { FormFieldKey } from '../../../../domain/intake';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { formatString } from '../../../common/format';
import { VersionHistory } from '../VersionHistory';
import { formFieldLabel } from './formFieldLabel';
import { TICKET_PRIORITIES } from '../../../../domain/vocabulary';

/** Props of {@link CategoryHistory}. */
export interface CategoryHistoryProps {
  /** Reads the versions. */
  repository: CategoryRepository;
  /** The category. */
  id: number;
  /** Changes after each save, to read again. */
  version: string;
}

/** Who changed a category and what it was then: the item's versions (SharePoint's own record), newest first. */
export function CategoryHistory(props: CategoryHistoryProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.categoriesConfig;
  const { repository, id } = props;
  const load = React.useCallback(() => repository.history(id), [repository, id]);
  const fields = (v: CategoryVersion): string => v.formFields
    .map(k => `${formFieldLabel(k as FormFieldKey, strings)}${v.requiredFields.indexOf(k) >= 0 ? ` (${s.previewRequired})` : ''}`).join(', ');
  const hours = (h: number | undefined): string => (h === undefined ? s.noTarget : formatString(s.hoursText, String(h).replace('.', locale === 'fr' ? ',' : '.')));
  return (
    <VersionHistory<CategoryVersion> load={load} reloadKey={props.version} headingId="hc-category-history" area="Categories"
      texts={{ heading: s.historyHeading, empty: s.historyEmpty, readFailed: s.readFailed, entry: s.historyEntry }}
      describe={v => [`${v.titleFr} / ${v.titleEn}`, fields(v), formatString(s.summarySla, hours(v.firstResponseHours), hours(v.resolutionHours)),
        ...TICKET_PRIORITIES.filter(p => v.slaByPriority[p]).map(p => `${strings.ticketPriority[p]} — ${formatString(s.summarySla, hours(v.slaByPriority[p]!.firstResponseHours), hours(v.slaByPriority[p]!.resolutionHours))}`)
      ].filter(Boolean).join(' · ')} />
  );
}
