import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
// web.currentUser: the experts' page may be the only help-center web part on the page (nothing else imports it).
import '@pnp/sp/site-users/web';
import { communityOf } from '../../domain/categories/community';
import { parseRecord, type ExpertiseRecord } from '../../domain/experts/record';
import { EXPERT_AVAILABILITIES, type ExpertAvailability, type Language } from '../../domain/vocabulary';
import type { RawExpertiseRecordsItem, RawExpertsItem, RawHelpCategoriesItem, RawHelpTeamsItem } from '../schema/items.generated';
import { isOwnEntry } from '../knowledge/experts';
import { helpList } from '../sp/lists';
import { forEachPage } from '../sp/paging';
import { agentPermissionRead } from '../tickets/roles';
import type { DirectoryData, ExpertsCategory, ListedExpert, MyEntry } from './types';

/** Rows per page of the Experts and ExpertiseRecords reads (records carry a JSON note: smaller pages). */
export const ENTRY_PAGE = 1000;
export const RECORD_PAGE = 500;

/** An Experts row as the directory reads it. */
export type EntryRow = Pick<RawExpertsItem, 'Id' | 'AuthorId' | 'EditorId' | 'HCPersonId' | 'HCSkills' | 'HCCategoriesId' | 'HCLanguages' | 'HCBio'
  | 'HCAvailability' | 'HCListed' | 'HCConsentAt'> & { HCPerson?: { Title?: string; EMail?: string; Name?: string }; 'odata.etag'?: string };
export const ENTRY_SELECT = ['Id', 'AuthorId', 'EditorId', 'HCPersonId', 'HCSkills', 'HCCategoriesId', 'HCLanguages', 'HCBio', 'HCAvailability', 'HCListed',
  'HCConsentAt', 'HCPerson/Title', 'HCPerson/EMail', 'HCPerson/Name'];
type RecordRow = Pick<RawExpertiseRecordsItem, 'Id' | 'HCPersonId' | 'HCRecord' | 'HCComputedAt'>;
type CategoryRow = Pick<RawHelpCategoriesItem, 'Id' | 'Title' | 'HCTitleEn' | 'HCParentId' | 'HCSortOrder' | 'HCCommunityUrl' | 'HCCommunityName'>;
type TeamRow = Pick<RawHelpTeamsItem, 'Id' | 'HCMembersId'>;

/** Skills as stored (comma-separated) to a list. */
export function skillsOf(text: string | null | undefined): string[] { // eslint-disable-line @rushstack/no-new-null
  return (text || '').split(',').map(s => s.trim()).filter(Boolean);
}

function availabilityOf(v: string | null | undefined): ExpertAvailability { // eslint-disable-line @rushstack/no-new-null
  return (EXPERT_AVAILABILITIES as readonly string[]).indexOf(v || '') >= 0 ? v as ExpertAvailability : 'available';
}

function languagesOf(v: readonly string[] | null | undefined): Language[] { // eslint-disable-line @rushstack/no-new-null
  return (v || []).filter((l): l is Language => l === 'fr' || l === 'en');
}

/** The entries people wrote about themselves (isOwnEntry), the latest one per person. */
export function ownEntries(rows: readonly EntryRow[]): Map<number, EntryRow> {
  const out = new Map<number, EntryRow>();
  for (const r of rows) {
    if (!isOwnEntry(r)) continue;
    const have = out.get(r.HCPersonId as number);
    if (!have || have.Id < r.Id) out.set(r.HCPersonId as number, r);
  }
  return out;
}

/** The person's own entry, as the "My entry" panel edits it. */
export function myEntryOf(r: EntryRow): MyEntry {
  return {
    id: r.Id, etag: r['odata.etag'] || '*', skills: skillsOf(r.HCSkills), categoryIds: (r.HCCategoriesId || []).slice(), languages: languagesOf(r.HCLanguages),
    bio: r.HCBio || '', availability: availabilityOf(r.HCAvailability), listed: r.HCListed === true, consentAt: r.HCConsentAt || undefined
  };
}

function expertOf(r: EntryRow, record: ExpertiseRecord | undefined): ListedExpert | undefined {
  if (!r.HCPerson || !r.HCPerson.EMail) return undefined;
  return {
    entryId: r.Id, personId: r.HCPersonId as number, name: r.HCPerson.Title || r.HCPerson.EMail, email: r.HCPerson.EMail, loginName: r.HCPerson.Name || undefined,
    skills: skillsOf(r.HCSkills), categoryIds: (r.HCCategoriesId || []).slice(), languages: languagesOf(r.HCLanguages), availability: availabilityOf(r.HCAvailability),
    bio: r.HCBio || undefined, ...(record ? { record } : {})
  };
}

/** Every row of a list, the first page given: the rest read page by page (no filter: allowed above the threshold). */
async function allRows<T extends { Id: number }>(first: T[], pageSize: number, query: () => Parameters<typeof forEachPage>[0]): Promise<T[]> {
  if (first.length < pageSize) return first;
  const seen = new Set(first.map(r => r.Id));
  const out = first.slice();
  await forEachPage<T>(query(), page => { for (const r of page) if (!seen.has(r.Id)) { seen.add(r.Id); out.push(r); } });
  return out;
}

/**
 * The directory in one $batch (one request): who looks (id, whether agent), every Experts entry, the records, the
 * categories with their communities, the teams' members. A list holding more than one page is read on, page by
 * page, after it (no filter, so no list view threshold).
 */
export async function readDirectory(sp: SPFI): Promise<DirectoryData> {
  const [batched, execute] = sp.batched();
  const entriesQuery = (s: SPFI): Parameters<typeof forEachPage>[0] => helpList(s, 'Experts').items.select(...ENTRY_SELECT).expand('HCPerson').top(ENTRY_PAGE);
  const recordsQuery = (s: SPFI): Parameters<typeof forEachPage>[0] => helpList(s, 'ExpertiseRecords').items.select('Id', 'HCPersonId', 'HCRecord', 'HCComputedAt').top(RECORD_PAGE);
  const me = batched.web.currentUser.select('Id', 'Title', 'Email')<{ Id: number; Title: string; Email: string }>();
  const agent = agentPermissionRead(batched).catch(() => false);
  const entries = entriesQuery(batched)<EntryRow[]>();
  // The records and the teams only add to the cards: without them (a site not yet upgraded to the ExpertiseRecords
  // list, a refused read) the directory still shows the declared entries, without proven part or "ask".
  const optional = <T>(p: Promise<T[]>, what: string): Promise<T[]> => p.catch((e: unknown) => {
    console.warn(`[HelpCenter] The experts directory shows no ${what}:`, e);
    return [] as T[];
  });
  const records = optional(recordsQuery(batched)<RecordRow[]>(), 'proven expertise');
  const categories = helpList(batched, 'HelpCategories').items.select('Id', 'Title', 'HCTitleEn', 'HCParentId', 'HCSortOrder', 'HCCommunityUrl', 'HCCommunityName').top(5000)<CategoryRow[]>();
  const teams = optional(helpList(batched, 'HelpTeams').items.select('Id', 'HCMembersId').top(500)<TeamRow[]>(), '"ask this expert"');
  [entries, categories].forEach(p => (p as Promise<unknown>).catch(() => undefined));
  await execute();
  const user = await me;
  const entryRows = await allRows<EntryRow>(await entries, ENTRY_PAGE, () => entriesQuery(sp));
  const recordRows = await optional(records.then(first => allRows<RecordRow>(first, RECORD_PAGE, () => recordsQuery(sp))), 'proven expertise');

  const own = ownEntries(entryRows);
  // One record per person: the first written (lowest Id), as every reader of ExpertiseRecords keeps.
  const recordOf = new Map<number, RecordRow>();
  for (const r of recordRows) if (r.HCPersonId && (!recordOf.has(r.HCPersonId) || (recordOf.get(r.HCPersonId) as RecordRow).Id > r.Id)) recordOf.set(r.HCPersonId, r);
  const experts: ListedExpert[] = [];
  own.forEach(r => {
    if (r.HCListed !== true) return; // no consent: shown nowhere, and no record shown either
    const rec = recordOf.get(r.HCPersonId as number);
    const e = expertOf(r, rec ? parseRecord(rec.HCRecord) : undefined);
    if (e) experts.push(e);
  });
  let computed = 0;
  recordRows.forEach(r => { const t = r.HCComputedAt ? Date.parse(r.HCComputedAt) : NaN; if (t > computed) computed = t; });
  const listedIds = experts.map(e => e.personId).sort((a, b) => a - b);
  const recordIds = Array.from(recordOf.keys()).sort((a, b) => a - b);
  const mine = own.get(user.Id);
  return {
    actor: { id: user.Id, email: user.Email, name: user.Title, isAgent: await agent },
    experts,
    categories: (await categories).map((c): ExpertsCategory => {
      const community = communityOf(c.HCCommunityUrl, c.HCCommunityName);
      return { id: c.Id, titleFr: c.Title || '', titleEn: c.HCTitleEn || c.Title || '', parentId: c.HCParentId || undefined, sortOrder: c.HCSortOrder || 0, ...(community ? { community } : {}) };
    }),
    agentIds: (await teams).reduce((ids: number[], t) => ids.concat((t.HCMembersId || []).filter(id => ids.indexOf(id) < 0)), []),
    ...(mine ? { myEntry: myEntryOf(mine) } : {}),
    ...(computed > 0 ? { recordsComputedAt: new Date(computed) } : {}),
    recordsStale: listedIds.join(',') !== recordIds.join(',')
  };
}
