// The four keys the help center once made unique (EnforceUniqueValues), switched off as SharePoint requires on
// lists with item-level read security (ReadSecurity 2): the idempotency tests prove the product without them.
// Once the schema no longer asks for unique columns this is a no-op.
import '@pnp/sp/fields';
import type { SPFI } from '@pnp/sp';
import { OWNER } from '../emulator/helpers';

export const FORMERLY_UNIQUE: readonly [string, string][] = [
  ['HelpTickets', 'HCClientRequestId'],
  ['ArticleFeedback', 'HCVoteKey'],
  ['HelpNotifications', 'HCChangeKey'],
  ['HelpApprovalDecisions', 'HCApprovalKey'],
];

export async function withoutUniqueColumns(sp: (user: string) => SPFI): Promise<void> {
  for (const [list, field] of FORMERLY_UNIQUE) {
    const f = sp(OWNER).web.lists.getByTitle(list).fields.getByInternalNameOrTitle(field);
    const def = await f.select('EnforceUniqueValues')<{ EnforceUniqueValues: boolean }>();
    if (def.EnforceUniqueValues) await f.update({ EnforceUniqueValues: false });
    expect((await f.select('EnforceUniqueValues')<{ EnforceUniqueValues: boolean }>()).EnforceUniqueValues).toBe(false);
  }
}
