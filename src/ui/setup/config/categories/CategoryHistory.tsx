import * as React from 'react';
import type { CategoryRepository, CategoryVersion } from '../../../../data/config';
import { describeError } from '../../../../data/sp/errors';
import type { FormFieldKey } from '../../../../domain/intake';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ThemeText } from '../../../common/ThemeText';
import { UserText } from '../../../common/UserText';
import { dateTimeText } from '../../../common/dates';
import { formatString } from '../../../common/format';
import { formFieldLabel } from './formFieldLabel';

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
  const [versions, setVersions] = React.useState<CategoryVersion[] | undefined>(undefined);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const { repository, id, version } = props;
  React.useEffect(() => {
    let live = true;
    repository.history(id).then(v => { if (live) setVersions(v); }, e => {
      console.error('Categories: history failed', e);
      if (live) setFailure(describeError(e));
    });
    return () => { live = false; };
  }, [repository, id, version]);
  const fields = (v: CategoryVersion): string => v.formFields
    .map(k => `${formFieldLabel(k as FormFieldKey, strings)}${v.requiredFields.indexOf(k) >= 0 ? ` (${s.previewRequired})` : ''}`).join(', ');
  const hours = (h: number | undefined): string => (h === undefined ? s.noTarget : formatString(s.hoursText, String(h).replace('.', locale === 'fr' ? ',' : '.')));
  return (
    <section aria-labelledby="hc-category-history">
      <ThemeText as="h3" variant="mediumPlus" id="hc-category-history">{s.historyHeading}</ThemeText>
      {failure ? <ThemeText as="p">{`${s.readFailed} ${failure}`}</ThemeText> : null}
      {versions && !versions.length ? <ThemeText as="p">{s.historyEmpty}</ThemeText> : null}
      {versions && versions.length ? (
        <ol style={{ paddingLeft: 20, margin: 0 }}>
          {versions.map(v => (
            <li key={v.label}>
              <ThemeText as="span">{formatString(s.historyEntry, v.label, v.at ? dateTimeText(v.at, locale) : '—', v.by || '—')}</ThemeText>
              <ThemeText as="div" variant="small">
                <UserText text={[`${v.titleFr} / ${v.titleEn}`, fields(v), formatString(s.summarySla, hours(v.firstResponseHours), hours(v.resolutionHours))].filter(Boolean).join(' · ')} />
              </ThemeText>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
