import { attachCombobox, type Suggestion } from '../../../../src/ui/helpbar/combobox';

const STRINGS = { suggestionsLabel: 'Articles suggérés', suggestionCount: '{0} articles suggérés', suggestionCountOne: '1 article suggéré', noSuggestion: 'Aucun article', suggestionsFailed: 'Indisponible' };
const flush = () => new Promise((r) => setTimeout(r, 0));

function setUp(suggest: (text: string) => Promise<Suggestion[]>) {
  const box = document.createElement('div');
  const form = document.createElement('form');
  const input = document.createElement('input');
  input.id = 'q';
  form.appendChild(input);
  box.appendChild(form);
  document.body.appendChild(box);
  const chosen: Suggestion[] = [];
  const combo = attachCombobox(input, box, { suggest, onChoose: (s) => chosen.push(s), strings: STRINGS, delay: 0 });
  input.focus();
  const type = async (text: string) => { input.value = text; input.dispatchEvent(new Event('input')); await flush(); await flush(); };
  const key = (k: string) => { const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }); input.dispatchEvent(e); return e; };
  return { box, input, combo, chosen, type, key };
}

const ARTICLES: Suggestion[] = [
  { id: 4, title: 'Réinitialiser son mot de passe', detail: 'En 3 étapes', language: 'fr' },
  { id: 9, title: '<img src=x onerror=alert(1)>', language: 'fr' },
];

afterEach(() => { document.body.innerHTML = ''; });

describe('help bar type-ahead (ARIA 1.2 combobox)', () => {
  it('is a combobox that controls a labelled listbox, closed until something is typed', () => {
    const { input, combo } = setUp(async () => ARTICLES);
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-controls')).toBe(combo.list.id);
    expect(combo.list.getAttribute('role')).toBe('listbox');
    expect(combo.list.getAttribute('aria-label')).toBe('Articles suggérés');
  });

  it('lists suggestions as text, says how many, and moves with the arrows through aria-activedescendant', async () => {
    const { input, combo, type, key, box } = setUp(async () => ARTICLES);
    await type('mot de passe');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = [...combo.list.querySelectorAll('[role="option"]')];
    expect(options.map((o) => o.textContent)).toEqual(['Réinitialiser son mot de passeEn 3 étapes', '<img src=x onerror=alert(1)>']);
    expect(combo.list.querySelector('img')).toBeNull();
    expect(box.querySelector('[role="status"]')!.textContent).toBe('2 articles suggérés');
    expect(key('ArrowDown').defaultPrevented).toBe(true);
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id);
    expect(options[0].getAttribute('aria-selected')).toBe('true');
    key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1].id);
    key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id);
    key('ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1].id);
    expect(document.activeElement).toBe(input);
  });

  it('chooses the active option with Enter, and without one lets the form post the query', async () => {
    const { chosen, type, key, input } = setUp(async () => ARTICLES);
    await type('mot');
    expect(key('Enter').defaultPrevented).toBe(false);
    expect(chosen).toEqual([]);
    key('ArrowDown');
    expect(key('Enter').defaultPrevented).toBe(true);
    expect(chosen.map((c) => c.id)).toEqual([4]);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape (keeping the text), then lets Escape clear the box as a search box does', async () => {
    const { type, key, input } = setUp(async () => ARTICLES);
    await type('wifi');
    expect(key('Escape').defaultPrevented).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    expect(input.value).toBe('wifi');
    expect(key('Escape').defaultPrevented).toBe(false);
    // Alt-less ArrowDown opens it again on the first option.
    key('ArrowDown');
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('says when nothing matches or the suggestions failed, and ignores an answer overtaken by typing', async () => {
    let answer: (s: Suggestion[]) => void = () => undefined;
    const calls: string[] = [];
    const { type, box, combo } = setUp((text) => { calls.push(text); return text === 'slow' ? new Promise((r) => { answer = r; }) : Promise.resolve([]); });
    await type('slow');
    await type('zzz');
    answer(ARTICLES);
    await flush();
    expect(combo.list.querySelectorAll('[role="option"]')).toHaveLength(0);
    expect(box.querySelector('[role="status"]')!.textContent).toBe('Aucun article');
    expect(calls).toEqual(['slow', 'zzz']);
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = setUp(async () => { throw new Error('offline'); });
    await failing.type('x');
    expect(failing.box.querySelector('[role="status"]')!.textContent).toBe('Indisponible');
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});
