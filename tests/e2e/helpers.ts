/** Shared steps of the end-to-end journeys: acting as a demo person, and the accessibility check. */
import { expect } from '@playwright/test';
import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { DEMO_PEOPLE } from '../../workbench/server/directory';
import { workbenchHeaders } from '../../workbench/server/auth';

/** The site every journey runs against (relative to Playwright's baseURL). */
export const SITE = '/sites/helpcenter';
/** An ordinary intranet site (not the help center's): the tenant-wide help bar is the help center's only part on it. */
export const INTRANET = '/sites/intranet';

/** Demo people by the role the journeys need. */
export const PEOPLE = {
  owner: DEMO_PEOPLE[0],
  studentFr: DEMO_PEOPLE.find((p) => p.email.startsWith('lea.dubois'))!,
  studentEn: DEMO_PEOPLE.find((p) => p.email.startsWith('tom.baker'))!,
  agentL1: DEMO_PEOPLE.find((p) => p.email.startsWith('karim.haddad'))!,
};

/**
 * The workbench secret of the server Playwright started (playwright.config.ts sets WORKBENCH_SECRET for its
 * webServer and for the tests): lets a test's raw requests act as anyone. The pages never hold it.
 */
export const WORKBENCH_SECRET = process.env.WORKBENCH_SECRET ?? '';

/** Headers for the workbench's controls (faults, the request log, emptying the outbox): they need the secret. */
export const CONTROL_HEADERS: Record<string, string> = { 'X-Workbench-Secret': WORKBENCH_SECRET };

/**
 * Headers for a raw request (Playwright's `request`) acting as `email`: identity, the workbench secret, and a
 * form digest for that person, so writes pass SharePoint's security validation too.
 */
export function workbenchAuth(email: string): Record<string, string> {
  if (!WORKBENCH_SECRET) throw new Error('WORKBENCH_SECRET is not set: run the end-to-end tests through playwright.config.ts.');
  const port = Number(process.env.E2E_PORT || 4399);
  return workbenchHeaders({ siteUrl: `http://localhost:${port}${SITE}`, secret: WORKBENCH_SECRET }, email);
}

/** Acts as `email` from now on: the emulator reads the `hc-user` cookie the workbench's sign-in sets. */
export async function loginAs(context: BrowserContext, baseURL: string, email: string): Promise<void> {
  await context.addCookies([{ name: 'hc-user', value: encodeURIComponent(email), url: baseURL }]);
}

/** WCAG 2.2 AA tags the journeys check. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Fluent fades rows, panels and message bars in: axe would measure the contrast of text still half transparent.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(summary, 'axe violations').toEqual([]);
}

/** Collects browser console errors, so a journey can assert the page logged none. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** Headers for a raw REST request acting as `email`, JSON in and out. */
export function asPerson(email: string): Record<string, string> {
  return { Accept: 'application/json', 'Content-Type': 'application/json', ...workbenchAuth(email) };
}

/** The REST URL of a help-center list's items. */
export const itemsOf = (list: string): string => `${SITE}/_api/web/lists/getByTitle('${list}')/items`;
export const TICKETS = itemsOf('HelpTickets');
export const STATES = itemsOf('HelpTicketStates');
export const CLAIMS = itemsOf('HelpTicketClaims');

/** A mail as the workbench's Graph emulator recorded it. */
export interface Mail { to: string[]; cc?: string[]; from: string; sentBy?: string; subject: string; body: string }

/** Every mail sent since the outbox was last emptied. */
export async function outbox(request: APIRequestContext): Promise<Mail[]> {
  return (await (await request.get('/_workbench/outbox')).json()) as Mail[];
}

/** Who sent a mail: the signed-in person, also when they sent it as a shared mailbox (`from` is then the mailbox). */
export const senderOf = (m: Mail): string => m.sentBy || m.from;

/** A demo category by its French title (id and default team). */
export async function categoryNamed(request: APIRequestContext, title: string): Promise<{ Id: number; HCDefaultTeamId: number }> {
  const res = await request.get(`${itemsOf('HelpCategories')}?$select=Id,Title,HCDefaultTeamId&$top=200`, { headers: asPerson(PEOPLE.owner.email) });
  const found = ((await res.json()) as { value: { Id: number; Title: string; HCDefaultTeamId: number }[] }).value.find((c) => c.Title === title);
  if (!found) throw new Error(`No category '${title}' in the demo data`);
  return found;
}

/**
 * Files a ticket over REST as `email`, with only the columns a requester owns (HelpTickets); returns its id. The desk
 * has not received it yet: see {@link deskReceives}.
 */
export async function fileOverRest(request: APIRequestContext, email: string, fields: Record<string, unknown>): Promise<number> {
  const res = await request.post(TICKETS, { headers: asPerson(email), data: fields });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { Id: number }).Id;
}

/** The desk's state of a ticket (HelpTicketStates, found by its indexed HCTicketId) read as `email`, with its ETag. */
export interface DeskState { Id: number; etag: string; HCStatus: string; HCSequence: number; [column: string]: unknown }
export async function stateOf(request: APIRequestContext, ticketId: number, email: string = PEOPLE.agentL1.email, select = ''): Promise<DeskState | undefined> {
  const columns = ['Id', 'HCTicketId', 'HCStatus', 'HCSequence', ...select.split(',').filter(Boolean)].join(',');
  const res = await request.get(`${STATES}?$select=${columns}&$filter=HCTicketId eq ${ticketId}&$orderby=ID&$top=10`, { headers: asPerson(email) });
  expect(res.ok(), `reading the state of ${ticketId} as ${email}: ${res.status()}`).toBe(true);
  const rows = ((await res.json()) as { value: (DeskState & { 'odata.etag'?: string; '@odata.etag'?: string })[] }).value;
  if (!rows.length) return undefined;
  const row = rows[0];
  return { ...row, etag: row['odata.etag'] || row['@odata.etag'] || '' };
}

/**
 * What the desk did, written to the ticket's state over REST as the L1 agent, exactly as the product writes an action
 * (src/data/tickets/TicketActionService.ts `act`): a MERGE with the ETag that was read, the change counter moved on, and
 * the public message of that version (null when the action says nothing). Only for journeys that need the desk to
 * have done something and are not about the desk; the desk's own journeys go through its page.
 */
export async function deskWrites(request: APIRequestContext, ticketId: number, changes: Record<string, unknown>, publicMessage?: string): Promise<void> {
  const state = await stateOf(request, ticketId);
  if (!state) throw new Error(`The desk has not received ticket ${ticketId}: call deskReceives first`);
  const res = await request.post(`${STATES}(${state.Id})`, {
    headers: { ...asPerson(PEOPLE.agentL1.email), 'X-HTTP-Method': 'MERGE', 'IF-MATCH': state.etag },
    data: { ...changes, HCSequence: (state.HCSequence || 0) + 1, HCPublicMessage: publicMessage ?? null },
  });
  expect(res.status(), await res.text()).toBe(204);
}

/**
 * Waits until the desk page's housekeeping (SupportDesk: once per visit, a moment after it mounts) has run to its end
 * in a FRESH browser context: intake, the requesters' claims, auto-close, approvers' decisions and the retry of unsent
 * mails are awaited in turn (src/data/desk/deskServices.ts `housekeep`), then the articles' counters are scheduled,
 * which stamps `hc-kb-stats|…` in localStorage before running (src/data/knowledge/statsSchedule.ts). A fresh context
 * has no stamp, so the stamp appearing is the end of everything the desk receives or applies (closing the context
 * then interrupts only the counters' recount, which the next desk redoes whole). Fails at once on the page's
 * "Housekeeping failed" error.
 */
async function housekeepingDone(page: Page): Promise<void> {
  const failures: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error' && /Housekeeping failed/.test(msg.text())) failures.push(msg.text()); });
  await expect.poll(async () => {
    if (failures.length) throw new Error(`The desk's housekeeping failed: ${failures.join('\n')}`);
    return page.evaluate(() => Object.keys(window.localStorage).some((k) => k.indexOf('hc-kb-stats|') === 0));
  }, { message: 'the desk\'s housekeeping ran to its end', timeout: 45_000, intervals: [250] }).toBe(true);
}

/** Opens `path` of the desk as `email` in a fresh browser context, waits for its housekeeping, runs `then`, and closes. */
async function onTheDesk(browser: Browser, baseURL: string, path: string, email: string, then?: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ baseURL });
  try {
    await loginAs(context, baseURL, email);
    const page = await context.newPage();
    await page.goto(`${SITE}/SitePages/Desk.aspx${path}`);
    if (then) await then(page);
    await housekeepingDone(page);
  } finally {
    await context.close();
  }
}

/**
 * The desk receives the tickets filed since it last looked, as it does in production: an agent (the L1 agent unless
 * told) opens the support desk, whose housekeeping runs intake (TicketIntake.receiveNew: the state, the requester it
 * trusts, the SLA from the category, the filing's mails sent from the agent's mailbox).
 */
export async function deskReceives(browser: Browser, baseURL: string, email: string = PEOPLE.agentL1.email): Promise<void> {
  await onTheDesk(browser, baseURL, '', email);
}

/**
 * An agent opens the ticket on the desk: the page applies what the requester asked meanwhile (her claims) and the
 * approver's decision before it shows the ticket (deskServices `page`); the visit's housekeeping is awaited too.
 */
export async function deskOpens(browser: Browser, baseURL: string, ticketId: number, email: string = PEOPLE.agentL1.email): Promise<void> {
  await onTheDesk(browser, baseURL, `?ticket=${ticketId}`, email, async (page) => {
    // A cold desk (fresh context: every chunk fetched) applying her claims through the domain before it shows the
    // ticket: a dozen requests, more than the default 5 s on a loaded two-core machine.
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Demande n°${ticketId} : `) })).toBeVisible({ timeout: 20_000 });
  });
}

/**
 * Saves a screenshot of the page, at its size and at a phone's width (390 px), under E2E_SHOTS_DIR when it is set (a
 * person looks at them for layout problems); nothing otherwise.
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  await page.screenshot({ path: path.join(dir, `${name}-desktop.png`), fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(dir, `${name}-phone.png`), fullPage: true });
  if (size) await page.setViewportSize(size);
}

/**
 * Picks `option` in the control labelled `label`: a Fluent UI Dropdown or ComboBox (opened, then the option clicked
 * by its accessible name), or a native `<select>` while a page still has one. The journeys use this for every choice
 * so they do not depend on which control a page uses.
 */
export async function chooseOption(page: Page, label: string | RegExp, option: string | RegExp, scope?: ReturnType<Page['locator']>): Promise<void> {
  const root = scope ?? page.locator('body');
  const control = root.getByLabel(label, { exact: typeof label === 'string' }).first();
  const tag = await control.evaluate((el) => el.tagName.toLowerCase());
  if (tag === 'select') {
    if (typeof option === 'string') await control.selectOption({ label: option });
    else {
      const labels = await control.locator('option').allTextContents();
      const found = labels.find((l) => option.test(l));
      if (!found) throw new Error(`No option matching ${option} in ${label}: ${labels.join(', ')}`);
      await control.selectOption({ label: found });
    }
    return;
  }
  await control.click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).first().click();
}

/** The page's width exceeds the viewport's (something scrolls sideways): the element widest beyond it, for the message. */
export async function horizontalOverflow(page: Page): Promise<string | undefined> {
  // Right after a resize, Fluent re-measures some controls (the Pivot's tabs folding into "more") on its next render:
  // the layout a person sees is the one after that. Look again for up to 3 s; a lasting overflow is still reported.
  let found = await overflowNow(page);
  for (let waited = 0; found && waited < 3000; waited += 250) {
    await page.waitForTimeout(250);
    found = await overflowNow(page);
  }
  return found;
}

function overflowNow(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return undefined;
    let worst: Element | undefined;
    let right = width;
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.right > right + 1 && r.width > 0) { right = r.right; worst = el; }
    }
    const name = worst ? `${worst.tagName.toLowerCase()}${worst.id ? `#${worst.id}` : ''}.${String(worst.className).split(' ').slice(0, 2).join('.')}` : 'unknown';
    return `scrollWidth ${document.documentElement.scrollWidth} > ${width}: ${name} reaches ${Math.round(right)}`;
  });
}
