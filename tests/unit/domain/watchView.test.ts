import { TICKET_FIELDS, fieldsFor } from '../../../src/domain/tickets/fields';
import type { Ticket } from '../../../src/domain/tickets/model';
import {
  StateVersionStep, WATCH_HISTORY_CAP, WATCH_SUMMARY_CHARS, WatchNames, buildWatchView, parseWatchView, summaryOf, watchKey
} from '../../../src/domain/tickets/watchView';

const names: WatchNames = {
  categories: { 4: { fr: 'Examens', en: 'Exams' } },
  teams: { 1: { fr: 'Accueil L1', en: 'Front desk L1' }, 2: { fr: 'Réseau L2', en: 'Network L2' } },
  places: { 12: { name: 'B204', building: 'Bâtiment B' }, 13: { name: 'Autre salle' } }
};

const ticket = (over: Partial<Ticket> = {}): Ticket => ({
  id: 7, title: 'Tiers temps examen', description: 'Je demande un tiers temps pour l\'examen de droit.', kind: 'assistance', categoryId: 4,
  priority: 'high', askedPriority: 'critical', channel: 'portal', status: 'in_progress', level: 'L2', teamId: 2, locationId: 12, course: 'Droit civil',
  requester: { id: 3, email: 'lea@x', displayName: 'Léa Dubois' }, assignedTo: { id: 9, email: 'marc@x', displayName: 'Marc (L1)' },
  escalatedTo: { id: 11, email: 'nina@x', displayName: 'Nina (L2)' }, escalatedAt: new Date('2026-11-03T09:00:00Z'),
  watchers: [{ id: 5, email: 'prof@x', displayName: 'Pr Martin' }], createdAt: new Date('2026-11-02T08:00:00Z'), language: 'fr',
  satisfactionComment: 'secret comment', dueAt: new Date('2026-11-05T08:00:00Z'),
  approval: { approver: { id: 20, email: 'dir@x' }, requestedBy: { id: 9, email: 'marc@x' }, requestedAt: new Date('2026-11-02T10:00:00Z'),
    reason: 'raison interne de la dérogation', tokenHash: 'a'.repeat(64) },
  statusHistory: [], sequence: 4, ...over
});

const v = (at: string, status: StateVersionStep['status'], over: Partial<StateVersionStep> = {}): StateVersionStep =>
  ({ at: new Date(at), status, teamId: 1, level: 'L1', by: 'Marc (L1)', ...over });

const versions: StateVersionStep[] = [
  v('2026-11-02T08:01:00Z', 'new', { sequence: 0, by: 'Intake' }),
  v('2026-11-02T08:05:00Z', 'taken_in_charge', { sequence: 1 }),
  // A write that was not an action (e.g. who was informed) repeats the version's columns: not a second step.
  v('2026-11-02T08:06:00Z', 'taken_in_charge', { sequence: 1 }),
  v('2026-11-02T09:00:00Z', 'in_progress', { sequence: 2, publicMessage: 'Nous vérifions votre dossier.' }),
  v('2026-11-02T09:01:00Z', 'in_progress', { sequence: 2, publicMessage: 'Nous vérifions votre dossier.' }),
  v('2026-11-03T09:00:00Z', 'in_progress', { sequence: 3, teamId: 2, level: 'L2' }),
  v('2026-11-03T10:00:00Z', 'in_progress', { sequence: 4, teamId: 2, level: 'L2', by: 'Nina (L2)', publicMessage: 'Accordé, salle B204.' })
];

describe('the watcher\'s view of a request', () => {
  const view = buildWatchView(ticket(), versions, names, new Date('2026-11-03T10:00:05Z'));

  it('tells the public history: filing, status changes, the desk\'s public messages once each, hand-overs without reason', () => {
    expect(view.history.map(h => [h.event, h.status, h.message || h.team && h.team.fr || ''])).toEqual([
      ['filed', 'new', ''],
      ['status', 'taken_in_charge', ''],
      ['status', 'in_progress', ''],
      ['reply', 'in_progress', 'Nous vérifions votre dossier.'],
      ['handedOver', 'in_progress', 'Réseau L2'],
      ['reply', 'in_progress', 'Accordé, salle B204.']
    ]);
    expect(view.history[4].level).toBe('L2');
    expect(view.history[0].by).toBe('Léa Dubois');
  });

  it('shows exactly the catalogue\'s watcher fields, named', () => {
    const expected = fieldsFor(ticket(), 'watcher').map(f => f.key);
    expect(view.fields.map(f => f.key)).toEqual(expected);
    const desk = TICKET_FIELDS.filter(f => f.audience.indexOf('watcher') < 0).map(f => f.key);
    view.fields.forEach(f => expect(desk).not.toContain(f.key));
    const byKey = (k: string) => view.fields.filter(f => f.key === k)[0];
    expect(byKey('category').value).toEqual({ kind: 'category', id: 4 });
    expect(byKey('location').value).toEqual({ kind: 'place', id: 12 });
    expect(byKey('createdAt').value).toEqual({ kind: 'date', at: '2026-11-02T08:00:00.000Z' });
    // The names of what the fields refer to, and of nothing else (the L1 team and the other room are not in the row).
    expect(view.names).toEqual({ categories: { 4: names.categories[4] }, teams: { 2: names.teams[2] }, places: { 12: names.places[12] } });
    expect(byKey('course').value).toEqual({ kind: 'text', text: 'Droit civil' });
    expect(byKey('assignedTo').value).toEqual({ kind: 'person', name: 'Marc (L1)' });
  });

  it('holds nothing of the desk\'s own: no approval, secret, reason, rating comment, priority or due date', () => {
    const json = JSON.stringify(view);
    ['raison interne', 'a'.repeat(64), 'secret comment', 'critical', 'approval', 'dueAt', 'priority', 'nina@x'].forEach(s => expect(json).not.toContain(s));
    expect(view.fields.map(f => f.key)).not.toContain('escalatedTo');
  });

  it('names the requester, assignee, team and status', () => {
    expect(view).toMatchObject({ ticketId: 7, title: 'Tiers temps examen', status: 'in_progress', requester: 'Léa Dubois', assignee: 'Marc (L1)',
      team: { fr: 'Réseau L2', en: 'Network L2' }, createdAt: '2026-11-02T08:00:00.000Z' });
    expect(view.resolution).toBeUndefined();
  });

  it('keeps the resolution once the request is finished', () => {
    const done = buildWatchView(ticket({ status: 'resolved', resolution: 'Tiers temps accordé.' }), versions, names, new Date());
    expect(done.resolution).toBe('Tiers temps accordé.');
  });

  it('keeps only the latest steps', () => {
    const many: StateVersionStep[] = [];
    for (let i = 0; i < 200; i++) many.push(v(new Date(Date.UTC(2026, 10, 2, 8, i)).toISOString(), i % 2 ? 'awaiting_user' : 'in_progress', { sequence: i }));
    const capped = buildWatchView(ticket(), many, names, new Date());
    expect(capped.history).toHaveLength(WATCH_HISTORY_CAP);
    expect(capped.historyTruncated).toBe(true);
    expect(capped.history[capped.history.length - 1].at).toBe(many[199].at.toISOString());
    expect(capped.history.map(h => h.event)).not.toContain('filed');
  });

  it('summarises a long description on a word', () => {
    const long = `${'mot '.repeat(300)}fin`;
    const s = summaryOf(long);
    expect(s.length).toBeLessThanOrEqual(WATCH_SUMMARY_CHARS + 1);
    expect(s.endsWith('mot…')).toBe(true);
    expect(summaryOf('  court  ')).toBe('court');
  });

  it('names an unknown team by number instead of failing', () => {
    const odd = buildWatchView(ticket({ teamId: 99 }), [v('2026-11-02T08:01:00Z', 'new', { teamId: 99 })], names, new Date());
    expect(odd.team).toEqual({ fr: '#99', en: '#99' });
  });

  it('reads back what it stored, and refuses what is not a view', () => {
    expect(parseWatchView(JSON.stringify(view))).toEqual(view);
    expect(parseWatchView('{"title":"x"}')).toBeUndefined();
    expect(parseWatchView('not json')).toBeUndefined();
    expect(parseWatchView(null)).toBeUndefined();
  });

  it('keys a row by ticket and watcher', () => {
    expect(watchKey(7, 5)).toBe('7|5');
  });
});
