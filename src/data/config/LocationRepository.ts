import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { IItems } from '@pnp/sp/items';
import type { LocationKind } from '../../domain/vocabulary';
import { checkLocation, locationKey, tidyDraft, type KnownLocation, type LocationDraft, type LocationProblem } from '../../domain/config/locationRules';
import { helpList } from '../sp/lists';
import { anyOfChunks, odataString } from '../sp/odata';
import { forEachPage } from '../sp/paging';
import { isNotFound, isPreconditionFailed } from '../sp/errors';
import { currentUserHas, PermissionKinds } from '../sp/permissions';
import type { ExportedLocation, ImportFile } from '../../domain/config/locationImport';
import { exportLocations, importLocations, type ImportOutcome } from './locationImportWriter';
import {
  LOCATION_ROW_EXPAND, LOCATION_ROW_SELECT, toLocationVersion, toLocationView, type LocationRow, type LocationVersion, type LocationVersionRow, type LocationView
} from './locationRows';

/** What the list shows: one kind, names starting with some text (both optional). */
export interface LocationQuery {
  /** Only this kind. */
  kind?: LocationKind;
  /** Names starting with this (Title is indexed: startswith stays under the list view threshold). */
  search?: string;
}

/** Pages of a query, read one at a time (PnPjs follows SharePoint's `odata.nextLink`). */
export interface LocationPager {
  /** The next page, or undefined after the last. */
  next(): Promise<LocationView[] | undefined>;
}

/** The fields refused before anything was written. */
export class LocationInvalidError extends Error {
  /** Constructor. */
  public constructor(public readonly problems: LocationProblem[]) {
    super(`Location refused: ${problems.map(p => `${p.field} ${p.code}`).join(', ')}`);
  }
}

/** Someone saved the item since it was read (412 on IF-MATCH): `current` is their version (undefined: deleted). */
export class LocationConflictError extends Error {
  /** Constructor. */
  public constructor(public readonly current: LocationView | undefined) {
    super('The location changed since it was read');
  }
}

/** Tickets name the location: it is not deleted (renaming keeps their history right). */
export class LocationInUseError extends Error {
  /** Constructor. */
  public constructor() {
    super('Tickets name this location');
  }
}

const LIST = 'HelpLocations';

/** The item's columns from a draft (tidied and checked before). */
function payload(draft: LocationDraft): Record<string, unknown> {
  const d = tidyDraft(draft);
  return { Title: d.title, HCLocationKind: d.kind, HCBuilding: d.building || null, HCParentLocationId: d.kind === 'equipment' && d.roomId ? d.roomId : null, HCAssetTag: d.assetTag || null };
}

/**
 * Rooms, services and equipment (HelpLocations) as the configuration page reads and writes them: every write
 * checked first (checkLocation), updates and deletes sent with the item's ETag, history from the item's versions.
 * SharePoint enforces who may write (owners, and the referents group: Contribute on this list only).
 */
export class LocationRepository {
  /** Constructor. */
  public constructor(private readonly sp: SPFI) {}

  /** Whether the current person may edit the list (owners, referents): the page shows its configuration area only then. */
  public canEdit(): Promise<boolean> {
    return currentUserHas(helpList(this.sp, LIST), PermissionKinds.EditListItems);
  }

  /** Pages of locations by name (`pageSize` per request), filtered on indexed columns only. */
  public pager(query: LocationQuery, pageSize: number = 50): LocationPager {
    const clauses: string[] = [];
    if (query.kind) clauses.push(`HCLocationKind eq ${odataString(query.kind)}`);
    const search = (query.search || '').trim();
    if (search) clauses.push(`startswith(Title, ${odataString(search)})`);
    let items: IItems = helpList(this.sp, LIST).items.select(...LOCATION_ROW_SELECT).expand(...LOCATION_ROW_EXPAND).orderBy('Title').top(pageSize);
    if (clauses.length) items = items.filter(clauses.join(' and '));
    // The ES5 typings of the SPFx build know no AsyncIterable; PnPjs implements Symbol.asyncIterator at runtime.
    const asyncIterator = (Symbol as unknown as { asyncIterator: symbol }).asyncIterator;
    const iterator = (items as unknown as Record<symbol, () => { next(): Promise<{ done?: boolean; value: LocationRow[] }> }>)[asyncIterator]();
    const ended: boolean[] = [];
    return {
      next: () => ended.length ? Promise.resolve(undefined) : iterator.next().then(page => {
        if (page.done) ended.push(true);
        return page.done ? undefined : page.value.map(toLocationView);
      })
    };
  }

  /** One location, or undefined when it no longer exists. */
  public async get(id: number): Promise<LocationView | undefined> {
    try {
      return toLocationView(await helpList(this.sp, LIST).items.getById(id).select(...LOCATION_ROW_SELECT).expand(...LOCATION_ROW_EXPAND)<LocationRow>());
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  /** Locations with any of these names (Title eq …, indexed, 20 names a request). */
  public async byNames(titles: readonly string[]): Promise<KnownLocation[]> {
    const unique = titles.map(t => t.replace(/\s+/g, ' ').trim()).filter((t, i, all) => t && all.indexOf(t) === i);
    const out: KnownLocation[] = [];
    for (const filter of anyOfChunks('Title', unique, 20)) {
      await forEachPage<LocationRow>(helpList(this.sp, LIST).items.select('Id', 'Title', 'HCLocationKind', 'HCBuilding').filter(filter).top(500), rows => {
        rows.forEach(r => out.push({ id: r.Id, title: r.Title || '', kind: (r.HCLocationKind || 'room') as LocationKind, building: r.HCBuilding || '' }));
      });
    }
    return out;
  }

  /** The location with this name in this building (any kind: the rules then say whether it is a room), or false. */
  public async findByKey(title: string, building: string): Promise<KnownLocation | false> {
    const key = locationKey(title, building);
    const found = (await this.byNames([title])).filter(l => locationKey(l.title, l.building) === key)[0];
    return found || false;
  }

  /** The refused fields of a draft, read against the list (same name in the building, the room it names). */
  public async check(draft: LocationDraft, selfId?: number): Promise<LocationProblem[]> {
    const d = tidyDraft(draft);
    const [sameName, room] = await Promise.all([
      d.title ? this.byNames([d.title]) : Promise.resolve([]),
      d.roomId !== undefined ? this.get(d.roomId).then(r => r || (false as const)) : Promise.resolve(undefined)
    ]);
    return checkLocation(d, { selfId, sameName, room });
  }

  /** Adds a location after checking it (LocationInvalidError when refused). */
  public async add(draft: LocationDraft): Promise<LocationView> {
    const problems = await this.check(draft);
    if (problems.length) throw new LocationInvalidError(problems);
    const added = await helpList(this.sp, LIST).items.add(payload(draft)) as { Id: number };
    return (await this.get(added.Id))!;
  }

  /**
   * Saves a location over the version read (`etag`): LocationInvalidError when refused, LocationConflictError with
   * the other person's version when someone saved it since.
   */
  public async update(id: number, etag: string, draft: LocationDraft): Promise<LocationView> {
    const problems = await this.check(draft, id);
    if (problems.length) throw new LocationInvalidError(problems);
    try {
      await helpList(this.sp, LIST).items.getById(id).update(payload(draft), etag);
    } catch (e) {
      if (isPreconditionFailed(e) || isNotFound(e)) throw new LocationConflictError(await this.get(id));
      throw e;
    }
    return (await this.get(id))!;
  }

  /**
   * Whether a ticket names the location (HCLocation is indexed on both lists). The requests a person cannot read
   * are not seen: the answer is complete for owners and agents, and a referent who is neither sees their own.
   */
  public async inUse(id: number): Promise<boolean> {
    const [batched, execute] = this.sp.batched();
    const filter = `HCLocationId eq ${Math.floor(id)}`;
    const reads = (['HelpTickets', 'HelpTicketStates'] as const).map(list => helpList(batched, list).items.select('Id').filter(filter).top(1)<{ Id: number }[]>());
    reads.forEach(r => r.catch(() => undefined));
    await execute();
    const found = await Promise.all(reads.map(r => r.then(rows => rows.length > 0, () => false)));
    return found.some(Boolean);
  }

  /** Deletes a location nobody names (LocationInUseError otherwise), over the version read (LocationConflictError). */
  public async remove(id: number, etag: string): Promise<void> {
    if (await this.inUse(id)) throw new LocationInUseError();
    try {
      await helpList(this.sp, LIST).items.getById(id).delete(etag);
    } catch (e) {
      if (isPreconditionFailed(e)) throw new LocationConflictError(await this.get(id));
      if (isNotFound(e)) return;
      throw e;
    }
  }

  /** Writes a file's valid new rows (see importLocations): batched, idempotent, with progress. */
  public importFile(file: ImportFile, onProgress: (done: number, total: number) => void): Promise<ImportOutcome> {
    return importLocations(this.sp, this, file, onProgress);
  }

  /** Every location for the CSV export, page by page. */
  public exportAll(onProgress: (read: number) => void): Promise<ExportedLocation[]> {
    return exportLocations(this.sp, onProgress);
  }

  /** The item's saved versions, newest first: who changed what, and when (SharePoint's own record). */
  public async history(id: number): Promise<LocationVersion[]> {
    const rows = await helpList(this.sp, LIST).items.getById(id).versions() as LocationVersionRow[];
    return rows.map(toLocationVersion);
  }
}
