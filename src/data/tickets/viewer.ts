import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import { agentPermissionRead } from './roles';

/** The signed-in person as the ticket pages need them: their site user id, and whether they are a support agent. */
export interface Viewer { userId: number; isAgent: boolean }

/**
 * Reads the viewer once, in one `$batch` (current user and their permissions on the tickets: an agent in the
 * support group through an Entra ID group is one too); later calls share the answer.
 */
export function viewerReader(sp: SPFI): () => Promise<Viewer> {
  let me: Promise<Viewer> | undefined;
  return () => {
    if (!me) {
      const [batched, execute] = sp.batched();
      const user = batched.web.currentUser.select('Id')();
      const agent = agentPermissionRead(batched);
      me = execute().then(async () => ({ userId: (await user as { Id: number }).Id, isAgent: await agent }));
      // A failed read is tried again by the next call.
      me.catch(() => { me = undefined; });
    }
    return me;
  };
}
