/**
 * Every page of the workbench at a desk's size (1366×900) and a phone's (390×844, and 320 px wide for overflow):
 * once its content has rendered (no spinner or shimmer left), nothing scrolls sideways, axe finds no WCAG violation
 * and no native `<select>` is left where a Fluent control belongs. The desk and the form are checked again in forced
 * colours (Windows high contrast). With E2E_SHOTS_DIR set, each page is saved as `<page>-<desktop|phone>.png` there
 * (desktop: the viewport; phone: the full page, cut at 2000 px) — `node scripts/screenshots.mjs` makes the README's.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Browser, Locator, Page } from '@playwright/test';
import path from 'node:path';
import { DEMO_PEOPLE } from '../../workbench/server/directory';
import {
  INTRANET, PEOPLE, SITE, STATES, TICKETS, asPerson, categoryNamed, deskReceives, expectNoAxeViolations, fileOverRest, horizontalOverflow, itemsOf, loginAs, outbox,
} from './helpers';

const PAGES = `${SITE}/SitePages`;
const PROFESSOR = DEMO_PEOPLE.find((p) => p.email.startsWith('jean.moreau'))!;
/** The tallest phone screenshot kept (a long page is cut there: the README shows its top). */
const PHONE_SHOT_MAX_HEIGHT = 2000;

/** Statuses in the order a screenshot shows them best: a request being worked on first, a finished one last. */
const LIVELY = ['in_progress', 'awaiting_user', 'taken_in_charge', 'new', 'resolved'];

interface Row { [column: string]: unknown }

async function rows(request: APIRequestContext, url: string, email: string): Promise<Row[]> {
  const res = await request.get(url, { headers: asPerson(email) });
  expect(res.ok(), `${url} as ${email}: ${res.status()} ${await res.text()}`).toBe(true);
  return ((await res.json()) as { value: Row[] }).value;
}

/**
 * Among the last tickets `email` may read (the newest ones, so on the first page of her list whatever earlier tests
 * filed), the one whose desk state is the liveliest (see LIVELY), with its title.
 */
async function livelyTicket(request: APIRequestContext, email: string): Promise<{ id: number; title: string }> {
  const states = await rows(request, `${STATES}?$select=HCTicketId,HCStatus&$orderby=ID desc&$top=8`, email);
  const rank = (s: Row): number => { const i = LIVELY.indexOf(String(s.HCStatus)); return i < 0 ? LIVELY.length : i; };
  const best = [...states].sort((a, b) => rank(a) - rank(b))[0];
  expect(best, `${email} can read no ticket state`).toBeTruthy();
  const id = Number(best.HCTicketId);
  const [ticket] = await rows(request, `${TICKETS}?$select=Id,Title&$filter=Id eq ${id}`, email);
  return { id, title: String(ticket.Title) };
}

/** A request the professor is kept informed of (his rows of HelpTicketWatches), the liveliest first. */
async function followedTicket(request: APIRequestContext): Promise<{ id: number; title: string } | undefined> {
  const watched = await rows(request, `${itemsOf('HelpTicketWatches')}?$select=HCTicketId,Title,HCStatus&$top=200`, PROFESSOR.email);
  const rank = (s: Row): number => { const i = LIVELY.indexOf(String(s.HCStatus)); return i < 0 ? LIVELY.length : i; };
  const best = [...watched].sort((a, b) => rank(a) - rank(b))[0];
  return best ? { id: Number(best.HCTicketId), title: String(best.Title) } : undefined;
}

/** The professor's site user id (the approval link names its approver). */
async function professorId(request: APIRequestContext): Promise<number> {
  const res = await request.post(`${SITE}/_api/web/ensureuser`, { headers: asPerson(PEOPLE.owner.email), data: { logonName: `i:0#.f|membership|${PROFESSOR.email}` } });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { Id: number }).Id;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A page of the workbench: who opens it, where, and what shows that its content is there. */
interface PageCase {
  /** File name of its screenshots. */
  name: string;
  who: string;
  /** The address, or undefined when the demo data has nothing to show there (the test then says so and fails). */
  url(request: APIRequestContext, browser: Browser, baseURL: string): Promise<{ url: string; ready(page: Page): Locator } | undefined>;
}

/** A reviewer of the demo articles (and an L1 agent) and a contributor. */
const REVIEWER = 'julie.petit@univ-exemple.fr';
const CONTRIBUTOR = 'nadia.rousseau@univ-exemple.fr';

const fixed = (url: string, ready: (page: Page) => Locator) => async () => ({ url, ready });

const CASES: PageCase[] = [
  { name: 'home', who: PEOPLE.studentFr.email, url: fixed(INTRANET, (p) => p.locator('#workbench-top').getByText(/Wi-Fi perturbé/)) },
  { name: 'help-center-home', who: PEOPLE.studentFr.email, url: fixed(SITE, (p) => p.getByRole('region', { name: 'Experts et communautés' }).getByRole('link', { name: "Tout l'annuaire des experts" })) },
  { name: 'setup', who: PEOPLE.owner.email, url: fixed(`${PAGES}/Setup.aspx`, (p) => p.getByText(/centre d'aide est prêt/)) },
  { name: 'knowledge', who: PEOPLE.studentFr.email, url: fixed(`${PAGES}/Knowledge.aspx`, (p) => p.getByRole('heading', { name: 'Les plus consultés' }).or(p.locator('main').getByRole('searchbox')).first()) },
  {
    name: 'article', who: PEOPLE.studentFr.email,
    url: async (request) => {
      const [article] = await rows(request, `${itemsOf('KnowledgeArticles')}?$select=Id,Title&$filter=Id eq 1`, PEOPLE.studentFr.email);
      return { url: `${PAGES}/Knowledge.aspx?article=1`, ready: (p) => p.getByRole('heading', { name: new RegExp(escape(String(article.Title))) }) };
    },
  },
  { name: 'request', who: PEOPLE.studentFr.email, url: fixed(`${PAGES}/Request.aspx`, (p) => p.getByRole('textbox', { name: /^Titre/ })) },
  {
    name: 'my-requests', who: PEOPLE.studentFr.email,
    url: async (request) => {
      const t = await livelyTicket(request, PEOPLE.studentFr.email);
      return { url: `${PAGES}/MyRequests.aspx`, ready: (p) => p.locator('main').getByText(t.title).first() };
    },
  },
  {
    name: 'my-request', who: PEOPLE.studentFr.email,
    url: async (request) => {
      const t = await livelyTicket(request, PEOPLE.studentFr.email);
      return { url: `${PAGES}/MyRequests.aspx?ticket=${t.id}`, ready: (p) => p.getByRole('heading', { name: new RegExp(escape(t.title)) }).first() };
    },
  },
  {
    name: 'followed-request', who: PROFESSOR.email,
    url: async (request) => {
      const t = await followedTicket(request);
      return t && { url: `${PAGES}/MyRequests.aspx?follow=${t.id}`, ready: (p) => p.getByRole('heading', { name: new RegExp(escape(t.title)) }).first() };
    },
  },
  {
    // The link of an approval mail as its approver opens it: the page records a decision, the desk checks the link's
    // secret when it applies it (approval.spec.ts); nothing is decided here, so any ticket and secret show the page.
    name: 'approval', who: PROFESSOR.email,
    url: async (request) => {
      const t = await livelyTicket(request, PEOPLE.agentL1.email);
      return { url: `${PAGES}/MyRequests.aspx?approval=${t.id}&key=1&for=${await professorId(request)}&t=${'0123456789abcdef'.repeat(2)}`, ready: (p) => p.getByRole('button', { name: /Accorder la dérogation/ }) };
    },
  },
  { name: 'desk', who: PEOPLE.agentL1.email, url: fixed(`${PAGES}/Desk.aspx`, (p) => p.getByRole('tab', { selected: true, name: /\(\d+\)/ })) },
  {
    name: 'desk-ticket', who: PEOPLE.agentL1.email,
    url: async (request) => {
      const t = await livelyTicket(request, PEOPLE.agentL1.email);
      return { url: `${PAGES}/Desk.aspx?ticket=${t.id}`, ready: (p) => p.getByRole('heading', { name: new RegExp(escape(t.title)) }).first() };
    },
  },
  // The contributors' page (issue 14): a reviewer's queue, a new article with its editor, an article's history.
  { name: 'articles-queue', who: REVIEWER, url: fixed(`${PAGES}/Articles.aspx`, (p) => p.getByRole('heading', { level: 3, name: /^Recherches sans réponse/ })) },
  { name: 'article-new', who: CONTRIBUTOR, url: fixed(`${PAGES}/Articles.aspx?new=1&template=howto`, (p) => p.getByRole('textbox', { name: "Contenu de l'article" })) },
  {
    name: 'article-history', who: REVIEWER,
    url: async (request) => {
      const [article] = await rows(request, `${itemsOf('KnowledgeArticles')}?$select=Id,Title&$filter=Id eq 1`, REVIEWER);
      return { url: `${PAGES}/Articles.aspx?article=1`, ready: (p) => p.getByRole('heading', { level: 3, name: new RegExp(escape(String(article.Title))) }) };
    },
  },
  // Issue 15: the experts directory (a student looking for who knows), the idea box and an answered idea.
  { name: 'experts', who: PEOPLE.studentFr.email, url: fixed(`${PAGES}/Experts.aspx`, (p) => p.getByRole('heading', { name: 'Meilleurs contributeurs' })) },
  { name: 'ideas', who: PEOPLE.studentFr.email, url: fixed(`${PAGES}/Ideas.aspx`, (p) => p.getByRole('button', { name: /^Soutenir/ }).first()) },
  {
    name: 'idea', who: PEOPLE.studentFr.email,
    url: async (request) => {
      // The most supported idea the team answered (the demo answers several).
      const states = await rows(request, `${itemsOf('IdeaStates')}?$select=HCIdeaId,HCStatus,HCVotes&$filter=HCStatus eq 'planned'&$orderby=HCVotes desc&$top=1`, PEOPLE.studentFr.email);
      if (!states.length) return undefined;
      const [idea] = await rows(request, `${itemsOf('Ideas')}?$select=Id,Title&$filter=Id eq ${Number(states[0].HCIdeaId)}`, PEOPLE.studentFr.email);
      return { url: `${PAGES}/Ideas.aspx?idea=${idea.Id}`, ready: (p) => p.getByRole('heading', { level: 2, name: new RegExp(escape(String(idea.Title))) }) };
    },
  },
  {
    // A fresh site has sent nothing yet: a request filed and received by the desk gives the viewer its mails.
    name: 'outbox', who: PEOPLE.owner.email,
    url: async (request, browser, baseURL) => {
      if (!(await outbox(request)).length) {
        const category = await categoryNamed(request, 'Poste de travail');
        await fileOverRest(request, PEOPLE.studentFr.email, {
          Title: 'Écran noir au démarrage du poste', HCDescription: 'Mon poste de la salle B204 reste sur un écran noir après le logo.', HCKind: 'anomaly', HCCategoryId: category.Id,
        });
        await deskReceives(browser, baseURL);
      }
      return { url: `${SITE}/_workbench/outbox.html`, ready: (p) => p.locator('main article').first() };
    },
  },
];

/** Loading indicators still on screen: Fluent spinners, shimmers not yet loaded, regions marked busy. */
function busyIndicators(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('.ms-Spinner, .ms-Shimmer-shimmerWrapper, [aria-busy="true"]'))
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} ${(el.textContent || '').trim().slice(0, 60)}`));
}

/** Opens the page and waits until its content is there: the page's own sign, then no loading indicator twice in a row. */
async function openRendered(page: Page, request: APIRequestContext, browser: Browser, baseURL: string, c: PageCase): Promise<void> {
  const target = await c.url(request, browser, baseURL);
  expect(target, `the demo data has nothing to show on ${c.name}`).toBeTruthy();
  await loginAs(page.context(), baseURL, c.who);
  await page.goto(target!.url);
  await expect(target!.ready(page), `${c.name} shows its content`).toBeVisible({ timeout: 30_000 });
  let quiet = 0;
  await expect.poll(async () => {
    const busy = await busyIndicators(page);
    quiet = busy.length ? 0 : quiet + 1;
    return quiet >= 2 ? [] : busy.length ? busy : ['(settling)'];
  }, { message: `${c.name}: loading indicators left`, timeout: 30_000, intervals: [250] }).toEqual([]);
  // Photos (PersonBadge's userphoto.aspx) and fonts are part of what the screenshot shows.
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Saves the screenshot when E2E_SHOTS_DIR is set: a desk's viewport, or a phone's whole page cut at 2000 px (its
 * screen only while a panel is open).
 */
async function shot(page: Page, name: string, size: 'desktop' | 'phone'): Promise<void> {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  const file = path.join(dir, `${name}-${size}.png`);
  if (size === 'desktop') {
    await page.screenshot({ path: file });
    return;
  }
  // An open panel covers the screen and scrolls inside itself: the page behind it is not what the phone shows.
  if (await page.locator('.ms-Panel-main').first().isVisible()) {
    await page.screenshot({ path: file });
    return;
  }
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()!.width;
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, PHONE_SHOT_MAX_HEIGHT) } });
}

/** What every page must be: nothing sideways, no native select (the workbench's own identity switcher aside), axe clean. */
async function expectWellFormed(page: Page): Promise<void> {
  expect.soft(await horizontalOverflow(page), 'something scrolls sideways').toBeUndefined();
  const selects = await page.locator('select:not(#workbench-identity)').evaluateAll((els) => els.map((e) => e.id || e.getAttribute('name') || e.outerHTML.slice(0, 80)));
  expect.soft(selects, 'native <select> elements').toEqual([]);
  await expectNoAxeViolations(page);
}

const SIZES = [
  { size: 'desktop' as const, viewport: { width: 1366, height: 900 } },
  { size: 'phone' as const, viewport: { width: 390, height: 844 } },
];

for (const { size, viewport } of SIZES) {
  test.describe(`Every page at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const c of CASES) {
      test(`${c.name} (${size})`, async ({ page, request, browser, baseURL }) => {
        await openRendered(page, request, browser, baseURL!, c);
        await shot(page, c.name, size);
        await expectWellFormed(page);
        if (size === 'phone') {
          await page.setViewportSize({ width: 320, height: 700 });
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          expect.soft(await horizontalOverflow(page), 'something scrolls sideways at 320 px').toBeUndefined();
        }
      });
    }
  });
}

test.describe('Forced colours (Windows high contrast)', () => {
  for (const name of ['desk', 'request', 'article-new']) {
    test(`${name} in forced colours`, async ({ page, request, browser, baseURL }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await openRendered(page, request, browser, baseURL!, CASES.find((c) => c.name === name)!);
      await expectWellFormed(page);
    });
  }
});

test.describe('In a dark section (SharePoint\'s strong section background, supportsThemeVariants)', () => {
  for (const name of ['knowledge', 'request', 'my-requests', 'desk', 'desk-ticket', 'articles-queue', 'article-new', 'experts', 'ideas']) {
    test(`${name} in a strong section`, async ({ page, request, browser, baseURL }) => {
      const c = CASES.find((x) => x.name === name)!;
      // The workbench renders the web part in the inverted theme a strong section gives it (`?section=strong`).
      const dark: PageCase = {
        ...c,
        url: async (...args) => {
          const target = await c.url(...args);
          if (!target) return target;
          const url = new URL(target.url, baseURL);
          url.searchParams.set('section', 'strong');
          return { ...target, url: url.toString() };
        },
      };
      await openRendered(page, request, browser, baseURL!, dark);
      // The web part's text takes the section theme's light body colour (axe then checks its contrast on the section).
      const light = await page.locator('main h2').first().evaluate((el) => {
        const [r, g, b] = (getComputedStyle(el).color.match(/\d+/g) || []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      });
      expect.soft(light, 'the heading is light on the dark section').toBeGreaterThan(0.6);
      await expectWellFormed(page);
    });
  }
});
