/**
 * The engines compared by the benchmark, behind one interface. Each competitor gets a sensible
 * configuration: the same five fields with the same boosts where supported, prefix and fuzzy matching on,
 * accent folding, HTML already stripped. substringof is what a plain SharePoint list filter gives.
 */
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import { create, insertMultiple, load as oramaLoad, save as oramaSave, search as oramaSearch } from '@orama/orama';
import FlexSearch from 'flexsearch';
import { buildSearchIndex, loadSearchIndex, PopularitySignal, SearchIndex, SearchIndexOptions } from '../../src/domain/search';
import { BenchDoc } from './corpus';

/** One engine under test. */
export interface Engine {
  name: string;
  /** Builds the index over the documents. */
  build(docs: BenchDoc[]): Promise<void>;
  /** Ids of the best documents, best first. */
  search(query: string, limit: number): string[] | Promise<string[]>;
  /** Serialised index (what the browser would cache); undefined when the engine has none. */
  serialize?(): Promise<string>;
  /** Restores the index from serialize()'s output, on a fresh instance. */
  load?(data: string, docs: BenchDoc[]): Promise<void>;
}

const BOOSTS = { title: 3, questions: 2.5, keywords: 2, summary: 1.5, text: 1 };
const FIELDS = ['title', 'questions', 'keywords', 'summary', 'text'] as const;

/** Accent folding and lower-casing, given to every competitor. */
export function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function flat(d: BenchDoc): { id: string; title: string; questions: string; keywords: string; summary: string; text: string } {
  return { id: d.id, title: d.title, questions: d.questions.join('\n'), keywords: d.keywords.join(', '), summary: d.summary, text: d.text };
}

/** Our engine. */
export function ours(name: string, popularity: { [id: string]: PopularitySignal }, options?: SearchIndexOptions): Engine {
  let index: SearchIndex;
  return {
    name,
    async build(docs) {
      index = buildSearchIndex(docs.map((d) => ({ id: d.id, title: d.title, body: d.body, language: d.language, summary: d.summary, keywords: d.keywords, questions: d.questions, category: d.category })), { popularity, ...(options || {}) });
    },
    search: (q, limit) => index.search(q, { limit }).map((h) => h.id),
    serialize: async () => JSON.stringify(index.toJSON()),
    async load(data) { index = loadSearchIndex(JSON.parse(data)); }
  };
}

/** MiniSearch 7: BM25, prefix and fuzzy (0.2 of term length), field boosts. */
export function minisearch(): Engine {
  const options = {
    fields: FIELDS as unknown as string[], storeFields: [] as string[],
    processTerm: (t: string) => fold(t),
    searchOptions: { boost: BOOSTS, prefix: true, fuzzy: 0.2, combineWith: 'OR' as const }
  };
  let ms: MiniSearch;
  return {
    name: 'minisearch',
    async build(docs) { ms = new MiniSearch(options); ms.addAll(docs.map(flat)); },
    search: (q, limit) => ms.search(q).slice(0, limit).map((r) => String(r.id)),
    serialize: async () => JSON.stringify(ms),
    async load(data) { ms = MiniSearch.loadJSON(data, options); }
  };
}

/** FlexSearch 0.8: Document index, forward tokenizer (prefixes), LatinBalance encoder, suggest on; field ranks merged with the boosts. */
export function flexsearch(): Engine {
  const make = (): any => new (FlexSearch as any).Document({
    document: { id: 'id', index: FIELDS.map((f) => ({ field: f, tokenize: 'forward', encoder: (FlexSearch as any).Charset.LatinBalance, resolution: 9 })) },
    cache: false
  });
  let doc: any;
  return {
    name: 'flexsearch',
    async build(docs) { doc = make(); for (const d of docs) { doc.add(flat(d)); } },
    search(q, limit) {
      const perField: Array<{ field: keyof typeof BOOSTS; result: string[] }> = doc.search(q, { limit: limit * 3, suggest: true });
      const scores = new Map<string, number>();
      for (const r of perField) {
        r.result.forEach((id, rank) => scores.set(id, (scores.get(id) || 0) + BOOSTS[r.field] / (rank + 1)));
      }
      return Array.from(scores.entries()).sort((a, b) => b[1] - a[1]).slice(0, limit).map((e) => e[0]);
    },
    async serialize() {
      const parts: { [key: string]: string } = {};
      await doc.export((key: string, data: string) => { parts[key] = data; });
      return JSON.stringify(parts);
    },
    async load(data) {
      doc = make();
      const parts = JSON.parse(data) as { [key: string]: string };
      for (const key of Object.keys(parts)) { await doc.import(key, parts[key]); }
    }
  };
}

/** Orama 3: BM25 full text, tolerance 1 (typos), prefix matching built in, field boosts. */
export function orama(): Engine {
  const schema = { id: 'string', title: 'string', questions: 'string', keywords: 'string', summary: 'string', text: 'string' } as const;
  let db: any;
  return {
    name: '@orama/orama',
    async build(docs) { db = create({ schema }); await insertMultiple(db, docs.map(flat), 1000); },
    async search(q, limit) {
      const res: any = await oramaSearch(db, { term: q, properties: FIELDS as unknown as any, boost: BOOSTS, tolerance: 1, limit });
      return res.hits.map((h: any) => String(h.document.id));
    },
    serialize: async () => JSON.stringify(oramaSave(db)),
    async load(data) { db = create({ schema }); oramaLoad(db, JSON.parse(data)); }
  };
}

/** Fuse.js 7: approximate string matching over the weighted fields (threshold 0.4, location ignored). */
export function fuse(): Engine {
  const keys = FIELDS.map((f) => ({ name: f, weight: BOOSTS[f] }));
  const options = { keys, includeScore: true, ignoreLocation: true, threshold: 0.4, getFn: (obj: any, path: string | string[]) => fold(String(obj[Array.isArray(path) ? path[0] : path])) };
  let f: Fuse<ReturnType<typeof flat>>;
  let flatDocs: Array<ReturnType<typeof flat>> = [];
  return {
    name: 'fuse.js',
    async build(docs) { flatDocs = docs.map(flat); f = new Fuse(flatDocs, options); },
    search: (q, limit) => f.search(fold(q), { limit }).map((r) => r.item.id),
    async serialize() { return JSON.stringify(Fuse.createIndex(keys, flatDocs, { getFn: options.getFn }).toJSON()); },
    async load(data, docs) { flatDocs = docs.map(flat); f = new Fuse(flatDocs, options, Fuse.parseIndex(JSON.parse(data))); }
  };
}

/** What `$filter=substringof('query', Title) or substringof('query', HCBody)` with `$orderby=Modified desc` gives. */
export function substringof(): Engine {
  let docs: Array<{ id: string; title: string; body: string; modified: number }> = [];
  return {
    name: 'substringof (SharePoint filter)',
    async build(all) {
      docs = all.map((d) => ({ id: d.id, title: d.title.toLowerCase(), body: d.body.toLowerCase(), modified: d.modified })).sort((a, b) => b.modified - a.modified);
    },
    search(q, limit) {
      const needle = q.toLowerCase().trim();
      if (!needle) { return []; }
      const out: string[] = [];
      for (const d of docs) {
        if (d.title.indexOf(needle) >= 0 || d.body.indexOf(needle) >= 0) { out.push(d.id); if (out.length >= limit) { break; } }
      }
      return out;
    }
  };
}
