import * as React from 'react';
import { hiddenContentStyle, mergeStyles } from '@fluentui/react/lib/Styling';
import type { FieldDiff } from '../../../domain/knowledge/articleDiff';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { useHistoryClasses } from './article.styles';

const hidden = mergeStyles(hiddenContentStyle);

/** The fields of two versions compared word by word: removed words struck through, added ones underlined, as text. */
export function VersionDiff(props: { fields: FieldDiff[] }): React.ReactElement {
  const s = useHelpCenter().strings.articleHistory;
  const classes = useHistoryClasses();
  if (!props.fields.some(f => f.changed)) return <p>{s.noChange}</p>;
  return (
    <div className={classes.section}>
      <p className={classes.muted}>{s.legend}</p>
      {props.fields.map(f => (
        <div key={f.field} className={classes.diffField}>
          <p className={classes.heading}>{s.fields[f.field]}{f.changed ? '' : ` (${s.unchanged})`}</p>
          {f.changed && (
            <p className={classes.diffText} data-field={f.field}>
              {f.parts.map((part, i) => part.kind === 'same' ? <React.Fragment key={i}>{part.text}</React.Fragment>
                : part.kind === 'removed'
                  ? <del key={i} className={classes.removed}><span className={hidden}>[{s.removed} </span>{part.text}<span className={hidden}> {s.diffEnd}]</span></del>
                  : <ins key={i} className={classes.added}><span className={hidden}>[{s.added} </span>{part.text}<span className={hidden}> {s.diffEnd}]</span></ins>)}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
