import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { AnnouncementRepository, type AnnouncementPager, type AnnouncementView } from '../../../../data/config';
import { describeError } from '../../../../data/sp/errors';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { LiveRegion } from '../../../common/LiveRegion';
import { LoadingState } from '../../../common/LoadingState';
import { Notice, MessageBarType } from '../../../common/Notice';
import { ThemeText } from '../../../common/ThemeText';
import { WithStrings } from '../../../common/WithStrings';
import { formatCount } from '../../../common/format';
import { useAlive } from '../../../common/useLoad';
import { AnnouncementList } from './AnnouncementList';
import { AnnouncementPanel } from './AnnouncementPanel';

const MODULES = ['configAnnouncements'] as const;
const column = mergeStyles({ display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0, maxWidth: 960, paddingTop: 12, selectors: { '& > h2, & > p': { margin: 0 } } });
/** Current and upcoming announcements per request (they are few); ended ones a page at a time. */
const CURRENT_PAGE = 50;
const PAST_PAGE = 10;

/** A list read in pages: what was read, whether more may follow, and its pager. */
interface Paged { rows: AnnouncementView[]; more: boolean; pager?: AnnouncementPager; loading: boolean }
const EMPTY: Paged = { rows: [], more: false, loading: true };

type Editing = { mode: 'new' } | { mode: 'edit'; item: AnnouncementView };

function AnnouncementsContent(): React.ReactElement {
  const { sp, strings, locale } = useHelpCenter();
  const s = strings.announcementsConfig;
  const repository = React.useMemo(() => new AnnouncementRepository(sp), [sp]);
  const [now, setNow] = React.useState(() => new Date());
  const [current, setCurrent] = React.useState<Paged>(EMPTY);
  const [past, setPast] = React.useState<Paged>(EMPTY);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [editing, setEditing] = React.useState<Editing | undefined>(undefined);
  const [canDelete, setCanDelete] = React.useState(false);
  const [done, setDone] = React.useState('');
  const opener = React.useRef<HTMLElement | null>(null);
  const addButton = React.useRef<HTMLButtonElement>(null);
  const refocus = React.useRef(false);
  const alive = useAlive();

  const readPage = React.useCallback(async (pager: AnnouncementPager, size: number, set: React.Dispatch<React.SetStateAction<Paged>>, replace: boolean) => {
    set(prev => ({ ...prev, pager, loading: true }));
    try {
      const page = (await pager.next()) || [];
      if (!alive()) return;
      set(prev => ({ rows: replace ? page : prev.rows.concat(page), more: page.length === size, pager, loading: false }));
    } catch (e) {
      console.error('Announcements: read failed', e);
      if (!alive()) return;
      setFailure(`${s.readFailed} ${describeError(e)}`);
      set(prev => ({ ...prev, loading: false }));
    }
  }, [s, alive]);

  React.useEffect(() => {
    setFailure(undefined);
    readPage(repository.current(now, CURRENT_PAGE), CURRENT_PAGE, setCurrent, true).catch(() => undefined);
    readPage(repository.past(now, PAST_PAGE), PAST_PAGE, setPast, true).catch(() => undefined);
  }, [repository, now, readPage]);
  React.useEffect(() => {
    repository.canDelete().then(may => { if (alive()) setCanDelete(may); }, e => console.error('Announcements: could not read the rights', e));
  }, [repository, alive]);

  React.useEffect(() => {
    // Read again after a write, the card that had the focus may be gone (ended, it moved list): the add button takes it.
    if (!refocus.current || current.loading || past.loading) return;
    refocus.current = false;
    if ((!document.activeElement || document.activeElement === document.body) && addButton.current) addButton.current.focus();
  }, [current, past]);
  const open = (next: Editing): void => {
    opener.current = document.activeElement as HTMLElement | null;
    setEditing(next);
  };
  const closePanel = (message?: string): void => {
    setEditing(undefined);
    if (message) { setDone(message); setNow(new Date()); }
    if (opener.current && opener.current.isConnected) opener.current.focus();
    refocus.current = !!message;
  };
  const loaded = !current.loading && !past.loading;
  const section = (id: string, heading: string, list: Paged, empty: string, moreText: string, more: () => void): React.ReactElement => (
    <section aria-labelledby={id} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <ThemeText as="h3" variant="mediumPlus" id={id}>{heading}</ThemeText>
      {list.rows.length ? <AnnouncementList rows={list.rows} now={now} onEdit={item => open({ mode: 'edit', item })} /> : null}
      {!list.loading && !list.rows.length ? <ThemeText as="p">{empty}</ThemeText> : null}
      {list.loading ? <LoadingState label={s.loading} /> : null}
      {list.more && !list.loading ? <div><DefaultButton text={moreText} onClick={more} /></div> : null}
    </section>
  );

  return (
    <section className={column} aria-labelledby="config-announcements-heading">
      <ThemeText as="h2" variant="large" id="config-announcements-heading">{s.heading}</ThemeText>
      <ThemeText as="p">{s.intro}</ThemeText>
      <LiveRegion message={loaded ? formatCount(locale, current.rows.length + past.rows.length, s.shown) : ''} />
      <LiveRegion message={done} />
      <div><PrimaryButton elementRef={addButton} text={s.addButton} iconProps={{ iconName: 'Add' }} onClick={() => open({ mode: 'new' })} /></div>
      {failure ? <Notice messageBarType={MessageBarType.error} isMultiline>{failure}</Notice> : null}
      {section('hc-announcements-current', s.currentHeading, current, s.noCurrent, s.moreCurrentButton,
        () => { if (current.pager) readPage(current.pager, CURRENT_PAGE, setCurrent, false).catch(() => undefined); })}
      {section('hc-announcements-past', s.pastHeading, past, s.noPast, s.moreButton,
        () => { if (past.pager) readPage(past.pager, PAST_PAGE, setPast, false).catch(() => undefined); })}
      {editing ? (
        <AnnouncementPanel repository={repository} item={editing.mode === 'edit' ? editing.item : undefined} canDelete={canDelete} onClose={closePanel} />
      ) : null}
    </section>
  );
}

/** The set-up page's announcements area (issue 18), its strings loaded with it. */
export function AnnouncementsArea(): React.ReactElement {
  const s = useHelpCenter().strings.locationsConfig;
  return (
    <WithStrings modules={MODULES} fallback={<LoadingState label={s.loading} />}>
      <AnnouncementsContent />
    </WithStrings>
  );
}
