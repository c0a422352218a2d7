/**
 * The demo tenant's Exchange Online side: shared mailboxes and who holds which mailbox permission on them.
 *
 * Microsoft Learn, "Send Outlook messages from another user" (linked from the user: sendMail page): a user sends
 * as a shared mailbox only with the Send As (or Send on Behalf) permission on it, and sending through the mailbox
 * itself (`POST /users/{mailbox}/sendMail`) needs Full Access in addition; without Send As, `/me/sendMail` with the
 * mailbox as `from` is refused with ErrorSendAsDenied. The workbench models Send As only (Send on Behalf shows the
 * real sender, which the help desk's mails must not), so it refuses whatever Send As alone would not allow.
 */
import { DEMO_DOMAIN, MAIL_FLOW_ACCOUNT } from './directory';

export interface SharedMailbox {
  address: string;
  displayName: string;
  /** Who may open the mailbox (Exchange's Full Access). */
  fullAccess: string[];
  /** Who may send as the mailbox (Exchange's Send As). */
  sendAs: string[];
}

/**
 * The help desk's mailbox (the address `helpdesk.contact` gives in the demo): the L1 agents read it (Full Access,
 * no Send As), the mailer flow's account sends from it.
 */
export const DEMO_SHARED_MAILBOXES: SharedMailbox[] = [
  {
    address: `assistance@${DEMO_DOMAIN}`, displayName: 'Assistance du centre d\'aide',
    fullAccess: [MAIL_FLOW_ACCOUNT, `karim.haddad@${DEMO_DOMAIN}`, `julie.petit@${DEMO_DOMAIN}`],
    sendAs: [MAIL_FLOW_ACCOUNT],
  },
];

/** The shared mailbox at this address (case-insensitive), if there is one. */
export function sharedMailbox(address: string): SharedMailbox | undefined {
  const a = address.trim().toLowerCase();
  return DEMO_SHARED_MAILBOXES.find((m) => m.address.toLowerCase() === a);
}

function holds(list: string[], email: string): boolean {
  const e = email.trim().toLowerCase();
  return list.some((x) => x.toLowerCase() === e);
}

/** May `email` send as the mailbox (the message appears from it, with no trace of who sent it)? */
export function maySendAs(mailbox: SharedMailbox, email: string): boolean {
  return holds(mailbox.sendAs, email);
}

/** May `email` send through the mailbox itself (`/users/{mailbox}/sendMail`): Full Access and Send As. */
export function maySendThrough(mailbox: SharedMailbox, email: string): boolean {
  return holds(mailbox.fullAccess, email) && holds(mailbox.sendAs, email);
}
