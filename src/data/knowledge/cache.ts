import { createStore, get, set, del, type UseStore } from 'idb-keyval';
import type { SerializedSearchIndex } from '../../domain/search';
import type { ArticleSummary } from './types';

/** Bump when the cached shape changes: an entry of another version is ignored. */
export const CACHE_VERSION = 1;

/** What one help-center site keeps in IndexedDB: the serialized index and the summaries, never the bodies. */
export interface CachedKnowledgeBase {
  version: number;
  /** Serialized search index (loadSearchIndex). */
  index: SerializedSearchIndex;
  /** Published article summaries. */
  articles: ArticleSummary[];
  /** Greatest Modified seen (ISO): the next delta query asks for `Modified gt` it. */
  maxModified: string;
  /** When it was saved (ISO). */
  savedAt: string;
}

/** IndexedDB store of the knowledge base, one entry per help-center site (cache key). */
export class KnowledgeCache {
  private readonly store: UseStore | undefined;

  public constructor(private readonly key: string) {
    // No IndexedDB (old browser, private mode in some browsers, Node): the service works without a cache.
    this.store = typeof indexedDB === 'undefined' ? undefined : createStore('help-center-knowledge', 'kb');
  }

  /** The cached knowledge base, or undefined (none, unreadable or of another version). */
  public async read(): Promise<CachedKnowledgeBase | undefined> {
    if (!this.store) return undefined;
    try {
      const value = await get<CachedKnowledgeBase>(this.key, this.store);
      return value && value.version === CACHE_VERSION ? value : undefined;
    } catch (e) {
      console.warn('Knowledge cache unreadable, reloading the knowledge base', e);
      return undefined;
    }
  }

  /** Saves the knowledge base; a failure (quota) only costs the next page load a full download. */
  public async write(value: Omit<CachedKnowledgeBase, 'version' | 'savedAt'>): Promise<void> {
    if (!this.store) return;
    try {
      await set(this.key, { ...value, version: CACHE_VERSION, savedAt: new Date().toISOString() }, this.store);
    } catch (e) {
      console.warn('Knowledge cache not saved', e);
    }
  }

  /** Forgets the cached knowledge base. */
  public async clear(): Promise<void> {
    if (this.store) await del(this.key, this.store);
  }
}
