import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItems } from '@pnp/sp/items';
import { checkAnnouncement, checkedAnnouncement, type AnnouncementDraft, type AnnouncementProblem } from '../../domain/config/announcementRules';
import { helpList } from '../sp/lists';
import { odataDate } from '../sp/odata';
import { isNotFound, isPreconditionFailed } from '../sp/errors';
import { currentUserHas, PermissionKinds } from '../sp/permissions';
import {
  ANNOUNCEMENT_ROW_EXPAND, ANNOUNCEMENT_ROW_SELECT, toAnnouncementVersion, toAnnouncementView,
  type AnnouncementRow, type AnnouncementVersion, type AnnouncementVersionRow, type AnnouncementView
} from './announcementRows';

/** The values refused before anything was written. */
export class AnnouncementInvalidError extends Error {
  /** Constructor. */
  public constructor(public readonly problems: AnnouncementProblem[]) {
    super(`Announcement refused: ${problems.map(p => `${p.field} ${p.code}`).join(', ')}`);
  }
}

/** Someone saved the announcement since it was read (412 on IF-MATCH): `current` is their version (undefined: deleted). */
export class AnnouncementConflictError extends Error {
  /** Constructor. */
  public constructor(public readonly current: AnnouncementView | undefined) {
    super('The announcement changed since it was read');
  }
}

/** Pages of a query, read one at a time (PnPjs follows SharePoint's `odata.nextLink`). */
export interface AnnouncementPager {
  /** The next page, or undefined after the last. */
  next(): Promise<AnnouncementView[] | undefined>;
}

const LIST = 'Announcements';

/** SharePoint keeps whole seconds: a time written with its milliseconds would read back a little earlier. */
const wholeSeconds = (at: Date): Date => new Date(Math.floor(at.getTime() / 1000) * 1000);

/** The item's columns from a checked draft (a problem link is the desk's, never changed here). */
function payload(draft: AnnouncementDraft, now: Date, isNew: boolean): Record<string, unknown> {
  const a = checkedAnnouncement(draft, now, isNew);
  return {
    Title: a.title, HCBody: a.body, HCSeverity: a.severity, HCAudience: a.audience,
    // No language: both (the help bar and the home show such an item whatever the reader's language).
    HCLanguage: a.language || null, // eslint-disable-line @rushstack/no-new-null
    HCStart: a.start.toISOString(), HCEnd: a.end.toISOString()
  };
}

function pagerOf(items: IItems): AnnouncementPager {
  // The ES5 typings of the SPFx build know no AsyncIterable; PnPjs implements Symbol.asyncIterator at runtime.
  const asyncIterator = (Symbol as unknown as { asyncIterator: symbol }).asyncIterator;
  const iterator = (items as unknown as Record<symbol, () => { next(): Promise<{ done?: boolean; value: AnnouncementRow[] }> }>)[asyncIterator]();
  let ended = false;
  return {
    next: () => ended ? Promise.resolve(undefined) : iterator.next().then(page => {
      if (page.done) ended = true;
      return page.done ? undefined : page.value.map(toAnnouncementView);
    })
  };
}

/**
 * Announcements as the configuration page reads and writes them: every write checked first (checkAnnouncement),
 * updates, "end now" and deletes sent with the item's ETag, history from the item's versions (the list is
 * versioned). SharePoint enforces who may write: owners (Full Control) and the support group (Contribute).
 */
export class AnnouncementRepository {
  /** Constructor. */
  public constructor(private readonly sp: SPFI) {}

  /**
   * Whether the page offers deleting (owners: "Manage web"); agents end an announcement instead. A page's choice:
   * SharePoint's Contribute level lets the support group delete items of the list too.
   */
  public canDelete(): Promise<boolean> {
    return currentUserHas(this.sp.web, PermissionKinds.ManageWeb);
  }

  /** Current and upcoming announcements (HCEnd, indexed, not past), by start; `pageSize` per request. */
  public current(now: Date, pageSize: number = 50): AnnouncementPager {
    return pagerOf(this.query(pageSize).filter(`HCEnd ge ${odataDate(now)}`).orderBy('HCStart', true));
  }

  /** Ended announcements, the latest ended first (HCEnd, indexed); `pageSize` per request. */
  public past(now: Date, pageSize: number = 10): AnnouncementPager {
    return pagerOf(this.query(pageSize).filter(`HCEnd lt ${odataDate(now)}`).orderBy('HCEnd', false));
  }

  /** One announcement, or undefined when it no longer exists. */
  public async get(id: number): Promise<AnnouncementView | undefined> {
    try {
      return toAnnouncementView(await helpList(this.sp, LIST).items.getById(id).select(...ANNOUNCEMENT_ROW_SELECT).expand(...ANNOUNCEMENT_ROW_EXPAND)<AnnouncementRow>());
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  /** Adds an announcement after checking it (AnnouncementInvalidError when refused). */
  public async add(draft: AnnouncementDraft, now: Date = new Date()): Promise<AnnouncementView> {
    const problems = checkAnnouncement(draft, now, true);
    if (problems.length) throw new AnnouncementInvalidError(problems);
    const added = await helpList(this.sp, LIST).items.add(payload(draft, now, true)) as { Id: number };
    return (await this.get(added.Id))!;
  }

  /**
   * Saves an announcement over the version read (`etag`): AnnouncementInvalidError when refused,
   * AnnouncementConflictError with the other person's version when someone saved it since.
   */
  public async update(id: number, etag: string, draft: AnnouncementDraft, now: Date = new Date()): Promise<AnnouncementView> {
    const problems = checkAnnouncement(draft, now, false);
    if (problems.length) throw new AnnouncementInvalidError(problems);
    return this.write(id, etag, payload(draft, now, false));
  }

  /**
   * Ends an announcement now rather than deleting it (its history stays): HCEnd set to now over the version read; an
   * announcement still to come starts now too, so its period stays whole.
   */
  public async endNow(item: AnnouncementView, now: Date = new Date()): Promise<AnnouncementView> {
    // The second before: SharePoint compares dates in whole seconds, and "HCEnd ge now" would keep it for this one.
    const at = new Date(wholeSeconds(now).getTime() - 1000);
    const changes: Record<string, unknown> = { HCEnd: at.toISOString() };
    if (item.start && Date.parse(item.start) > at.getTime()) changes.HCStart = at.toISOString();
    return this.write(item.id, item.etag, changes);
  }

  /** Deletes an announcement over the version read (AnnouncementConflictError when someone saved it since). */
  public async remove(id: number, etag: string): Promise<void> {
    try {
      await helpList(this.sp, LIST).items.getById(id).delete(etag);
    } catch (e) {
      if (isPreconditionFailed(e)) throw new AnnouncementConflictError(await this.get(id));
      if (isNotFound(e)) return;
      throw e;
    }
  }

  /** The item's saved versions, newest first: who changed what, and when (SharePoint's own record). */
  public async history(id: number): Promise<AnnouncementVersion[]> {
    const rows = await helpList(this.sp, LIST).items.getById(id).versions() as AnnouncementVersionRow[];
    return rows.map(toAnnouncementVersion);
  }

  private query(pageSize: number): IItems {
    return helpList(this.sp, LIST).items.select(...ANNOUNCEMENT_ROW_SELECT).expand(...ANNOUNCEMENT_ROW_EXPAND).top(pageSize);
  }

  private async write(id: number, etag: string, changes: Record<string, unknown>): Promise<AnnouncementView> {
    try {
      await helpList(this.sp, LIST).items.getById(id).update(changes, etag);
    } catch (e) {
      if (isPreconditionFailed(e) || isNotFound(e)) throw new AnnouncementConflictError(await this.get(id));
      throw e;
    }
    return (await this.get(id))!;
  }
}
