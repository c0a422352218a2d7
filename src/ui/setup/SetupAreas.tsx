import * as React from 'react';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LoadingState } from '../common/LoadingState';
import { configRights, type ConfigRights } from '../../data/config/locationAccess';
import { HelpCenterSetup } from './HelpCenterSetup';
import { areaLabels, asSetupArea, CONFIG_AREAS, type ConfigArea, type SetupArea } from './config/areas';

// Each configuration area is its own chunk, loaded when its tab is chosen; the tabs come with the rooms' chunk (the
// areas referents may open) once the rights are known, after the set-up page's first render.
const locationsChunk = (): Promise<typeof import('./config/configChunk')> => import(/* webpackChunkName: 'help-center-config-locations' */ './config/configChunk');
const AreasNav = React.lazy(() => locationsChunk().then(m => ({ default: m.AreasNav })));
const AREAS: Record<ConfigArea, React.LazyExoticComponent<() => React.ReactElement>> = {
  locations: React.lazy(() => locationsChunk().then(m => ({ default: m.LocationsArea }))),
  categories: React.lazy(() => import(/* webpackChunkName: 'help-center-config-categories' */ './config/categories/CategoriesArea').then(m => ({ default: m.CategoriesArea }))),
  teams: React.lazy(() => import(/* webpackChunkName: 'help-center-config-teams' */ './config/teams/TeamsArea').then(m => ({ default: m.TeamsArea }))),
  mails: React.lazy(() => import(/* webpackChunkName: 'help-center-config-mails' */ './config/mails/MailsArea').then(m => ({ default: m.MailsArea }))),
  announcements: React.lazy(() => import(/* webpackChunkName: 'help-center-config-announcements' */ './config/announcements/AnnouncementsArea').then(m => ({ default: m.AnnouncementsArea }))),
  settings: React.lazy(() => import(/* webpackChunkName: 'help-center-config-settings' */ './config/settings/SettingsArea').then(m => ({ default: m.SettingsArea })))
};

function areaInAddress(): SetupArea | undefined {
  return asSetupArea(new URLSearchParams(window.location.search).get('area') || undefined);
}

/**
 * The set-up page with its configuration areas (issue 18): once the set-up has shown what it checked (its first
 * render), the page asks which lists this person may edit (categories and teams: owners; rooms, services and
 * equipment: owners and referents); if any, tabs appear and the chosen area's code loads. A referent who is not an owner
 * lands on the rooms; `?area=<name>` opens an area.
 */
export function SetupAreas(): React.ReactElement {
  const { sp, strings } = useHelpCenter();
  const [inspected, setInspected] = React.useState<{ notOwner: boolean } | undefined>(undefined);
  const [rights, setRights] = React.useState<ConfigRights | undefined>(undefined);
  const [area, setArea] = React.useState<SetupArea>(areaInAddress() || 'setup');
  const onInspected = React.useCallback((notOwner: boolean) => setInspected(prev => prev || { notOwner }), []);
  React.useEffect(() => {
    if (!inspected) return undefined;
    let live = true;
    // A failed check (no site, no rights to read them) leaves the set-up page as it is, without the areas.
    Promise.resolve().then(() => configRights(sp)).then(may => {
      if (!live) return;
      setRights(may);
      if (may.locations && inspected.notOwner && !areaInAddress()) setArea('locations');
    }, e => console.error('Set-up: could not read the rights on the configuration lists', e));
    return () => { live = false; };
  }, [inspected, sp]);
  const choose = (next: SetupArea): void => {
    setArea(next);
    const url = new URL(window.location.href);
    url.searchParams.set('area', next);
    window.history.replaceState(window.history.state, '', url.toString());
  };
  const areas = CONFIG_AREAS.filter(a => rights && rights[a]);
  const shown = area !== 'setup' && areas.indexOf(area) >= 0 ? area : undefined;
  const Area = shown ? AREAS[shown] : undefined;
  const s = strings.locationsConfig;
  const tabLabel = areaLabels(s);
  const tabs = areas.length > 0;
  return (
    <>
      {tabs ? <React.Suspense fallback={null}><AreasNav area={shown || 'setup'} areas={areas} onChange={choose} /></React.Suspense> : null}
      <div hidden={tabs && shown !== undefined} role={tabs ? 'tabpanel' : undefined} aria-label={tabs ? s.setupTab : undefined}>
        <HelpCenterSetup onInspected={onInspected} />
      </div>
      {Area && shown ? (
        <div role="tabpanel" aria-label={tabLabel[shown]}>
          <React.Suspense fallback={<LoadingState label={s.loading} />}><Area /></React.Suspense>
        </div>
      ) : null}
    </>
  );
}
