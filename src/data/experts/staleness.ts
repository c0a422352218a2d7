import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { RawExpertiseRecordsItem, RawExpertsItem } from '../schema/items.generated';
import { isOwnEntry } from '../knowledge/experts';
import { helpList } from '../sp/lists';

const PAGE = 1000;

/**
 * Whether the people listed in the directory (their own entries, HCListed: an indexed filter) and the people with a
 * record differ: someone opted in or withdrew since the last computation. One $batch of two small reads; a list
 * fuller than one page says nothing (the daily run handles it).
 */
export async function listedDiffersFromRecords(sp: SPFI): Promise<boolean> {
  const [batched, execute] = sp.batched();
  const listed = helpList(batched, 'Experts').items.select('Id', 'AuthorId', 'EditorId', 'HCPersonId').filter('HCListed eq 1').top(PAGE)<Pick<RawExpertsItem, 'Id' | 'AuthorId' | 'EditorId' | 'HCPersonId'>[]>();
  const records = helpList(batched, 'ExpertiseRecords').items.select('Id', 'HCPersonId').top(PAGE)<Pick<RawExpertiseRecordsItem, 'Id' | 'HCPersonId'>[]>();
  listed.catch(() => undefined);
  records.catch(() => undefined);
  await execute();
  const [l, r] = [await listed, await records];
  if (l.length >= PAGE || r.length >= PAGE) return false;
  const a = l.filter(isOwnEntry).map(x => x.HCPersonId as number).filter((id, i, all) => all.indexOf(id) === i).sort((x, y) => x - y);
  const b = r.map(x => x.HCPersonId as number).filter((id, i, all) => id && all.indexOf(id) === i).sort((x, y) => x - y);
  return a.join(',') !== b.join(',');
}
