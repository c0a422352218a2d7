import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';
import { HELP_CENTER_GROUPS } from '../schema';

/** The signed-in person as the ticket pages need them: their site user id, and whether they are a support agent. */
export interface Viewer { userId: number; isAgent: boolean }

/** Reads the viewer once, in one `$batch` (current user and their groups); later calls share the answer. */
export function viewerReader(sp: SPFI): () => Promise<Viewer> {
  let me: Promise<Viewer> | undefined;
  return () => {
    if (!me) {
      const [batched, execute] = sp.batched();
      const user = batched.web.currentUser.select('Id')();
      const groups = batched.web.currentUser.groups.select('Title')();
      const support = HELP_CENTER_GROUPS.filter(g => g.key === 'support')[0];
      me = execute().then(async () => ({
        userId: (await user as { Id: number }).Id,
        isAgent: !!support && (await groups as { Title: string }[]).some(g => g.Title === support.title)
      }));
      // A failed read is tried again by the next call.
      me.catch(() => { me = undefined; });
    }
    return me;
  };
}
