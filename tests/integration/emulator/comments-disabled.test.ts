// Item comments follow the list's switch: a list with DisableCommenting (pnp/cli-microsoft365#4663 "Allow
// enabling/disabling comments on individual SharePoint lists", pnp/pnpcore#1695) refuses them; comments can also be
// off for the item, web, site or tenant (CommentsDisabledScope:
// https://learn.microsoft.com/en-us/previous-versions/office/mt813445(v=office.15)). The exact error is not
// documented: the emulator answers as SharePoint does for comment operations a list does not allow (pnp/pnpjs#2313).
// The help center's public conversation is HelpTickets' item comments: set-up leaves them on.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { LEA, OWNER, provisionList, setUpHelpCenter, spError, start } from './helpers';

let emu: Emulator;
let sp: (user: string) => SPFI;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await provisionList(sp(OWNER), 'Quiet', [], { DisableCommenting: true });
  await setUpHelpCenter(sp);
});

afterAll(() => emu.close());

it('refuses to add or read comments on a list whose comments are disabled', async () => {
  const list = sp(LEA).web.lists.getByTitle('Quiet');
  expect(await list.select('DisableCommenting')()).toMatchObject({ DisableCommenting: true });
  const item = await list.items.add({ Title: 'x' });
  const err = await spError(list.items.getById(item.Id).comments.add('hello'));
  expect(err).toEqual({ status: 400, code: '-1, System.InvalidOperationException', message: 'Operation is not valid due to the current state of the object.' });
  expect((await spError(list.items.getById(item.Id).comments())).status).toBe(400);
});

it('accepts them again once the owner turns comments back on', async () => {
  await sp(OWNER).web.lists.getByTitle('Quiet').update({ DisableCommenting: false } as never);
  const list = sp(LEA).web.lists.getByTitle('Quiet');
  const item = await list.items.add({ Title: 'y' });
  await list.items.getById(item.Id).comments.add('hello');
  expect(await list.items.getById(item.Id).comments()).toHaveLength(1);
});

it('leaves the comments of HelpTickets (the public conversation) on after set-up', async () => {
  const tickets = sp(LEA).web.lists.getByTitle('HelpTickets');
  expect(await tickets.select('DisableCommenting')()).toMatchObject({ DisableCommenting: false });
});
