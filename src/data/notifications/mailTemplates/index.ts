/**
 * The help center's built-in mails: one template per event template and recipient role, in French and English.
 * Keys: `<template>` (its base text, usually the requester's) and `<template>.<role>`. An owner overrides any of
 * them with HelpSettings `notifications.template.<key>`; a role without a text of its own reads the base one.
 */
import type { DomainEventType, Recipient } from '../../../domain/tickets/actions';
import type { MailTemplate } from '../templates';
import type { MailRole } from './frame';
import type { TemplateFamily } from './types';
import { CREATED_TEMPLATES } from './created';
import { CONVERSATION_TEMPLATES } from './conversation';
import { ROUTING_TEMPLATES } from './routing';
import { CLOSING_TEMPLATES } from './closing';
import { APPROVAL_TEMPLATES } from './approval';
import { ARTICLE_TEMPLATES } from './article';
import { IDEA_TEMPLATES } from './idea';
import { REPORT_SUMMARY_TEMPLATES } from './reportSummary';

export type { MailRole } from './frame';
export type { TemplateFamily } from './types';
export { FIELD_SLOTS } from './frame';
export { ARTICLE_MAIL, ARTICLE_TEMPLATES } from './article';
export { IDEA_MAIL, IDEA_TEMPLATES } from './idea';
export { REPORT_SUMMARY_MAIL, REPORT_SUMMARY_TEMPLATES } from './reportSummary';

/** Every event template, by key. */
export const TEMPLATE_FAMILIES: { readonly [template: string]: TemplateFamily } = {
  ...CREATED_TEMPLATES, ...CONVERSATION_TEMPLATES, ...ROUTING_TEMPLATES, ...CLOSING_TEMPLATES, ...APPROVAL_TEMPLATES
};

/** The template each domain event is told with (the type makes a new event fail to compile until it has one). */
export const EVENT_TEMPLATES: { readonly [E in DomainEventType]: string } = {
  file: 'ticket_created',
  // People the desk now keeps informed learn of the request as it was filed.
  confirmWatchers: 'ticket_created',
  takeInCharge: 'taken_in_charge',
  replyPublic: 'public_reply',
  addInternalNote: 'internal_note',
  askForInformation: 'awaiting_user',
  awaitingUserReminder: 'awaiting_reminder',
  requesterAnswered: 'requester_answered',
  escalate: 'escalated',
  transfer: 'transferred',
  requestApproval: 'approval_requested',
  decideApproval: 'approval_decided',
  resolve: 'ticket_resolved',
  problemResolved: 'ticket_resolved',
  resolvedByProblem: 'problem_resolved',
  acceptResolution: 'ticket_closed',
  close: 'ticket_closed',
  closedAutomatically: 'ticket_closed',
  closeNoFollowUp: 'no_follow_up',
  closedNoFollowUpAutomatically: 'no_follow_up',
  reopen: 'reopened',
  rate: 'ticket_rated',
  linkToProblem: 'problem_linked'
};

/** The mail role of a recipient: the beneficiary (the person the request is for) reads the requester's mail. */
export function mailRoleOf(role: Recipient['role']): MailRole {
  return role === 'beneficiary' ? 'requester' : role;
}

/** Every built-in template by key (`<template>`, `<template>.<role>`). */
export const BUILT_IN_TEMPLATES: { readonly [key: string]: MailTemplate } = (() => {
  const out: { [key: string]: MailTemplate } = {};
  Object.keys(TEMPLATE_FAMILIES).forEach(t => {
    const family = TEMPLATE_FAMILIES[t];
    out[t] = family.base;
    (Object.keys(family.roles) as MailRole[]).forEach(r => { out[`${t}.${r}`] = family.roles[r] as MailTemplate; });
  });
  // The knowledge workflow's mails: one text per key (each is written for one kind of recipient).
  Object.keys(ARTICLE_TEMPLATES).forEach(k => { out[k] = ARTICLE_TEMPLATES[k]; });
  // The idea box's mail (one text: its recipients are the author and the voters alike).
  Object.keys(IDEA_TEMPLATES).forEach(k => { out[k] = IDEA_TEMPLATES[k]; });
  // The reports' monthly summary (issue 17): one text, for the subscribers.
  Object.keys(REPORT_SUMMARY_TEMPLATES).forEach(k => { out[k] = REPORT_SUMMARY_TEMPLATES[k]; });
  return out;
})();

/** The keys a role's mail of a template is looked up under, most specific first: `<template>.<role>`, `<template>`. */
export function templateKeys(template: string, role: MailRole): string[] {
  const family = TEMPLATE_FAMILIES[template];
  // The base text is the role's own when the family is written for it: one key, so an owner overrides it once.
  return family && family.baseRole === role ? [template] : [`${template}.${role}`, template];
}

/** Whether a role has a text of its own in a template (its own key, or the base written for it). */
export function hasOwnText(template: string, role: MailRole): boolean {
  const family = TEMPLATE_FAMILIES[template];
  return !!family && (family.baseRole === role || !!family.roles[role]);
}
