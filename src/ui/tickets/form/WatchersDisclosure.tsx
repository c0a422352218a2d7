import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { LoadingState } from '../../common/LoadingState';
import type { InformedPeopleProps } from './InformedPeople';

/**
 * The people picker and its personas: their own chunk, downloaded when the person reaches for the action (pointer over
 * it or focus on it) and shown when she asks to keep others informed.
 */
const loadInformedPeople = (): Promise<typeof import('./InformedPeople')> => import(/* webpackChunkName: 'help-center-form-people' */ './InformedPeople');
const InformedPeople = React.lazy(() => loadInformedPeople().then(m => ({ default: m.InformedPeople })));

/** Starts the download early; a failed one is tried again when the field is shown (React.lazy calls the import then). */
function preload(): void {
  loadInformedPeople().catch(() => undefined);
}

/** Props of {@link WatchersDisclosure}: those of the field it reveals, but the focus. */
export type WatchersDisclosureProps = Omit<InformedPeopleProps, 'focusOnMount'> & {
  /** The label of the action that reveals the field. */
  showLabel: string;
  /** What the spinner says while the field loads. */
  loadingLabel: string;
};

/**
 * Keeping others informed is optional: an action reveals the field (and loads the picker), which moves the focus to
 * its search input. A draft, or an agent's filing, that already names people shows the field at once. The action
 * stays to hide the field again as long as nobody is named.
 */
export function WatchersDisclosure(props: WatchersDisclosureProps): React.ReactElement {
  const { showLabel, loadingLabel, ...field } = props;
  const named = props.people.length > 0;
  const [open, setOpen] = React.useState(named);
  const [focusWanted, setFocusWanted] = React.useState(false);
  const regionId = `${props.id}-region`;
  const shown = open || named;
  return (
    <div className={props.classes.field}>
      {named ? undefined : (
        <ActionButton iconProps={{ iconName: 'AddFriend' }} aria-expanded={shown} aria-controls={regionId} text={showLabel}
          styles={{ root: { alignSelf: 'flex-start', paddingLeft: 0 } }} onMouseEnter={preload} onFocus={preload}
          onClick={() => { setFocusWanted(!shown); setOpen(!shown); }} />
      )}
      <div id={regionId} hidden={!shown}>
        {shown ? (
          <React.Suspense fallback={<LoadingState label={loadingLabel} />}>
            <InformedPeople {...field} focusOnMount={focusWanted} />
          </React.Suspense>
        ) : undefined}
      </div>
    </div>
  );
}
