/**
 * Builds the demo tickets from the templates: deterministic for a given `now` (seeded PRNG), spread over the
 * last six months with a busier tail, each with a natural timeline (first response in business hours,
 * work, sometimes a question to the requester, resolution, closure) cut at `now`, which decides its status.
 */
import { DEMO_PEOPLE } from '../server/directory';
import { TicketPriority, TicketStatus } from '../../src/domain/vocabulary';
import {
  addBusinessMinutes, addHours, inSpecialPeriod, parisDay, parisTime, SeededRandom
} from './clock';
import { category } from './data/categories';
import { location } from './data/locations';
import { CAST, CastKey, REQUESTERS, RequesterProfile } from './data/people';
import { DEFAULT_CALENDAR, TEAMS, TeamKey, TeamSeed } from './data/teams';
import {
  Bilingual, COURSES, CourseSeed, GENERIC_QUESTIONS, REQUESTER_REPLIES, SATISFACTION_COMMENTS, TICKET_TEMPLATES, TicketTemplate
} from './data/tickets';
import { TicketPlan } from './plan';
import { showcaseTickets } from './showcase';
import { categoryTargets } from '../../src/domain/sla/categoryTargets';
import { endOfNthBusinessDayAfter } from '../../src/domain/sla/calendar';
import { DEMO_DELAYS } from './data/settings';

/** Seed of the PRNG: changing it changes every generated ticket. */
export const SEED = 20261122;
/** How far back tickets go. */
export const WINDOW_DAYS = 182;

const DAY_MS = 24 * 3600 * 1000;
/** Business minutes of ten working days (auto "no follow-up" after an unanswered question). */
const NO_FOLLOW_UP_MINUTES = 10 * 10 * 60;
/**
 * A version's date cannot be set through SharePoint's REST API (the desk's messages are versions of the state), so
 * only tickets active lately get a conversation.
 */
const COMMENT_HORIZON_DAYS = 14;

/** The team record of a key. */
export function team(key: TeamKey): TeamSeed {
  const found = TEAMS.filter(t => t.key === key)[0];
  if (!found) throw new Error(`Unknown demo team ${key}`);
  return found;
}

/** Display name of a cast member, for note texts. */
export function displayName(who: CastKey): string {
  const found = DEMO_PEOPLE.filter(p => p.email === CAST[who])[0];
  return found ? found.displayName : who;
}

/** The agent who answers first for a team. */
export function firstLineAgent(key: TeamKey): CastKey {
  return key === 'elearning' ? 'julie' : key === 'it' ? 'karim' : 'marc';
}

function creationDate(rng: SeededRandom, now: Date): Date {
  for (;;) {
    const daysAgo = rng.chance(0.1) ? rng.next() * 4 : rng.next() * WINDOW_DAYS;
    const { date, weekday } = parisDay(new Date(now.getTime() - daysAgo * DAY_MS));
    const exam = inSpecialPeriod(DEFAULT_CALENDAR, parisTime(date, '12:00'));
    if (weekday === 'sun' && !rng.chance(0.15)) continue;
    if (weekday === 'sat' && !exam && !rng.chance(0.3)) continue;
    // Mostly office hours, some evenings (students write at night).
    const hour = rng.chance(0.88) ? rng.int(8, 17) : rng.int(18, 22);
    const at = parisTime(date, `${hour}:${('0' + rng.int(0, 59)).slice(-2)}`);
    if (at.getTime() < now.getTime() - 10 * 60 * 1000) return at;
  }
}

function fill(text: string, room: string, course: string): string {
  return text.replace(/\{room\}/g, room).replace(/\{course\}/g, course);
}

function roomCode(key: string | undefined): string {
  if (!key) return '';
  const loc = location(key);
  return loc.kind === 'equipment' && loc.room ? loc.room : loc.kind === 'room' ? loc.key : loc.title;
}

function pickCourse(rng: SeededRandom, requester: RequesterProfile): CourseSeed {
  const own = COURSES.filter(c => c.teacher === requester.who);
  return rng.pick(own.length ? own : COURSES);
}

function pickTemplate(rng: SeededRandom, requester: RequesterProfile, exam: boolean): TicketTemplate {
  const candidates = TICKET_TEMPLATES.filter(t => t.audiences.indexOf(requester.audience) >= 0 && (!t.examSession || exam));
  // During exam sessions the exam desk takes most of the load (the seeds' 204 exam requests in two weeks).
  return rng.weighted(candidates, t => t.weight * (exam && (t.category === 'exams' || t.category === 'derogations') ? 5 : 1));
}

function firstResponseMinutes(rng: SeededRandom, t: TicketTemplate, priority: TicketPriority): number {
  if (t.category === 'exams') return rng.int(2, 7);
  if (priority === 'critical') return rng.int(5, 30);
  if (priority === 'high') return rng.int(10, 90);
  return priority === 'normal' ? rng.int(15, 240) : rng.int(30, 480);
}

function workMinutes(rng: SeededRandom, t: TicketTemplate, escalated: boolean): number {
  if (t.kind === 'evolution') return rng.int(3000, 24000);
  if (t.category === 'exams') return rng.int(5, 60);
  return escalated ? rng.int(600, 4000) : rng.int(20, 900);
}

function ratingComment(rng: SeededRandom, rating: number, lang: 'fr' | 'en'): string | undefined {
  const options = SATISFACTION_COMMENTS[rating];
  return options && rng.chance(0.5) ? rng.pick(options)[lang] : undefined;
}

/** One generated ticket. */
function planOne(rng: SeededRandom, now: Date, createdAt: Date, index: number): TicketPlan {
  const exam = inSpecialPeriod(DEFAULT_CALENDAR, createdAt);
  const requester = rng.weighted(REQUESTERS, r => r.weight);
  const lang = requester.language;
  const t = pickTemplate(rng, requester, exam);
  const text = t[lang];
  const loc = t.locations ? rng.pick(t.locations) : undefined;
  const course = t.course ? pickCourse(rng, requester) : undefined;
  const cat = category(t.category);
  const priority = rng.pick(t.priorities);
  const channel = rng.pick(t.channels);
  const homeTeam = team(cat.team);
  const agent = firstLineAgent(cat.team);
  const onBehalf = channel === 'phone' && requester.audience === 'student' && rng.chance(0.25);
  const cal = homeTeam.calendar;

  const t1 = addBusinessMinutes(cal, createdAt, firstResponseMinutes(rng, t, priority));
  const t2 = addBusinessMinutes(cal, t1, rng.int(0, 60));
  const asks = rng.chance(t.question ? 0.5 : 0.25);
  const ta = asks ? addBusinessMinutes(cal, t2, rng.int(10, 120)) : undefined;
  const noFollowUp = asks && rng.chance(0.2);
  const tClose = ta && noFollowUp ? addBusinessMinutes(cal, ta, NO_FOLLOW_UP_MINUTES) : undefined;
  const tb = ta && !noFollowUp ? addBusinessMinutes(cal, ta, rng.int(30, 1500)) : undefined;
  // The desk's reminder (the demo's delay, counted as the desk counts it), when it came before her answer or the closing.
  const tr = ta ? endOfNthBusinessDayAfter(cal, ta, DEMO_DELAYS.awaitingUserReminderDays) : undefined;
  const reminded = tr && (!tb || tr < tb) && (!tClose || tr < tClose) ? tr : undefined;
  const escalates = !!t.escalation && rng.chance(t.escalation.chance);
  const work = workMinutes(rng, t, escalates);
  const te = escalates ? addBusinessMinutes(cal, t2, Math.round(work * 0.2)) : undefined;
  const t3 = noFollowUp ? undefined : addBusinessMinutes(cal, tb || t2, work);
  const t4 = t3 ? addHours(t3, rng.chance(0.4) ? rng.int(1, 72) : 7 * 24) : undefined;
  // The category's resolution target for the ticket's priority, as the desk's intake counts it.
  const due = addBusinessMinutes(cal, createdAt, categoryTargets(cat, priority).resolutionMinutes!);

  const reached = (d: Date | undefined): boolean => !!d && d.getTime() <= now.getTime();
  let status: TicketStatus;
  if (!reached(t1)) status = 'new';
  else if (!reached(t2)) status = 'taken_in_charge';
  else if (noFollowUp) status = reached(tClose) ? 'no_follow_up' : reached(ta) ? 'awaiting_user' : 'in_progress';
  else if (reached(ta) && !reached(tb)) status = 'awaiting_user';
  else if (!reached(t3)) status = 'in_progress';
  else status = reached(t4) ? 'closed' : 'resolved';

  const escalated = escalates && reached(te) && t.escalation;
  const levelTeam: TeamKey = escalated ? (escalated.level === 'L3' ? 'experts' : 'technical') : cat.team;
  const watchers: CastKey[] = [];
  if (course && course.teacher !== requester.who) watchers.push(course.teacher);
  if (t.category === 'derogations') watchers.push('philippe');

  const events = [createdAt, t1, t2, ta, reminded, tb, te, t3, t4, tClose].filter(d => reached(d)) as Date[];
  const lastActivityAt = new Date(Math.max(...events.map(d => d.getTime())));
  const done = status === 'resolved' || status === 'closed';
  const rating = status === 'closed' && rng.chance(0.65) ? rng.weighted([5, 4, 3, 2, 1], r => [45, 30, 13, 7, 5][5 - r]) : undefined;

  const plan: TicketPlan = {
    ref: `gen-${('000' + index).slice(-4)}`, filer: onBehalf ? agent : requester.who, requester: requester.who, language: lang,
    title: fill(text.subject, roomCode(loc), course ? course.title : ''),
    description: fill(text.description, roomCode(loc), course ? course.title : ''),
    kind: t.kind, category: t.category, priority, channel, location: loc, incidentType: t.incidentType, severity: t.severity,
    course: course ? course.title : undefined, status, level: team(levelTeam).level, team: levelTeam,
    assignee: status === 'new' ? undefined : agent, watchers, createdAt, dueAt: due,
    firstResponseAt: status === 'new' ? undefined : t1,
    startedAt: status === 'new' || status === 'taken_in_charge' ? undefined : t2,
    escalatedAt: escalated ? te : undefined,
    askedAt: reached(ta) ? ta : undefined,
    answeredAt: reached(tb) ? tb : undefined,
    remindedAt: reached(reminded) ? reminded : undefined,
    resolvedAt: done ? t3 : undefined,
    closedAt: status === 'closed' ? t4 : status === 'no_follow_up' ? tClose : undefined,
    resolution: done ? text.resolution : status === 'no_follow_up' ? NO_FOLLOW_UP_TEXT[lang] : undefined,
    article: done && t.article && rng.chance(0.6) ? t.article : undefined,
    satisfaction: rating, satisfactionComment: rating ? ratingComment(rng, rating, lang) : undefined,
    lastActivityAt, comments: [], notes: []
  };
  addConversation(rng, plan, t, now, reached(tb));
  addNotes(plan, t, agent, te && reached(te) ? te : undefined, t3 && reached(t3) ? t3 : undefined);
  return plan;
}

const NO_FOLLOW_UP_TEXT: Bilingual = {
  fr: 'Sans réponse de votre part depuis dix jours ouvrés, la demande est close sans suite. N\'hésitez pas à en déposer une nouvelle si le problème revient.',
  en: 'With no answer from you for ten working days, the request is closed with no follow-up. Feel free to file a new one if the problem comes back.'
};

function addConversation(rng: SeededRandom, plan: TicketPlan, t: TicketTemplate, now: Date, answered: boolean): void {
  const recent = now.getTime() - plan.lastActivityAt.getTime() < COMMENT_HORIZON_DAYS * DAY_MS;
  if (!recent || !plan.assignee || plan.status === 'closed' || plan.status === 'no_follow_up') return;
  const asked = plan.status === 'awaiting_user' || answered;
  if (!asked) return;
  const question = t.question || rng.pick(GENERIC_QUESTIONS);
  // The question is what the desk asked when it set the ticket awaiting the user; the reply is the requester's answer.
  plan.comments.push({ author: plan.assignee, text: question[plan.language], at: plan.askedAt });
  if (answered) plan.comments.push({ author: plan.requester, text: rng.pick(REQUESTER_REPLIES)[plan.language], at: plan.answeredAt });
}

function addNotes(plan: TicketPlan, t: TicketTemplate, agent: CastKey, escalatedAt: Date | undefined, resolvedAt: Date | undefined): void {
  if (plan.firstResponseAt && plan.category === 'exams' && plan.watchers.length) {
    plan.notes.push({
      author: agent, at: addHours(plan.firstResponseAt, 0.05),
      text: `Enseignant (${displayName(plan.watchers[0])}) prévenu par Teams ; il reste joignable pendant toute l'épreuve. Capture d'écran reçue.`
    });
  }
  if (escalatedAt && t.escalation) {
    plan.notes.push({ author: agent, at: escalatedAt, text: `Transmis au niveau ${t.escalation.level}. ${t.escalation.note}` });
    if (resolvedAt) {
      plan.notes.push({ author: 'marc', at: addHours(resolvedAt, -0.1), text: `Intervention terminée, demande rendue à ${displayName(agent)} pour la réponse au demandeur.` });
    }
  }
}

/**
 * Every demo ticket for a seed date: the hand-written showcase stories (every status, the Wi-Fi problem and
 * its incidents, an exam escalated to the vendor) plus `count` minus those, generated; oldest first.
 */
export function planTickets(now: Date, count: number): TicketPlan[] {
  const rng = new SeededRandom(SEED);
  const showcase = showcaseTickets(now);
  const dates: Date[] = [];
  for (let i = 0; i < Math.max(0, count - showcase.length); i++) dates.push(creationDate(rng, now));
  dates.sort((a, b) => a.getTime() - b.getTime());
  const generated = dates.map((d, i) => planOne(rng, now, d, i + 1));
  return [...showcase, ...generated].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
