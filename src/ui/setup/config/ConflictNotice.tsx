import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { Notice, MessageBarType } from '../../common/Notice';
import { UserText } from '../../common/UserText';
import { dateTimeText } from '../../common/dates';
import { formatString } from '../../common/format';

/** The item as another person saved it meanwhile (undefined: deleted meanwhile). */
export interface ConflictCurrent {
  /** Who saved it. */
  editor?: string;
  /** When. */
  modified?: string;
}

/** Props of {@link ConflictNotice}. */
export interface ConflictNoticeProps {
  /** The other person's version, or undefined when the item was deleted meanwhile. */
  current: ConflictCurrent | undefined;
  /** Their version on one line (shown as the person's text). */
  describe: string;
  /** The area's words: the buttons, the title, the body (`{0}` who, `{1}` when) and "deleted meanwhile". */
  texts: { overwrite: string; takeTheirs: string; conflictTitle: string; conflictBody: string; deletedMeanwhile: string };
  /** Save mine over theirs. */
  onOverwrite: () => void;
  /** Take their version into the form. */
  onTakeTheirs: () => void;
}

/**
 * A save refused because someone saved the item meanwhile (its ETag changed): who and when, their version, and the
 * choice — save mine anyway or take theirs; what was typed stays in the form until then. One notice for every area.
 */
export function ConflictNotice(props: ConflictNoticeProps): React.ReactElement {
  const { locale } = useHelpCenter();
  const { current, texts } = props;
  return (
    <Notice messageBarType={MessageBarType.warning} isMultiline actions={current ? (
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <DefaultButton text={texts.overwrite} onClick={props.onOverwrite} />
        <DefaultButton text={texts.takeTheirs} onClick={props.onTakeTheirs} />
      </div>
    ) : undefined}>
      <strong>{texts.conflictTitle}</strong>
      {current ? (
        <div>
          {formatString(texts.conflictBody, current.editor || '—', current.modified ? dateTimeText(current.modified, locale) : '—')}
          <div><UserText text={props.describe} /></div>
        </div>
      ) : <div>{texts.deletedMeanwhile}</div>}
    </Notice>
  );
}
