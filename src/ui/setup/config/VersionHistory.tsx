import * as React from 'react';
import { describeError } from '../../../data/sp/errors';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { ThemeText } from '../../common/ThemeText';
import { UserText } from '../../common/UserText';
import { dateTimeText } from '../../common/dates';
import { formatString } from '../../common/format';
import { useLoad } from '../../common/useLoad';

/** One version of a configuration item as the areas' repositories read it (SharePoint's version history). */
export interface ItemVersion {
  /** SharePoint's label (1.0, 2.0 …). */
  label: string;
  /** When. */
  at: string;
  /** Who. */
  by: string;
}

/** Props of {@link VersionHistory}. */
export interface VersionHistoryProps<V extends ItemVersion> {
  /** Reads the item's versions, newest first. */
  load: () => Promise<V[]>;
  /** Changes after each save, to read again. */
  reloadKey: string;
  /** The heading's id (the section is named by it). */
  headingId: string;
  /** The area's words: its heading, "no version yet", the read failure, and an entry (`{0}` label, `{1}` when, `{2}` who). */
  texts: { heading: string; empty: string; readFailed: string; entry: string };
  /** What the item was then, on one line (shown as the person's text). */
  describe: (version: V) => string;
  /** Names the area in the console when the read fails. */
  area: string;
}

/**
 * Who changed a configuration item and what it was then: the item's versions (SharePoint's own record of who changed
 * what, when), newest first — one component for the categories, teams, rooms and mails areas.
 */
export function VersionHistory<V extends ItemVersion>(props: VersionHistoryProps<V>): React.ReactElement {
  const { locale } = useHelpCenter();
  const { load, reloadKey, texts, area } = props;
  const { state } = useLoad<V[]>(load, [load, reloadKey]);
  React.useEffect(() => { if (state.status === 'failed') console.error(`${area}: history failed`, state.error); }, [state, area]);
  return (
    <section aria-labelledby={props.headingId}>
      <ThemeText as="h3" variant="mediumPlus" id={props.headingId}>{texts.heading}</ThemeText>
      {state.status === 'failed' ? <ThemeText as="p">{`${texts.readFailed} ${describeError(state.error)}`}</ThemeText> : null}
      {state.status === 'done' && !state.value.length ? <ThemeText as="p">{texts.empty}</ThemeText> : null}
      {state.status === 'done' && state.value.length ? (
        <ol style={{ paddingLeft: 20, margin: 0 }}>
          {state.value.map(v => (
            <li key={v.label}>
              <ThemeText as="span">{formatString(texts.entry, v.label, v.at ? dateTimeText(v.at, locale) : '—', v.by || '—')}</ThemeText>
              <ThemeText as="div" variant="small" block><UserText text={props.describe(v)} /></ThemeText>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
