import * as React from 'react';
import { Dropdown, DropdownMenuItemType, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { MailTemplateRepository } from '../../../../data/config/MailTemplateRepository';
import type { MailTemplateView } from '../../../../data/config/mailTemplateRows';
import { MAIL_TEMPLATE_ENTRIES, placeholderCatalogue } from '../../../../data/config/mailCatalog';
import { latestRequest, type PreviewRequest } from '../../../../data/config/mailPreview';
import { describeError } from '../../../../data/sp/errors';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { LiveRegion } from '../../../common/LiveRegion';
import { LoadingState } from '../../../common/LoadingState';
import { Notice, MessageBarType } from '../../../common/Notice';
import { ThemeText } from '../../../common/ThemeText';
import { WithStrings } from '../../../common/WithStrings';
import { useLoad } from '../../../common/useLoad';
import { formatString } from '../../../common/format';
import { entryLabel } from './mailLabels';
import { MailEditor } from './MailEditor';

const MODULES = ['configMails'] as const;
const column = mergeStyles({ display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0, maxWidth: 960, paddingTop: 12, selectors: { '& > h2, & > p': { margin: 0 } } });

/** What the area reads once: every template as it applies, and the request previews are written with. */
interface MailsData {
  views: { [key: string]: MailTemplateView };
  request?: PreviewRequest;
}

function MailsContent(): React.ReactElement {
  const { sp, strings } = useHelpCenter();
  const s = strings.mailsConfig;
  const repository = React.useMemo(() => new MailTemplateRepository(sp), [sp]);
  const { state } = useLoad<MailsData>(async () => {
    const [all, request] = await Promise.all([repository.all(), latestRequest(sp)]);
    const views: MailsData['views'] = {};
    all.forEach(v => { views[v.key] = v; });
    return { views, request };
  }, [repository, sp]);
  const [saved, setSaved] = React.useState<MailsData['views']>({});
  const [key, setKey] = React.useState(MAIL_TEMPLATE_ENTRIES[0].key);
  const [done, setDone] = React.useState('');
  React.useEffect(() => { if (state.status === 'failed') console.error('Mails: read failed', state.error); }, [state]);

  const viewOf = (k: string): MailTemplateView | undefined => saved[k] || (state.status === 'done' ? state.value.views[k] : undefined);
  const options: IDropdownOption[] = [];
  MAIL_TEMPLATE_ENTRIES.forEach((entry, i) => {
    if (!i || MAIL_TEMPLATE_ENTRIES[i - 1].event !== entry.event) options.push({ key: `h-${entry.event}`, text: s.events[entry.event] || entry.event, itemType: DropdownMenuItemType.Header });
    const v = viewOf(entry.key);
    options.push({ key: entry.key, text: formatString(s.optionWithOrigin, entryLabel(s, entry), v && v.own ? s.ownText : s.productText) });
  });
  const entry = MAIL_TEMPLATE_ENTRIES.filter(e => e.key === key)[0];
  const view = viewOf(key);
  const catalogue = placeholderCatalogue(key);
  return (
    <section className={column} aria-labelledby="hc-config-mails-heading">
      <ThemeText as="h2" variant="large" id="hc-config-mails-heading">{s.heading}</ThemeText>
      <ThemeText as="p">{s.intro}</ThemeText>
      <LiveRegion message={done} />
      {state.status === 'loading' ? <LoadingState label={s.loading} /> : null}
      {state.status === 'failed' ? <Notice messageBarType={MessageBarType.error} isMultiline>{`${s.readFailed} ${describeError(state.error)}`}</Notice> : null}
      {state.status === 'done' && view && catalogue ? (
        <>
          <Dropdown label={s.templateLabel} options={options} selectedKey={key} onChange={(_, o) => { if (o) { setKey(String(o.key)); setDone(''); } }}
            styles={{ root: { maxWidth: 520 }, dropdownItemsWrapper: { maxHeight: 420 } }} />
          {done ? <ThemeText as="p">{done}</ThemeText> : null}
          <MailEditor key={key} repository={repository} entry={entry} view={view} catalogue={catalogue} request={state.value.request}
            onSaved={(v, message) => { setSaved(prev => ({ ...prev, [v.key]: v })); setDone(message); }} />
        </>
      ) : null}
    </section>
  );
}

/** The set-up page's mails area (issue 18), its strings loaded with it. */
export function MailsArea(): React.ReactElement {
  const s = useHelpCenter().strings.locationsConfig;
  return (
    <WithStrings modules={MODULES} fallback={<LoadingState label={s.loading} />}>
      <MailsContent />
    </WithStrings>
  );
}
