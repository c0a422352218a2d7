import { SPFI } from '@pnp/sp';
import { MAIL_TEMPLATES_ERROR, ProvisioningCheck, ProvisioningError, ProvisioningProgress, ProvisioningReport, SITE_PERMISSIONS_ERROR } from './types';
import { SiteSnapshot, readSiteSnapshot } from './snapshot';
import { Evaluation, evaluateSite } from './evaluate';
import { PlanContext, planFoundations, planLists } from './plan';
import { runWriteBatch, WriteStep } from './writes';
import { maskHas } from '../sp/permissions';

/**
 * Write passes per apply. The second pass exists because SharePoint itself may add a role assignment
 * when inheritance is broken (the acting user); the re-read finds it and the second pass removes it.
 */
const MAX_WRITE_PASSES = 2;

/** SPBasePermissions kinds provisioning needs (PnPjs PermissionKind numbers: bit = kind - 1). */
const PROVISIONING_PERMISSIONS = {
  /** Create lists and change their settings. */
  ManageLists: 12,
  /** Create groups. */
  CreateGroups: 25,
  /** Break inheritance, add role assignments and permission levels. */
  ManagePermissions: 26
} as const;

function missingPermissions(snapshot: SiteSnapshot): string[] {
  const mask = snapshot.webPermissions;
  if (!mask) return [];
  const names = Object.keys(PROVISIONING_PERMISSIONS) as (keyof typeof PROVISIONING_PERMISSIONS)[];
  return names.filter(name => !maskHas(mask, PROVISIONING_PERMISSIONS[name]));
}

/**
 * Builds a report. A user who may not provision gets one clear error instead of one "access denied"
 * per unreadable role assignment.
 */
function toReport(evaluation: Evaluation, snapshot: SiteSnapshot, extraErrors: ProvisioningError[]): ProvisioningReport {
  const lacking = missingPermissions(snapshot);
  let errors = snapshot.errors.slice();
  if (lacking.length) {
    errors = errors.filter(e => e.message.indexOf('Access denied') !== 0);
    errors.unshift({
      check: SITE_PERMISSIONS_ERROR,
      message: `Only a site owner can set up the help center: the current user lacks ${lacking.join(', ')} on this site.`
    });
  }
  errors = errors.concat(extraErrors);
  const ready = errors.length === 0 && evaluation.checks.every(c => c.status === 'ok');
  return { checks: evaluation.checks, ready, errors };
}

/**
 * Sets up the help center on its site from the schema (src/data/schema): lists, fields, indexes, list
 * settings, permissions, groups and the agents' permission level. `inspect` reads in one $batch;
 * `apply` writes only what is missing or different, in batches, so a second run writes nothing.
 */
export class SiteProvisioner {
  /** @param sp PnPjs for the help center's site, acting as the current user. */
  public constructor(private readonly sp: SPFI) {}

  /** What the site has and lacks, for every item of the schema (one HTTP request). */
  public async inspect(): Promise<ProvisioningReport> {
    const snapshot = await readSiteSnapshot(this.sp);
    return toReport(evaluateSite(snapshot), snapshot, []);
  }

  /**
   * Creates or fixes everything missing or different. A failed step is reported (on its check) and
   * the independent ones go on; steps that depend on it are reported as skipped. `onProgress` is
   * called once per handled check with `done` increasing.
   */
  public async apply(onProgress?: (p: ProvisioningProgress) => void): Promise<ProvisioningReport> {
    const errors: ProvisioningError[] = [];
    /** Checks that failed or cannot be fixed: never retried, so one failure is reported once. */
    const failed: { [id: string]: boolean } = {};
    let done = 0;
    let total = 0;
    for (let pass = 0; ; pass++) {
      const snapshot = await readSiteSnapshot(this.sp);
      const evaluation = evaluateSite(snapshot);
      const pending = evaluation.checks.filter(c => c.status !== 'ok' && !failed[c.id]);
      if (pass === MAX_WRITE_PASSES || pending.length === 0 || missingPermissions(snapshot).length > 0) {
        return this.withMailTemplates(toReport(evaluation, snapshot, errors));
      }
      total += pending.length;
      const reported: { [id: string]: boolean } = {};
      const report = (check: ProvisioningCheck): void => {
        if (reported[check.id]) return;
        reported[check.id] = true;
        done++;
        if (onProgress) onProgress({ done, total, step: check });
      };
      const ctx: PlanContext = {
        evaluation,
        pending: {},
        resolution: evaluation.resolution,
        skip: (check, message) => {
          failed[check.id] = true;
          ctx.pending[check.id] = false;
          errors.push({ check: check.id, message });
          report(check);
        }
      };
      pending.forEach(c => { ctx.pending[c.id] = true; });
      const settled = (step: WriteStep, ok: boolean): void => step.checks.forEach(c => {
        if (!ok) {
          failed[c.id] = true;
          ctx.pending[c.id] = false;
        }
        report(c);
      });
      await runWriteBatch(this.sp, planFoundations(ctx), errors, settled);
      await runWriteBatch(this.sp, planLists(ctx), errors, settled);
    }
  }

  /**
   * With the server-side sender (HelpSettings `notifications.sender` = server), stores the built-in mail templates
   * in HelpSettings: the flow reads templates from there only. Copies nobody edited are brought up to date, an
   * owner's own text is kept; in the browser's mode nothing is written (the built-ins apply from the code).
   */
  private async withMailTemplates(report: ProvisioningReport): Promise<ProvisioningReport> {
    if (!report.ready) return report;
    try {
      const { settingsSenderMode } = await import(/* webpackChunkName: 'help-center-setup-mail' */ '../notifications/templateSource');
      if ((await settingsSenderMode(this.sp)()) !== 'server') return report;
      const { installBuiltInTemplates } = await import(/* webpackChunkName: 'help-center-setup-mail' */ '../notifications/templateCatalog');
      await installBuiltInTemplates(this.sp);
      return report;
    } catch (e) {
      return { ...report, ready: false, errors: report.errors.concat([{ check: MAIL_TEMPLATES_ERROR, message: `The mail templates could not be stored in HelpSettings for the server-side sender: ${e instanceof Error ? e.message : String(e)}` }]) };
    }
  }
}
