/** Shared steps of the end-to-end journeys: acting as a demo person, and the accessibility check. */
import { expect } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DEMO_PEOPLE } from '../../workbench/server/directory';
import { workbenchHeaders } from '../../workbench/server/auth';

/** The site every journey runs against (relative to Playwright's baseURL). */
export const SITE = '/sites/helpcenter';

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
