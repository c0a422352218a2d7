import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { LocationRepository, type LocationPager, type LocationView } from '../../../data/config';
import { describeError, exceedsListViewThreshold } from '../../../data/sp/errors';
import { locationsCsv } from '../../../domain/config/locationImport';
import { LOCATION_KINDS, type LocationKind } from '../../../domain/vocabulary';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { LiveRegion } from '../../common/LiveRegion';
import { LoadingState } from '../../common/LoadingState';
import { useAlive } from '../../common/useLoad';
import { Notice, MessageBarType } from '../../common/Notice';
import { ThemeText } from '../../common/ThemeText';
import { formatCount, formatString } from '../../common/format';
import { downloadText } from './download';
import { LocationTable } from './LocationTable';
import { LocationPanel } from './LocationPanel';
import { ImportPanel } from './ImportPanel';

const column = mergeStyles({ display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0, maxWidth: 960, paddingTop: 12, selectors: { '& > h2, & > p': { margin: 0 } } });
const toolbar = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end', selectors: { '& > *': { minWidth: 0 } } });
const PAGE = 50;

/** What the form panel shows: a new location, or one read from the list. */
type Editing = { mode: 'new' } | { mode: 'edit'; item: LocationView };

/**
 * Rooms, services and equipment (HelpLocations): the list by name with a kind filter and a name search (indexed
 * columns only, 50 a page), a form panel to add, edit or delete, a CSV import with a preview, and an export.
 */
export function LocationsArea(): React.ReactElement {
  const { sp, strings, locale } = useHelpCenter();
  const s = strings.locationsConfig;
  const repository = React.useMemo(() => new LocationRepository(sp), [sp]);
  const [kind, setKind] = React.useState<LocationKind | undefined>(undefined);
  const [search, setSearch] = React.useState('');
  const [rows, setRows] = React.useState<LocationView[]>([]);
  const [pager, setPager] = React.useState<LocationPager | undefined>(undefined);
  const [more, setMore] = React.useState(false);
  const [loading, setLoading] = React.useState(true);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [editing, setEditing] = React.useState<Editing | undefined>(undefined);
  const [importing, setImporting] = React.useState(false);
  const [announcement, setAnnouncement] = React.useState('');
  const [done, setDone] = React.useState('');
  const [reload, setReload] = React.useState(0);
  const [exportState, setExportState] = React.useState<string | undefined>(undefined);
  const opener = React.useRef<HTMLElement | null>(null);
  const alive = useAlive();

  const readPage = React.useCallback(async (p: LocationPager, replace: boolean) => {
    setLoading(true);
    try {
      const page = await p.next();
      if (!alive()) return;
      const list = page || [];
      setRows(prev => (replace ? list : prev.concat(list)));
      setMore(list.length === PAGE);
      setFailure(undefined);
    } catch (e) {
      console.error('Locations: read failed', e);
      if (alive()) setFailure(exceedsListViewThreshold(e) ? s.tooBroad : `${s.readFailed} ${describeError(e)}`);
    } finally {
      if (alive()) setLoading(false);
    }
  }, [s, alive]);

  React.useEffect(() => {
    const timer = setTimeout(() => {
      const p = repository.pager({ kind, search }, PAGE);
      setPager(p);
      readPage(p, true).catch(() => undefined);
    }, search ? 300 : 0);
    return () => clearTimeout(timer);
  }, [repository, kind, search, reload, readPage]);

  React.useEffect(() => {
    if (!loading) setAnnouncement(rows.length ? formatCount(locale, rows.length, s.shown) : s.empty);
  }, [loading, rows.length, locale, s]);

  const open = (next: Editing): void => {
    opener.current = document.activeElement as HTMLElement | null;
    setEditing(next);
  };
  const closePanel = (message?: string): void => {
    setEditing(undefined);
    if (message) { setDone(message); setReload(n => n + 1); }
    if (opener.current) opener.current.focus();
  };
  const exportAll = async (): Promise<void> => {
    setExportState(formatString(s.exporting, 0));
    try {
      const all = await repository.exportAll(read => setExportState(formatString(s.exporting, read)));
      downloadText(locationsCsv(all, locale, k => s.kinds[k]), s.exportFileName);
      setExportState(formatString(s.exported, all.length));
    } catch (e) {
      console.error('Locations: export failed', e);
      setExportState(`${s.readFailed} ${describeError(e)}`);
    }
  };
  const kinds: IDropdownOption[] = [{ key: '', text: s.allKinds }].concat(LOCATION_KINDS.map(k => ({ key: k, text: s.kinds[k] })));

  return (
    <section className={column} aria-labelledby="hc-locations-heading">
      <ThemeText as="h2" variant="large" id="hc-locations-heading">{s.heading}</ThemeText>
      <ThemeText as="p">{s.intro}</ThemeText>
      <LiveRegion message={announcement} />
      <LiveRegion message={done} />
      <div className={toolbar}>
        <SearchBox placeholder={s.searchLabel} ariaLabel={s.searchLabel} value={search} onChange={(_, v) => setSearch(v || '')} styles={{ root: { width: 260, maxWidth: '100%' } }} />
        <Dropdown label={s.kindFilterLabel} options={kinds} selectedKey={kind || ''} onChange={(_, o) => setKind(o && o.key ? o.key as LocationKind : undefined)} styles={{ root: { width: 180 } }} />
        <PrimaryButton text={s.addButton} iconProps={{ iconName: 'Add' }} onClick={() => open({ mode: 'new' })} />
        <DefaultButton text={s.importButton} iconProps={{ iconName: 'Upload' }} onClick={() => { opener.current = document.activeElement as HTMLElement | null; setImporting(true); }} />
        <DefaultButton text={s.exportButton} iconProps={{ iconName: 'Download' }} onClick={() => { exportAll().catch(() => undefined); }} />
      </div>
      {exportState ? <ThemeText as="p" role="status">{exportState}</ThemeText> : null}
      {failure ? <Notice messageBarType={MessageBarType.error} isMultiline>{failure}</Notice> : null}
      {rows.length ? <LocationTable rows={rows} onEdit={item => open({ mode: 'edit', item })} /> : null}
      {!loading && !rows.length && !failure ? <ThemeText as="p">{s.empty}</ThemeText> : null}
      {loading ? <LoadingState label={s.loading} /> : null}
      {more && !loading && pager ? <div><DefaultButton text={s.moreButton} onClick={() => { readPage(pager, false).catch(() => undefined); }} /></div> : null}
      {editing ? <LocationPanel repository={repository} item={editing.mode === 'edit' ? editing.item : undefined} onClose={closePanel} /> : null}
      {importing ? (
        <ImportPanel repository={repository} onClose={changed => {
          setImporting(false);
          if (changed) setReload(n => n + 1);
          if (opener.current) opener.current.focus();
        }} />
      ) : null}
    </section>
  );
}
