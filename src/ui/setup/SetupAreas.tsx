import * as React from 'react';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LoadingState } from '../common/LoadingState';
import { canEditLocations } from '../../data/config/locationAccess';
import { HelpCenterSetup } from './HelpCenterSetup';
import type { SetupArea } from './config/AreasNav';

const chunk = (): Promise<typeof import('./config/configChunk')> => import(/* webpackChunkName: 'help-center-config-locations' */ './config/configChunk');
const AreasNav = React.lazy(() => chunk().then(m => ({ default: m.AreasNav })));
const LocationsArea = React.lazy(() => chunk().then(m => ({ default: m.LocationsArea })));

function areaInAddress(): SetupArea | undefined {
  const area = new URLSearchParams(window.location.search).get('area');
  return area === 'locations' || area === 'setup' ? area : undefined;
}

/**
 * The set-up page with its configuration area (issue 18): once the set-up has shown what it checked (its first
 * render), the page asks whether this person may edit rooms, services and equipment (owners, referents); if so, tabs
 * appear and the area's code loads. A referent who is not an owner lands on that area; `?area=locations` opens it.
 */
export function SetupAreas(): React.ReactElement {
  const { sp, strings } = useHelpCenter();
  const [inspected, setInspected] = React.useState<{ notOwner: boolean } | undefined>(undefined);
  const [allowed, setAllowed] = React.useState(false);
  const [area, setArea] = React.useState<SetupArea>(areaInAddress() || 'setup');
  const onInspected = React.useCallback((notOwner: boolean) => setInspected(prev => prev || { notOwner }), []);
  React.useEffect(() => {
    if (!inspected) return undefined;
    let live = true;
    // A failed check (no site, no rights to read them) leaves the set-up page as it is, without the area.
    Promise.resolve().then(() => canEditLocations(sp)).then(may => {
      if (!live) return;
      setAllowed(may);
      if (may && inspected.notOwner && !areaInAddress()) setArea('locations');
    }, e => console.error('Set-up: could not read the rights on HelpLocations', e));
    return () => { live = false; };
  }, [inspected, sp]);
  const choose = (next: SetupArea): void => {
    setArea(next);
    const url = new URL(window.location.href);
    url.searchParams.set('area', next);
    window.history.replaceState(window.history.state, '', url.toString());
  };
  const s = strings.locationsConfig;
  return (
    <>
      {allowed ? <React.Suspense fallback={null}><AreasNav area={area} onChange={choose} /></React.Suspense> : null}
      <div hidden={allowed && area !== 'setup'} role={allowed ? 'tabpanel' : undefined} aria-label={allowed ? s.setupTab : undefined}>
        <HelpCenterSetup onInspected={onInspected} />
      </div>
      {allowed && area === 'locations' ? (
        <div role="tabpanel" aria-label={s.locationsTab}>
          <React.Suspense fallback={<LoadingState label={s.loading} />}><LocationsArea /></React.Suspense>
        </div>
      ) : null}
    </>
  );
}
