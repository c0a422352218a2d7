import type { TicketStatus } from '../../domain/vocabulary';
import type { StatusChange } from '../../domain/tickets/model';
import type { ClaimView, StatusStep, TicketComment } from './ticketTypes';

/* The ticket page's history, read from the desk's state's versions: its status steps and the public conversation. */

/** The columns of the state's versions the page reads. */
export const VERSION_SELECT = ['HCStatus', 'HCPublicMessage', 'HCSequence', 'Modified', 'Editor', 'VersionId'];

/* eslint-disable @rushstack/no-new-null */
/** A version of the desk's state as VERSION_SELECT reads it. */
export interface VersionRow { HCStatus: TicketStatus; HCPublicMessage?: string | null; HCSequence?: number | null; Modified: string; VersionId?: number; Editor: { LookupId: number; LookupValue: string; Email?: string } }
/* eslint-enable @rushstack/no-new-null */
/** A native item comment (from before the conversation moved to the state and the claims). */
export interface CommentRow { id: string; text: string; createdDate: string; author: { name: string; email: string } }

/**
 * The status steps, oldest first (a version that kept the status is no step). The first version is the desk's
 * intake writing the state of what the requester filed: when `filedBy` is known, that step is hers, not the
 * receiving agent's.
 */
export function statusSteps(versions: VersionRow[], filedBy?: { id: number; name: string }): StatusStep[] {
  const steps: StatusStep[] = [];
  versions.slice().reverse().forEach((v, i) => {
    if (!steps.length || steps[steps.length - 1].status !== v.HCStatus) {
      const by = i === 0 && v.HCStatus === 'new' && filedBy && filedBy.id ? filedBy : { id: v.Editor.LookupId, name: v.Editor.LookupValue };
      steps.push({ status: v.HCStatus, at: v.Modified, byId: by.id, byName: by.name });
    }
  });
  return steps;
}

/**
 * The public conversation, oldest first: the desk's messages from the state's versions (each action writes its
 * message, or nothing, with a new sequence), the requester's from their claims, and native comments left from
 * before (which the requester could delete: nothing the desk says lives there any more).
 */
export function conversation(versions: VersionRow[], claims: ClaimView[], comments: CommentRow[], requester: { Title?: string; EMail?: string } | undefined): TicketComment[] {
  const out: TicketComment[] = [];
  versions.slice().reverse().forEach((v, i, all) => {
    const before = i > 0 ? all[i - 1] : undefined;
    if (v.HCPublicMessage && (!before || before.HCSequence !== v.HCSequence)) {
      out.push({ id: `desk-${v.VersionId || i}`, from: 'desk', text: v.HCPublicMessage, createdDate: v.Modified, authorName: v.Editor.LookupValue, authorEmail: v.Editor.Email || '' });
    }
  });
  claims.filter(c => !!c.message).forEach(c => out.push({ id: `claim-${c.id}`, from: 'requester', text: c.message || '', createdDate: c.at,
    authorName: (requester && requester.Title) || '', authorEmail: (requester && requester.EMail) || '' }));
  comments.forEach(c => out.push({ id: c.id, text: c.text, createdDate: c.createdDate, authorName: c.author.name, authorEmail: c.author.email }));
  return out.sort((a, b) => a.createdDate.localeCompare(b.createdDate));
}


/** The domain's status history from the status steps. */
export function statusHistory(steps: StatusStep[]): StatusChange[] {
  return steps.map(s => ({ status: s.status, at: new Date(s.at) }));
}
