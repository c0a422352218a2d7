// The demo content: bilingual, inside the vocabulary and the schema, and generated the same way every time.
import { HELP_CENTER_LISTS } from '../../../src/data/schema';
import {
  ANNOUNCEMENT_SEVERITIES, ARTICLE_KINDS, EXPERT_AVAILABILITIES, INCIDENT_TYPES, LANGUAGES, LOCATION_KINDS, SUPPORT_LEVELS,
  TICKET_CHANNELS, TICKET_KINDS, TICKET_PRIORITIES, TICKET_SEVERITIES, TICKET_STATUSES
} from '../../../src/domain/vocabulary';
import { ARTICLES } from '../../../workbench/seed/data/articles';
import { KB_ARTICLES } from '../../../workbench/seed/data/kb';
import { CONTRIBUTOR_MEMBERS } from '../../../workbench/seed/data/people';
import { baseKey, kbKind, kbOwner, kbReviewInDays, kbStats, keyHash } from '../../../workbench/seed/kb-articles';
import { CATEGORIES } from '../../../workbench/seed/data/categories';
import { ANNOUNCEMENTS, EXPERTS } from '../../../workbench/seed/data/community';
import { LOCATIONS } from '../../../workbench/seed/data/locations';
import { SETTINGS } from '../../../workbench/seed/data/settings';
import { TEAMS } from '../../../workbench/seed/data/teams';
import { TICKET_TEMPLATES } from '../../../workbench/seed/data/tickets';
import { planTickets } from '../../../workbench/seed/generate';
import { assertPayload, PAYLOAD_PROPERTIES, schemaWriteProperties, SeedListName } from '../../../workbench/seed/payloads';

const NOW = new Date('2026-11-22T21:55:00Z');

function choicesOf(list: string, field: string): readonly string[] {
  const def = HELP_CENTER_LISTS.filter(l => l.name === list)[0].fields.filter(f => f.name === field)[0];
  return def.choices || [];
}

describe('seed payload types', () => {
  it.each(Object.keys(PAYLOAD_PROPERTIES) as SeedListName[])('%s payload properties are exactly the schema fields', list => {
    expect(Object.keys(PAYLOAD_PROPERTIES[list]).sort()).toEqual(schemaWriteProperties(list).sort());
  });

  it('rejects a property or a choice code the schema does not define', () => {
    expect(() => assertPayload('HelpTicketStates', { HCStatus: 'open' } as never)).toThrow(/HCStatus uses open/);
    expect(() => assertPayload('HelpTicketClaims', { HCAction: 'close' } as never)).toThrow(/HCAction uses close/);
    expect(() => assertPayload('HelpTickets', { Status: 'new' } as never)).toThrow(/Status, which the schema does not define/);
    // The desk's columns are no longer the requester's: the filer cannot write them on HelpTickets.
    expect(() => assertPayload('HelpTickets', { HCStatus: 'new' } as never)).toThrow(/HCStatus, which the schema does not define/);
  });
});

describe('knowledge base', () => {
  it('has 15 article pairs, each complete in French and in English', () => {
    expect(ARTICLES).toHaveLength(15);
    for (const a of ARTICLES) {
      for (const lang of LANGUAGES) {
        const t = a[lang];
        expect(t.title.length).toBeGreaterThan(10);
        expect(t.summary.length).toBeGreaterThan(40);
        expect(t.body).toMatch(/<h2>/);
        expect(t.body).toMatch(/<(ol|ul)>/);
        expect(t.keywords.length).toBeGreaterThanOrEqual(4);
        expect(t.questions.length).toBeGreaterThanOrEqual(3);
      }
      expect(a.fr.title).not.toEqual(a.en.title);
      expect(ARTICLE_KINDS).toContain(a.kind);
      expect(CATEGORIES.map(c => c.key)).toContain(a.category);
    }
    expect(new Set(ARTICLES.map(a => a.key)).size).toBe(ARTICLES.length);
  });
});

describe('benchmark knowledge base in the seed', () => {
  const all = KB_ARTICLES;

  it('brings the workbench to at least 150 articles, none repeating a pair\'s topic', () => {
    expect(ARTICLES.length * 2 + all.length).toBeGreaterThanOrEqual(150);
    const titles = [...ARTICLES.map(a => a.fr.title), ...ARTICLES.map(a => a.en.title), ...all.map(a => a.title)].map(t => t.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
    const keys = all.map(a => baseKey(a));
    for (const pair of ARTICLES) expect(keys).not.toContain(pair.key);
  });

  it('derives kind, owner, review date and popularity deterministically and plausibly', () => {
    for (const a of all) {
      expect(ARTICLE_KINDS).toContain(kbKind(a));
      expect(CONTRIBUTOR_MEMBERS).toContain(kbOwner(a.category, baseKey(a)));
      const [views, helpful, notHelpful] = kbStats(a);
      expect(views).toBeGreaterThan(0);
      expect(helpful).toBeLessThanOrEqual(views);
      expect(notHelpful).toBeLessThanOrEqual(helpful);
      expect(kbReviewInDays(a)).toBeGreaterThanOrEqual(-30);
      expect(kbReviewInDays(a)).toBeLessThan(240);
      // A translation is written by its original's owner (the seed links them in one owner's batches).
      if (a.translationOf) {
        const original = all.filter(o => o.key === a.translationOf)[0];
        expect(original).toBeDefined();
        expect(kbOwner(a.category, baseKey(a))).toBe(kbOwner(original.category, baseKey(original)));
      }
    }
    expect(kbKind({ ...all[0], title: 'Compte bloqué après trop de tentatives' })).toBe('troubleshooting');
    expect(kbKind({ ...all[0], title: 'Activer son compte numérique' })).toBe('howto');
    expect(kbKind({ ...all[0], title: 'Que devient mon compte ?' })).toBe('faq');
    expect(new Set(all.map(kbKind)).size).toBe(3);
    expect(keyHash('vpn')).toBe(keyHash('vpn'));
    expect(keyHash('vpn')).not.toBe(keyHash('vpm'));
  });
});

describe('reference data', () => {
  it('names every category in French and English, with a known parent and team', () => {
    for (const c of CATEGORIES) {
      expect(c.title.trim()).not.toBe('');
      expect(c.titleEn.trim()).not.toBe('');
      if (c.parent) expect(CATEGORIES.map(p => p.key)).toContain(c.parent);
      expect(TEAMS.map(t => t.key)).toContain(c.team);
      for (const f of c.formFields.concat(c.requiredFields)) expect(choicesOf('HelpCategories', 'HCFormFields')).toContain(f);
      for (const f of c.requiredFields) expect(c.formFields).toContain(f);
    }
  });

  it('asks the course and a screenshot for online exams, and room, equipment, incident and intervention types for rooms', () => {
    const exams = CATEGORIES.filter(c => c.key === 'exams')[0];
    expect(exams.requiredFields).toEqual(expect.arrayContaining(['course', 'screenshot']));
    const rooms = CATEGORIES.filter(c => c.key === 'rooms')[0];
    expect(rooms.requiredFields).toEqual(expect.arrayContaining(['location', 'equipment', 'incidentType', 'severity']));
  });

  it('uses only vocabulary codes in teams, locations, announcements, experts and templates', () => {
    TEAMS.forEach(t => expect(SUPPORT_LEVELS).toContain(t.level));
    LOCATIONS.forEach(l => expect(LOCATION_KINDS).toContain(l.kind));
    ANNOUNCEMENTS.forEach(a => { expect(ANNOUNCEMENT_SEVERITIES).toContain(a.severity); expect(LANGUAGES).toContain(a.language); });
    EXPERTS.forEach(e => { expect(EXPERT_AVAILABILITIES).toContain(e.availability); e.languages.forEach(l => expect(LANGUAGES).toContain(l)); });
    for (const t of TICKET_TEMPLATES) {
      expect(TICKET_KINDS).toContain(t.kind);
      t.priorities.forEach(p => expect(TICKET_PRIORITIES).toContain(p));
      t.channels.forEach(c => expect(TICKET_CHANNELS).toContain(c));
      if (t.incidentType) expect(INCIDENT_TYPES).toContain(t.incidentType);
      if (t.severity) expect(TICKET_SEVERITIES).toContain(t.severity);
      (t.locations || []).forEach(l => expect(LOCATIONS.map(x => x.key)).toContain(l));
      if (t.article) expect(ARTICLES.map(a => a.key)).toContain(t.article);
    }
  });

  it('keeps settings as valid JSON under unique keys, with French public holidays and exam hours', () => {
    expect(new Set(SETTINGS.map(s => s.key)).size).toBe(SETTINGS.length);
    const hours = JSON.parse(SETTINGS.filter(s => s.key === 'businessHours.default')[0].value);
    expect(hours.timeZone).toBe('Europe/Paris');
    expect(hours.weekly.mon).toEqual([{ start: '08:00', end: '18:00' }]);
    expect(hours.holidays.map((h: { date: string }) => h.date)).toEqual(expect.arrayContaining(['2026-04-06', '2026-05-14', '2026-07-14', '2026-11-11']));
    expect(hours.periods[0].weekly.sat).toEqual([{ start: '07:30', end: '19:30' }]);
    expect(JSON.parse(SETTINGS.filter(s => s.key === 'attachments.limits')[0].value).maxFileSizeMb).toBe(10);
    const synonyms: string[][] = JSON.parse(SETTINGS.filter(s => s.key === 'search.synonyms')[0].value);
    expect(synonyms.some(g => g.indexOf('mdp') >= 0 && g.indexOf('mot de passe') >= 0)).toBe(true);
  });
});

describe('generated tickets', () => {
  const plans = planTickets(NOW, 300);

  it('is deterministic for a seed date', () => {
    expect(JSON.stringify(planTickets(NOW, 300))).toEqual(JSON.stringify(plans));
  });

  it('covers every status, kind, channel and level with vocabulary codes only', () => {
    expect(plans).toHaveLength(300);
    for (const s of TICKET_STATUSES) expect(plans.some(p => p.status === s)).toBe(true);
    for (const k of TICKET_KINDS) expect(plans.some(p => p.kind === k)).toBe(true);
    for (const c of TICKET_CHANNELS) expect(plans.some(p => p.channel === c)).toBe(true);
    for (const l of SUPPORT_LEVELS) expect(plans.some(p => p.level === l)).toBe(true);
    expect(plans.filter(p => p.language === 'en').length).toBeGreaterThan(30);
    expect(plans.filter(p => p.language === 'fr').length).toBeGreaterThan(plans.length / 2);
  });

  it('keeps every lifecycle consistent and in the past', () => {
    for (const p of plans) {
      const times = [p.createdAt, p.firstResponseAt, p.resolvedAt, p.closedAt].filter(Boolean).map(d => (d as Date).getTime());
      expect(times).toEqual(times.slice().sort((a, b) => a - b));
      expect(p.lastActivityAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(p.createdAt.getTime()).toBeGreaterThan(NOW.getTime() - 183 * 24 * 3600 * 1000);
      expect(!!p.firstResponseAt).toBe(p.status !== 'new');
      expect(!!p.resolvedAt).toBe(p.status === 'resolved' || p.status === 'closed');
      expect(!!p.closedAt).toBe(p.status === 'closed' || p.status === 'no_follow_up');
      if (p.satisfaction !== undefined) expect(p.status).toBe('closed');
      p.notes.forEach(n => expect(n.at.getTime()).toBeGreaterThanOrEqual(p.createdAt.getTime()));
      expect(p.title + p.description).not.toMatch(/\{(room|course)\}/);
    }
  });

  it('tells the showcase stories: a Wi-Fi problem with linked incidents, an exam escalated to L3 with the professor informed', () => {
    const problem = plans.filter(p => p.ref === 'problem-wifi-b')[0];
    expect(problem.kind).toBe('problem');
    expect(plans.filter(p => p.problemRef === 'problem-wifi-b').length).toBeGreaterThanOrEqual(4);
    const exam = plans.filter(p => p.ref === 'exam-outage')[0];
    expect(exam.level).toBe('L3');
    expect(exam.watchers).toContain('jean');
    expect(exam.assignee).toBe('julie');
  });
});
