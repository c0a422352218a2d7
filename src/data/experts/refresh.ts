import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { expertiseRecords, serializeRecord, type PublishedArticleRow, type ResolvedStateRow } from '../../domain/experts/record';
import type { RawExpertiseRecordsItem, RawHelpTicketStatesItem, RawKnowledgeArticlesItem } from '../schema/items.generated';
import { firstWritten, sendOnce, writeOnce } from '../idempotent';
import { exceedsListViewThreshold, isNotFound, isPreconditionFailed } from '../sp/errors';
import { helpList } from '../sp/lists';
import { forEachPage } from '../sp/paging';
import { agentPermissionRead } from '../tickets/roles';
import { ENTRY_SELECT, ownEntries, type EntryRow } from './directoryRead';
import type { RefreshOutcome } from './types';
import { currentUserHas, PermissionKinds } from '../sp/permissions';

/** Rows per page of the refresh's reads. */
const PAGE = 2000;

type StateRow = Pick<RawHelpTicketStatesItem, 'Id' | 'HCAssignedToId' | 'HCCategoryId' | 'HCStatus' | 'HCResolvedAt'>;
type ArticleRow = Pick<RawKnowledgeArticlesItem, 'Id' | 'HCOwnerId' | 'HCPublishedById' | 'HCCategoryId' | 'HCHelpful' | 'HCPublishedAt' | 'HCStatus'>;
type RecordRow = Pick<RawExpertiseRecordsItem, 'Id' | 'HCPersonId' | 'HCRecord' | 'HCComputedAt'> & { 'odata.etag'?: string };

/** Only the support group and owners may compute the records (they alone read every ticket state and write the list). */
export class ExpertiseRefreshNotAllowedError extends Error {
  public constructor() { super('Only the support desk and the site owners compute the proven expertise.'); }
}

/**
 * Every row of a list matching an indexed filter, page by page. Above the list view threshold SharePoint refuses
 * a filter whose indexed clause matches more than 5,000 items (every resolved request of a busy desk); the list is
 * then read whole, page by page without a filter (always allowed), and the filter applied here.
 */
async function readFiltered<T>(sp: SPFI, list: 'HelpTicketStates' | 'KnowledgeArticles', select: string[], filter: string, keep: (r: T) => boolean): Promise<T[]> {
  const out: T[] = [];
  try {
    await forEachPage<T>(helpList(sp, list).items.select(...select).filter(filter).top(PAGE), page => { out.push(...page); });
    return out;
  } catch (e) {
    if (!exceedsListViewThreshold(e)) throw e;
  }
  out.length = 0;
  await forEachPage<T>(helpList(sp, list).items.select(...select).top(PAGE), page => { for (const r of page) if (keep(r)) out.push(r); });
  return out;
}

async function readAll<T>(query: Parameters<typeof forEachPage>[0]): Promise<T[]> {
  const out: T[] = [];
  await forEachPage<T>(query, page => { out.push(...page); });
  return out;
}

/**
 * Computes the proven expertise of every listed person and writes it to ExpertiseRecords (the desk's truth about
 * who is expert in what): one item per listed person (Experts.HCListed on their own entry), updated when it
 * changed (with its ETag: a 412 means another desk wrote it meanwhile, from the same lists: left as it is), and the
 * records of people no longer listed deleted. Idempotent; when two desks race, the first record written for a
 * person counts (writeOnce: a lookup before the add, the lowest Id kept, the other recycled).
 */
export async function refreshExpertise(sp: SPFI, now: Date = new Date()): Promise<RefreshOutcome> {
  const [batched, execute] = sp.batched();
  const agent = agentPermissionRead(batched).catch(() => false);
  const mayWrite = currentUserHas(helpList(batched, 'ExpertiseRecords'), PermissionKinds.AddListItems).catch(() => false);
  await execute();
  if (!(await agent) || !(await mayWrite)) throw new ExpertiseRefreshNotAllowedError();

  const [states, articles, entries, stored] = await Promise.all([
    readFiltered<StateRow>(sp, 'HelpTicketStates', ['Id', 'HCAssignedToId', 'HCCategoryId', 'HCStatus', 'HCResolvedAt'],
      "HCStatus eq 'resolved' or HCStatus eq 'closed'", r => r.HCStatus === 'resolved' || r.HCStatus === 'closed'),
    readFiltered<ArticleRow>(sp, 'KnowledgeArticles', ['Id', 'HCOwnerId', 'HCPublishedById', 'HCCategoryId', 'HCHelpful', 'HCPublishedAt', 'HCStatus'],
      "HCStatus eq 'published'", r => r.HCStatus === 'published'),
    readAll<EntryRow>(helpList(sp, 'Experts').items.select(...ENTRY_SELECT).expand('HCPerson').top(PAGE)),
    readAll<RecordRow>(helpList(sp, 'ExpertiseRecords').items.select('Id', 'HCPersonId', 'HCRecord', 'HCComputedAt').top(500))
  ]);
  const computed = expertiseRecords(
    states.map((s): ResolvedStateRow => ({ assigneeId: s.HCAssignedToId || undefined, categoryId: s.HCCategoryId || undefined, status: s.HCStatus || '', resolvedAt: s.HCResolvedAt || undefined })),
    articles.map((a): PublishedArticleRow => ({ ownerId: a.HCOwnerId || undefined, publisherId: a.HCPublishedById || undefined, categoryId: a.HCCategoryId || undefined,
      helpful: a.HCHelpful || 0, publishedAt: a.HCPublishedAt || undefined })),
    now);
  const listed: number[] = [];
  ownEntries(entries).forEach((e, personId) => { if (e.HCListed === true) listed.push(personId); });

  const byPerson = new Map<number, RecordRow[]>();
  for (const r of stored) if (r.HCPersonId) byPerson.set(r.HCPersonId, (byPerson.get(r.HCPersonId) || []).concat([r]));
  const outcome: RefreshOutcome = { written: 0, updated: 0, removed: 0, unchanged: 0 };
  const list = helpList(sp, 'ExpertiseRecords');
  const at = now.toISOString();

  for (const personId of listed) {
    const text = serializeRecord(computed.get(personId) || {});
    const current = firstWritten(byPerson.get(personId) || []);
    if (!current) {
      const { created } = await writeOnce<RecordRow>({
        find: () => list.items.select('Id', 'HCPersonId', 'HCRecord', 'HCComputedAt').filter(`HCPersonId eq ${Math.floor(personId)}`).top(50)<RecordRow[]>(),
        add: async () => ({ Id: ((await helpList(sendOnce(sp), 'ExpertiseRecords').items.add({ Title: String(personId), HCPersonId: personId, HCRecord: text, HCComputedAt: at })) as { Id: number }).Id } as RecordRow),
        discard: id => list.items.getById(id).delete()
      });
      if (created) outcome.written++; else outcome.unchanged++;
    } else if (current.HCRecord !== text) {
      try {
        await list.items.getById(current.Id).update({ HCRecord: text, HCComputedAt: at }, current['odata.etag'] || '*');
        outcome.updated++;
      } catch (e) {
        if (!isPreconditionFailed(e)) throw e;
        outcome.unchanged++; // another desk wrote it meanwhile, from the same lists
      }
    } else {
      outcome.unchanged++;
    }
  }
  // Records of people no longer listed (withdrawn consent, entry gone), and duplicates of a person's record.
  for (const r of stored) {
    const keep = r.HCPersonId && listed.indexOf(r.HCPersonId) >= 0 && (firstWritten(byPerson.get(r.HCPersonId) || []) as RecordRow).Id === r.Id;
    if (keep) continue;
    try {
      await list.items.getById(r.Id).delete();
      outcome.removed++;
    } catch (e) {
      if (!isNotFound(e)) throw e; // another desk removed it first
    }
  }
  return outcome;
}
