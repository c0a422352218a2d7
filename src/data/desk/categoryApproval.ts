import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { CategoryApprover } from '../../domain/config/categoryRules';
import { approverOf, type CategoryRow } from '../config/categoryRows';
import { helpList } from '../sp/lists';

/** Whether a category's requests need an approval, and the referent the desk asks by default. */
export interface CategoryApproval {
  required: boolean;
  /** Set only where approval is required. */
  approver?: CategoryApprover;
}

/**
 * A category's approval rule as the owners set it (HCApprovalRequired, HCApprover): one item by id, its two columns
 * and the approver's name and address. The desk's ticket page reads it after its first render (its lazy panels).
 */
export async function readCategoryApproval(sp: SPFI, categoryId: number): Promise<CategoryApproval> {
  const r = await helpList(sp, 'HelpCategories').items.getById(Math.floor(categoryId))
    .select('HCApprovalRequired', 'HCApproverId', 'HCApprover/Id', 'HCApprover/Title', 'HCApprover/EMail').expand('HCApprover')<Pick<CategoryRow, 'HCApprovalRequired' | 'HCApproverId' | 'HCApprover'>>();
  return r.HCApprovalRequired ? { required: true, approver: approverOf(r) } : { required: false };
}
