// The help center home's first read against the emulator: categories with their icons and communities, only the
// current announcements (HCEnd indexed), the hours and contact settings, and her requests as the desk holds them, in
// one request when her site user id is known (two on a first visit), and still right when the id remembered is wrong.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TOM, receiveTickets, setUpHelpCenter, start } from '../emulator/helpers';
import { readHomeFirst } from '../../../src/data/home/homeRead';
import { TicketRepository } from '../../../src/data/tickets';

let emu: Emulator;
let sp: (user: string) => SPFI;
let ticketId: number;
let leaId: number;
const NOW = new Date();
const hours = (h: number): string => new Date(NOW.getTime() + h * 3600_000).toISOString();

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1]);
  const owner = sp(OWNER).web.lists;
  const root = (await owner.getByTitle('HelpCategories').items.add({ Title: 'Comptes et accès', HCTitleEn: 'Accounts and access', HCIcon: 'Contact', HCSortOrder: 10,
    HCCommunityUrl: 'https://engage.cloud.microsoft/main/groups/abc', HCCommunityName: 'Comptes' })).Id;
  await owner.getByTitle('HelpCategories').items.add({ Title: 'Mots de passe', HCTitleEn: 'Passwords', HCParentId: root, HCIcon: 'javascript:alert(1)', HCSortOrder: 20 });
  await owner.getByTitle('Announcements').items.add({ Title: 'Panne Wi-Fi', HCBody: 'Bâtiment B', HCSeverity: 'outage', HCLanguage: 'fr', HCStart: hours(-2), HCEnd: hours(5) });
  await owner.getByTitle('Announcements').items.add({ Title: 'Terminée', HCSeverity: 'info', HCStart: hours(-48), HCEnd: hours(-1) });
  await owner.getByTitle('HelpSettings').items.add({ Title: 'helpdesk.contact', HCSettingKey: 'helpdesk.contact', HCValue: JSON.stringify({ phone: '+33 1 00 00 00 00' }) });
  await owner.getByTitle('HelpSettings').items.add({ Title: 'other', HCSettingKey: 'tickets.autoClose', HCValue: '{}' });
  const created = await new TicketRepository(sp(LEA)).create({ clientRequestId: 'home-1', title: 'Mot de passe expiré', description: 'Je ne peux plus me connecter.', kind: 'assistance', categoryId: root, language: 'fr' });
  ticketId = created.item.Id;
  await receiveTickets(emu, sp);
  leaId = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${LEA}`)).Id;
});
afterAll(() => emu.close());

/** The requests to the site's REST API `work` sends (the digest's contextinfo aside). */
async function counted<T>(work: () => Promise<T>): Promise<{ value: T; requests: string[] }> {
  const real = globalThis.fetch;
  const requests: string[] = [];
  const spy = jest.spyOn(globalThis, 'fetch').mockImplementation((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/\/_api\//.test(url) && !/contextinfo/i.test(url)) requests.push(url.replace(/^.*\/_api\//, '_api/'));
    return real(input, init);
  });
  try {
    return { value: await work(), requests };
  } finally {
    spy.mockRestore();
  }
}

it('reads what the home shows: icons (a safe name only), communities, current announcements, settings, her request with the desk\'s status', async () => {
  const { value, requests } = await counted(() => readHomeFirst(sp(LEA), undefined, NOW));
  expect(requests).toHaveLength(2);
  expect(value.userId).toBe(leaId);
  expect(value.categories.map(c => ({ t: c.titleEn, icon: c.icon, community: !!c.community }))).toEqual([
    { t: 'Accounts and access', icon: 'Contact', community: true }, { t: 'Passwords', icon: undefined, community: false }
  ]);
  expect(value.announcements.map(a => a.title)).toEqual(['Panne Wi-Fi']);
  expect(Object.keys(value.settings)).toEqual(['helpdesk.contact']);
  expect(value.requests.map(r => ({ id: r.id, status: r.status, received: r.received }))).toEqual([{ id: ticketId, status: 'new', received: true }]);
});

it('in one request when her id is known; a wrong remembered id is corrected by the site\'s answer', async () => {
  const known = await counted(() => readHomeFirst(sp(LEA), leaId, NOW));
  expect(known.requests).toHaveLength(1);
  expect(known.value.requests.map(r => r.id)).toEqual([ticketId]);
  const tomId = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${TOM}`)).Id;
  const wrong = await readHomeFirst(sp(LEA), tomId, NOW);
  expect(wrong.userId).toBe(leaId);
  expect(wrong.requests.map(r => r.id)).toEqual([ticketId]);
  // Tom has none: an empty list, not Léa's.
  expect((await readHomeFirst(sp(TOM), leaId, NOW)).requests).toEqual([]);
});

it('shows each announcement to its audience: a requester the requesters\' one, an agent the support\'s, both everyone\'s', async () => {
  const list = sp(OWNER).web.lists.getByTitle('Announcements');
  const ids: number[] = [];
  for (const audience of ['requesters', 'support', 'contributors', 'everyone']) {
    ids.push((await list.items.add({ Title: `Pour ${audience}`, HCSeverity: 'info', HCAudience: audience, HCLanguage: null, HCStart: hours(-1), HCEnd: hours(3) })).Id);
  }
  try {
    const titles = async (who: string): Promise<string[]> => (await readHomeFirst(sp(who), undefined, NOW)).announcements.map(a => a.title).filter(t => t.startsWith('Pour '));
    expect(await titles(LEA)).toEqual(['Pour requesters', 'Pour everyone']);
    expect(await titles(AGENT_L1)).toEqual(['Pour support', 'Pour everyone']);
  } finally {
    for (const id of ids) await list.items.getById(id).delete();
  }
});
