/**
 * The values of one recipient's mail, built from the domain's event and ticket: pure, so the template test calls
 * the very code the notifier runs. Values are text or `{ fr, en }` pairs (the outbox keeps the recipient's
 * language, see mailValues): the row stores text only, which the browser and the server-side flow render alike.
 */
import type { DomainEvent } from '../../../domain/tickets/actions';
import { FieldValue, fieldsFor, FieldAudience, TICKET_FIELDS } from '../../../domain/tickets/fields';
import type { LifecycleSettings, PersonRef, Ticket } from '../../../domain/tickets/model';
import { businessDuration, calendarDays, DurationParts, formatDuration } from '../../../domain/time/durations';
import { hasBidiControls, isolateForPlainText } from '../../../domain/text/normalize';
import { MAIL_STATUS_LABELS, MAIL_THIRD_PARTY_STATUS_LABELS } from './words/labels';
import { MAIL_CODE_LABELS, MAIL_CODE_SECTION, MAIL_DECISIONS, MAIL_DURATION_WORDS, MAIL_FIELD_LABELS, MAIL_PLACE, MailText } from './words/fieldLabels';
import { FIELD_SLOTS, MailRole } from './frame';
import { mailHoursText } from './hoursText';
import type { BusinessHoursCalendar } from '../../../domain/sla/calendar';
import { categoryTargetHours, type CategorySla } from '../../../domain/sla/categoryTargets';

/** Names of the reference items a ticket points to (HelpTeams, HelpCategories, HelpLocations), read once per change. */
export interface ReferenceNames {
  teams: { [id: number]: MailText };
  /** A category's names and its SLA (the first answer's delay a confirmation states is its priority's). */
  categories: { [id: number]: MailText & CategorySla };
  places: { [id: number]: { name: string; building?: string } };
}

/** What the builder needs besides the event: who reads, the link they get, names and the lifecycle's delays. */
export interface MailValuesInput {
  event: DomainEvent;
  /** The ticket after the change. */
  ticket: Ticket;
  role: MailRole;
  /** The page this reader may open (see pageLinks). */
  link: string;
  names: ReferenceNames;
  lifecycle: LifecycleSettings;
  /** Minutes of the team's ordinary business day (a first-answer target of 16 h is "2 jours ouvrés" in 8-hour days). */
  businessDayMinutes?: number;
  /** Time zone dates are written in (the team's calendar). */
  timeZone?: string;
  /** The team's business hours: the requester's confirmation says them, and what changes next. */
  calendar?: BusinessHoursCalendar;
}

/** The value pairs a mail is built from: text, or text in both languages. */
export type MailValueMap = { [name: string]: string | MailText };

/** Which fields of the catalogue each reader may see. */
const AUDIENCE: { [R in MailRole]: FieldAudience } = {
  requester: 'requester', watcher: 'watcher', approver: 'watcher', assignee: 'desk', teamQueue: 'desk', escalatedTo: 'desk'
};

/** Events the housekeeping causes: no person acted, and their reason is a code, not words. */
const AUTOMATIC_EVENTS = ['closedAutomatically', 'closedNoFollowUpAutomatically', 'awaitingUserReminder'];

const SYSTEM_NAME: MailText = { fr: 'Le centre d\'aide', en: 'The help center' };

function personName(p: PersonRef | undefined): string | undefined {
  return p ? p.displayName || p.email || undefined : undefined;
}

function both(f: (language: 'fr' | 'en') => string): MailText {
  return { fr: f('fr'), en: f('en') };
}

/** A duration as people say it, in both languages ("15 min", "2 h", "3 jours ouvrés"). */
export function durationText(d: DurationParts): MailText {
  return both(l => formatDuration(d, MAIL_DURATION_WORDS[l], l));
}

function dateText(at: Date, timeZone: string): MailText {
  const format = (locale: string): string => {
    try {
      return at.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    } catch {
      return at.toISOString().slice(0, 10);
    }
  };
  return { fr: format('fr-FR'), en: format('en-GB') };
}

/** A catalogue value as mail text in both languages. */
function fieldText(key: keyof typeof MAIL_FIELD_LABELS, value: FieldValue, input: MailValuesInput): MailText | string {
  const names = input.names;
  switch (value.kind) {
    case 'text': return value.text;
    case 'code': {
      const section = MAIL_CODE_SECTION[key];
      const label = section ? MAIL_CODE_LABELS[section][value.code] : undefined;
      return label || value.code;
    }
    case 'person': return personName(value.person) || '';
    case 'category': return names.categories[value.id] ? { fr: names.categories[value.id].fr, en: names.categories[value.id].en } : MAIL_PLACE.unknown(value.id);
    case 'team': return names.teams[value.id] || MAIL_PLACE.unknown(value.id);
    case 'place': {
      const p = names.places[value.id];
      if (!p) return MAIL_PLACE.unknown(value.id);
      return p.building ? MAIL_PLACE.inBuilding(p.name, p.building) : p.name;
    }
    case 'date': return dateText(value.at, input.timeZone || 'UTC');
    default: return '';
  }
}

/** The numbered field slots (`f1`, `f1Label` …) and `fieldsShown`, for the fields this reader may see. */
function fieldSlots(input: MailValuesInput): MailValueMap {
  const out: MailValueMap = {};
  const shown = fieldsFor(input.ticket, AUDIENCE[input.role]).slice(0, FIELD_SLOTS);
  shown.forEach((f, i) => {
    const text = fieldText(f.key, f.value, input);
    if (typeof text === 'string' ? !text : !text.fr) return;
    out[`f${i + 1}`] = text;
    out[`f${i + 1}Label`] = MAIL_FIELD_LABELS[f.key];
  });
  if (Object.keys(out).length) out.fieldsShown = 'true';
  return out;
}

function teamName(names: ReferenceNames, id: number | string | undefined): MailText | undefined {
  const n = typeof id === 'string' ? Number(id) : id;
  return n ? names.teams[n] || MAIL_PLACE.unknown(n) : undefined;
}

/** Sets only the values that are there: a missing value stays missing, so `{{#x}}` hides its sentence. */
function put(out: MailValueMap, name: string, value: string | number | MailText | undefined): void {
  if (value === undefined || value === '') return;
  out[name] = typeof value === 'number' ? String(value) : value;
}

/**
 * The values of the mail `input.role` gets for `input.event`: the request, who acted, the reader's link and status
 * wording, the event's details (message, reason, decision, teams and level), the delays in words, and the fields
 * the reader may see. `recipientName` is added per recipient by the outbox.
 */
export function buildMailValues(input: MailValuesInput): MailValueMap {
  const { event, ticket: t, role, names, lifecycle } = input;
  const d = event.details || {};
  const automatic = AUTOMATIC_EVENTS.indexOf(event.type) >= 0;
  const out: MailValueMap = {};
  put(out, 'ticketId', t.id);
  // A title written over REST may carry bidi controls: isolated, it cannot reverse the subject's words around it.
  put(out, 'title', hasBidiControls(t.title) ? isolateForPlainText(t.title) : t.title);
  put(out, 'link', input.link);
  put(out, 'status', (role === 'requester' ? MAIL_STATUS_LABELS : MAIL_THIRD_PARTY_STATUS_LABELS)[event.toStatus]);
  const actor = event.actor && event.actor.id ? personName(event.actor) : undefined;
  put(out, 'actorName', actor || SYSTEM_NAME);
  // The name older templates use for whoever acted.
  put(out, 'agentName', actor || SYSTEM_NAME);
  put(out, 'requesterName', personName(t.requester));
  put(out, 'beneficiaryName', personName(t.beneficiary));
  if (t.beneficiary && t.beneficiary.id !== t.requester.id) out.onBehalf = 'true';
  put(out, 'assigneeName', personName(t.assignedTo));
  put(out, 'escalatedToName', personName(t.escalatedTo));
  put(out, 'watcherNames', t.watchers.map(w => personName(w)).filter(n => !!n).join(', '));
  if (t.approval) put(out, 'approverName', personName(t.approval.approver));
  put(out, 'teamName', teamName(names, d.teamId !== undefined ? d.teamId : t.teamId));
  put(out, 'fromTeamName', teamName(names, d.fromTeamId));
  const level = typeof d.level === 'string' ? d.level : t.level;
  put(out, 'levelName', MAIL_CODE_LABELS.supportLevel[level] || level);
  put(out, 'message', typeof d.message === 'string' ? d.message : undefined);
  put(out, 'note', typeof d.body === 'string' ? d.body : undefined);
  if (!automatic) put(out, 'reason', typeof d.reason === 'string' ? d.reason : undefined);
  if (automatic) out.automatic = 'true';
  put(out, 'comment', typeof d.comment === 'string' ? d.comment : undefined);
  put(out, 'rating', d.rating);
  put(out, 'resolution', typeof d.resolution === 'string' ? d.resolution : t.resolution);
  put(out, 'problemId', d.problemId !== undefined ? d.problemId : t.problemId);
  if (d.decision === 'approved' || d.decision === 'refused') {
    put(out, 'decision', MAIL_DECISIONS[d.decision]);
    // The names older templates use.
    put(out, 'decisionFr', MAIL_DECISIONS[d.decision].fr);
    put(out, 'decisionEn', d.decision);
  }
  put(out, 'course', t.course);
  const category = t.categoryId ? names.categories[t.categoryId] : undefined;
  if (category) put(out, 'categoryName', { fr: category.fr, en: category.en });
  const place = t.locationId ? names.places[t.locationId] : undefined;
  if (place) put(out, 'placeName', place.building ? MAIL_PLACE.inBuilding(place.name, place.building) : place.name);
  const firstAnswerHours = categoryTargetHours(category, t.priority).firstResponseHours;
  if (firstAnswerHours) put(out, 'firstAnswerDelay', durationText(businessDuration(firstAnswerHours * 60, input.businessDayMinutes)));
  if (lifecycle.awaitingUserMaxBusinessDays > 0) {
    put(out, 'noFollowUpDelay', durationText({ amount: lifecycle.awaitingUserMaxBusinessDays, unit: 'businessDays' }));
    put(out, 'noFollowUpDays', lifecycle.awaitingUserMaxBusinessDays);
  }
  // The reminder's: the day the request will be closed without follow-up (the team's calendar, its time zone).
  if (typeof d.closesAt === 'string' && !isNaN(Date.parse(d.closesAt))) put(out, 'noFollowUpDate', dateText(new Date(d.closesAt), input.timeZone || 'UTC'));
  if (lifecycle.autoCloseResolvedAfterDays > 0) {
    put(out, 'autoCloseDelay', durationText(calendarDays(lifecycle.autoCloseResolvedAfterDays)));
    put(out, 'autoCloseDays', lifecycle.autoCloseResolvedAfterDays);
  }
  if (lifecycle.reopenClosedWithinDays > 0) put(out, 'reopenDelay', durationText(calendarDays(lifecycle.reopenClosedWithinDays)));
  if (input.calendar) {
    const hours = mailHoursText(input.calendar, event.at);
    put(out, 'hoursText', hours.hours);
    put(out, 'nextHoursText', hours.next);
  }
  const slots = fieldSlots(input);
  Object.keys(slots).forEach(k => { out[k] = slots[k]; });
  return out;
}

/** Every value name the builder can give (the template test checks templates use no other). */
export const MAIL_VALUE_NAMES: readonly string[] = [
  'ticketId', 'title', 'link', 'status', 'actorName', 'agentName', 'requesterName', 'beneficiaryName', 'onBehalf', 'assigneeName',
  'escalatedToName', 'watcherNames', 'approverName', 'teamName', 'fromTeamName', 'levelName', 'message', 'note', 'reason', 'automatic',
  'comment', 'rating', 'resolution', 'problemId', 'decision', 'decisionFr', 'decisionEn', 'course', 'categoryName', 'placeName',
  'firstAnswerDelay', 'hoursText', 'nextHoursText', 'noFollowUpDelay', 'noFollowUpDays', 'noFollowUpDate', 'autoCloseDelay', 'autoCloseDays', 'reopenDelay', 'fieldsShown', 'recipientName'
].concat(TICKET_FIELDS.map((_f, i) => `f${i + 1}`), TICKET_FIELDS.map((_f, i) => `f${i + 1}Label`));
