/**
 * Proven expertise (issue 15): what the help center itself shows a person knows, counted per category and month
 * from the desk's truth (HelpTicketStates: who the request was assigned to when it was resolved) and from the
 * published knowledge base (KnowledgeArticles: who owns an article, who published it as reviewer, the helpful
 * votes on it). Pure: the data layer reads the rows, the desk writes the records (ExpertiseRecords), the
 * directory scores and explains them.
 */

/** Counts of one person in one category and month. */
export interface ExpertiseCounts {
  /** Requests resolved (the state's assignee when it was resolved). */
  resolved: number;
  /** Published articles they own (written). */
  written: number;
  /** Articles they published as reviewer (someone else's article). */
  reviewed: number;
  /** Helpful votes on the articles they own. */
  helpful: number;
}

/** A person's record: per category id, per month (`YYYY-MM`, UTC), the counts. */
export interface ExpertiseRecord {
  [categoryId: string]: { [month: string]: ExpertiseCounts };
}

/** A resolved or closed ticket state, as the refresh reads it. */
export interface ResolvedStateRow {
  /** HCAssignedTo: the agent who held it (undefined: nobody). */
  assigneeId?: number;
  categoryId?: number;
  status: string;
  /** HCResolvedAt (ISO), undefined when never resolved (closed without resolution). */
  resolvedAt?: string;
}

/** A published article, as the refresh reads it. */
export interface PublishedArticleRow {
  ownerId?: number;
  publisherId?: number;
  categoryId?: number;
  helpful: number;
  /** HCPublishedAt (ISO). */
  publishedAt?: string;
}

/** How far back the records go: two years (older work says little about today). */
export const RECORD_MONTHS = 24;

/** The month bucket (`YYYY-MM`, UTC) of a date. */
export function monthOf(at: Date): string {
  return `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Whole months from `month` to the month of `now` (0: this month; negative: in the future). */
export function monthsAgo(month: string, now: Date): number {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return NaN;
  return (now.getUTCFullYear() - Number(m[1])) * 12 + (now.getUTCMonth() + 1 - Number(m[2]));
}

function parseDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return isNaN(d.getTime()) ? undefined : d;
}

function add(records: Map<number, ExpertiseRecord>, personId: number | undefined, categoryId: number | undefined, at: Date | undefined,
  now: Date, field: keyof ExpertiseCounts, n: number): void {
  if (!personId || !categoryId || !at || !(n > 0)) return;
  const month = monthOf(at);
  const ago = monthsAgo(month, now);
  if (!(ago >= 0 && ago < RECORD_MONTHS)) return;
  let record = records.get(personId);
  if (!record) records.set(personId, record = {});
  const byMonth = record[String(categoryId)] || (record[String(categoryId)] = {});
  const counts = byMonth[month] || (byMonth[month] = { resolved: 0, written: 0, reviewed: 0, helpful: 0 });
  counts[field] += n;
}

/**
 * The records of everyone the rows name, by person id. A request counts for the agent it was assigned to when it
 * was resolved (status resolved or closed, HCResolvedAt set), in the month it was resolved; a published article
 * counts as written for its owner and as reviewed for its publisher when that is someone else, in the month it was
 * published, with its helpful votes credited to the owner in that same month. Rows older than
 * {@link RECORD_MONTHS} months, or dated in the future, are left out.
 */
export function expertiseRecords(states: readonly ResolvedStateRow[], articles: readonly PublishedArticleRow[], now: Date): Map<number, ExpertiseRecord> {
  const records = new Map<number, ExpertiseRecord>();
  for (const s of states) {
    if (s.status !== 'resolved' && s.status !== 'closed') continue;
    add(records, s.assigneeId, s.categoryId, parseDate(s.resolvedAt), now, 'resolved', 1);
  }
  for (const a of articles) {
    const at = parseDate(a.publishedAt);
    add(records, a.ownerId, a.categoryId, at, now, 'written', 1);
    add(records, a.ownerId, a.categoryId, at, now, 'helpful', Math.max(0, Math.floor(a.helpful || 0)));
    if (a.publisherId && a.publisherId !== a.ownerId) add(records, a.publisherId, a.categoryId, at, now, 'reviewed', 1);
  }
  return records;
}

/** The record as stored (HCRecord): JSON with its keys in a stable order, so an unchanged record compares equal. */
export function serializeRecord(record: ExpertiseRecord): string {
  const out: ExpertiseRecord = {};
  for (const c of Object.keys(record).sort((a, b) => Number(a) - Number(b))) {
    out[c] = {};
    for (const m of Object.keys(record[c]).sort()) {
      const k = record[c][m];
      out[c][m] = { resolved: k.resolved, written: k.written, reviewed: k.reviewed, helpful: k.helpful };
    }
  }
  return JSON.stringify(out);
}

function count(v: unknown): number {
  return typeof v === 'number' && isFinite(v) && v > 0 ? Math.floor(v) : 0;
}

/** A stored record read back; anything malformed is dropped (a record is written by the desk only, but read defensively). */
export function parseRecord(text: string | undefined | null): ExpertiseRecord { // eslint-disable-line @rushstack/no-new-null
  let raw: unknown;
  try { raw = JSON.parse(text || '{}'); } catch { return {}; }
  const out: ExpertiseRecord = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const c of Object.keys(raw as object)) {
    if (!/^\d+$/.test(c)) continue;
    const months = (raw as Record<string, unknown>)[c];
    if (!months || typeof months !== 'object') continue;
    for (const m of Object.keys(months as object)) {
      if (!/^\d{4}-\d{2}$/.test(m)) continue;
      const k = (months as Record<string, Record<string, unknown>>)[m] || {};
      const counts = { resolved: count(k.resolved), written: count(k.written), reviewed: count(k.reviewed), helpful: count(k.helpful) };
      if (counts.resolved + counts.written + counts.reviewed + counts.helpful === 0) continue;
      (out[c] || (out[c] = {}))[m] = counts;
    }
  }
  return out;
}
