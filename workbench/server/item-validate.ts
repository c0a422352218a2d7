/**
 * `POST items(N)/ValidateUpdateListItem`: SharePoint's form-value update. Values are strings as a form
 * would post them; it is the only REST call that may set the system columns Created and Modified (and
 * Author/Editor). Each field gets a result row; a bad value is reported with HasException and does not
 * abort the other fields, as SharePoint does. `bNewDocumentUpdate: true` updates without a new version.
 */
import type { Ctx, SpResponse } from './context';
import { collection, jsonBody } from './context';
import { errors } from './errors';
import type { FieldDef } from './fields';
import { findField } from './fields';
import type { SpList } from './lists';
import type { ItemRow } from './item-json';
import { parseFormDate } from './regional-settings';
import { snapshotVersion } from './item-extras';
import { nowIso } from './storage';
import { ensureSiteUser } from './users';

interface FormValue { FieldName?: unknown; FieldValue?: unknown }

/** The parameters of SP.ListItem.ValidateUpdateListItem (names as SharePoint's metadata spells them). */
const VALIDATE_PARAMETERS = ['formValues', 'bNewDocumentUpdate', 'checkInComment', 'datesInUTC', 'numberInInvariantCulture'];

/**
 * A person as form values give it: `[{"Key":"i:0#.f|membership|user@tenant"}]` (what SharePoint documents for
 * people fields, resolved like ensureUser), or a site user id.
 */
function personId(ctx: Ctx, raw: string): number | null {
  if (raw.trim().startsWith('[')) {
    let keys: { Key?: unknown }[];
    try { keys = JSON.parse(raw) as { Key?: unknown }[]; } catch { throw new Error('Invalid people value.'); }
    if (!Array.isArray(keys) || keys.length === 0) return null;
    if (typeof keys[0].Key !== 'string') throw new Error('Invalid people value.');
    try { return ensureSiteUser(ctx.site.db, keys[0].Key).id; } catch { throw new Error(`The user '${keys[0].Key}' does not exist.`); }
  }
  const id = Number(raw.split(';#')[0]);
  if (!Number.isInteger(id)) throw new Error('Invalid lookup value.');
  return id > 0 ? id : null;
}

function formToColumn(ctx: Ctx, field: FieldDef, raw: string, datesInUtc: boolean): unknown {
  if (raw === '') return null;
  switch (field.type) {
    case 'Text': case 'Note': case 'Choice': return raw;
    case 'Number': case 'Currency': case 'Integer': case 'Counter': {
      const n = Number(raw.replace(',', '.'));
      if (!Number.isFinite(n) || (field.type === 'Integer' && !Number.isInteger(n))) throw new Error('Invalid number value.');
      return n;
    }
    case 'Boolean':
      if (/^(1|true|yes|oui)$/i.test(raw)) return 1;
      if (/^(0|false|no|non)$/i.test(raw)) return 0;
      throw new Error('Invalid Yes/No value.');
    case 'DateTime':
      // Read as a person types it with the site's regional settings (see regional-settings.ts for sources).
      return parseFormDate(raw, datesInUtc);
    case 'User':
      return personId(ctx, raw);
    case 'Lookup': {
      const id = Number(raw.split(';#')[0]);
      if (!Number.isInteger(id)) throw new Error('Invalid lookup value.');
      return id > 0 ? id : null;
    }
    default:
      throw new Error(`Setting a ${field.type} field through ValidateUpdateListItem is not supported by the workbench.`);
  }
}

export function validateUpdateListItem(ctx: Ctx, list: SpList, row: ItemRow, requireWrite: () => void): SpResponse {
  if (ctx.req.method !== 'POST') throw errors.methodNotAllowed();
  requireWrite();
  const body = jsonBody(ctx);
  // SharePoint binds the JSON body to the method's parameters by name and refuses any other.
  for (const key of Object.keys(body)) {
    if (!VALIDATE_PARAMETERS.includes(key)) throw errors.badRequest(`The parameter ${key} does not exist in method ValidateUpdateListItem.`);
  }
  const datesInUtc = body.datesInUTC === true;
  const formValues = (body.formValues as FormValue[] | { results?: FormValue[] } | undefined);
  const values = Array.isArray(formValues) ? formValues : formValues?.results;
  if (!Array.isArray(values)) throw errors.badRequest("The parameter 'formValues' is required.");
  const newVersion = body.bNewDocumentUpdate !== true;
  const results: Record<string, unknown>[] = [];
  const sets: string[] = [];
  const params: unknown[] = [];
  let touchedModified = false;
  for (const v of values) {
    const name = String(v.FieldName ?? '');
    const raw = v.FieldValue === null || v.FieldValue === undefined ? '' : String(v.FieldValue);
    const result: Record<string, unknown> = { ErrorCode: 0, ErrorMessage: null, FieldName: name, FieldValue: raw, HasException: false, ItemId: row.ID };
    const field = findField(list.fields, name);
    try {
      if (!field || !field.column || field.type === 'Counter' || field.type === 'Computed') throw new Error(`Column '${name}' does not exist. It may have been deleted by another user.`);
      sets.push(`"${field.column}" = ?`);
      params.push(formToColumn(ctx, field, raw, datesInUtc));
      if (field.internalName === 'Modified') touchedModified = true;
    } catch (e) {
      if (sets.length > params.length) sets.pop();
      Object.assign(result, { ErrorCode: -2146232832, ErrorMessage: (e as Error).message, HasException: true });
    }
    results.push(result);
  }
  const db = ctx.site.db;
  db.transaction(() => {
    const bumpUi = newVersion && list.props.EnableVersioning ? 1 : 0;
    const extra = [...sets];
    const extraParams = [...params];
    if (!touchedModified) { extra.push('"Modified" = ?'); extraParams.push(nowIso()); }
    if (!sets.some((s) => s.startsWith('"Editor"'))) { extra.push('"Editor" = ?'); extraParams.push(ctx.user.id); }
    db.prepare(`UPDATE "${list.table}" SET "_version" = "_version" + 1, "_ui" = "_ui" + ?, ${extra.join(', ')} WHERE ID = ?`)
      .run(bumpUi, ...extraParams, row.ID);
    // Without a new version the current one is rewritten: SharePoint's current version is the item itself.
    if (bumpUi || list.props.EnableVersioning) snapshotVersion(ctx, list, row.ID);
  })();
  return collection(ctx, 'SP.ListItemFormUpdateValue', results);
}
