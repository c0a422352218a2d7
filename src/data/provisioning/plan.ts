import { SPFI } from '@pnp/sp';
import { IList } from '@pnp/sp/lists';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import {
  FieldDefinition, HELP_CENTER_GROUPS, HELP_CENTER_LISTS, HELP_CENTER_ROLES, ListDefinition, fieldSchemaXml
} from '../schema';
import { ProvisioningCheck } from './types';
import { Evaluation, SiteResolution, expectedListSettings } from './evaluate';
import { FIELD_ADD_OPTIONS, WriteStep } from './writes';
import { HELP_CENTER_WEB_GRANTS } from './webGrants';

/** Generic list (BaseTemplate 100). */
const GENERIC_LIST = 100;
/** Where the help center's levels sort among permission levels (after Contribute's 64), in HELP_CENTER_ROLES order. */
const SUPPORT_AGENT_ORDER = 65;

/** What a plan needs: the evaluation, the checks to handle, ids learnt so far, and how to give up on a check. */
export interface PlanContext {
  /** The site compared with the schema. */
  evaluation: Evaluation;
  /** Ids of checks to handle this pass. */
  pending: { [id: string]: boolean };
  /** Ids found or created (phase 1 fills in new groups, lists, the permission level). */
  resolution: SiteResolution;
  /** Reports a check that cannot be handled automatically (or depends on a failed step). */
  skip(check: ProvisioningCheck, message: string): void;
}

function pendingChecks(ctx: PlanContext, predicate: (c: ProvisioningCheck) => boolean): ProvisioningCheck[] {
  return ctx.evaluation.checks.filter(c => ctx.pending[c.id] && predicate(c));
}

function one(ctx: PlanContext, id: string): ProvisioningCheck | undefined {
  return ctx.pending[id] ? ctx.evaluation.checks.filter(c => c.id === id)[0] : undefined;
}

/** Phase 1: the permission level, our groups and the missing lists (nothing here depends on another write). */
export function planFoundations(ctx: PlanContext): WriteStep[] {
  const steps: WriteStep[] = [];
  const res = ctx.resolution;
  HELP_CENTER_ROLES.forEach((spec, i) => {
    const role = one(ctx, `roleDefinition:${spec.key}`);
    const existing = res.roles[spec.key];
    if (role && role.status === 'missing') {
      steps.push({
        checks: [role],
        run: sp => sp.web.roleDefinitions.add(spec.name, spec.description, SUPPORT_AGENT_ORDER + i, spec.basePermissions),
        onSuccess: r => { res.roles[spec.key] = (r as { data: { Id: number } }).data.Id; }
      });
    } else if (role && existing !== undefined) {
      steps.push({ checks: [role], run: sp => sp.web.roleDefinitions.getById(existing).update({ BasePermissions: spec.basePermissions }) });
    }
  });
  for (const key of ['owners', 'members', 'visitors']) {
    const c = one(ctx, `group:${key}`);
    if (c) ctx.skip(c, `The site has no associated ${key} group: restore the site's default groups (Site permissions > Advanced) and run the set-up again.`);
  }
  for (const group of HELP_CENTER_GROUPS) {
    const c = one(ctx, `group:${group.key}`);
    if (!c) continue;
    steps.push({
      checks: [c],
      run: sp => sp.web.siteGroups.add({ Title: group.title, Description: group.description.fr }),
      onSuccess: g => { res.principals[group.key] = (g as { Id: number }).Id; }
    });
  }
  for (const def of HELP_CENTER_LISTS) {
    const c = one(ctx, `list:${def.name}`);
    if (!c) continue;
    steps.push({
      checks: [c],
      run: sp => sp.web.lists.add(def.name, def.description.fr, GENERIC_LIST, false),
      onSuccess: l => { res.listIds[def.name] = (l as { Id: string }).Id; }
    });
  }
  return steps;
}

function fieldStep(ctx: PlanContext, def: ListDefinition, field: FieldDefinition, listId: string, checks: ProvisioningCheck[]): WriteStep | undefined {
  let lookupRef: string | undefined;
  if (field.lookupList) {
    const targetId = ctx.resolution.listIds[field.lookupList];
    if (!targetId) {
      ctx.skip(checks[0], `Skipped: the lookup's target list ${field.lookupList} does not exist.`);
      return undefined;
    }
    lookupRef = `{${targetId}}`;
  }
  const xml = fieldSchemaXml(def, field, lookupRef);
  return { checks, run: sp => sp.web.lists.getById(listId).fields.createFieldAsXml({ SchemaXml: xml, Options: FIELD_ADD_OPTIONS }) };
}

function listSteps(ctx: PlanContext, def: ListDefinition): WriteStep[] {
  const of = (c: ProvisioningCheck): boolean => c.list === def.name;
  const checks = pendingChecks(ctx, of);
  if (checks.length === 0) return [];
  const listId = ctx.resolution.listIds[def.name];
  if (!listId) {
    checks.filter(c => c.kind !== 'list').forEach(c => ctx.skip(c, `Skipped: the list ${def.name} does not exist.`));
    return [];
  }
  const steps: WriteStep[] = [];
  const list = (sp: SPFI): IList => sp.web.lists.getById(listId);
  const touched: { [id: string]: boolean } = {};
  // First turn off uniqueness the schema no longer wants (sites set up by an earlier version): SharePoint refuses
  // ReadSecurity 2 on a list that still has a unique column, and a $batch runs its parts in order.
  for (const field of def.fields.filter(f => !f.unique)) {
    const c = one(ctx, `unique:${def.name}/${field.name}`);
    if (!c) continue;
    touched[c.id] = true;
    steps.push({ checks: [c], run: sp => list(sp).fields.getByInternalNameOrTitle(field.name).update({ EnforceUniqueValues: false }, 'SP.Field') });
  }
  const settings = checks.filter(c => c.kind === 'listSetting');
  if (settings.length) {
    const props: { [name: string]: boolean | number } = {};
    expectedListSettings(def).forEach(s => { if (settings.some(c => c.target === s.name)) props[s.name] = s.value; });
    steps.push({ checks: settings, run: sp => list(sp).update(props) });
  }
  const title = one(ctx, `field:${def.name}/Title`);
  if (title) {
    steps.push({ checks: [title], run: sp => list(sp).fields.getByInternalNameOrTitle('Title').update({ Required: def.titleRequired, Title: def.titleLabel.fr }, 'SP.Field') });
  }
  for (const field of def.fields) {
    const fieldCheck = one(ctx, `field:${def.name}/${field.name}`);
    const related = [one(ctx, `index:${def.name}/${field.name}`), one(ctx, `unique:${def.name}/${field.name}`)]
      .filter((c): c is ProvisioningCheck => !!c && !touched[c.id]);
    if (fieldCheck && fieldCheck.status === 'missing') {
      // The field XML carries Indexed and EnforceUniqueValues, so creating it settles those checks too.
      const step = fieldStep(ctx, def, field, listId, [fieldCheck].concat(related));
      if (step) steps.push(step);
      related.forEach(c => { touched[c.id] = true; });
      continue;
    }
    if (fieldCheck) {
      ctx.skip(fieldCheck, `The column ${field.name} exists with type ${fieldCheck.actual}, not ${field.kind}: delete it (its data goes with it) and run the set-up again.`);
    }
    if (related.length) {
      const props: { Indexed: boolean; EnforceUniqueValues?: boolean } = { Indexed: true };
      if (field.unique) props.EnforceUniqueValues = true;
      steps.push({ checks: related, run: sp => list(sp).fields.getByInternalNameOrTitle(field.name).update(props, 'SP.Field') });
      related.forEach(c => { touched[c.id] = true; });
    }
  }
  for (const builtIn of def.indexedBuiltIns) {
    const c = one(ctx, `index:${def.name}/${builtIn}`);
    if (c && !touched[c.id]) steps.push({ checks: [c], run: sp => list(sp).fields.getByInternalNameOrTitle(builtIn).update({ Indexed: true }, 'SP.Field') });
  }
  return steps.concat(permissionSteps(ctx, def, listId));
}

function permissionSteps(ctx: PlanContext, def: ListDefinition, listId: string): WriteStep[] {
  const steps: WriteStep[] = [];
  const res = ctx.resolution;
  const list = (sp: SPFI): IList => sp.web.lists.getById(listId);
  const permissions = one(ctx, `permissions:${def.name}`);
  if (permissions) {
    // Without copying: the list keeps only the schema's grants; clearSubscopes resets items that broke inheritance.
    steps.push(def.grants
      ? { checks: [permissions], run: sp => list(sp).breakRoleInheritance(false, true) }
      : { checks: [permissions], run: sp => list(sp).resetRoleInheritance() });
  }
  for (const grant of def.grants || []) {
    const c = one(ctx, `grant:${def.name}/${grant.principal}/${grant.role}`);
    if (!c) continue;
    const principalId = res.principals[grant.principal];
    const roleId = res.roles[grant.role];
    if (principalId === undefined || roleId === undefined) {
      ctx.skip(c, `Skipped: ${principalId === undefined ? `the ${grant.principal} group` : `the ${grant.role} permission level`} does not exist.`);
      continue;
    }
    steps.push({ checks: [c], run: sp => list(sp).roleAssignments.add(principalId, roleId) });
  }
  for (const extra of ctx.evaluation.extras.filter(e => e.list === def.name)) {
    const c = one(ctx, extra.checkId);
    if (c) steps.push({ checks: [c], run: sp => list(sp).roleAssignments.remove(extra.principalId, extra.roleId) });
  }
  return steps;
}

/** Phase 2: per list its settings, Title, fields, indexes and permissions, then the web grants. */
export function planLists(ctx: PlanContext): WriteStep[] {
  let steps: WriteStep[] = [];
  for (const def of HELP_CENTER_LISTS) steps = steps.concat(listSteps(ctx, def));
  for (const grant of HELP_CENTER_WEB_GRANTS) {
    const c = one(ctx, `webGrant:${grant.principal}/${grant.role}`);
    if (!c) continue;
    const principalId = ctx.resolution.principals[grant.principal];
    const roleId = ctx.resolution.roles[grant.role];
    if (principalId === undefined || roleId === undefined) {
      ctx.skip(c, `Skipped: ${principalId === undefined ? `the ${grant.principal} group` : `the ${grant.role} permission level`} does not exist.`);
      continue;
    }
    steps.push({ checks: [c], run: sp => sp.web.roleAssignments.add(principalId, roleId) });
  }
  return steps;
}
