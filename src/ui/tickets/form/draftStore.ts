import { createStore, del, get, set, UseStore } from 'idb-keyval';
import type { FileContentKind, TicketDraft } from '../../../domain/intake';
import type { NamedPerson } from '../../../data/intake/TicketFormServices';

/** A file of the draft, with its content (pasted screenshots and chosen files survive a reload). */
export interface DraftAttachment {
  name: string;
  type: string;
  size: number;
  content: Blob;
  /** What its first bytes say it is, once read. */
  sniffed?: FileContentKind;
  /** When it was attached (ISO): a named screenshot carries this time, so a retried submit names it the same. */
  addedAt?: string;
}

/** What is autosaved: the fields, the people named, the files, and the submit's idempotency key. */
export interface SavedDraft {
  /** Generated once per draft: a retried submit after a crash or reload never creates a second ticket. */
  clientRequestId: string;
  savedAt: string;
  fields: Omit<TicketDraft, 'files'>;
  watchers: NamedPerson[];
  beneficiary?: NamedPerson;
  attachments: DraftAttachment[];
  /** The requester shares her files with the people kept informed (off unless she ticks it). */
  shareFiles?: boolean;
  /** "Ask this expert": the site user id of the person the page's `?expert=` names, once resolved. */
  expertId?: number;
}

/** Where drafts live: IndexedDB (Blobs included), one draft per site and person. */
export interface DraftStore {
  load(): Promise<SavedDraft | undefined>;
  save(draft: SavedDraft): Promise<void>;
  clear(): Promise<void>;
}

let store: UseStore | undefined;

/** The IndexedDB draft store of one person on one help-center site. */
export function indexedDbDraftStore(siteUrl: string, loginName: string): DraftStore {
  const key = `ticket-draft|${siteUrl.toLowerCase()}|${loginName.toLowerCase()}`;
  const db = (): UseStore => {
    if (!store) store = createStore('help-center-drafts', 'drafts');
    return store;
  };
  return {
    load: () => get<SavedDraft>(key, db()).catch((e: unknown) => { console.error('[HelpCenter] Reading the draft failed:', e); return undefined; }),
    save: (draft: SavedDraft) => set(key, draft, db()),
    clear: () => del(key, db())
  };
}

/** A random identifier for a new draft (crypto when available). */
export function newClientRequestId(): string {
  const c = typeof window !== 'undefined' ? (window.crypto as Crypto & { randomUUID?: () => string }) : undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  let out = '';
  for (let i = 0; i < 32; i++) out += Math.floor(Math.random() * 16).toString(16);
  return out;
}
