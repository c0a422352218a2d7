// The catalogue's fields on the ticket pages: one label per field in French and English, one way to show each kind of
// value, and a field added to the catalogue shows on every page of its audience without code of its own.
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider, UiLocale } from '../../../../src/ui/common/HelpCenterContext';
import { TicketFields } from '../../../../src/ui/common/TicketFields';
import { fieldLabel, fieldText, placeText } from '../../../../src/ui/common/fieldText';
import { FieldAudience, TICKET_FIELDS, TicketFieldDef, fieldsFor } from '../../../../src/domain/tickets/fields';
import type { TicketView } from '../../../../src/data/tickets/ticketView';
import { loadLocStrings } from '../../../../workbench/host/locStrings';
import { JEAN, fullTicket, pageData } from '../../../fixtures/ticketPage';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');
const en = loadLocStrings('en-us');

function show(view: TicketView, strings: IHelpCenterStrings = fr, locale: UiLocale = 'fr'): HTMLElement {
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings, locale, currentUser: { loginName: '', email: '', displayName: '' } }}>
      <TicketFields fields={view.fields} names={view.names} headingId="hc-fields" />
    </HelpCenterProvider>
  );
  return screen.getByRole('region', { name: strings.fieldDisplay.heading });
}

/** The list's label → value pairs, as a reader hears them. */
function pairs(region: HTMLElement): [string, string][] {
  const terms = within(region).getAllByRole('term');
  return terms.map(t => [t.textContent || '', (t.nextElementSibling && t.nextElementSibling.textContent) || '']);
}

describe('the field catalogue\'s labels', () => {
  it.each([['fr-fr', fr], ['en-us', en]] as const)('%s labels every field, and every code of every code field', (_name, strings) => {
    TICKET_FIELDS.forEach(f => {
      expect([f.key, strings.fields[f.key] && strings.fields[f.key].label.trim()]).toEqual([f.key, expect.stringMatching(/\S/)]);
      (f.codes || []).forEach(code => {
        expect(f.vocabulary).toBeDefined();
        expect([f.key, code, (strings[f.vocabulary!] as Record<string, string>)[code]]).toEqual([f.key, code, expect.stringMatching(/\S/)]);
      });
    });
  });
  it('labels French and English differently where the words differ', () => {
    expect(fieldLabel('incidentType', fr)).toBe('Type d\'incident');
    expect(fieldLabel('incidentType', en)).toBe('Incident type');
  });
});

describe('values in words', () => {
  const view = pageData('desk').view;
  const text = (key: string, strings = fr, locale: UiLocale = 'fr'): string => fieldText(view.fields.filter(f => f.key === key)[0], { strings, locale, names: view.names });
  it('labels codes from their vocabulary in the page\'s language', () => {
    expect(text('incidentType')).toBe('Matériel');
    expect(text('severity', en, 'en')).toBe('Repair');
    expect(text('askedPriority')).toBe('Critique');
    expect(text('level', en, 'en')).toBe('Level 2');
  });
  it('names people, the category and the team in the page\'s language, and the equipment in its room and building', () => {
    expect(text('escalatedTo')).toBe('Marc Lefebvre');
    expect(text('category')).toBe('Maintenance des salles');
    expect(text('team', en, 'en')).toBe('Technical L2');
    expect(text('location')).toBe('Vidéoprojecteur Epson, Salle B204 (Bâtiment B)');
    expect(placeText({ name: 'Amphi A', building: 'Bâtiment A' }, en)).toBe('Amphi A (Bâtiment A)');
    expect(placeText({ name: 'Projecteur', building: 'Bât. B', room: { name: 'B204', building: 'Bât. B' } }, fr)).toBe('Projecteur, B204 (Bât. B)');
  });
  it('says the number of what the page could not name rather than nothing', () => {
    const field = { key: 'location' as const, value: { kind: 'place' as const, id: 99 } };
    expect(fieldText(field, { strings: fr, locale: 'fr', names: { categories: {}, teams: {}, places: {} } })).toBe('n° 99');
  });
  it('writes dates in the page\'s language', () => {
    expect(text('createdAt')).toMatch(/2 nov\. 2026/);
    expect(text('createdAt', en, 'en')).toMatch(/2 Nov 2026/);
  });
});

describe('TicketFields', () => {
  it.each(['desk', 'requester', 'watcher'] as FieldAudience[])('shows a ticket with every field set: each %s field, labelled, through the same helper', audience => {
    const data = pageData(audience);
    const expected = TICKET_FIELDS.filter(f => f.audience.indexOf(audience) >= 0).map(f => f.key);
    // The fixture sets every field, so the page must show every field of the audience.
    expect(data.view.fields.map(f => f.key)).toEqual(expected);
    const shown = pairs(show(data.view));
    expect(shown.map(p => p[0])).toEqual(expected.map(k => fr.fields[k].label));
    shown.forEach(([label, value]) => expect([label, value.trim()]).toEqual([label, expect.stringMatching(/\S/)]));
  });
  it('isolates typed words (a course, a name) so a bidirectional control cannot reverse the page', () => {
    const data = pageData('desk', fullTicket({ course: '\u202Eevil' }));
    const region = show(data.view);
    const course = within(region).getByText('\u202Eevil');
    expect(course.tagName).toBe('BDI');
    expect(course.getAttribute('dir')).toBe('auto');
  });
  it('never shows the requester the desk\'s level, due date or who it was escalated to', () => {
    const shown = pairs(show(pageData('requester').view)).map(p => p[0]);
    expect(shown).not.toContain(fr.fields.level.label);
    expect(shown).not.toContain(fr.fields.dueAt.label);
    expect(shown).not.toContain(fr.fields.escalatedTo.label);
    expect(shown).toContain(fr.fields.location.label);
  });
});

describe('a field added to the catalogue', () => {
  // As a developer adds one: a catalogue entry and its labels, no other code.
  const added: TicketFieldDef[] = [
    { key: 'seats' as never, audience: ['desk', 'watcher'], read: () => ({ kind: 'text', text: '120 places' }) },
    { key: 'urgency' as never, audience: ['desk'], codes: ['low', 'high'], vocabulary: 'ticketPriority', read: () => ({ kind: 'code', code: 'high' }) }
  ];
  const catalogue = TICKET_FIELDS as TicketFieldDef[];
  beforeEach(() => { catalogue.push(...added); });
  afterEach(() => { catalogue.splice(catalogue.length - added.length, added.length); });
  const withLabels = { ...fr, fields: { ...fr.fields, seats: { label: 'Capacité de la salle' }, urgency: { label: 'Urgence ressentie' } } } as IHelpCenterStrings;

  it('shows on the desk\'s page and the watcher\'s, not the requester\'s, with its label and its value in words', () => {
    const t = fullTicket({ watchers: [JEAN] });
    const desk = pairs(show({ ...pageData('desk', t).view, fields: fieldsFor(t, 'desk') }, withLabels));
    expect(desk).toEqual(expect.arrayContaining([['Capacité de la salle', '120 places'], ['Urgence ressentie', 'Haute']]));
    document.body.innerHTML = '';
    const watcher = pairs(show({ ...pageData('watcher', t).view, fields: fieldsFor(t, 'watcher') }, withLabels));
    expect(watcher).toEqual(expect.arrayContaining([['Capacité de la salle', '120 places']]));
    expect(watcher.map(p => p[0])).not.toContain('Urgence ressentie');
    expect(fieldsFor(t, 'requester').map(f => f.key as string)).not.toContain('seats');
  });
});
