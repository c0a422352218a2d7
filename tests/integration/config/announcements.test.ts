// Announcements configured from the product (issue 18), against the emulator: checked writes (nothing written when
// refused), the current and ended lists on the indexed HCEnd with paging, an announcement the desk published from a
// problem ticket shown with its problem, two people saving one announcement (the second gets a conflict with the first
// one's version, the versions name both), "end now" over the ETag, owners' delete, and a requester's writes refused —
// over plain REST too, whatever the page shows.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, as, setUpHelpCenter, start } from '../emulator/helpers';
import { AnnouncementConflictError, AnnouncementInvalidError, AnnouncementRepository, type AnnouncementPager } from '../../../src/data/config';
import { ProblemRepository } from '../../../src/data/desk/ProblemRepository';
import { TicketRepository } from '../../../src/data/tickets';
import { dayOf, timeOf, type AnnouncementDraft } from '../../../src/domain/config/announcementRules';

let emu: Emulator;
let sp: (user: string) => SPFI;
const HOUR = 3600_000;

/** A draft from `fromHours` to `toHours` around now (local day and time, as the form types them). */
function draft(title: string, fromHours: number, toHours: number, d: Partial<AnnouncementDraft> = {}): AnnouncementDraft {
  const start = new Date(Date.now() + fromHours * HOUR);
  const end = new Date(Date.now() + toHours * HOUR);
  return {
    title, body: `${title} : détails.`, severity: 'warning', audience: 'everyone', language: 'fr',
    startDay: dayOf(start), startTime: timeOf(start), endDay: dayOf(end), endTime: timeOf(end), ...d
  };
}

async function all(pager: AnnouncementPager): Promise<string[]> {
  const out: string[] = [];
  for (let page = await pager.next(); page; page = await pager.next()) page.forEach(a => out.push(a.title));
  return out;
}

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1]);
});
afterAll(() => emu.close());

it('an agent adds announcements (checked first: a refused one writes nothing); current ones by start, ended ones the latest first, in pages', async () => {
  const repo = new AnnouncementRepository(sp(AGENT_L1));
  const refused = await repo.add(draft('Fin avant le début', 2, 1)).catch(e => e);
  expect(refused).toBeInstanceOf(AnnouncementInvalidError);
  expect((refused as AnnouncementInvalidError).problems).toEqual([{ field: 'end', code: 'endBeforeStart' }]);
  expect(await all(repo.current(new Date()))).toEqual([]);

  const later = await repo.add(draft('Maintenance demain', 20, 22, { severity: 'info', language: '' }));
  const now = await repo.add(draft('Panne messagerie', 0, 3, { severity: 'outage', audience: 'requesters' }));
  expect(now).toMatchObject({ severity: 'outage', audience: 'requesters', language: 'fr', problem: undefined });
  // "Both languages" is written as no language: the help bar and the home show it to every reader.
  expect(later.language).toBeUndefined();
  const raw = await sp(OWNER).web.lists.getByTitle('Announcements').items.getById(later.id).select('HCLanguage')<{ HCLanguage: string | null }>();
  expect(raw.HCLanguage).toBeNull();
  expect(await all(repo.current(new Date()))).toEqual(['Panne messagerie', 'Maintenance demain']);

  // Ended ones (written as an existing item may be: an edit keeps a past period), the latest ended first.
  for (const [i, title] of ['Ancienne 1', 'Ancienne 2', 'Ancienne 3'].entries()) {
    const a = await repo.add(draft(title, 0, 1));
    await repo.update(a.id, a.etag, draft(title, -48 + i, -24 + i));
  }
  const past = repo.past(new Date(), 2);
  expect((await past.next())!.map(a => a.title)).toEqual(['Ancienne 3', 'Ancienne 2']);
  expect((await past.next())!.map(a => a.title)).toEqual(['Ancienne 1']);
  expect(await past.next()).toBeUndefined();
});

it('shows the problem an announcement was published from by the desk (its path unchanged)', async () => {
  const ticket = await new TicketRepository(sp(LEA)).create({ clientRequestId: 'ann-1', title: 'Wi-Fi coupé', description: 'Plus de réseau.', kind: 'problem', language: 'fr' } as never);
  const start = new Date(Date.now() - 60_000);
  const id = await new ProblemRepository(sp(AGENT_L1)).publishAnnouncement({
    problemId: ticket.item.Id, title: 'Wi-Fi perturbé', body: 'On s\'en occupe.', severity: 'outage', language: 'fr', start, end: new Date(Date.now() + 5 * HOUR)
  });
  const view = (await new AnnouncementRepository(sp(AGENT_L1)).get(id))!;
  expect(view.problem).toEqual({ id: ticket.item.Id, title: 'Wi-Fi coupé' });
  // The desk's item has no audience: for everyone.
  expect(view.audience).toBe('everyone');
});

it('two people save one announcement: the second gets a conflict with the first one\'s version; the versions say who did what', async () => {
  const mine = new AnnouncementRepository(sp(AGENT_L1));
  const theirs = new AnnouncementRepository(sp(OWNER));
  const added = await mine.add(draft('Imprimantes', 0, 4));
  const readByThem = (await theirs.get(added.id))!;
  await theirs.update(added.id, readByThem.etag, draft('Imprimantes (bâtiment A)', 0, 4));
  const conflict = await mine.update(added.id, added.etag, draft('Imprimantes du 2e', 0, 4)).catch(e => e);
  expect(conflict).toBeInstanceOf(AnnouncementConflictError);
  expect((conflict as AnnouncementConflictError).current!.title).toBe('Imprimantes (bâtiment A)');
  const history = await mine.history(added.id);
  expect(history.map(v => [v.title, v.by])).toEqual([['Imprimantes (bâtiment A)', 'Claire Martin'], ['Imprimantes', 'Karim Haddad']]);

  // "End now" over a stale version is a conflict too; over the current one it ends it (no longer current, among the ended).
  await expect(mine.endNow(added)).rejects.toBeInstanceOf(AnnouncementConflictError);
  const ended = await mine.endNow((await mine.get(added.id))!);
  expect(Date.parse(ended.end)).toBeLessThanOrEqual(Date.now());
  expect(await all(mine.current(new Date()))).not.toContain('Imprimantes (bâtiment A)');
  expect((await mine.past(new Date(), 1).next())!.map(a => a.title)).toEqual(['Imprimantes (bâtiment A)']);
  expect((await mine.history(added.id)).length).toBe(3);
});

it('"end now" on an upcoming one starts it now too; owners may delete (the page offers it to them only)', async () => {
  const agent = new AnnouncementRepository(sp(AGENT_L1));
  const owner = new AnnouncementRepository(sp(OWNER));
  const upcoming = await agent.add(draft('Coupure prévue', 10, 12));
  const ended = await agent.endNow(upcoming);
  expect(ended.start).toBe(ended.end);
  expect(await agent.canDelete()).toBe(false);
  expect(await owner.canDelete()).toBe(true);
  await owner.remove(ended.id, ended.etag);
  expect(await owner.get(ended.id)).toBeUndefined();
});

it('a requester\'s writes are refused, through the repository and over plain REST', async () => {
  const student = new AnnouncementRepository(sp(LEA));
  await expect(student.add(draft('Fausse panne', 0, 2))).rejects.toMatchObject({ status: 403 });
  const url = `${emu.siteUrl}/_api/web/lists/getByTitle('Announcements')/items`;
  const headers = { ...as(emu, LEA), Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata' };
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ Title: 'Fausse panne', HCSeverity: 'outage' }) });
  expect(res.status).toBe(403);
  // She reads them (everyone reads the list): the audience is a filter of what is shown, not security.
  expect((await all(student.current(new Date()))).length).toBeGreaterThan(0);
});
