import type { FormFieldKey } from '../../domain/intake';
import type { CategoryApprover, KnownCategory } from '../../domain/config/categoryRules';
import type { RawHelpCategoriesItem } from '../schema/items.generated';
import { parseSlaByPriority, type SlaByPriority } from '../../domain/sla/categoryTargets';

/** A category as the configuration page shows and edits it. */
export interface CategoryView extends KnownCategory {
  /** Fluent UI icon name ('' when none). */
  icon: string;
  /** Team a new request goes to. */
  defaultTeamId?: number;
  /** Form fields the category asks for. */
  formFields: FormFieldKey[];
  /** Which of them are required. */
  requiredFields: FormFieldKey[];
  /** First-response target (business hours). */
  firstResponseHours?: number;
  /** Resolution target (business hours). */
  resolutionHours?: number;
  /** Targets of some priorities (HCSlaByPriority); the others have the two above. */
  slaByPriority: SlaByPriority;
  /** Its community's address and name as written ('' when none). */
  communityUrl: string;
  communityName: string;
  /** Requests need an approval. */
  approvalRequired: boolean;
  /** The referent asked by default (HCApprover). */
  approver?: CategoryApprover;
  /** The item's ETag (writes send it as IF-MATCH). */
  etag: string;
  /** Last saved at (ISO). */
  modified: string;
  /** Last saved by. */
  editor: string;
}

/** A team as the category form offers it. */
export interface CategoryTeam {
  /** Item id. */
  id: number;
  /** French name. */
  titleFr: string;
  /** English name. */
  titleEn: string;
}

/** A category row as the page reads it. */
export type CategoryRow = Pick<RawHelpCategoriesItem, 'Id' | 'Title' | 'HCTitleEn' | 'HCParentId' | 'HCDefaultTeamId' | 'HCFormFields' | 'HCRequiredFields'
  | 'HCFirstResponseHours' | 'HCResolutionHours' | 'HCSlaByPriority' | 'HCApprovalRequired' | 'HCApproverId' | 'HCSortOrder' | 'HCIcon' | 'HCCommunityUrl' | 'HCCommunityName' | 'Modified'> & {
  Editor?: { Title?: string } | null; HCApprover?: { Id?: number; Title?: string; EMail?: string } | null; 'odata.etag'?: string; // eslint-disable-line @rushstack/no-new-null
};

/** Columns the page reads. */
export const CATEGORY_ROW_SELECT = [
  'Id', 'Title', 'HCTitleEn', 'HCParentId', 'HCDefaultTeamId', 'HCFormFields', 'HCRequiredFields', 'HCFirstResponseHours', 'HCResolutionHours',
  'HCSlaByPriority', 'HCApprovalRequired', 'HCApproverId', 'HCApprover/Id', 'HCApprover/Title', 'HCApprover/EMail', 'HCSortOrder', 'HCIcon', 'HCCommunityUrl',
  'HCCommunityName', 'Modified', 'Editor/Title'
];
/** Lookups the page expands. */
export const CATEGORY_ROW_EXPAND = ['Editor', 'HCApprover'];

/** The default approver a row names, if any. */
export function approverOf(r: Pick<CategoryRow, 'HCApproverId' | 'HCApprover'>): CategoryApprover | undefined {
  if (!r.HCApproverId) return undefined;
  const p = r.HCApprover || {};
  return { id: r.HCApproverId, displayName: p.Title || p.EMail || '', email: p.EMail || '' };
}

const hours = (n: number | null | undefined): number | undefined => (n === null || n === undefined ? undefined : n); // eslint-disable-line @rushstack/no-new-null

/** Maps a raw item to the page's view. */
export function toCategoryView(r: CategoryRow): CategoryView {
  return {
    id: r.Id, titleFr: r.Title || '', titleEn: r.HCTitleEn || '', parentId: r.HCParentId || undefined, sortOrder: r.HCSortOrder || 0, icon: r.HCIcon || '',
    defaultTeamId: r.HCDefaultTeamId || undefined, formFields: r.HCFormFields || [], requiredFields: r.HCRequiredFields || [],
    firstResponseHours: hours(r.HCFirstResponseHours), resolutionHours: hours(r.HCResolutionHours), slaByPriority: parseSlaByPriority(r.HCSlaByPriority),
    communityUrl: r.HCCommunityUrl || '', communityName: r.HCCommunityName || '', approvalRequired: !!r.HCApprovalRequired, approver: approverOf(r), etag: r['odata.etag'] || '*', modified: r.Modified || '', editor: (r.Editor && r.Editor.Title) || ''
  };
}

/** One saved version of a category (its history). */
export interface CategoryVersion {
  /** SharePoint's label (1.0, 2.0 …). */
  label: string;
  /** When. */
  at: string;
  /** Who. */
  by: string;
  /** French name then. */
  titleFr: string;
  /** English name then. */
  titleEn: string;
  /** Form fields then. */
  formFields: string[];
  /** Required fields then. */
  requiredFields: string[];
  /** First-response target then. */
  firstResponseHours?: number;
  /** Resolution target then. */
  resolutionHours?: number;
  /** Targets per priority then. */
  slaByPriority: SlaByPriority;
}

/** A version row as REST returns it (a multi-choice value as an array, or SharePoint's ';#'-joined text). */
export type CategoryVersionRow = {
  VersionLabel: string; Created?: string; Editor?: { LookupValue?: string } | null; Title?: string | null; HCTitleEn?: string | null; // eslint-disable-line @rushstack/no-new-null
  HCFormFields?: string[] | string | null; HCRequiredFields?: string[] | string | null; HCFirstResponseHours?: number | null; HCResolutionHours?: number | null; // eslint-disable-line @rushstack/no-new-null
  HCSlaByPriority?: string | null; // eslint-disable-line @rushstack/no-new-null
};

function choices(v: string[] | string | null | undefined): string[] { // eslint-disable-line @rushstack/no-new-null
  if (!v) return [];
  return Array.isArray(v) ? v : v.split(';#').filter(Boolean);
}

/** Maps a version row. */
export function toCategoryVersion(v: CategoryVersionRow): CategoryVersion {
  return {
    label: v.VersionLabel, at: v.Created || '', by: (v.Editor && v.Editor.LookupValue) || '', titleFr: v.Title || '', titleEn: v.HCTitleEn || '',
    formFields: choices(v.HCFormFields), requiredFields: choices(v.HCRequiredFields), firstResponseHours: hours(v.HCFirstResponseHours), resolutionHours: hours(v.HCResolutionHours),
    slaByPriority: parseSlaByPriority(v.HCSlaByPriority)
  };
}
