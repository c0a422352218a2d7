import type { RawHelpLocationsItem, RawHelpTicketsItem } from '../schema/items.generated';
import type { FieldAudience, ShownField } from '../../domain/tickets/fields';
import { fieldsFor } from '../../domain/tickets/fields';
import { inStatusGroup } from '../../domain/tickets/statusGroups';
import type { StatusChange, Ticket } from '../../domain/tickets/model';
import type { LocationKind, TicketStatus } from '../../domain/vocabulary';
import type { StateRow, TicketRow } from './ticketRow';
import type { ExpandedUser } from './ticketMapper';
import { toTicket } from './ticketMapper';

/*
 * The ticket as pages read it, mapped once here from what the repository read: the domain Ticket, its status flags
 * from the status groups, the catalogue's fields for the reader's audience, and the names those fields refer to.
 * Pages never read the list's HC* columns.
 */

/** A name in both languages (HelpCategories, HelpTeams: Title is French, HCTitleEn English). */
export interface LocalName { fr: string; en: string }

/** A HelpLocations item as pages name it: a room or service in its building, an equipment in its room. */
export interface PlaceName {
  name: string;
  kind?: LocationKind;
  building?: string;
  /** The room an equipment is in. */
  room?: { name: string; building?: string };
}

/** The names of the lookups the fields refer to, by item id (a field's value carries only the id). */
export interface FieldNames {
  categories: { [id: number]: LocalName };
  teams: { [id: number]: LocalName };
  places: { [id: number]: PlaceName };
}

/** One request as its pages show it. */
export interface TicketView {
  id: number;
  /** The requester's words: shown through <UserText>. */
  title: string;
  description: string;
  status: TicketStatus;
  /** The desk has received it (before that, the status is the requester's own item's "new"). */
  received: boolean;
  /** Status groups (src/domain/tickets/statusGroups.ts). */
  open: boolean;
  waiting: boolean;
  finished: boolean;
  createdAt: Date;
  modifiedAt?: Date;
  /** The desk's resolution, once resolved. */
  resolution?: string;
  /** The desk's last public message. */
  publicMessage?: string;
  /** Required fields the ticket arrived without (form field keys). */
  incompleteFields: string[];
  /** Its Created By could not be trusted at intake. */
  unverified: boolean;
  /** The catalogue's fields for the reader's audience, in catalogue order, empty ones left out. */
  fields: ShownField[];
  names: FieldNames;
  /** The domain ticket, for the rules (availableActions, SLA). */
  ticket: Ticket;
}

/** A request in a list of requests (MyTickets). */
export interface TicketSummary {
  id: number;
  title: string;
  status: TicketStatus;
  received: boolean;
  open: boolean;
  finished: boolean;
  modifiedAt: Date;
}

/* eslint-disable @rushstack/no-new-null */
/** An expanded lookup to HelpCategories or HelpTeams. */
export interface ExpandedNamed { Id?: number; Title?: string | null; HCTitleEn?: string | null }

/** The HelpLocations columns that name a place, its room through the HCParentLocation lookup. */
export const PLACE_SELECT = ['Id', 'Title', 'HCLocationKind', 'HCBuilding', 'HCParentLocationId', 'HCParentLocation/Title', 'HCParentLocation/HCBuilding'];
export const PLACE_EXPAND = ['HCParentLocation'];

/** A HelpLocations item as PLACE_SELECT reads it. */
export type PlaceRow = Pick<RawHelpLocationsItem, 'Id' | 'Title' | 'HCLocationKind' | 'HCBuilding' | 'HCParentLocationId'> & {
  HCParentLocation?: { Title?: string | null; HCBuilding?: string | null } | null;
};
/* eslint-enable @rushstack/no-new-null */

/** A place's name from its HelpLocations item. */
export function toPlaceName(r: PlaceRow): PlaceName {
  const parent = r.HCParentLocationId && r.HCParentLocation ? r.HCParentLocation : undefined;
  return {
    name: r.Title || '', kind: r.HCLocationKind || undefined, building: r.HCBuilding || undefined,
    room: parent && parent.Title ? { name: parent.Title, building: parent.HCBuilding || undefined } : undefined
  };
}

/** The requester's item as the ticket page reads it: its people expanded. */
export type PageTicketItem = RawHelpTicketsItem & { Author?: ExpandedUser; HCBeneficiary?: ExpandedUser; HCFiledBy?: ExpandedUser; HCCategory?: ExpandedNamed; HCWatchers?: ExpandedUser[] };
/** The desk's state as the ticket page reads it: its people and lookups expanded. */
export type PageStateRow = StateRow & {
  HCCategory?: ExpandedNamed; HCTeam?: ExpandedNamed & { HCQueueEmail?: string };
  HCAssignedTo?: ExpandedUser; HCEscalatedTo?: ExpandedUser; HCRequester?: ExpandedUser; HCWatchers?: ExpandedUser[]; Editor?: ExpandedUser;
};

/** The domain ticket of the page's merged row: people from the item that holds them (the requester's item, or the desk's state). */
export function pageTicket(row: TicketRow, item: PageTicketItem | undefined, state: PageStateRow | undefined, history: StatusChange[]): Ticket {
  const from = (state || item || {}) as PageStateRow & PageTicketItem;
  return toTicket({
    ...row, Author: item && item.Author, HCBeneficiary: item && item.HCBeneficiary, HCFiledBy: item && item.HCFiledBy,
    HCRequester: state && state.HCRequester, HCAssignedTo: state && state.HCAssignedTo, HCEscalatedTo: state && state.HCEscalatedTo,
    // The watchers' names come with the ids of the same item (the desk's list once received, the requester's asked one before).
    HCWatchers: from.HCWatchers, Editor: state && state.Editor
  }, history);
}

const named = (n: ExpandedNamed | undefined): LocalName | undefined => (n && n.Title ? { fr: n.Title, en: n.HCTitleEn || n.Title } : undefined);

/** The view of a ticket for a reader: `audience` decides which catalogue fields it carries. */
export function toTicketView(ticket: Ticket, lookups: { category?: ExpandedNamed; team?: ExpandedNamed; place?: PlaceRow; publicMessage?: string; received: boolean },
  audience: FieldAudience): TicketView {
  const names: FieldNames = { categories: {}, teams: {}, places: {} };
  const category = named(lookups.category);
  const team = named(lookups.team);
  if (category && ticket.categoryId) names.categories[ticket.categoryId] = category;
  if (team && ticket.teamId) names.teams[ticket.teamId] = team;
  if (lookups.place && ticket.locationId === lookups.place.Id) names.places[ticket.locationId] = toPlaceName(lookups.place);
  return {
    id: ticket.id, title: ticket.title, description: ticket.description, status: ticket.status, received: lookups.received,
    open: inStatusGroup(ticket.status, 'open'), waiting: inStatusGroup(ticket.status, 'waiting'), finished: inStatusGroup(ticket.status, 'finished'),
    createdAt: ticket.createdAt, modifiedAt: ticket.modifiedAt, resolution: ticket.resolution, publicMessage: lookups.publicMessage || undefined,
    incompleteFields: ticket.incompleteFields || [], unverified: !!ticket.unverified,
    fields: fieldsFor(ticket, audience), names, ticket
  };
}

/** A row of a list of requests. */
export function toTicketSummary(r: TicketRow): TicketSummary {
  const status = r.HCStatus || 'new';
  return {
    id: r.Id, title: r.Title || '', status, received: r.received, open: inStatusGroup(status, 'open'), finished: inStatusGroup(status, 'finished'),
    modifiedAt: new Date(r.Modified)
  };
}
