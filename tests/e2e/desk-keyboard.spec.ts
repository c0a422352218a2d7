/**
 * The support desk with the keyboard alone (no mouse click): the queues' tabs with the arrow keys, a queue's list,
 * a ticket opened with Enter in its panel, a public reply typed and sent, the panel closed with Escape and the focus
 * back on the ticket's link in its row; axe and no sideways scrolling on a desk and on a phone, panel open or not.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { PEOPLE, SITE, expectNoAxeViolations, horizontalOverflow, loginAs, screenshots } from './helpers';

const DESK = `${SITE}/SitePages/Desk.aspx`;

/** What has the focus: its role, accessible text, id, and the ticket link id of the row it is in (if any). */
async function focused(page: Page): Promise<{ role: string; text: string; id: string; tag: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { role: '', text: '', id: '', tag: '' };
    return { role: el.getAttribute('role') || '', text: (el.getAttribute('aria-label') || el.textContent || '').trim(), id: el.id, tag: el.tagName.toLowerCase() };
  });
}

/** Presses `key` until the focused element passes `found` (at most `max` times); fails otherwise. */
async function pressUntil(page: Page, key: string, found: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 60): Promise<Awaited<ReturnType<typeof focused>>> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (found(f)) return f;
  }
  throw new Error(`${key} × ${max} never reached the element: now on ${JSON.stringify(await focused(page))}`);
}

test('an L1 agent works a queue with the keyboard alone: tabs, list, panel, reply, Escape back to the row', async ({ page, context, baseURL }) => {
  await loginAs(context, baseURL!, PEOPLE.agentL1.email);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(DESK);
  const mine = page.getByRole('tab', { name: /^Les miennes \(\d+\)$/ });
  await expect(mine).toBeVisible();
  expect(Number(/\((\d+)\)/.exec((await mine.textContent())!)![1])).toBeGreaterThan(0);

  // Tab to the queues' tabs, then the arrow keys along them to "mine", Enter to show it.
  await pressUntil(page, 'Tab', (f) => f.role === 'tab');
  await pressUntil(page, 'ArrowRight', (f) => f.role === 'tab' && /^Les miennes/.test(f.text), 10);
  await page.keyboard.press('Enter');
  await expect(mine).toHaveAttribute('aria-selected', 'true');

  // Tab through the filters into the list: the first ticket's link (or its row, whose Enter opens it too).
  const target = await pressUntil(page, 'Tab', (f) => f.id.startsWith('hc-desk-open-') || (f.role === 'row' && f.tag === 'div' && !/N°/.test(f.text)));
  const id = target.id.startsWith('hc-desk-open-')
    ? Number(target.id.replace('hc-desk-open-', ''))
    : Number(await page.evaluate(() => (document.activeElement!.querySelector('[id^="hc-desk-open-"]') as HTMLElement).id.replace('hc-desk-open-', '')));
  expect(id).toBeGreaterThan(0);
  await expect(page.getByRole('grid', { name: 'Demandes : Les miennes' })).toBeVisible();
  await page.keyboard.press('Enter');

  // The panel opens with the focus inside it.
  const panel = page.getByRole('dialog');
  await expect(panel.getByRole('heading', { level: 2, name: new RegExp(`^Demande n°${id} : `) })).toBeVisible();
  await expect.poll(() => panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  expect(new URL(page.url()).searchParams.get('ticket')).toBe(String(id));

  // A public reply, typed and sent with the keyboard.
  const reply = `Réponse au clavier ${Date.now() % 100000}`;
  await pressUntil(page, 'Tab', (f) => f.id === 'hc-desk-conversation-text', 120);
  await page.keyboard.type(reply);
  await pressUntil(page, 'Tab', (f) => f.text === 'Envoyer la réponse', 3);
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status').filter({ hasText: /^Action enregistrée/ })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Échanges' }).getByText(reply)).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await horizontalOverflow(page)).toBeUndefined();
  await screenshots(page, 'desk-keyboard-panel');

  // Escape closes the panel; the focus is back on the ticket's link in its row.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.locator(`#hc-desk-open-${id}`)).toBeFocused();
  expect(new URL(page.url()).searchParams.get('ticket')).toBeNull();
  await expectNoAxeViolations(page);
  expect(await horizontalOverflow(page)).toBeUndefined();
  await screenshots(page, 'desk-keyboard-queue');

  // On a phone: the queue is cards, nothing scrolls sideways; the panel takes the screen, Escape comes back to the card.
  await page.setViewportSize({ width: 390, height: 844 });
  const cards = page.getByRole('list', { name: 'Demandes : Les miennes' });
  await expect(cards).toBeVisible();
  await expect(page.getByRole('grid')).toHaveCount(0);
  expect(await horizontalOverflow(page)).toBeUndefined();
  await expectNoAxeViolations(page);
  await page.locator(`#hc-desk-open-${id}`).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2, name: new RegExp(`^Demande n°${id} : `) })).toBeVisible();
  const box = await panel.locator('.ms-Panel-main').boundingBox();
  expect(box && Math.round(box.width)).toBe(390);
  expect(await horizontalOverflow(page)).toBeUndefined();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.locator(`#hc-desk-open-${id}`)).toBeFocused();
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await horizontalOverflow(page)).toBeUndefined();
});
