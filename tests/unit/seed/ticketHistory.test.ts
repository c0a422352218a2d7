// The demo tickets' history as the seed writes it: the desk's actions on each state, and the requesters' claims.
import { TicketStatus } from '../../../src/domain/vocabulary';
import { endOfNthBusinessDayAfter } from '../../../src/domain/sla/calendar';
import { remindersDue, Ticket } from '../../../src/domain/tickets';
import { category } from '../../../workbench/seed/data/categories';
import { DEMO_DELAYS } from '../../../workbench/seed/data/settings';
import { ARTICLES } from '../../../workbench/seed/data/articles';
import { CATEGORIES } from '../../../workbench/seed/data/categories';
import { LOCATIONS } from '../../../workbench/seed/data/locations';
import { CAST, CastKey, SUPPORT_MEMBERS } from '../../../workbench/seed/data/people';
import { TEAMS, TeamKey } from '../../../workbench/seed/data/teams';
import { planTickets } from '../../../workbench/seed/generate';
import { plannedClaims, stateSteps } from '../../../workbench/seed/ticket-writer';
import type { SeedIds } from '../../../workbench/seed/reference';

const NOW = new Date('2026-11-22T21:55:00Z');
/** The support group: its direct members, and Marc through the L2 directory group. */
const AGENTS: CastKey[] = [...SUPPORT_MEMBERS, 'marc'];

/** Site ids as the seed would get them (any distinct numbers do). */
function fakeIds(): SeedIds {
  const number = <K extends string>(keys: K[], from: number): Record<K, number> => {
    const out = {} as Record<K, number>;
    keys.forEach((k, i) => { out[k] = from + i; });
    return out;
  };
  const articles: SeedIds['articles'] = {};
  ARTICLES.forEach((a, i) => { articles[a.key] = { fr: 500 + 2 * i, en: 501 + 2 * i }; });
  return {
    people: number(Object.keys(CAST) as CastKey[], 10), teams: number(TEAMS.map(t => t.key) as TeamKey[], 100),
    categories: number(CATEGORIES.map(c => c.key), 200), locations: number(LOCATIONS.map(l => l.key), 300), articles
  };
}

/** The desk's moves (lifecycle in src/domain/tickets/lifecycle.ts): take in charge, reply, ask, answer, resolve, close. */
const MOVES: Record<TicketStatus, TicketStatus[]> = {
  new: ['taken_in_charge'],
  taken_in_charge: ['in_progress', 'awaiting_user', 'resolved', 'no_follow_up'],
  in_progress: ['awaiting_user', 'resolved', 'no_follow_up'],
  awaiting_user: ['in_progress', 'resolved', 'no_follow_up'],
  resolved: ['closed', 'in_progress'],
  closed: [],
  no_follow_up: []
};

/** The reminder a step records (its informed log's last change, made at the step's time), if it is one. */
function reminderOf(s: { at: Date; payload: { HCInformed?: string | null } }): { at: string; to: { role: string }[] } | undefined {
  if (!s.payload.HCInformed) return undefined;
  const all = JSON.parse(s.payload.HCInformed) as { at: string; event: string; to: { role: string }[] }[];
  const last = all[all.length - 1];
  return last.event === 'awaitingUserReminder' && Math.floor(Date.parse(last.at) / 1000) === Math.floor(s.at.getTime() / 1000) ? last : undefined;
}

describe('the seeded tickets\' history', () => {
  const plans = planTickets(NOW, 300);
  const ids = fakeIds();
  const refs: Record<string, number> = {};
  plans.forEach((p, i) => { refs[p.ref] = 1000 + i; });
  const opened = (ref: string): Date => plans.filter(p => p.ref === ref)[0].createdAt;

  it('writes each state\'s versions in order, each with the next change number and its public message or none, ending in the planned status', () => {
    for (const p of plans) {
      const steps = stateSteps(p, ids, refs, opened);
      let status: TicketStatus = 'new';
      let last = p.createdAt.getTime();
      let sequence = 0;
      steps.forEach(s => {
        // A reminder is no change: its version keeps the change number and the desk's last message (the question).
        const reminder = !!reminderOf(s);
        if (!reminder) sequence++;
        expect(s.payload.HCSequence).toBe(sequence);
        if (reminder) expect(s.payload).not.toHaveProperty('HCPublicMessage');
        else expect(s.payload).toHaveProperty('HCPublicMessage');
        expect(s.at.getTime()).toBeGreaterThanOrEqual(last);
        last = s.at.getTime();
        if (s.payload.HCStatus && s.payload.HCStatus !== status) {
          expect(MOVES[status]).toContain(s.payload.HCStatus);
          status = s.payload.HCStatus;
        }
      });
      expect(status).toBe(p.status);
      expect(last).toBeLessThanOrEqual(p.lastActivityAt.getTime());
      // Only agents write a state: the interlocutor (or the first-line agent who received a new ticket).
      steps.forEach(s => expect(AGENTS).toContain(s.who));
    }
  });

  it('sets the desk\'s columns at the step that changes them: first response, problem, team after an escalation, resolution, rating', () => {
    for (const p of plans) {
      const steps = stateSteps(p, ids, refs, opened);
      const valueOf = (key: 'HCFirstResponseAt' | 'HCProblemId' | 'HCTeamId' | 'HCResolvedAt' | 'HCSatisfaction' | 'HCAssignedToId'): unknown =>
        steps.reduce((v: unknown, s) => (key in s.payload ? s.payload[key] : v), undefined);
      expect(!!valueOf('HCFirstResponseAt')).toBe(!!p.firstResponseAt);
      if (p.assignee) expect(valueOf('HCAssignedToId')).toBe(ids.people[p.assignee]);
      if (p.problemRef) expect(valueOf('HCProblemId')).toBe(refs[p.problemRef]);
      expect(valueOf('HCResolvedAt') !== undefined).toBe(!!p.resolvedAt);
      expect(valueOf('HCSatisfaction')).toBe(p.satisfaction);
      const team = valueOf('HCTeamId');
      if (team !== undefined) expect(team).toBe(ids.teams[p.team]);
      // Who was informed grows with the steps and keeps the filing first.
      const informed = steps.filter(s => s.payload.HCInformed).map(s => JSON.parse(s.payload.HCInformed as string) as { event: string }[]);
      informed.forEach((log, i) => {
        expect(log[0].event).toBe('file');
        if (i) expect(log.length).toBeGreaterThan(informed[i - 1].length);
      });
    }
    const exam = plans.filter(p => p.ref === 'exam-outage')[0];
    const escalation = stateSteps(exam, ids, refs, opened).filter(s => s.payload.HCLevel)[0];
    expect(escalation.payload).toMatchObject({ HCLevel: 'L3', HCTeamId: ids.teams.experts });
    expect(escalation.at).toEqual(exam.escalatedAt);
  });

  it('makes the desk\'s question the message of the version that awaits the requester, and her answer an answer claim before it resumes', () => {
    const asked = plans.filter(p => p.comments.length && p.askedAt && p.answeredAt);
    expect(asked.length).toBeGreaterThan(0);
    for (const p of asked) {
      const steps = stateSteps(p, ids, refs, opened);
      const awaiting = steps.filter(s => s.payload.HCStatus === 'awaiting_user')[0];
      expect(awaiting.payload.HCPublicMessage).toBe(p.comments[0].text);
      const claims = plannedClaims(p);
      const answer = claims.filter(c => c.action === 'answer')[0];
      expect(answer.message).toBe(p.comments[1].text);
      const resumed = steps.filter(s => s.at.getTime() === answer.at.getTime() && s.payload.HCStatus === 'in_progress');
      expect(resumed).toHaveLength(1);
    }
  });

  it('reminds a requester who does not answer as the desk would: once, after the demo\'s delay, before her answer or the closing', () => {
    expect(plans.filter(p => p.remindedAt).length).toBeGreaterThan(0);
    for (const p of plans.filter(p => p.askedAt)) {
      const steps = stateSteps(p, ids, refs, opened);
      const reminders = steps.filter(s => reminderOf(s));
      const askedAt = p.askedAt as Date;
      const calendar = TEAMS.filter(t => t.key === category(p.category).team)[0].calendar;
      const dueAt = endOfNthBusinessDayAfter(calendar, askedAt, DEMO_DELAYS.awaitingUserReminderDays);
      const until = Math.min(...[p.answeredAt, p.status === 'no_follow_up' ? p.closedAt : undefined, NOW].filter(Boolean).map(d => (d as Date).getTime()));
      // Due before she answered (or the request closed, or now): one reminder, to her alone; otherwise none.
      expect(reminders.length).toBe(dueAt.getTime() < until ? 1 : 0);
      reminders.forEach(r => {
        expect(r.at.getTime()).toBe(dueAt.getTime());
        expect(reminderOf(r)!.to.map(t => t.role)).toEqual([p.filer !== p.requester ? 'beneficiary' : 'requester']);
      });
      // So the desk's first housekeeping on the demo sends no reminder the demo's history does not already hold.
      if (p.status === 'awaiting_user') {
        const ticket = { id: 1, status: 'awaiting_user', statusHistory: [{ status: 'awaiting_user', at: askedAt }], createdAt: p.createdAt, sequence: 1,
          requester: { id: 1, email: CAST[p.requester] }, watchers: [] } as unknown as Ticket;
        const lifecycle = { reopenClosedWithinDays: 7, autoCloseResolvedAfterDays: DEMO_DELAYS.resolvedToClosedDays,
          awaitingUserMaxBusinessDays: DEMO_DELAYS.awaitingUserToNoFollowUpDays, awaitingUserReminderBusinessDays: DEMO_DELAYS.awaitingUserReminderDays };
        expect(remindersDue([ticket], NOW, lifecycle, () => calendar, () => ({ lastReminderAt: reminders.length ? reminders[0].at : undefined }))).toEqual([]);
      }
    }
  });

  it('keeps every public message once: the agents\' in the state\'s versions, the requesters\' in claims', () => {
    for (const p of plans) {
      const desk = stateSteps(p, ids, refs, opened).map(s => s.payload.HCPublicMessage).filter(Boolean);
      const theirs = plannedClaims(p).filter(c => c.action !== 'rate').map(c => c.message);
      expect(desk).toEqual(p.comments.filter(c => c.author !== p.requester).map(c => c.text));
      expect(theirs).toEqual(p.comments.filter(c => c.author === p.requester).map(c => c.text));
    }
    const jean = plans.filter(p => p.ref === 'wifi-jean')[0];
    expect(plannedClaims(jean)).toEqual([expect.objectContaining({ action: 'comment', message: expect.stringMatching(/partage de connexion/) })]);
  });

  it('rates through one claim per rated ticket, between its resolution and its closure', () => {
    const rated = plans.filter(p => p.satisfaction !== undefined);
    expect(rated.length).toBeGreaterThan(10);
    for (const p of rated) {
      const rate = plannedClaims(p).filter(c => c.action === 'rate');
      expect(rate).toHaveLength(1);
      expect(rate[0]).toMatchObject({ rating: p.satisfaction, message: p.satisfactionComment, key: 'seed-rate' });
      expect(rate[0].at.getTime()).toBeGreaterThanOrEqual((p.resolvedAt as Date).getTime());
      expect(rate[0].at.getTime()).toBeLessThanOrEqual((p.closedAt as Date).getTime());
    }
    expect(plans.filter(p => p.satisfaction === undefined).every(p => plannedClaims(p).every(c => c.action !== 'rate'))).toBe(true);
  });
});
