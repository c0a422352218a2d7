/**
 * Loads the solution's SPFx loc files (AMD `define([], factory)`) in Node, for the host's server-side
 * page titles and for tests that render components in either language.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const LOC_DIR = path.resolve(__dirname, '..', '..', 'src', 'loc');
const cache = new Map<string, IHelpCenterStrings>();

/** The strings of `fr-fr` (default) or `en-us`, read from src/loc. */
export function loadLocStrings(locale: 'fr-fr' | 'en-us'): IHelpCenterStrings {
  let strings = cache.get(locale);
  if (!strings) {
    let value: unknown;
    const define = (_deps: string[], factory: () => unknown): void => {
      value = factory();
    };
    vm.runInNewContext(readFileSync(path.join(LOC_DIR, `${locale}.js`), 'utf8'), { define }, { filename: `${locale}.js` });
    strings = value as IHelpCenterStrings;
    cache.set(locale, strings);
  }
  return strings;
}
