import * as React from 'react';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { LoadingState } from '../../../common/LoadingState';
import { WithStrings } from '../../../common/WithStrings';

const MODULES = ['configMails'] as const;

function MailsContent(): React.ReactElement {
  const s = useHelpCenter().strings.mailsConfig;
  return (
    <section aria-labelledby="hc-config-mails-heading">
      <h2 id="hc-config-mails-heading">{s.heading}</h2>
      <p>{s.intro}</p>
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
