import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { cleanInput } from '../../domain/text/normalize';
import { firstWritten, sendOnce, writeOnce } from '../idempotent';
import { httpStatus, isPreconditionFailed } from '../sp/errors';
import { helpList } from '../sp/lists';
import { ENTRY_SELECT, myEntryOf, ownEntries, type EntryRow } from './directoryRead';
import type { MyEntry, MyEntryInput } from './types';

/** Why saving one's entry failed, for a translated message: someone saved it meanwhile, refused, or no answer. */
export type EntryErrorCode = 'conflict' | 'denied' | 'failed';

/** A failed save of one's entry (the draft stays in the panel and in the browser). */
export class ExpertEntryError extends Error {
  public constructor(public readonly code: EntryErrorCode, cause?: unknown) {
    super(`Saving the expert entry failed (${code})${cause ? `: ${String(cause)}` : ''}`);
  }
}

/** Longest bio and skills text stored (Note columns; a directory card is short). */
export const MAX_BIO = 1000;
export const MAX_SKILLS = 30;

function payload(input: MyEntryInput, previous: MyEntry | undefined, now: Date): Record<string, unknown> {
  const skills = input.skills.map(s => cleanInput(s).replace(/,/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 60)).filter(Boolean)
    .filter((s, i, all) => all.map(x => x.toLowerCase()).indexOf(s.toLowerCase()) === i).slice(0, MAX_SKILLS);
  return {
    HCSkills: skills.join(', '),
    HCCategoriesId: input.categoryIds.filter(id => Math.floor(id) === id && id > 0),
    HCLanguages: input.languages.filter(l => l === 'fr' || l === 'en'),
    HCBio: cleanInput(input.bio).trim().slice(0, MAX_BIO),
    HCAvailability: input.availability,
    HCListed: input.listed,
    // Consent: when the person last opted in (kept while they stay listed), cleared when they withdraw.
    HCConsentAt: input.listed ? (previous && previous.listed && previous.consentAt ? previous.consentAt : now.toISOString()) : null // eslint-disable-line @rushstack/no-new-null
  };
}

function failure(e: unknown): ExpertEntryError {
  if (e instanceof ExpertEntryError) return e;
  if (isPreconditionFailed(e)) return new ExpertEntryError('conflict', e);
  const status = httpStatus(e);
  return new ExpertEntryError(status === 401 || status === 403 ? 'denied' : 'failed', e);
}

/**
 * Saves the person's own entry: created as themself (Author = Editor = HCPerson = the person: the only entry the
 * directory believes), or updated with the ETag they read (412: someone — they, in another tab — saved it since:
 * 'conflict', nothing overwritten). A retried creation reads the person's own entries first and adds none if one
 * exists (writeOnce). Resolves the entry as stored now (its new ETag).
 */
export async function saveMyEntry(sp: SPFI, me: { id: number; name: string }, input: MyEntryInput, previous: MyEntry | undefined, now: Date = new Date()): Promise<MyEntry> {
  const list = helpList(sp, 'Experts');
  const mine = async (): Promise<EntryRow[]> => {
    const rows = await list.items.select(...ENTRY_SELECT).expand('HCPerson').filter(`HCPersonId eq ${Math.floor(me.id)}`).top(100)<EntryRow[]>();
    const own = ownEntries(rows).get(me.id);
    return own ? [own] : [];
  };
  try {
    if (previous) {
      await list.items.getById(previous.id).update(payload(input, previous, now), previous.etag);
    } else {
      const { created } = await writeOnce<EntryRow>({
        find: mine,
        add: async () => ({ Id: ((await helpList(sendOnce(sp), 'Experts').items.add({ Title: me.name.slice(0, 255), HCPersonId: me.id, ...payload(input, undefined, now) })) as { Id: number }).Id } as EntryRow),
        discard: id => list.items.getById(id).recycle()
      });
      // An entry of theirs appeared meanwhile (another tab): nothing overwritten, they see it and decide.
      if (!created) throw new ExpertEntryError('conflict');
    }
    const saved = firstWritten(await mine());
    if (!saved) throw new ExpertEntryError('failed');
    return myEntryOf(saved);
  } catch (e) {
    throw failure(e);
  }
}
