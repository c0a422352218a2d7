import * as vocabulary from '../../../src/domain/vocabulary';
import { loadLocStrings } from '../../../workbench/host/locStrings';

const fr = loadLocStrings('fr-fr');
const en = loadLocStrings('en-us');

/** Every leaf path of a strings object, e.g. `setup.checkKind.list`. */
function leaves(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.keys(value as object).reduce<string[]>((acc, key) => acc.concat(leaves((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key)), []);
}

const labelled: Array<[keyof IHelpCenterStrings, readonly string[]]> = [
  ['ticketStatus', vocabulary.TICKET_STATUSES],
  ['ticketKind', vocabulary.TICKET_KINDS],
  ['ticketSeverity', vocabulary.TICKET_SEVERITIES],
  ['incidentType', vocabulary.INCIDENT_TYPES],
  ['ticketPriority', vocabulary.TICKET_PRIORITIES],
  ['supportLevel', vocabulary.SUPPORT_LEVELS],
  ['ticketChannel', vocabulary.TICKET_CHANNELS],
  ['language', vocabulary.LANGUAGES],
  ['articleStatus', vocabulary.ARTICLE_STATUSES],
  ['articleKind', vocabulary.ARTICLE_KINDS],
  ['locationKind', vocabulary.LOCATION_KINDS],
  ['announcementSeverity', vocabulary.ANNOUNCEMENT_SEVERITIES],
  ['expertAvailability', vocabulary.EXPERT_AVAILABILITIES]
];

describe('src/loc', () => {
  it('has the same keys in French and English', () => {
    expect(leaves(en).sort()).toEqual(leaves(fr).sort());
  });

  it('has no empty string', () => {
    for (const strings of [fr, en]) {
      const empty = leaves(strings).filter(path => path.split('.').reduce<any>((o, k) => o[k], strings).trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it.each(labelled)('labels every %s code in both languages', (group, codes) => {
    for (const strings of [fr, en]) {
      expect(Object.keys(strings[group]).sort()).toEqual([...codes].sort());
    }
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\d+\}/g) || []).sort().join();
    const get = (o: unknown, path: string) => path.split('.').reduce<any>((x, k) => x[k], o) as string;
    const mismatched = leaves(fr).filter(path => placeholders(get(fr, path)) !== placeholders(get(en, path)));
    expect(mismatched).toEqual([]);
  });
});
