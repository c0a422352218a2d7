/**
 * The search box's type-ahead in plain DOM, as ARIA 1.2's "combobox with listbox popup": the input keeps the focus,
 * the active option is `aria-activedescendant`, arrows move, Enter chooses (without an active option the form posts
 * to the knowledge page), Escape closes then clears; a polite live region says how many articles are suggested.
 */
import { el, fill } from './helpBarStyles';

/** One suggested article. */
export interface Suggestion {
  id: number;
  title: string;
  /** A line under the title (the summary). */
  detail?: string;
  language?: string;
}

/** What the combobox needs. */
export interface ComboboxOptions {
  /** Suggestions for the text (the knowledge base's engine, loaded on the box's first focus). */
  suggest(text: string): Promise<Suggestion[]>;
  /** The person chose an article. */
  onChoose(s: Suggestion): void;
  strings: { suggestionsLabel: string; suggestionCount: string; suggestionCountOne: string; noSuggestion: string; suggestionsFailed: string };
  /** Debounce of the typing (ms). */
  delay?: number;
}

/** The controller of one combobox (tests drive it through the DOM). */
export interface Combobox {
  /** Closes the list. */
  close(): void;
  /** The list element. */
  list: HTMLUListElement;
}

/** Makes `input` (inside `box`) a combobox over `options.suggest`. */
export function attachCombobox(input: HTMLInputElement, box: HTMLElement, options: ComboboxOptions): Combobox {
  const doc = input.ownerDocument || document;
  const s = options.strings;
  const listId = `${input.id}-list`;
  const list = el(doc, 'ul', undefined, 'hc-hb-list');
  list.id = listId;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', s.suggestionsLabel);
  list.hidden = true;
  const live = el(doc, 'div', undefined, 'hc-hb-sr');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  box.appendChild(list);
  box.appendChild(live);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('autocomplete', 'off');

  let items: Suggestion[] = [];
  let active = -1;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (i: number): void => {
    active = i;
    Array.prototype.forEach.call(list.children, (li: HTMLElement, j: number) => {
      if (li.getAttribute('role') === 'option') li.setAttribute('aria-selected', j === i ? 'true' : 'false');
    });
    const current = i >= 0 ? list.children[i] as HTMLElement | undefined : undefined;
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      if (typeof current.scrollIntoView === 'function') current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const open = (): void => {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const show = (found: Suggestion[], text: string): void => {
    items = found;
    while (list.firstChild) list.removeChild(list.firstChild);
    found.forEach((f, i) => {
      const li = el(doc, 'li', undefined, 'hc-hb-opt');
      li.id = `${listId}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      if (f.language) li.lang = f.language;
      li.appendChild(el(doc, 'span', f.title));
      if (f.detail) li.appendChild(el(doc, 'small', f.detail));
      // mousedown would blur the input first: the choice is made before it.
      li.addEventListener('mousedown', e => e.preventDefault());
      li.addEventListener('click', () => { close(); options.onChoose(f); });
      list.appendChild(li);
    });
    if (!found.length) list.appendChild(el(doc, 'li', s.noSuggestion, 'hc-hb-hint'));
    live.textContent = found.length ? fill(found.length === 1 ? s.suggestionCountOne : s.suggestionCount, found.length) : s.noSuggestion;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (text) open(); else close();
  };
  const ask = (): void => {
    const text = input.value.trim();
    const mine = ++asked;
    if (!text) { show([], ''); live.textContent = ''; return; }
    options.suggest(text).then(found => { if (mine === asked && doc.activeElement === input) show(found, text); }, (e: unknown) => {
      console.error('[HelpCenter] The help bar\'s suggestions failed:', e);
      if (mine === asked) { show([], ''); live.textContent = s.suggestionsFailed; }
    });
  };
  input.addEventListener('input', () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(ask, options.delay === undefined ? 150 : options.delay);
  });
  input.addEventListener('keydown', e => {
    const count = items.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden) {
        if (count && input.value.trim()) { open(); setActive(e.key === 'ArrowDown' ? 0 : count - 1); e.preventDefault(); }
        return;
      }
      e.preventDefault();
      if (!count) return;
      setActive(e.key === 'ArrowDown' ? (active + 1) % count : (active <= 0 ? count - 1 : active - 1));
    } else if (e.key === 'Enter') {
      if (!list.hidden && active >= 0 && items[active]) {
        e.preventDefault();
        const chosen = items[active];
        close();
        options.onChoose(chosen);
      }
      // Otherwise the form posts to the knowledge page with ?q=.
    } else if (e.key === 'Escape') {
      if (!list.hidden) { e.preventDefault(); close(); }
    }
  });
  input.addEventListener('blur', () => close());
  return { close, list };
}
