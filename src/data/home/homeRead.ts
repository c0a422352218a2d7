import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import type { RawAnnouncementsItem, RawHelpCategoriesItem } from '../schema/items.generated';
import { communityOf } from '../../domain/categories/community';
import { helpList } from '../sp/lists';
import { anyOf, odataDate } from '../sp/odata';
import { forEachPage } from '../sp/paging';
import { currentUserMask, maskHas, PermissionKinds, type BasePermissionsMask } from '../sp/permissions';
import { isForReader } from '../../domain/config/announcementAudience';
import { TicketRepository } from '../tickets/TicketRepository';
import type { TicketSummary } from '../tickets/ticketView';
import type { HomeAnnouncement, HomeCategory } from './homeModel';

/** HelpSettings the home reads: the hours that apply (with the exam periods), the desk's contact, its location. */
export const HOME_SETTING_KEYS = ['businessHours.default', 'helpdesk.contact', 'helpdesk.desk'] as const;

/** Categories read in the first request; a bigger tree is read on, page by page (no filter: allowed above the threshold). */
const CATEGORY_PAGE = 2000;
/** Current announcements are few: the first ones ending. */
const ANNOUNCEMENTS_TOP = 20;
/** Her newest requests (one page of the desk's states, indexed on HCRequester). */
const REQUESTS_PAGE = 30;

/** What the home's first render shows, read in one `$batch` (two on a first visit: her site user id first). */
export interface HomeFirstData {
  categories: HomeCategory[];
  announcements: HomeAnnouncement[];
  /** HelpSettings values by key (see HOME_SETTING_KEYS). */
  settings: { [key: string]: string };
  /** Her newest requests, as "My requests" lists them. */
  requests: TicketSummary[];
  userId: number;
}

type CategoryRow = Pick<RawHelpCategoriesItem, 'Id' | 'Title' | 'HCTitleEn' | 'HCParentId' | 'HCSortOrder' | 'HCIcon' | 'HCCommunityUrl' | 'HCCommunityName'>;
type AnnouncementRow = Pick<RawAnnouncementsItem, 'Id' | 'Title' | 'HCBody' | 'HCSeverity' | 'HCLanguage' | 'HCAudience' | 'HCStart' | 'HCEnd'>;
type SettingRow = { HCSettingKey: string | null; HCValue: string | null }; // eslint-disable-line @rushstack/no-new-null

function toCategory(c: CategoryRow): HomeCategory {
  const community = communityOf(c.HCCommunityUrl, c.HCCommunityName);
  // An icon name is the owners' text: only a Fluent-like name (letters and digits) is passed on to the icon font.
  const icon = c.HCIcon && /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(c.HCIcon) ? c.HCIcon : undefined;
  return {
    id: c.Id, titleFr: c.Title || '', titleEn: c.HCTitleEn || c.Title || '', parentId: c.HCParentId || undefined, sortOrder: c.HCSortOrder || 0,
    ...(icon ? { icon } : {}), ...(community ? { community } : {})
  };
}

function toAnnouncement(r: AnnouncementRow): HomeAnnouncement {
  return {
    id: r.Id, title: r.Title || '', body: r.HCBody || undefined,
    severity: r.HCSeverity === 'outage' || r.HCSeverity === 'warning' ? r.HCSeverity : 'info',
    language: r.HCLanguage === 'fr' || r.HCLanguage === 'en' ? r.HCLanguage : undefined,
    start: r.HCStart || undefined, end: r.HCEnd || undefined
  };
}

/** The reads that need no user id, added to a `$batch`. */
function referenceReads(batched: SPFI, now: Date): {
  categories: Promise<CategoryRow[]>; announcements: Promise<AnnouncementRow[]>; settings: Promise<SettingRow[]>; desk: Promise<BasePermissionsMask>; drafts: Promise<BasePermissionsMask>;
} {
  const categories = categoryQuery(batched)<CategoryRow[]>();
  // HCEnd is indexed: the announcements not ended yet (those not started are dropped after the read, they are few).
  const announcements = helpList(batched, 'Announcements').items.select('Id', 'Title', 'HCBody', 'HCSeverity', 'HCLanguage', 'HCAudience', 'HCStart', 'HCEnd')
    .filter(`HCEnd ge ${odataDate(now)}`).orderBy('HCEnd', true).top(ANNOUNCEMENTS_TOP)<AnnouncementRow[]>();
  // HCSettingKey is indexed (unique).
  const settings = helpList(batched, 'HelpSettings').items.select('HCSettingKey', 'HCValue')
    .filter(anyOf('HCSettingKey', HOME_SETTING_KEYS)).top(HOME_SETTING_KEYS.length)<SettingRow[]>();
  // Her rights, as the help bar reads them, for the announcements' audience (support team, contributors).
  const desk = currentUserMask(helpList(batched, 'HelpTickets'));
  const drafts = currentUserMask(helpList(batched, 'KnowledgeDrafts'));
  [categories, announcements, settings, desk, drafts].forEach(p => (p as Promise<unknown>).catch(() => undefined));
  return { categories, announcements, settings, desk, drafts };
}

function categoryQuery(sp: SPFI): ReturnType<ReturnType<typeof helpList>['items']['select']> {
  return helpList(sp, 'HelpCategories').items.select('Id', 'Title', 'HCTitleEn', 'HCParentId', 'HCSortOrder', 'HCIcon', 'HCCommunityUrl', 'HCCommunityName').top(CATEGORY_PAGE);
}

async function finish(sp: SPFI, reads: ReturnType<typeof referenceReads>): Promise<Omit<HomeFirstData, 'requests' | 'userId'>> {
  let rows = await reads.categories;
  if (rows.length >= CATEGORY_PAGE) {
    rows = [];
    await forEachPage<CategoryRow>(categoryQuery(sp), page => { rows.push(...page); });
  }
  const settings: { [key: string]: string } = {};
  (await reads.settings).forEach(r => { if (r.HCSettingKey && r.HCValue) settings[r.HCSettingKey] = r.HCValue; });
  // Unread rights (a refused part): taken for a requester's.
  const has = (mask: Promise<BasePermissionsMask>, kind: number): Promise<boolean> => mask.then(m => maskHas(m, kind), () => false);
  const roles = { agent: await has(reads.desk, PermissionKinds.CancelCheckout), contributor: await has(reads.drafts, PermissionKinds.AddListItems) };
  return {
    categories: rows.map(toCategory).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id),
    announcements: (await reads.announcements).filter(r => isForReader(r.HCAudience, roles)).map(toAnnouncement),
    settings
  };
}

/**
 * The home's first render in one `$batch` when her site user id is known (remembered from her last visit, and checked
 * against the site's answer in the same batch): her requests (the desk's states, indexed on HCRequester, as
 * "My requests" reads them), the categories, the current announcements and the settings. Without it (a first visit,
 * another person): the user and the rest first, then her requests — two requests.
 */
export async function readHomeFirst(sp: SPFI, knownUserId: number | undefined, now: Date = new Date()): Promise<HomeFirstData> {
  const repo = new TicketRepository(sp);
  if (knownUserId) {
    let reads: ReturnType<typeof referenceReads> | undefined;
    let me: Promise<{ Id: number }> | undefined;
    const page = await repo.mine(knownUserId, {
      pageSize: REQUESTS_PAGE,
      alongside: batched => { reads = referenceReads(batched, now); me = batched.web.currentUser.select('Id')<{ Id: number }>(); }
    });
    if (!reads || !me) throw new Error('The home\'s reads were not added to the batch.');
    const userId = (await me).Id;
    const rest = await finish(sp, reads);
    // Another id than remembered (the site's users were rebuilt): her requests are read again with the right one.
    const requests = userId === knownUserId ? page.summaries : (await repo.mine(userId, { pageSize: REQUESTS_PAGE })).summaries;
    return { ...rest, requests, userId };
  }
  const [batched, execute] = sp.batched();
  const reads = referenceReads(batched, now);
  const me = batched.web.currentUser.select('Id')<{ Id: number }>();
  await execute();
  const userId = (await me).Id;
  const [rest, page] = await Promise.all([finish(sp, reads), repo.mine(userId, { pageSize: REQUESTS_PAGE })]);
  return { ...rest, requests: page.summaries, userId };
}
