import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { locationKey, type KnownLocation } from '../../domain/config/locationRules';
import { planImport, type ExportedLocation, type ImportFile, type ImportRow } from '../../domain/config/locationImport';
import type { LocationKind } from '../../domain/vocabulary';
import { helpList } from '../sp/lists';
import { describeError } from '../sp/errors';
import { forEachPage } from '../sp/paging';
import type { LocationRepository } from './LocationRepository';
import type { LocationRow } from './locationRows';

/** Writes per $batch (SharePoint accepts up to 100 operations in one). */
export const IMPORT_BATCH_SIZE = 100;

/** The file checked against the list. */
export async function previewImport(repository: LocationRepository, file: ImportFile): Promise<ImportRow[]> {
  const names = file.rows.map(r => r.cells.title).concat(file.rows.map(r => r.cells.room)).filter(Boolean);
  const known = names.length ? await repository.byNames(names) : [];
  return planImport(file, known);
}

/** What an import wrote. */
export interface ImportOutcome {
  /** Lines written. */
  written: number[];
  /** Lines already in the list (nothing written). */
  existing: number[];
  /** Rows refused before writing (with their problems), and rows SharePoint refused (with its message). */
  refused: { row: ImportRow; cause?: string }[];
}

/**
 * Writes the valid new rows of a file, re-checked against the list at that moment (a second import, or a retry
 * after a failure, writes nothing twice): rooms and services first, then equipment with their room's id; at most
 * {@link IMPORT_BATCH_SIZE} items per $batch; `onProgress(done, total)` after each batch.
 */
export async function importLocations(sp: SPFI, repository: LocationRepository, file: ImportFile,
  onProgress: (done: number, total: number) => void): Promise<ImportOutcome> {
  const rows = await previewImport(repository, file);
  const outcome: ImportOutcome = { written: [], existing: rows.filter(r => r.outcome === 'existing').map(r => r.line), refused: rows.filter(r => r.outcome === 'invalid').map(row => ({ row })) };
  const fresh = rows.filter(r => r.outcome === 'new');
  const first = fresh.filter(r => r.kind !== 'equipment');
  const equipment = fresh.filter(r => r.kind === 'equipment');
  const total = fresh.length;
  let done = 0;
  const write = async (batch: ImportRow[], rooms: Record<string, number>): Promise<void> => {
    const [batched, execute] = sp.batched();
    const adds = batch.map(r => helpList(batched, 'HelpLocations').items.add({
      Title: r.cells.title, HCLocationKind: r.kind, HCBuilding: r.cells.building || null, HCAssetTag: r.cells.assetTag || null,
      HCParentLocationId: r.kind === 'equipment' && r.cells.room ? rooms[locationKey(r.cells.room, r.cells.building)] || null : null
    }));
    adds.forEach(a => a.catch(() => undefined));
    await execute();
    for (let i = 0; i < batch.length; i++) {
      try {
        await adds[i];
        outcome.written.push(batch[i].line);
      } catch (e) {
        console.error('Import: a row was refused by SharePoint', batch[i].line, e);
        outcome.refused.push({ row: batch[i], cause: describeError(e) });
      }
    }
    done += batch.length;
    onProgress(done, total);
  };
  onProgress(0, total);
  for (let i = 0; i < first.length; i += IMPORT_BATCH_SIZE) await write(first.slice(i, i + IMPORT_BATCH_SIZE), {});
  if (equipment.length) {
    const rooms: Record<string, number> = {};
    (await repository.byNames(equipment.map(r => r.cells.room))).filter((k: KnownLocation) => k.kind === 'room')
      .forEach(k => { rooms[locationKey(k.title, k.building)] = k.id; });
    for (let i = 0; i < equipment.length; i += IMPORT_BATCH_SIZE) await write(equipment.slice(i, i + IMPORT_BATCH_SIZE), rooms);
  }
  outcome.refused.sort((a, b) => a.row.line - b.row.line);
  return outcome;
}

/** Every location for the export, page by page (500 a request, by id: no threshold at any size). */
export async function exportLocations(sp: SPFI, onProgress: (read: number) => void): Promise<ExportedLocation[]> {
  const out: ExportedLocation[] = [];
  const query = helpList(sp, 'HelpLocations').items.select('Id', 'Title', 'HCLocationKind', 'HCBuilding', 'HCParentLocation/Title', 'HCAssetTag')
    .expand('HCParentLocation').orderBy('Id').top(500);
  await forEachPage<LocationRow>(query, rows => {
    rows.forEach(r => out.push({
      title: r.Title || '', kind: (r.HCLocationKind || 'room') as LocationKind, building: r.HCBuilding || '',
      room: (r.HCParentLocation && r.HCParentLocation.Title) || '', assetTag: r.HCAssetTag || ''
    }));
    onProgress(out.length);
  });
  return out;
}
