import * as React from 'react';
import { Notice, MessageBarType } from './Notice';
import { Link } from '@fluentui/react/lib/Link';

/** One field to fix: the id of its input and the message to show. */
export interface FieldProblem {
  fieldId: string;
  message: string;
}

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  /** "Please correct the following:" in the page's language. */
  title: string;
  problems: FieldProblem[];
  /** Changes whenever a new submit failed, so the summary takes the focus again. */
  attempt?: number;
}

/**
 * The list of fields to fix after a refused submit (WCAG 3.3.1, 3.3.3): it takes the focus, and each message is a
 * link that moves the focus to its field. Nothing when there is nothing to fix.
 */
export function ErrorSummary(props: ErrorSummaryProps): React.ReactElement {
  const ref = React.useRef<HTMLDivElement>(null);
  const count = props.problems.length;
  React.useEffect(() => {
    if (count && ref.current) ref.current.focus();
  }, [props.attempt, count]);
  if (!count) return <></>;
  const go = (fieldId: string): ((e: React.MouseEvent<HTMLElement | HTMLAnchorElement | HTMLButtonElement>) => void) => (e) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    e.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };
  return (
    <div ref={ref} tabIndex={-1} role="group" aria-labelledby="hc-error-summary-title">
      <Notice messageBarType={MessageBarType.error} isMultiline>
        <strong id="hc-error-summary-title">{props.title}</strong>
        {/* Lines 24 px high and apart: each link is a target of WCAG 2.2's minimum size (2.5.8), also on a phone. */}
        <ul style={{ margin: '4px 0 0', paddingLeft: 20, lineHeight: '24px' }}>
          {props.problems.map(p => (
            <li key={p.fieldId} style={{ margin: '2px 0' }}><Link href={`#${p.fieldId}`} onClick={go(p.fieldId)}>{p.message}</Link></li>
          ))}
        </ul>
      </Notice>
    </div>
  );
}
