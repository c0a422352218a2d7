// Rooms, services and equipment configured from the product (issue 18), against the emulator: a referent imports
// 30 rows with one bad (29 written, a second import writes none), two people saving one room (the second gets a
// conflict with the first's version), a room named by a ticket is not deleted, and only owners and referents write
// HelpLocations — over plain REST, whatever the page shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { LEA, OWNER, as, setUpHelpCenter, start } from '../emulator/helpers';
import { HELP_CENTER_GROUPS } from '../../../src/data/schema';
import { LocationConflictError, LocationInUseError, LocationInvalidError, LocationRepository, importLocations } from '../../../src/data/config';
import { readLocationFile } from '../../../src/domain/config/locationImport';
import { TicketRepository } from '../../../src/data/tickets';

const REFERENT = `philippe.garnier@${DEMO_DOMAIN}`;
const FILE = readFileSync(join(__dirname, '../../fixtures/config/rooms-30.csv'), 'utf8');
let emu: Emulator;
let sp: (user: string) => SPFI;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp);
  const referents = HELP_CENTER_GROUPS.find(g => g.key === 'referents')!.title.replace(/'/g, "''");
  await sp(OWNER).web.siteGroups.getByName(referents).users.add(`i:0#.f|membership|${REFERENT}`);
});
afterAll(() => emu.close());

it('a referent imports 30 rows with one bad: 29 written, the bad one reported with its line and field; again: nothing new', async () => {
  const repo = new LocationRepository(sp(REFERENT));
  const progress: number[] = [];
  const first = await importLocations(sp(REFERENT), repo, readLocationFile(FILE), done => progress.push(done));
  expect(first.written).toHaveLength(29);
  expect(first.refused.map(r => ({ line: r.row.line, problems: r.row.problems }))).toEqual([{ line: 29, problems: [{ field: 'room', code: 'roomNotFound' }] }]);
  expect(progress[progress.length - 1]).toBe(29);
  const projector = (await repo.byNames(['Vidéoprojecteur B101']))[0];
  const view = (await repo.get(projector.id))!;
  expect(view.roomTitle).toBe('Salle B101');
  expect((await repo.byNames(['Salle "Curie"; amphi'])).map(l => l.building)).toEqual(['Bâtiment C']);

  const again = await importLocations(sp(REFERENT), repo, readLocationFile(FILE), () => undefined);
  expect(again.written).toEqual([]);
  expect(again.existing).toHaveLength(29);
  const all: number[] = [];
  const pager = repo.pager({}, 10);
  for (let page = await pager.next(); page; page = await pager.next()) page.forEach(l => all.push(l.id));
  expect(all).toHaveLength(29);
});

it('searches names on the indexed Title, one kind at a time', async () => {
  const page = await new LocationRepository(sp(REFERENT)).pager({ kind: 'room', search: 'Salle B11' }).next();
  expect(page!.map(l => l.title)).toEqual(['Salle B110', 'Salle B111', 'Salle B112', 'Salle B113', 'Salle B114', 'Salle B115', 'Salle B116', 'Salle B117', 'Salle B118', 'Salle B119']);
});

it('refuses a duplicate name in a building, an unknown kind and an equipment in a service, before writing', async () => {
  const repo = new LocationRepository(sp(REFERENT));
  const wifi = (await repo.byNames(['Wi-Fi invités']))[0];
  const err = await repo.add({ title: ' salle  b101 ', kind: 'room', building: 'Bâtiment B', assetTag: '' }).catch(e => e);
  expect(err).toBeInstanceOf(LocationInvalidError);
  expect((err as LocationInvalidError).problems).toEqual([{ field: 'title', code: 'duplicate' }]);
  const bad = await repo.add({ title: 'Écran', kind: 'screen', building: '', roomId: wifi.id, assetTag: '' }).catch(e => e);
  expect((bad as LocationInvalidError).problems).toEqual([{ field: 'kind', code: 'unknownKind' }, { field: 'room', code: 'roomOnlyForEquipment' }]);
  const notARoom = await repo.add({ title: 'Écran', kind: 'equipment', building: '', roomId: wifi.id, assetTag: '' }).catch(e => e);
  expect((notARoom as LocationInvalidError).problems).toEqual([{ field: 'room', code: 'notARoom' }]);
});

it('two people save one room: the second gets a conflict with the first one\'s version; the versions say who did what', async () => {
  const mine = new LocationRepository(sp(REFERENT));
  const theirs = new LocationRepository(sp(OWNER));
  const id = (await mine.byNames(['Salle B102']))[0].id;
  const readByMe = (await mine.get(id))!;
  const readByThem = (await theirs.get(id))!;
  await theirs.update(id, readByThem.etag, { title: 'Salle B102 (info)', kind: 'room', building: 'Bâtiment B', assetTag: '' });
  const conflict = await mine.update(id, readByMe.etag, { title: 'Salle B102 bis', kind: 'room', building: 'Bâtiment B', assetTag: '' }).catch(e => e);
  expect(conflict).toBeInstanceOf(LocationConflictError);
  expect((conflict as LocationConflictError).current!.title).toBe('Salle B102 (info)');
  const history = await mine.history(id);
  expect(history.map(v => v.title)).toEqual(['Salle B102 (info)', 'Salle B102']);
  expect(history[0].by).toBe('Claire Martin');
});

it('a room a ticket names is not deleted (by whoever reads every ticket: owners, agents); an unused one is', async () => {
  const repo = new LocationRepository(sp(REFERENT));
  const owner = new LocationRepository(sp(OWNER));
  const used = (await repo.get((await repo.byNames(['Salle B103']))[0].id))!;
  await new TicketRepository(sp(LEA)).create({ clientRequestId: 'loc-1', title: 'Vidéoprojecteur', description: 'Ne s\'allume pas.', kind: 'assistance', locationId: used.id, language: 'fr' } as never);
  expect(await owner.inUse(used.id)).toBe(true);
  await expect(owner.remove(used.id, used.etag)).rejects.toBeInstanceOf(LocationInUseError);
  expect(await repo.get(used.id)).toBeDefined();
  const free = (await repo.get((await repo.byNames(['Salle B104']))[0].id))!;
  await repo.remove(free.id, free.etag);
  expect(await repo.get(free.id)).toBeUndefined();
});

it('only owners and referents write HelpLocations, over plain REST too', async () => {
  expect(await new LocationRepository(sp(LEA)).canEdit()).toBe(false);
  expect(await new LocationRepository(sp(REFERENT)).canEdit()).toBe(true);
  expect(await new LocationRepository(sp(OWNER)).canEdit()).toBe(true);
  const url = `${emu.siteUrl}/_api/web/lists/getByTitle('HelpLocations')/items`;
  const body = JSON.stringify({ Title: 'Salle pirate', HCLocationKind: 'room' });
  const headers = (who: string): Record<string, string> => ({ ...as(emu, who), Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata' });
  const student = await fetch(url, { method: 'POST', headers: headers(LEA), body });
  expect(student.status).toBe(403);
  const referent = await fetch(url, { method: 'POST', headers: headers(REFERENT), body });
  expect(referent.status).toBe(201);
});
