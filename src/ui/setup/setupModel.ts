import { ProvisioningCheck, ProvisioningError, ProvisioningReport, SITE_PERMISSIONS_ERROR } from '../../data/provisioning/types';

/** Checks of one list (or of the site itself when `list` is undefined), in provisioning order. */
export interface CheckGroupModel {
  /** Stable key for React. */
  key: string;
  /** The list name, or undefined for site-wide checks (groups, permission levels, site access). */
  list?: string;
  /** The group's checks. */
  checks: ProvisioningCheck[];
  /** How many of them are ok. */
  okCount: number;
}

/** Groups checks per list, keeping the provisioning order of first appearance; site-wide checks first. */
export function groupChecks(checks: ProvisioningCheck[]): CheckGroupModel[] {
  const groups: CheckGroupModel[] = [];
  const byKey: { [key: string]: CheckGroupModel } = {};
  checks.forEach(check => {
    const key = check.list ? `list:${check.list}` : 'site';
    let group = byKey[key];
    if (!group) {
      group = { key, list: check.list, checks: [], okCount: 0 };
      byKey[key] = group;
      if (check.list) groups.push(group);
      else groups.unshift(group);
    }
    group.checks.push(check);
    if (check.status === 'ok') group.okCount++;
  });
  return groups;
}

/** The counts the summary line shows. */
export interface SetupCounts {
  /** Lists whose every check is ok. */
  listsReady: number;
  /** Checks that are missing or different. */
  itemsToFix: number;
}

/** Counts ready lists and items still to set up. */
export function countReport(report: ProvisioningReport): SetupCounts {
  const lists = groupChecks(report.checks).filter(g => g.list !== undefined);
  return {
    listsReady: lists.filter(g => g.okCount === g.checks.length).length,
    itemsToFix: report.checks.filter(c => c.status !== 'ok').length
  };
}

/** True when the report says the current user may not provision the site. */
export function isNotOwner(report: ProvisioningReport | undefined): boolean {
  return !!report && report.errors.some(e => e.check === SITE_PERMISSIONS_ERROR);
}

/** Errors of several reports without repeats (apply and the inspection after it may report the same one). */
export function mergeErrors(...lists: ProvisioningError[][]): ProvisioningError[] {
  const seen: { [key: string]: boolean } = {};
  const out: ProvisioningError[] = [];
  lists.forEach(list => list.forEach(e => {
    const key = `${e.check}\n${e.message}`;
    if (!seen[key]) {
      seen[key] = true;
      out.push(e);
    }
  }));
  return out;
}

/** Progress in whole percent (0 when nothing is known yet). */
export function percentDone(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.floor((done * 100) / total)) : 0;
}
