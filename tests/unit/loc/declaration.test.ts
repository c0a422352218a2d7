// The loc files must hold every section and string mystrings.d.ts declares (the compiler trusts the
// declaration; a missing string would only show at run time as "undefined").
import { readFileSync } from 'fs';
import { join } from 'path';
const { loadLocFile } = require('../../setup/locStrings') as { loadLocFile(name: string): Record<string, unknown> };

/** section -> declared keys, from the two-space-indented members of IHelpCenterStrings. */
function declared(): Map<string, string[]> {
  const text = readFileSync(join(__dirname, '..', '..', '..', 'src', 'loc', 'mystrings.d.ts'), 'utf8');
  const body = text.slice(text.indexOf('declare interface IHelpCenterStrings'), text.indexOf("declare module 'HelpCenterStrings'"));
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

describe.each(['fr-fr', 'en-us'])('%s', (locale) => {
  const strings = loadLocFile(locale);
  it.each([...declared().entries()])('has the section %s with every declared string', (section, keys) => {
    expect(strings).toHaveProperty([section]);
    const values = strings[section] as Record<string, unknown>;
    for (const key of keys) expect(values).toHaveProperty([key]);
  });
});
