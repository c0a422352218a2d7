/**
 * Demo data for the workbench: a living, bilingual help center (teams, categories, rooms and equipment,
 * settings, a French/English knowledge base, experts, a known incident, and a few hundred tickets over six
 * months with their conversations and internal notes). Everything goes through the emulated site's REST
 * API with real PnPjs, as the person who would write it, in `$batch`es. Deterministic for a given `now`.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { planSearchEvents } from './analytics';
import { planTickets, WINDOW_DAYS } from './generate';
import { ensurePeople, fillGroups, seedArticles, seedCommunity, seedReferenceData, SeedIds } from './reference';
import { seedKbArticles } from './kb-articles';
import { seedTickets } from './ticket-writer';
import { seedWatchViews } from './watch-views';
import { SeedWriter } from './writer';
import { seedVotes } from './votes';
import { seedExpertise } from './expertise';
import { seedIdeas } from './ideas';
import type { WorkbenchTarget } from '../client';

/** Options of `seedDemoData`. */
export interface SeedOptions {
  /** Progress messages (silent by default). */
  log?: (message: string) => void;
  /** The date the data is generated for (default: now); the same date gives the same data. */
  now?: Date;
  /** How many tickets, showcase stories included (default 300). */
  ticketCount?: number;
}

/** Default number of tickets: "a few hundred" over six months. */
export const DEFAULT_TICKET_COUNT = 300;

async function seedSearches(w: SeedWriter, now: Date, count: number, ids: SeedIds): Promise<number> {
  const events = planSearchEvents(now, count, WINDOW_DAYS);
  const people = events.map(e => e.who).filter((p, i, all) => all.indexOf(p) === i);
  await Promise.all(people.map(async who => {
    const mine = events.filter(e => e.who === who);
    const added = await w.addItems(who, 'SearchEvents', mine.map(e => ({
      HCQuery: e.query, HCResultCount: e.resultCount, HCLanguage: e.language, HCFiledTicket: e.filedTicket,
      HCOpenedArticleId: e.article ? ids.articles[e.article][e.language] : undefined
    })));
    await w.backdate(who, added.map((id, i) => ({ list: 'SearchEvents' as const, id, created: mine[i].at, modified: mine[i].at })));
  }));
  return events.length;
}

/**
 * Loads the demo data into a provisioned help-center site. Does nothing when HelpTickets already has items,
 * so `npm start` can call it on every run. `target` is the emulator (its site URL and the workbench secret that
 * lets the seed write as each person).
 */
export async function seedDemoData(target: WorkbenchTarget, opts: SeedOptions = {}): Promise<void> {
  const log = opts.log || (() => undefined);
  const now = opts.now || new Date();
  const count = opts.ticketCount === undefined ? DEFAULT_TICKET_COUNT : opts.ticketCount;
  const w = new SeedWriter(target, log);
  const started = Date.now();

  const existing = await w.sp('owner').web.lists.getByTitle('HelpTickets').items.select('Id').top(1)();
  if (existing.length) {
    log('Demo data: HelpTickets already has items, nothing to seed.');
    return;
  }
  log('Demo data: seeding…');
  const people = await ensurePeople(w);
  await fillGroups(w);
  const reference = await seedReferenceData(w, people);
  const base = { people, ...reference };
  const [articles, kb] = await Promise.all([seedArticles(w, now, base), seedKbArticles(w, now, base)]);
  const ids: SeedIds = { ...base, articles };
  log(`  ${Object.keys(articles).length * 2 + Object.keys(kb).length} articles written`);

  const plans = planTickets(now, count);
  const refs = await seedTickets(w, plans, ids, log);
  log(`  ${await seedWatchViews(w, plans, refs, now)} followed requests written for the people kept informed`);
  const problems: Record<string, { id: number; openedAt: Date }> = {};
  plans.filter(p => p.kind === 'problem').forEach(p => { problems[p.ref] = { id: refs[p.ref], openedAt: p.createdAt }; });
  await seedCommunity(w, now, ids, problems);
  const searches = await seedSearches(w, now, Math.round(count / 2), ids);
  log(`  experts, announcements and ${searches} searches written`);
  log(`  ${await seedVotes(w)} "was this helpful?" votes written, articles' counters recounted`);
  log(`  ${await seedExpertise(w, now)} experts' proven expertise records computed by the desk's refresh`);
  log(`  ${await seedIdeas(w, now, reference.categories)} ideas written with their votes and the team's answers`);
  log(`Demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
