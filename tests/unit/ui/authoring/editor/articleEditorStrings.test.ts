// The article editor's loc module (src/loc/articleEditor) holds every declared string in both languages, in the
// house's French typography (no-break space before « : ; ! ? », inside « »). The shared check
// (tests/unit/loc/declaration.test.ts) covers it once the module is in tests/setup/locStrings.js's LOC_MODULES.
import { readFileSync } from 'fs';
import { join } from 'path';
const { loadLocModule } = require('../../../../setup/locStrings') as { loadLocModule(f: string, l: string): Record<string, Record<string, unknown>> };

function declaredKeys(): Map<string, string[]> {
  const text = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'src', 'loc', 'articleEditor', 'strings.d.ts'), 'utf8');
  const sections = new Map<string, string[]>();
  let current = '';
  for (const line of text.slice(text.indexOf('declare interface'), text.indexOf('declare module')).split('\n')) {
    const section = /^ {2}(\w+): \{$/.exec(line);
    const member = /^ {4}(\w+)\??:/.exec(line);
    if (section) { current = section[1]; sections.set(current, []); } else if (member && current) sections.get(current)!.push(member[1]);
  }
  return sections;
}

function strings(value: unknown): string[] {
  return typeof value === 'string' ? [value] : Object.keys(value as object).flatMap(k => strings((value as Record<string, unknown>)[k]));
}

it.each(['fr-fr', 'en-us'])('%s has every declared string, none empty', (locale) => {
  const module = loadLocModule('articleEditor', locale);
  const sections = declaredKeys();
  // The module's other sections (the draft page's, the review kit's) are checked by their own tests and the loc tests.
  expect([...sections.keys()]).toEqual(expect.arrayContaining(['articleEditor', 'articleTemplates']));
  for (const [section, keys] of sections) for (const key of keys) expect(module[section]).toHaveProperty([key]);
  for (const text of strings(module)) expect(text.trim()).not.toBe('');
  expect(Object.keys(module.articleTemplates.sections as object)).toHaveLength(18);
});

it('writes French with no-break spaces before « : ; ! ? » and inside guillemets', () => {
  const module = loadLocModule('articleEditor', 'fr-fr');
  for (const text of strings(module)) {
    expect({ text, bad: / [:;!?](\s|$)|« | »/.test(text) }).toEqual({ text, bad: false });
  }
});
