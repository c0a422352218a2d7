import * as React from 'react';
import type { MailTemplateRepository } from '../../../../data/config/MailTemplateRepository';
import type { MailTemplateVersion } from '../../../../data/config/mailTemplateRows';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { VersionHistory } from '../VersionHistory';

/** Props of {@link MailHistory}. */
export interface MailHistoryProps {
  repository: MailTemplateRepository;
  /** The HelpSettings item. */
  id: number;
  /** Changes after each save, to read again. */
  version: string;
}

/** Who changed a template and what its subject was then: the item's versions (HelpSettings is versioned). */
export function MailHistory(props: MailHistoryProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.mailsConfig;
  const { repository, id } = props;
  const load = React.useCallback(() => repository.history(id), [repository, id]);
  return (
    <VersionHistory<MailTemplateVersion> load={load} reloadKey={props.version} headingId="hc-mail-history-heading" area="Mails"
      texts={{ heading: s.historyHeading, empty: s.historyEmpty, readFailed: s.readFailed, entry: s.historyEntry }}
      describe={v => [v.builtIn ? s.historyProduct : s.historyOwn, v.template ? v.template[locale].subject : ''].filter(Boolean).join(' · ')} />
  );
}
