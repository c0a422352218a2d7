// Each loc module must hold every section and string its declaration (src/loc/<feature>/strings.d.ts) declares
// (the compiler trusts the declaration; a missing string would only show at run time as "undefined"), and the
// modules must not declare one section twice (composed into one object, the second would hide the first).
import { readFileSync } from 'fs';
import { join } from 'path';
const { loadLocModule, LOC_MODULES } = require('../../setup/locStrings') as {
  loadLocModule(feature: string, locale: string): Record<string, unknown>; LOC_MODULES: string[];
};

/** section -> declared keys, from the two-space-indented members of the module's interface. */
function declared(feature: string): Map<string, string[]> {
  const text = readFileSync(join(__dirname, '..', '..', '..', 'src', 'loc', feature, 'strings.d.ts'), 'utf8');
  const body = text.slice(text.indexOf('declare interface'), text.indexOf('declare module'));
  const sections = new Map<string, string[]>();
  let current: string | undefined;
  for (const line of body.split('\n')) {
    const section = /^ {2}(\w+): \{$/.exec(line);
    const member = /^ {4}(\w+)[?]?:/.exec(line);
    if (section) { current = section[1]; sections.set(current, []); }
    else if (/^ {2}(\w+): /.test(line)) { current = undefined; sections.set(/^ {2}(\w+)/.exec(line)![1], []); }
    else if (member && current) sections.get(current)!.push(member[1]);
  }
  return sections;
}

const cases = LOC_MODULES.flatMap((feature) => ['fr-fr', 'en-us'].flatMap((locale) =>
  [...declared(feature).entries()].map(([section, keys]) => [feature, locale, section, keys] as const)));

it.each(cases)('%s (%s) has the section %s with every declared string', (feature, locale, section, keys) => {
  const strings = loadLocModule(feature, locale);
  expect(strings).toHaveProperty([section]);
  const values = strings[section] as Record<string, unknown>;
  for (const key of keys) expect(values).toHaveProperty([key]);
});

it('declares each section in one module only', () => {
  const owners = new Map<string, string>();
  for (const feature of LOC_MODULES) {
    for (const section of declared(feature).keys()) {
      expect({ section, also: owners.get(section) }).toEqual({ section, also: undefined });
      owners.set(section, feature);
    }
  }
  expect(owners.size).toBeGreaterThan(30);
});
