// Every mail the domain can cause, for every role it can inform, rendered in French and English with the values
// the notifier builds (the real builder): no placeholder is left empty outside a section that hides it, no template
// names a value the builder never gives, each informed role has a text written for it, and durations read as
// people say them.
import * as Mustache from 'mustache';
import {
  Actor, applyAction, ApplyOk, ApplyResult, DEFAULT_LIFECYCLE_SETTINGS, DomainEvent, PersonRef, remindersDue, resolveProblem, SYSTEM_ACTOR, Ticket, TicketAction
} from '../../../src/domain/tickets';
import type { DomainEventType } from '../../../src/domain/tickets/actions';
import { businessDuration, calendarDays } from '../../../src/domain/time/durations';
import type { BusinessHoursCalendar } from '../../../src/domain/sla/calendar';
import { BUILT_IN_TEMPLATES, EVENT_TEMPLATES, hasOwnText, MailRole, mailRoleOf, TEMPLATE_FAMILIES, ARTICLE_TEMPLATES, IDEA_TEMPLATES, REPORT_SUMMARY_TEMPLATES } from '../../../src/data/notifications/mailTemplates';
import { buildMailValues, durationText, MAIL_VALUE_NAMES, MailValuesInput, ReferenceNames } from '../../../src/data/notifications/mailTemplates/values';
import { MailTemplate, mailValues, renderMail } from '../../../src/data/notifications/templates';
import { resolveTemplate } from '../../../src/data/notifications/templateCatalog';
import { escapeHtmlLikeFlow, flowTemplateProblems, renderMailLikeFlow } from '../../../src/data/notifications/flowRendering';
import { NOTIFICATION_TEMPLATES } from '../../../workbench/seed/data/settings';

const person = (id: number, name: string, email: string): PersonRef => ({ id, email, displayName: name });
const LEA = person(1, 'Léa Dubois', 'lea@example.edu');
const PAUL = person(2, 'Paul Dubois', 'paul@example.edu');
const JEAN = person(3, 'Jean Moreau', 'jean@example.edu');
const KARIM = person(4, 'Karim Haddad', 'karim@example.edu');
const SOPHIE = person(5, 'Sophie Laurent', 'sophie@example.edu');
const NADIA = person(6, 'Nadia Benali', 'nadia@example.edu');
const ALEX = person(7, 'Alex Martin', 'alex@example.edu');
const AGENT: Actor = { person: NADIA, isAgent: true, teamIds: [1], isSiteOwner: false };
const REQUESTER: Actor = { person: LEA, isAgent: false, teamIds: [], isSiteOwner: false };
const APPROVER: Actor = { person: SOPHIE, isAgent: false, teamIds: [], isSiteOwner: false };
const NOW = new Date('2026-03-10T10:00:00Z');

/** A ticket with every field set. */
function fullTicket(over: Partial<Ticket> = {}): Ticket {
  return {
    id: 42, title: 'Examen de statistiques invisible', description: 'Je ne vois pas mon examen', kind: 'anomaly', categoryId: 5, course: 'STA101 — Statistiques',
    locationId: 9, incidentType: 'software', severity: 'malfunction', askedPriority: 'critical', priority: 'high', channel: 'portal', status: 'in_progress',
    level: 'L1', teamId: 1, assignedTo: KARIM, escalatedAt: new Date('2026-03-09T09:00:00Z'), escalatedTo: ALEX, requester: LEA, beneficiary: PAUL, filedBy: NADIA,
    watchers: [JEAN], createdAt: new Date('2026-03-09T08:00:00Z'), dueAt: new Date('2026-03-11T08:00:00Z'), resolution: 'Accès rétabli', problemId: 77,
    language: 'fr', statusHistory: [{ status: 'new', at: new Date('2026-03-09T08:00:00Z') }], sequence: 3,
    approval: { approver: SOPHIE, requestedBy: NADIA, requestedAt: new Date('2026-03-09T10:00:00Z'), reason: 'Tiers-temps', requestSequence: 2, token: 'a'.repeat(32) },
    ...over
  };
}

const NAMES: ReferenceNames = {
  teams: { 1: { fr: 'Assistance pédagogique', en: 'Teaching support' }, 2: { fr: 'Informatique N2', en: 'IT L2' } },
  categories: { 5: { fr: 'Examens en ligne', en: 'Online exams', firstResponseHours: 0.25 } },
  places: { 9: { name: 'Salle B204', building: 'Bâtiment B' } }
};
const LIFECYCLE = { ...DEFAULT_LIFECYCLE_SETTINGS, awaitingUserMaxBusinessDays: 3 };

const ok = (r: ApplyResult): ApplyOk => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}`);
  return r;
};
const act = (t: Partial<Ticket>, action: TicketAction, actor: Actor = AGENT): DomainEvent[] => ok(applyAction(fullTicket(t), action, actor, NOW, LIFECYCLE)).events;

/** The domain's own events, one (or more) per event type, with the recipients it chose. */
function domainEvents(): DomainEvent[] {
  const pending = { approval: { approver: SOPHIE, requestedBy: NADIA, requestedAt: NOW, reason: 'Tiers-temps', requestSequence: 3 } };
  const noApproval = { approval: undefined };
  const problem = fullTicket({ id: 77, kind: 'problem', problemId: undefined });
  const incidents = resolveProblem(problem, [fullTicket()], { type: 'resolveProblem', resolution: 'Serveur réparé' }, AGENT, NOW, LIFECYCLE);
  return ([] as DomainEvent[]).concat(
    act({ sequence: 0, status: 'new', assignedTo: undefined }, { type: 'file' }, REQUESTER),
    act({ status: 'new', assignedTo: undefined }, { type: 'takeInCharge' }),
    act({ status: 'taken_in_charge' }, { type: 'replyPublic', message: 'Je regarde.' }),
    act({}, { type: 'replyPublic', message: 'Merci !' }, REQUESTER),
    act({}, { type: 'replyPublic', message: 'Merci !' }, REQUESTER),
    act({}, { type: 'addInternalNote', body: 'Journal vérifié' }),
    act({}, { type: 'askForInformation', message: 'Une capture ?' }),
    act({ status: 'awaiting_user' }, { type: 'requesterAnswered', message: 'Voici la capture' }, REQUESTER),
    act({}, { type: 'escalate', reason: 'Configuration Moodle', level: 'L2', teamId: 2 }),
    act({}, { type: 'transfer', reason: 'Réseau', teamId: 2 }),
    act(noApproval, { type: 'requestApproval', approver: SOPHIE, reason: 'Tiers-temps', token: 'b'.repeat(32) }),
    act(pending, { type: 'decideApproval', decision: 'approved', comment: 'Accordé' }, APPROVER),
    act(pending, { type: 'decideApproval', decision: 'refused', recordedForApprover: true }),
    act({}, { type: 'resolve', resolution: 'Accès rétabli' }),
    act({ status: 'resolved' }, { type: 'acceptResolution' }, REQUESTER),
    act({ status: 'resolved' }, { type: 'reopen', reason: 'Toujours bloqué' }, REQUESTER),
    act({ status: 'resolved' }, { type: 'close' }),
    act({ status: 'resolved' }, { type: 'close', reason: 'resolvedAutoClose' }, SYSTEM_ACTOR),
    act({}, { type: 'closeNoFollowUp', reason: 'Doublon' }),
    act({ status: 'awaiting_user' }, { type: 'closeNoFollowUp', reason: 'awaitingUserTimeout', automatic: true }, SYSTEM_ACTOR),
    act({ status: 'resolved', satisfaction: undefined }, { type: 'rate', rating: 4, comment: 'Rapide' }, REQUESTER),
    act({ problemId: undefined }, { type: 'linkToProblem', problemId: 77 }),
    act({ watchers: [] }, { type: 'confirmWatchers', watchers: [JEAN] }),
    ok(incidents.problem).events,
    ...incidents.incidents.map(i => i.events),
    // The housekeeping's reminder: awaiting since 9 March, one business day later (the closing is after three).
    remindersDue([fullTicket({ status: 'awaiting_user' })], new Date('2026-03-11T10:00:00Z'), { ...LIFECYCLE, awaitingUserReminderBusinessDays: 1 }, () => CALENDAR,
      () => ({ question: 'Quel navigateur utilisez-vous ?' }))
  );
}

/** Every value name a template part uses (values and sections). */
function names(text: string): string[] {
  const out: string[] = [];
  const walk = (tokens: unknown[][]): void => tokens.forEach(t => {
    if (t[0] !== 'text') out.push(t[1] as string);
    if (Array.isArray(t[4])) walk(t[4] as unknown[][]);
  });
  walk(Mustache.parse(text) as unknown[][]);
  return out;
}

/** The `{{x}}` a part would print empty: values outside any section that hides them, with no text. */
function emptyPlaceholders(text: string, values: Record<string, string>): string[] {
  const out: string[] = [];
  const walk = (tokens: unknown[][]): void => tokens.forEach(t => {
    const value = values[t[1] as string];
    if (t[0] === 'name' || t[0] === '&' || t[0] === '{') { if (!value) out.push(t[1] as string); }
    else if (t[0] === '#') { if (value) walk(t[4] as unknown[][]); }
    else if (t[0] === '^') { if (!value) walk(t[4] as unknown[][]); }
  });
  walk(Mustache.parse(text) as unknown[][]);
  return out;
}

const slots = (start: string, end: string) => [{ start, end }];
const WEEKDAYS = { mon: slots('08:00', '18:00'), tue: slots('08:00', '18:00'), wed: slots('08:00', '18:00'), thu: slots('08:00', '18:00'), fri: slots('08:00', '18:00'), sat: [], sun: [] };
const EXAM_WEEK = { ...WEEKDAYS, mon: slots('07:30', '19:30'), tue: slots('07:30', '19:30'), wed: slots('07:30', '19:30'), thu: slots('07:30', '19:30'), fri: slots('07:30', '19:30'), sat: slots('07:30', '19:30') };
const CALENDAR: BusinessHoursCalendar = {
  timeZone: 'Europe/Paris', weekly: WEEKDAYS, holidays: [],
  periods: [{ key: 'exams', label: { fr: 'Sessions d\'examens', en: 'Exam period' }, start: '2026-03-20', end: '2026-04-05', weekly: EXAM_WEEK }]
};

function input(event: DomainEvent, ticket: Ticket, role: MailRole): MailValuesInput {
  return {
    event, ticket, role, link: `https://contoso.sharepoint.com/sites/hc/${role}/${ticket.id}`, names: NAMES, lifecycle: LIFECYCLE, businessDayMinutes: 480,
    timeZone: 'Europe/Paris', calendar: CALENDAR
  };
}

const EVENTS = domainEvents();
const EVENT_TYPES = Object.keys(EVENT_TEMPLATES) as DomainEventType[];
const ROLES: MailRole[] = ['requester', 'watcher', 'assignee', 'teamQueue', 'approver', 'escalatedTo'];

describe('the domain\'s events', () => {
  it('cover every event type the domain declares', () => {
    const seen = EVENTS.map(e => e.type);
    expect(EVENT_TYPES.filter(t => seen.indexOf(t) < 0)).toEqual([]);
  });

  it.each(EVENTS.map(e => [e.type, e] as [string, DomainEvent]))('%s: each informed role has a text written for it', (_type, e) => {
    const roles = e.recipients.map(r => mailRoleOf(r.role));
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.filter(r => !hasOwnText(EVENT_TEMPLATES[e.type], r))).toEqual([]);
  });
});

describe('every template with every event and role', () => {
  const provided: string[] = ['recipientName'];
  const cases: [string, DomainEvent, MailRole][] = [];
  EVENTS.forEach(e => ROLES.forEach(role => cases.push([`${e.type} → ${role}`, e, role])));

  it.each(cases)('%s: rendered in French and English, every placeholder filled', (_name, e, role) => {
    const ticket = fullTicket();
    const resolved = resolveTemplate({}, EVENT_TEMPLATES[e.type], role)!;
    expect(resolved).toBeDefined();
    for (const language of ['fr', 'en'] as const) {
      const values = mailValues(buildMailValues(input(e, ticket, role)) as Record<string, unknown>, language, 'Jean Moreau');
      Object.keys(values).forEach(k => { if (provided.indexOf(k) < 0) provided.push(k); });
      const text = resolved.template[language];
      expect({ key: resolved.key, language, empty: emptyPlaceholders(text.subject, values).concat(emptyPlaceholders(text.body, values)) })
        .toEqual({ key: resolved.key, language, empty: [] });
      const mail = renderMail(resolved.template, language, values);
      expect(mail.htmlBody).not.toMatch(/\{\{|\}\}|undefined|\[object Object\]/);
      expect(mail.htmlBody).toContain(`href="${escapeHtmlLikeFlow(values.link)}"`);
      // The server-side flow renders the same mail from the same values.
      expect(renderMailLikeFlow(resolved.template, language, values)).toEqual(mail);
    }
  });

  it('uses no value the builder never gives (built-in templates and the demo\'s own)', () => {
    // The knowledge workflow's, the idea box's and the reports' summary mails have values of their own (articleMails.test.ts,
    // ideaMails.test.ts, reportSummaryMail.test.ts).
    const all: [string, MailTemplate][] = Object.keys(BUILT_IN_TEMPLATES).filter(k => !ARTICLE_TEMPLATES[k] && !IDEA_TEMPLATES[k] && !REPORT_SUMMARY_TEMPLATES[k]).map(k => [k, BUILT_IN_TEMPLATES[k]] as [string, MailTemplate])
      .concat(Object.keys(NOTIFICATION_TEMPLATES).map(k => [`seed:${k}`, NOTIFICATION_TEMPLATES[k]] as [string, MailTemplate]));
    const unknown: string[] = [];
    all.forEach(([key, t]) => [t.fr.subject, t.fr.body, t.en.subject, t.en.body].forEach(part => names(part).forEach(n => {
      if (provided.indexOf(n) < 0) unknown.push(`${key}: ${n}`);
    })));
    expect(unknown).toEqual([]);
    // The documented list of values is what the builder gives.
    expect(provided.filter(n => MAIL_VALUE_NAMES.indexOf(n) < 0)).toEqual([]);
  });

  it('keeps every template inside what the server-side flow renders', () => {
    Object.keys(BUILT_IN_TEMPLATES).forEach(k => expect({ k, problems: flowTemplateProblems(BUILT_IN_TEMPLATES[k]) }).toEqual({ k, problems: [] }));
  });
});

describe('what each reader is told', () => {
  const file = EVENTS.filter(e => e.type === 'file')[0];
  const render = (e: DomainEvent, role: MailRole, language: 'fr' | 'en', over: Partial<Ticket> = {}): string => {
    const ticket = fullTicket(over);
    const t = resolveTemplate({}, EVENT_TEMPLATES[e.type], role)!.template;
    const m = renderMail(t, language, mailValues(buildMailValues(input(e, ticket, role)) as Record<string, unknown>, language, 'X'));
    return `${m.subject}\n${m.htmlBody}`;
  };

  it('tells a watcher who asked to keep them informed, not the requester\'s text', () => {
    const fr = render(file, 'watcher', 'fr');
    expect(fr).toContain('Léa Dubois a demandé que vous soyez tenu(e) informé(e)');
    expect(fr).not.toContain('Votre demande');
    expect(fr).toContain(escapeHtmlLikeFlow('https://contoso.sharepoint.com/sites/hc/watcher/42'));
    expect(render(file, 'watcher', 'en')).toContain('Léa Dubois asked that you be kept informed');
  });

  it('isolates a title carrying bidi controls in the subject, and leaves ordinary titles as typed', () => {
    const forged = render(file, 'requester', 'fr', { title: 'Facture \u202Efdp.exe' });
    expect(forged.split('\n')[0]).toContain('\u2068Facture fdp.exe\u2069');
    expect(forged).not.toContain('\u202E');
    expect(render(file, 'requester', 'fr').split('\n')[0]).not.toContain('\u2068');
  });

  it('shows a watcher the watcher-visible fields only, the desk every field', () => {
    const watcher = render(file, 'watcher', 'fr');
    expect(watcher).toContain('Cours ou épreuve concerné : STA101 — Statistiques');
    expect(watcher).toContain('Lieu (salle ou service) : Salle B204 (Bâtiment B)');
    expect(watcher).toContain('Type d&#39;incident : Logiciel');
    expect(watcher).not.toContain('Priorité');
    expect(watcher).not.toContain('Reçue par');
    const desk = render(file, 'teamQueue', 'en');
    expect(desk).toContain('new request in your queue');
    expect(desk).toContain('Priority asked for: Critical');
    expect(desk).toContain('Escalated to: Alex Martin');
  });

  it('announces an escalation to the receiving team as such, with the reason', () => {
    const escalate = EVENTS.filter(e => e.type === 'escalate')[0];
    const queue = render(escalate, 'teamQueue', 'fr');
    expect(queue).toContain('escaladée à votre équipe (Niveau 2)');
    expect(queue).toContain('Nadia Benali a escaladé à votre équipe Informatique N2 (Niveau 2)');
    expect(queue).toContain('Motif : Configuration Moodle');
    expect(render(escalate, 'escalatedTo', 'en')).toContain('escalated the request <strong>"Examen de statistiques invisible"</strong> from Léa Dubois to you');
    expect(render(escalate, 'watcher', 'fr')).toContain("confiée à l'équipe Informatique N2 (Niveau 2)");
  });

  it('gives agents the desk\'s status wording and the requester hers', () => {
    const ask = EVENTS.filter(e => e.type === 'askForInformation')[0];
    const values = (role: MailRole): Record<string, string> => mailValues(buildMailValues(input(ask, fullTicket(), role)) as Record<string, unknown>, 'fr', 'X');
    expect(values('requester').status).toBe('En attente de votre réponse');
    expect(values('assignee').status).toBe('En attente du demandeur');
    expect(values('watcher').status).toBe('En attente du demandeur');
  });

  it('reminds the requester of the question and says when the request will be closed', () => {
    const reminder = EVENTS.filter(e => e.type === 'awaitingUserReminder')[0];
    expect(reminder.recipients.map(r => r.role)).toEqual(['requester', 'beneficiary']);
    const fr = render(reminder, 'requester', 'fr');
    expect(fr).toContain('Demande n°42 : nous attendons toujours votre réponse');
    expect(fr).toContain('<blockquote>Quel navigateur utilisez-vous ?</blockquote>');
    expect(fr).toContain("Sans réponse de votre part d'ici le 12 mars 2026 au soir, elle sera close sans suite.");
    expect(render(reminder, 'requester', 'en')).toContain('Without an answer from you by the end of 12 March 2026, it will be closed with no follow-up.');
  });

  it('fills the delays: no follow-up, auto-close, first answer', () => {
    const ask = EVENTS.filter(e => e.type === 'askForInformation')[0];
    expect(render(ask, 'requester', 'fr')).toContain('Sans réponse sous 3 jours ouvrés, elle sera close sans suite.');
    const resolve = EVENTS.filter(e => e.type === 'resolve')[0];
    expect(render(resolve, 'requester', 'fr')).toContain('rouvrez-la dans les 7 jours');
    expect(render(resolve, 'requester', 'en')).toContain('reopen it within 7 days');
    const confirmation = render(file, 'requester', 'fr');
    expect(confirmation).toContain('première réponse sous 15 min');
    expect(confirmation).toContain('Horaires du support : lundi–vendredi 8h00–18h00. À partir du 20 mars 2026 : lundi–samedi 7h30–19h30 (Sessions d&#39;examens).');
    expect(render(file, 'requester', 'en')).toContain('Desk hours: Monday–Friday 8:00–18:00. From 20 March 2026: Monday–Saturday 7:30–19:30 (Exam period).');
    expect(confirmation).not.toMatch(/0[.,]25/);
  });
});

describe('durations in words', () => {
  it.each([
    [businessDuration(15), '15 min', '15 min'],
    [businessDuration(0.25 * 60), '15 min', '15 min'],
    [businessDuration(120), '2 h', '2 h'],
    [businessDuration(90), '1,5 h', '1.5 h'],
    [businessDuration(3 * 480), '3 jours ouvrés', '3 business days'],
    [businessDuration(480), '1 jour ouvré', '1 business day'],
    [calendarDays(7), '7 jours', '7 days']
  ])('%j reads "%s" / "%s"', (d, fr, en) => {
    expect(durationText(d)).toEqual({ fr, en });
  });

  it('never says "0.25 h"', () => {
    for (let m = 1; m < 60; m++) expect(durationText(businessDuration(m)).fr).toMatch(/^\d+ min$/);
  });
});

describe('template keys', () => {
  it('looks a role up under <template>.<role>, then <template>, an owner\'s text first', () => {
    expect(resolveTemplate({}, 'escalated', 'teamQueue')!.key).toBe('escalated.teamQueue');
    expect(resolveTemplate({}, 'internal_note', 'escalatedTo')!.key).toBe('internal_note');
    expect(resolveTemplate({}, 'ticket_created', 'requester')!.key).toBe('ticket_created');
    const own = { fr: { subject: 'À vous', body: '<p>{{title}}</p>' }, en: { subject: 'To you', body: '<p>{{title}}</p>' } };
    expect(resolveTemplate({ 'escalated.teamQueue': JSON.stringify(own) }, 'escalated', 'teamQueue')).toEqual({ key: 'escalated.teamQueue', template: own });
    // An owner's override of the base text does not replace a role's own built-in text.
    expect(resolveTemplate({ ticket_created: JSON.stringify(own) }, 'ticket_created', 'watcher')!.key).toBe('ticket_created.watcher');
    expect(resolveTemplate({ ticket_created: JSON.stringify(own) }, 'ticket_created', 'requester')!.template).toEqual(own);
  });

  it('has a base text for every family and a key per role text', () => {
    Object.keys(TEMPLATE_FAMILIES).forEach(t => {
      expect(BUILT_IN_TEMPLATES[t]).toBeDefined();
      Object.keys(TEMPLATE_FAMILIES[t].roles).forEach(r => expect(BUILT_IN_TEMPLATES[`${t}.${r}`]).toBeDefined());
    });
  });
});
