import * as React from 'react';
import type { AuthoringRoute } from '../../../data/pageLinks';
import { RenderedMark } from '../../common/rendered';
import type { AuthoringViewProps } from '../authoringTypes';

/** PLACEHOLDER of the shell (issue 14, session 10): replaced by the view's real implementation. */
export default function DraftPage(props: AuthoringViewProps<Extract<AuthoringRoute, { kind: 'draft' | 'new' }>>): React.ReactElement {
  return <div data-route={props.route.kind}><RenderedMark feature="authoring" /></div>;
}
