import type { LocationKind } from '../../domain/vocabulary';
import type { KnownLocation } from '../../domain/config/locationRules';
import type { RawHelpLocationsItem } from '../schema/items.generated';

/** A location as the configuration page shows it. */
export interface LocationView extends KnownLocation {
  /** The room an equipment is in. */
  roomId?: number;
  /** That room's name. */
  roomTitle: string;
  /** Inventory number ('' when none). */
  assetTag: string;
  /** The item's ETag (writes send it as IF-MATCH). */
  etag: string;
  /** Last saved at (ISO). */
  modified: string;
  /** Last saved by. */
  editor: string;
}

/** A location row as the page reads it. */
export type LocationRow = Pick<RawHelpLocationsItem, 'Id' | 'Title' | 'HCLocationKind' | 'HCBuilding' | 'HCParentLocationId' | 'HCAssetTag' | 'Modified'> & {
  HCParentLocation?: { Title?: string } | null; Editor?: { Title?: string } | null; 'odata.etag'?: string; // eslint-disable-line @rushstack/no-new-null
};

/** Columns the page reads. */
export const LOCATION_ROW_SELECT = ['Id', 'Title', 'HCLocationKind', 'HCBuilding', 'HCParentLocationId', 'HCParentLocation/Title', 'HCAssetTag', 'Modified', 'Editor/Title'];
/** Lookups the page expands. */
export const LOCATION_ROW_EXPAND = ['HCParentLocation', 'Editor'];

/** Maps a raw item to the page's view. */
export function toLocationView(r: LocationRow): LocationView {
  return {
    id: r.Id, title: r.Title || '', kind: (r.HCLocationKind || 'room') as LocationKind, building: r.HCBuilding || '',
    roomId: r.HCParentLocationId || undefined, roomTitle: (r.HCParentLocation && r.HCParentLocation.Title) || '', assetTag: r.HCAssetTag || '',
    etag: r['odata.etag'] || '*', modified: r.Modified || '', editor: (r.Editor && r.Editor.Title) || ''
  };
}

/** One saved version of a location (its history). */
export interface LocationVersion {
  /** SharePoint's label (1.0, 2.0 …). */
  label: string;
  /** When. */
  at: string;
  /** Who. */
  by: string;
  /** The values then. */
  title: string;
  /** Kind then. */
  kind: string;
  /** Building then. */
  building: string;
  /** Asset tag then. */
  assetTag: string;
}

/** A version row as REST returns it. */
export type LocationVersionRow = {
  VersionLabel: string; Created?: string; Editor?: { LookupValue?: string } | null; // eslint-disable-line @rushstack/no-new-null
  Title?: string | null; HCLocationKind?: string | null; HCBuilding?: string | null; HCAssetTag?: string | null; // eslint-disable-line @rushstack/no-new-null
};

/** Maps a version row. */
export function toLocationVersion(v: LocationVersionRow): LocationVersion {
  return {
    label: v.VersionLabel, at: v.Created || '', by: (v.Editor && v.Editor.LookupValue) || '', title: v.Title || '', kind: v.HCLocationKind || '',
    building: v.HCBuilding || '', assetTag: v.HCAssetTag || ''
  };
}
