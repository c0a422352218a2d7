import { maskHas, PermissionKinds } from '../../../../src/data/sp/permissions';

// Masks as SharePoint returns them for EffectiveBasePermissions (decimal strings in nometadata JSON). Values of
// SP.PermissionKind: https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee536458(v=office.15)
const FULL_CONTROL = { High: '2147483647', Low: '4294967295' };
// Read: ViewListItems, OpenItems, ViewVersions, Open, ViewPages, ... (no AddListItems)
const READ = { High: '176', Low: '138612833' };
// Contribute: Read + AddListItems, EditListItems, DeleteListItems, ... (no CancelCheckout, no ManageWeb)
const CONTRIBUTE = { High: '432', Low: '1011030767' };

describe('maskHas (the bit of a PermissionKind in a BasePermissions mask)', () => {
  it('reads the low word for kinds 1 to 32 and the high word above', () => {
    expect(maskHas({ High: 0, Low: 1 }, 1)).toBe(true);
    expect(maskHas({ High: 0, Low: 1 }, 2)).toBe(false);
    expect(maskHas({ High: 0, Low: 2 ** 31 }, 32)).toBe(true);
    expect(maskHas({ High: 1, Low: 0 }, 33)).toBe(true);
    expect(maskHas({ High: 1, Low: 0 }, 1)).toBe(false);
  });

  it('tells a reader, a contributor and an owner apart with the kinds the help center tests', () => {
    expect(maskHas(READ, PermissionKinds.AddListItems)).toBe(false);
    expect(maskHas(CONTRIBUTE, PermissionKinds.AddListItems)).toBe(true);
    expect(maskHas(CONTRIBUTE, PermissionKinds.EditListItems)).toBe(true);
    expect(maskHas(CONTRIBUTE, PermissionKinds.CancelCheckout)).toBe(false);
    expect(maskHas(CONTRIBUTE, PermissionKinds.ManageWeb)).toBe(false);
    expect(maskHas(FULL_CONTROL, PermissionKinds.CancelCheckout)).toBe(true);
    expect(maskHas(FULL_CONTROL, PermissionKinds.ManageWeb)).toBe(true);
  });

  it('uses the numbers of SP.PermissionKind (as PnPjs has them)', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { PermissionKind } = require('@pnp/sp/security');
    for (const [name, value] of Object.entries(PermissionKinds)) expect(PermissionKind[name]).toBe(value);
  });
});
