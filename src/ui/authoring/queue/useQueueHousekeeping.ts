import * as React from 'react';
import type { AuthoringServices } from '../../../data/knowledge/authoring/services';
import type { AuthoringActor } from '../../../data/knowledge/authoring/types';

/**
 * A reviewer's or an owner's queue, once shown, runs the authoring housekeeping (submissions told to reviewers,
 * review-date reminders) and the articles' daily counters: after the first render, silently (a failure is logged,
 * never shown, never blocking), once per page.
 */
export function useQueueHousekeeping(services: AuthoringServices, actor: AuthoringActor, shown: boolean): void {
  const started = React.useRef(false);
  React.useEffect(() => {
    if (!shown || started.current || !(actor.canPublish || actor.isSiteOwner)) return;
    started.current = true;
    const housekeeping = services.housekeeping(actor.person.id);
    housekeeping.run().catch((e: unknown) => console.error('[HelpCenter] The authoring housekeeping failed:', e));
    housekeeping.refreshCountersDaily().catch((e: unknown) => console.error('[HelpCenter] Refreshing the articles\' counters failed:', e));
  }, [shown, services, actor]);
}
