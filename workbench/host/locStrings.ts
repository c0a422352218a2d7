/**
 * Loads the solution's SPFx loc modules (src/loc/<feature>/<locale>.js, AMD `define([], factory)`) in Node and
 * composes them as the web parts do, plus the workbench's own labels, for the host's server-side page titles and
 * for tests that render components in either language.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { WORKBENCH_STRINGS, WorkbenchPageStrings } from './runtime/workbenchStrings';

const LOC_DIR = path.resolve(__dirname, '..', '..', 'src', 'loc');
/** The loc modules (src/loc/<module>): common and help bar are SPFx localized resources (config/config.json), the others feature chunks. */
export const LOC_MODULES = ['common', 'setup', 'helpBar', 'ticketForm', 'myTickets', 'desk', 'deskTicket', 'knowledge', 'articleEditor', 'authoring', 'experts', 'ideas', 'home', 'reports', 'configCategories', 'configTeams', 'configMails', 'configAnnouncements', 'configSettings'] as const;
const cache = new Map<string, WorkbenchPageStrings>();

function loadModule(feature: string, locale: string): Record<string, unknown> {
  let value: unknown;
  const define = (_deps: string[], factory: () => unknown): void => {
    value = factory();
  };
  const file = path.join(LOC_DIR, feature, `${locale}.js`);
  vm.runInNewContext(readFileSync(file, 'utf8'), { define }, { filename: file });
  return value as Record<string, unknown>;
}

/** The strings of `fr-fr` (default) or `en-us`, read from src/loc, with the workbench's labels. */
export function loadLocStrings(locale: 'fr-fr' | 'en-us'): WorkbenchPageStrings {
  let strings = cache.get(locale);
  if (!strings) {
    const product = Object.assign({}, ...LOC_MODULES.map((m) => loadModule(m, locale))) as IHelpCenterStrings;
    strings = { ...product, workbench: WORKBENCH_STRINGS[locale === 'en-us' ? 'en' : 'fr'] };
    cache.set(locale, strings);
  }
  return strings;
}
