import * as React from 'react';
import type { MailTemplateRepository } from '../../../../data/config/MailTemplateRepository';
import type { MailTemplateVersion } from '../../../../data/config/mailTemplateRows';
import { describeError } from '../../../../data/sp/errors';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ThemeText } from '../../../common/ThemeText';
import { dateTimeText } from '../../../common/dates';
import { formatString } from '../../../common/format';
import { useLoad } from '../../../common/useLoad';

/** Props of {@link MailHistory}. */
export interface MailHistoryProps {
  repository: MailTemplateRepository;
  /** The HelpSettings item. */
  id: number;
  /** Changes after each save, to read again. */
  version: string;
}

/** Who changed a template and what its French subject was then: the item's versions (HelpSettings is versioned). */
export function MailHistory(props: MailHistoryProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.mailsConfig;
  const { repository, id, version } = props;
  const { state } = useLoad<MailTemplateVersion[]>(() => repository.history(id), [repository, id, version]);
  React.useEffect(() => { if (state.status === 'failed') console.error('Mails: history failed', state.error); }, [state]);
  return (
    <section aria-labelledby="hc-mail-history-heading">
      <ThemeText as="h3" variant="mediumPlus" id="hc-mail-history-heading">{s.historyHeading}</ThemeText>
      {state.status === 'failed' ? <ThemeText as="p">{`${s.readFailed} ${describeError(state.error)}`}</ThemeText> : null}
      {state.status === 'done' && !state.value.length ? <ThemeText as="p">{s.historyEmpty}</ThemeText> : null}
      {state.status === 'done' && state.value.length ? (
        <ol style={{ paddingLeft: 20, margin: 0 }}>
          {state.value.map(v => (
            <li key={v.label}>
              <ThemeText as="span">{formatString(s.historyEntry, v.label, v.at ? dateTimeText(v.at, locale) : '—', v.by || '—')}</ThemeText>
              <ThemeText as="div" variant="small">{[v.builtIn ? s.historyProduct : s.historyOwn, v.template ? v.template[locale].subject : ''].filter(Boolean).join(' · ')}</ThemeText>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
