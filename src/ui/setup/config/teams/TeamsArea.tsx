import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { TeamRepository } from '../../../../data/config/TeamRepository';
import type { TeamView } from '../../../../data/config/teamRows';
import { IntakeService } from '../../../../data/intake/IntakeService';
import { describeError } from '../../../../data/sp/errors';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { LiveRegion } from '../../../common/LiveRegion';
import { LoadingState } from '../../../common/LoadingState';
import { Notice, MessageBarType } from '../../../common/Notice';
import { ThemeText } from '../../../common/ThemeText';
import { useAlive } from '../../../common/useLoad';
import { WithStrings } from '../../../common/WithStrings';
import { TeamPanel } from './TeamPanel';
import { TeamTable } from './TeamTable';

// The people picker and the hours preview speak the request form's words (its strings module, not a copy).
const MODULES = ['configTeams', 'ticketForm'] as const;
const column = mergeStyles({ display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0, maxWidth: 960, paddingTop: 12, selectors: { '& > h2, & > p': { margin: 0 } } });

/** What the form panel shows: a new team, or one read from the list. */
type Editing = { mode: 'new' } | { mode: 'edit'; team: TeamView };

function TeamsContent(): React.ReactElement {
  const { sp, strings } = useHelpCenter();
  const s = strings.teamsConfig;
  const repository = React.useMemo(() => new TeamRepository(sp), [sp]);
  const intake = React.useMemo(() => new IntakeService(sp), [sp]);
  const [rows, setRows] = React.useState<TeamView[] | undefined>(undefined);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [editing, setEditing] = React.useState<Editing | undefined>(undefined);
  const [done, setDone] = React.useState('');
  const [reload, setReload] = React.useState(0);
  const opener = React.useRef<HTMLElement | null>(null);
  const alive = useAlive();

  React.useEffect(() => {
    repository.list().then(list => { if (alive()) { setRows(list); setFailure(undefined); } }, e => {
      console.error('Teams: read failed', e);
      if (alive()) setFailure(`${s.readFailed} ${describeError(e)}`);
    });
  }, [repository, reload, s, alive]);

  const open = (next: Editing): void => {
    opener.current = document.activeElement as HTMLElement | null;
    setEditing(next);
  };
  const closePanel = (message?: string): void => {
    setEditing(undefined);
    if (message) { setDone(message); setReload(n => n + 1); }
    if (opener.current) opener.current.focus();
  };
  return (
    <section className={column} aria-labelledby="hc-config-teams-heading">
      <ThemeText as="h2" variant="large" id="hc-config-teams-heading">{s.heading}</ThemeText>
      <ThemeText as="p">{s.intro}</ThemeText>
      <LiveRegion message={done} />
      <div><PrimaryButton text={s.addButton} iconProps={{ iconName: 'Add' }} onClick={() => open({ mode: 'new' })} /></div>
      {failure ? <Notice messageBarType={MessageBarType.error} isMultiline>{failure}</Notice> : null}
      {rows && rows.length ? <TeamTable rows={rows} onEdit={team => open({ mode: 'edit', team })} /> : null}
      {rows && !rows.length ? <ThemeText as="p">{s.empty}</ThemeText> : null}
      {!rows && !failure ? <LoadingState label={s.loading} /> : null}
      {editing ? (
        <TeamPanel repository={repository} searchPeople={q => intake.searchPeople(q)} team={editing.mode === 'edit' ? editing.team : undefined} onClose={closePanel} />
      ) : null}
    </section>
  );
}

/** The set-up page's teams area (issue 18), its strings loaded with it. */
export function TeamsArea(): React.ReactElement {
  const s = useHelpCenter().strings.locationsConfig;
  return (
    <WithStrings modules={MODULES} fallback={<LoadingState label={s.loading} />}>
      <TeamsContent />
    </WithStrings>
  );
}
