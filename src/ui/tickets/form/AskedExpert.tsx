import * as React from 'react';
import type { AskedExpert as Expert } from '../../../data/intake/askExpert';
import type { FormTeam } from '../../../data/intake/IntakeService';
import { Notice, MessageBarType } from '../../common/Notice';
import { LoadingState } from '../../common/LoadingState';
import { PersonBadge } from '../../common/PersonBadge';
import { ThemeText } from '../../common/ThemeText';
import { formatString } from '../../common/format';
import { useLoad } from '../../common/useLoad';

/** Props of {@link AskedExpert}. */
export interface AskedExpertProps {
  /** The address the page's `?expert=` gives (already shaped like an address). */
  email: string;
  find?: (email: string) => Promise<Expert | undefined>;
  /** The support teams: an expert who is a member of one is an agent, to whom the desk can hand the request. */
  teams: FormTeam[];
  strings: IHelpCenterTicketFormStrings['ticketForm'];
  /** Who the request is addressed to (undefined: nobody known, an ordinary request). */
  onResolved(id: number | undefined): void;
}

/**
 * "Ask this expert" on the request form (its own chunk, loaded only when the page names an expert): who the request
 * goes to, with their photo, and whether the desk will hand it to them — listed in the directory by their own entry
 * and an agent of a team, as the desk's intake checks again — or files it the ordinary way.
 */
export function AskedExpert(props: AskedExpertProps): React.ReactElement {
  const { email, find, onResolved } = props;
  const s = props.strings;
  const { state } = useLoad(() => (find ? find(email) : Promise.resolve(undefined)), [find, email]);
  const expert = state.value;
  const resolved = React.useRef(onResolved);
  resolved.current = onResolved;
  React.useEffect(() => {
    if (state.status === 'failed') console.error('[HelpCenter] The expert could not be looked up:', state.error);
    if (state.status !== 'loading') resolved.current(state.value && state.value.id);
  }, [state]);
  if (state.status === 'loading') return <LoadingState label={s.expertLoading} />;
  if (state.status === 'failed') return <Notice messageBarType={MessageBarType.warning} isMultiline>{s.expertFailed}</Notice>;
  if (!expert) return <Notice messageBarType={MessageBarType.warning} isMultiline>{formatString(s.expertUnknown, email)}</Notice>;
  const routed = expert.listed && props.teams.some(t => t.memberIds.indexOf(expert.id) >= 0);
  return (
    <section aria-labelledby="hc-form-expert" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <ThemeText as="h3" variant="mediumPlus" id="hc-form-expert" extra={{ margin: 0, fontWeight: 600 }}>{s.expertHeading}</ThemeText>
      <PersonBadge name={expert.name} email={expert.email} secondaryText={expert.email} size="regular" />
      <ThemeText as="p" block extra={{ margin: 0 }}>{routed ? s.expertRouted : formatString(s.expertNotRouted, expert.name)}</ThemeText>
    </section>
  );
}
