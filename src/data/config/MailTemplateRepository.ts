import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { checkMailTemplate, type MailProblem } from '../../domain/config/mailTemplateCheck';
import { helpList } from '../sp/lists';
import { anyOfChunks, odataString } from '../sp/odata';
import { isDuplicateValueError, isNotFound, isPreconditionFailed } from '../sp/errors';
import { BUILT_IN_TEMPLATES } from '../notifications/mailTemplates';
import { builtInCopy } from '../notifications/templateCatalog';
import { templateSettingKey, type MailTemplate } from '../notifications/templates';
import { placeholderCatalogue } from './mailCatalog';
import {
  keyOfRow, MAIL_ROW_SELECT, toMailTemplateVersion, toMailTemplateView, type MailTemplateRow, type MailTemplateVersion, type MailTemplateView, type MailVersionRow
} from './mailTemplateRows';

/** The template was refused before anything was written. */
export class MailTemplateInvalidError extends Error {
  /** Constructor. */
  public constructor(public readonly problems: MailProblem[]) {
    super(`Mail template refused: ${problems.map(p => `${p.language} ${p.code} ${p.name || ''}`).join(', ')}`);
  }
}

/** Another owner saved the template since it was read: `current` is what applies now. */
export class MailTemplateConflictError extends Error {
  /** Constructor. */
  public constructor(public readonly current: MailTemplateView) {
    super('The mail template changed since it was read');
  }
}

const LIST = 'HelpSettings';

/**
 * The mails' templates as owners edit them (HelpSettings `notifications.template.<key>`, HCSettingKey unique and
 * indexed): each text checked against the values its mail receives, written over the version read (ETag), the
 * product's text restored by writing its copy (the server-side flow reads HelpSettings only), history from versions.
 */
export class MailTemplateRepository {
  /** Constructor. */
  public constructor(private readonly sp: SPFI) {}

  /** Every editable template as it applies now (the keys are the product's: 20 a request on the indexed key). */
  public async all(): Promise<MailTemplateView[]> {
    const keys = Object.keys(BUILT_IN_TEMPLATES);
    const rows: { [key: string]: MailTemplateRow } = {};
    for (const filter of anyOfChunks('HCSettingKey', keys.map(templateSettingKey), 20)) {
      const page = await helpList(this.sp, LIST).items.select(...MAIL_ROW_SELECT).expand('Editor').filter(filter).top(20)<MailTemplateRow[]>();
      page.forEach(r => { rows[keyOfRow(r)] = r; });
    }
    return keys.map(k => toMailTemplateView(k, rows[k]));
  }

  /** One template as it applies now. */
  public async get(key: string): Promise<MailTemplateView> {
    const rows = await helpList(this.sp, LIST).items.select(...MAIL_ROW_SELECT).expand('Editor')
      .filter(`HCSettingKey eq ${odataString(templateSettingKey(key))}`).top(1)<MailTemplateRow[]>();
    return toMailTemplateView(key, rows[0]);
  }

  /** The problems of a text for this key (none: it may be saved). */
  public check(key: string, template: MailTemplate): MailProblem[] {
    const catalogue = placeholderCatalogue(key);
    if (!catalogue) throw new Error(`Unknown mail template "${key}"`);
    return checkMailTemplate(template, catalogue);
  }

  /** Saves an owner's text over the version read (`read`): MailTemplateInvalidError, MailTemplateConflictError. */
  public async save(read: MailTemplateView, template: MailTemplate): Promise<MailTemplateView> {
    const problems = this.check(read.key, template);
    if (problems.length) throw new MailTemplateInvalidError(problems);
    const value = JSON.stringify({ fr: template.fr, en: template.en });
    return this.write(read, value);
  }

  /** Restores the product's text: its copy is written (marked unedited, so the product's later texts apply). */
  public restore(read: MailTemplateView): Promise<MailTemplateView> {
    return this.write(read, builtInCopy(read.key));
  }

  /** The item's saved versions, newest first (SharePoint's record of who changed what, when). */
  public async history(id: number): Promise<MailTemplateVersion[]> {
    const rows = await helpList(this.sp, LIST).items.getById(id).versions() as MailVersionRow[];
    return rows.map(toMailTemplateVersion);
  }

  private async write(read: MailTemplateView, value: string): Promise<MailTemplateView> {
    try {
      if (read.id === undefined) {
        await helpList(this.sp, LIST).items.add({ Title: read.key, HCSettingKey: templateSettingKey(read.key), HCValue: value });
      } else {
        await helpList(this.sp, LIST).items.getById(read.id).update({ HCValue: value }, read.etag || '*');
      }
    } catch (e) {
      // Someone saved in between: an update over an older version (412), or the key added meanwhile (unique column).
      if (isPreconditionFailed(e) || isNotFound(e) || isDuplicateValueError(e)) throw new MailTemplateConflictError(await this.get(read.key));
      throw e;
    }
    return this.get(read.key);
  }
}
