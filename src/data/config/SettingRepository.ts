import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { SettingCodec, SettingProblem } from '../../domain/config/settingRules';
import { helpList } from '../sp/lists';
import { anyOf, odataString } from '../sp/odata';
import { isDuplicateValueError, isNotFound, isPreconditionFailed } from '../sp/errors';

/** One HelpSettings item as the settings area reads it: its value and the version it was read at. */
export interface SettingView {
  /** HCSettingKey. */
  key: string;
  /** HCValue as stored (undefined: no item yet, or an empty value). */
  value?: string;
  /** The item (undefined: none yet — an older site; the save creates it). */
  id?: number;
  /** Its ETag (writes send it as IF-MATCH). */
  etag?: string;
  /** Last saved at (ISO), by whom. */
  modified: string;
  editor: string;
}

/** One saved version of a setting (its history). */
export interface SettingVersion {
  label: string;
  at: string;
  by: string;
  /** The value then. */
  value?: string;
}

/** The values were refused before anything was written. */
export class SettingInvalidError extends Error {
  /** Constructor. */
  public constructor(public readonly key: string, public readonly problems: SettingProblem[]) {
    super(`Setting ${key} refused: ${problems.map(p => `${p.field} ${p.code}`).join(', ')}`);
  }
}

/** Someone saved the setting since it was read: `current` is what applies now. */
export class SettingConflictError extends Error {
  /** Constructor. */
  public constructor(public readonly current: SettingView) {
    super(`The setting ${current.key} changed since it was read`);
  }
}

type SettingRow = { Id: number; HCSettingKey?: string | null; HCValue?: string | null; Modified?: string; Editor?: { Title?: string } | null; 'odata.etag'?: string }; // eslint-disable-line @rushstack/no-new-null
type VersionRow = { VersionLabel: string; Created?: string; Editor?: { LookupValue?: string } | null; HCValue?: string | null }; // eslint-disable-line @rushstack/no-new-null

const SELECT = ['Id', 'HCSettingKey', 'HCValue', 'Modified', 'Editor/Title'];
const LIST = 'HelpSettings';

function toView(key: string, row: SettingRow | undefined): SettingView {
  return {
    key, value: (row && row.HCValue) || undefined, id: row ? row.Id : undefined, etag: (row && row['odata.etag']) || undefined,
    modified: (row && row.Modified) || '', editor: (row && row.Editor && row.Editor.Title) || ''
  };
}

/**
 * The help center's settings as owners edit them (HelpSettings: HCSettingKey unique and indexed, versioned, only the
 * owners may write): read by key, each form checked by its codec before anything is written, written over the version
 * read (ETag) — or added when an older site has no item for the key —, the history from the item's versions.
 */
export class SettingRepository {
  /** Constructor. */
  public constructor(private readonly sp: SPFI) {}

  /** The settings of these keys as stored now (one request on the indexed key; a key without item has no id). */
  public async read(keys: readonly string[]): Promise<{ [key: string]: SettingView }> {
    const rows = await helpList(this.sp, LIST).items.select(...SELECT).expand('Editor').filter(anyOf('HCSettingKey', keys)).top(keys.length)<SettingRow[]>();
    const out: { [key: string]: SettingView } = {};
    keys.forEach(k => { out[k] = toView(k, rows.filter(r => r.HCSettingKey === k)[0]); });
    return out;
  }

  /** One setting as stored now. */
  public async get(key: string): Promise<SettingView> {
    const rows = await helpList(this.sp, LIST).items.select(...SELECT).expand('Editor').filter(`HCSettingKey eq ${odataString(key)}`).top(1)<SettingRow[]>();
    return toView(key, rows[0]);
  }

  /**
   * Checks a form with its codec and writes it over the version read (`read`), the stored keys the form does not edit
   * kept: SettingInvalidError (nothing written), SettingConflictError (someone saved in between).
   */
  public async save<F>(codec: SettingCodec<F>, read: SettingView, form: F): Promise<SettingView> {
    if (read.key !== codec.key) throw new Error(`The setting ${read.key} is not ${codec.key}`);
    const problems = codec.check(form);
    if (problems.length) throw new SettingInvalidError(codec.key, problems);
    const value = codec.write(form, codec.read(read.value).kept);
    try {
      if (read.id === undefined) {
        await helpList(this.sp, LIST).items.add({ Title: codec.key, HCSettingKey: codec.key, HCValue: value });
      } else {
        await helpList(this.sp, LIST).items.getById(read.id).update({ HCValue: value }, read.etag || '*');
      }
    } catch (e) {
      // Someone saved in between: an update over an older version (412), the item deleted (404), or the key added meanwhile (unique column).
      if (isPreconditionFailed(e) || isNotFound(e) || isDuplicateValueError(e)) throw new SettingConflictError(await this.get(codec.key));
      throw e;
    }
    return this.get(codec.key);
  }

  /** The item's saved versions, newest first (SharePoint's record of who changed what, when). */
  public async history(id: number): Promise<SettingVersion[]> {
    const rows = await helpList(this.sp, LIST).items.getById(id).versions() as VersionRow[];
    return rows.map(v => ({ label: v.VersionLabel, at: v.Created || '', by: (v.Editor && v.Editor.LookupValue) || '', value: v.HCValue || undefined }));
  }
}
