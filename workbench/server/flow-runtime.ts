/**
 * A small runner for Power Automate / Logic Apps workflow definitions, enough to run the help center's mailer
 * (flows/help-center-mailer/definition.json) as it is shipped, so the workbench emulates the flow by executing
 * the very file an owner imports — not a rewrite of it.
 *
 * It runs one pass (one trigger firing) of a Recurrence flow: actions in `runAfter` order, If, Switch, Foreach,
 * Until, Scope, Compose, Query, the variable actions, Terminate, and OpenApiConnection actions handed to the
 * connectors the caller binds (SharePoint's "Send an HTTP request", Outlook's "Send an email from a shared mailbox").
 *
 * Rules of the service it enforces, stricter where unsure (Microsoft Learn, "Schema reference guide for trigger
 * and action types", "Run actions based on group status by using scopes", "Handle errors and exceptions"):
 * action names are unique in the whole definition; variables are initialized at the top level only; a Set variable
 * may not read the variable it sets; a Foreach that sets variables runs its iterations one at a time
 * (`concurrency.repetitions: 1`); an action runs when each `runAfter` predecessor ended in a listed status and is
 * Skipped otherwise; a scope, loop or run fails when one of its actions failed and no action ran after that failure;
 * a connector call answered 408, 429 or 5xx is retried (the default policy: four retries) unless
 * `retryPolicy.type` is `none`. Foreach iterations run one after the other (the flow asks for that anyway).
 */
import type { ExpressionScope, Json } from './flow-expressions';
import { evaluateExpression, evaluateValue, ExpressionError, toText, variablesNamed } from './flow-expressions';

/** What a connector answers (as an OpenApiConnection action's outputs). */
export interface ConnectorResponse {
  statusCode: number;
  headers?: Record<string, string>;
  body: Json;
}

/** An API connection: the operation id and the evaluated `parameters` of the action. */
export type Connector = (operationId: string, parameters: Record<string, Json>) => Promise<ConnectorResponse>;

/** One connector call, for whoever watches the run (the workbench's endpoint reports what was sent). */
export interface TraceEntry {
  action: string;
  operationId: string;
  /** The call's evaluated parameters (what the run history shows as the action's inputs). */
  parameters: Record<string, Json>;
  status: 'Succeeded' | 'Failed';
  statusCode: number;
}

export interface RunResult {
  status: 'Succeeded' | 'Failed' | 'Cancelled';
  /** Terminate's runError, or the first failure that failed the run. */
  error?: { code: string; message: string };
  trace: TraceEntry[];
}

export interface RunOptions {
  /** Values of the definition's parameters (others keep their defaultValue). */
  parameters?: Record<string, Json>;
  /** Connectors by the `connectionName` of the actions' `host`. */
  connectors: Record<string, Connector>;
  now?: () => Date;
  /** Wait before a connector retry (the service waits 5 to 45 s; the workbench waits less). */
  retryDelayMs?: number;
}

type Status = 'Succeeded' | 'Failed' | 'Skipped' | 'TimedOut' | 'Cancelled';

interface Action {
  type: string;
  runAfter?: Record<string, string[]>;
  inputs?: unknown;
  expression?: unknown;
  actions?: Record<string, Action>;
  else?: { actions?: Record<string, Action> };
  cases?: Record<string, { case: string | number; actions?: Record<string, Action> }>;
  default?: { actions?: Record<string, Action> };
  foreach?: unknown;
  limit?: { count?: number; timeout?: string };
  runtimeConfiguration?: { concurrency?: { repetitions?: number } };
}

interface Definition {
  parameters?: Record<string, { type?: string; defaultValue?: Json }>;
  triggers?: Record<string, { type: string }>;
  actions: Record<string, Action>;
}

/** The definition is not one this runner (or the service) accepts. */
export class DefinitionError extends Error {}

class Terminated extends Error {
  constructor(readonly status: 'Succeeded' | 'Failed' | 'Cancelled', readonly runError?: { code: string; message: string }) {
    super(`Terminated: ${status}`);
  }
}

const CONTAINERS = ['If', 'Switch', 'Foreach', 'Until', 'Scope'];
const KNOWN = [...CONTAINERS, 'Compose', 'Query', 'InitializeVariable', 'SetVariable', 'AppendToStringVariable', 'Terminate', 'OpenApiConnection'];

/** Every scope (action map) of an action. */
function childScopes(a: Action): Record<string, Action>[] {
  const out: Record<string, Action>[] = [];
  if (a.actions) out.push(a.actions);
  if (a.else?.actions) out.push(a.else.actions);
  if (a.cases) for (const c of Object.values(a.cases)) if (c.actions) out.push(c.actions);
  if (a.default?.actions) out.push(a.default.actions);
  return out;
}

function namesIn(scope: Record<string, Action>, out: string[] = []): string[] {
  for (const [name, a] of Object.entries(scope)) {
    out.push(name);
    for (const child of childScopes(a)) namesIn(child, out);
  }
  return out;
}

/**
 * Power Automate's definition limits (Microsoft Learn, "Limits of automated, scheduled, and instant flows",
 * Flow definition limits): 500 actions, 8 levels of nesting, 25 Switch cases, 250 variables, 80-character names,
 * 8,192 characters per expression.
 */
export const DEFINITION_LIMITS = { actions: 500, nesting: 8, switchCases: 25, variables: 250, nameLength: 80, expressionLength: 8192 };

function longestExpression(v: unknown): number {
  if (typeof v === 'string') return v.startsWith('@') || v.includes('@{') ? v.length : 0;
  if (Array.isArray(v)) return Math.max(0, ...v.map(longestExpression));
  if (v && typeof v === 'object') return Math.max(0, ...Object.entries(v).filter(([k]) => k !== 'actions' && k !== 'else' && k !== 'cases' && k !== 'default').map(([, x]) => longestExpression(x)));
  return 0;
}

/** Checks the rules the designer and the service enforce before a run. */
function validate(def: Definition): Map<string, string> {
  const triggers = Object.values(def.triggers ?? {});
  if (triggers.length !== 1 || triggers[0].type !== 'Recurrence') throw new DefinitionError('The workbench runs flows with one Recurrence trigger.');
  const all = namesIn(def.actions);
  const dup = all.find((n, i) => all.indexOf(n) !== i);
  if (dup) throw new DefinitionError(`The action name "${dup}" is used twice: action names are unique in a definition.`);
  if (all.length > DEFINITION_LIMITS.actions) throw new DefinitionError(`The definition has ${all.length} actions: a flow holds at most ${DEFINITION_LIMITS.actions}.`);
  const long = all.find((n) => n.length > DEFINITION_LIMITS.nameLength);
  if (long) throw new DefinitionError(`The action name "${long}" is longer than ${DEFINITION_LIMITS.nameLength} characters.`);
  const variables = new Map<string, string>();
  const walk = (scope: Record<string, Action>, topLevel: boolean, inForeach: Action | undefined, depth = 0): void => {
    if (depth > DEFINITION_LIMITS.nesting) throw new DefinitionError(`Actions are nested ${depth} levels deep: a flow allows ${DEFINITION_LIMITS.nesting}.`);
    for (const [name, a] of Object.entries(scope)) {
      if (longestExpression(a) > DEFINITION_LIMITS.expressionLength) throw new DefinitionError(`"${name}" has an expression longer than ${DEFINITION_LIMITS.expressionLength} characters.`);
      if (a.type === 'Switch' && Object.keys(a.cases ?? {}).length > DEFINITION_LIMITS.switchCases) throw new DefinitionError(`"${name}" has more than ${DEFINITION_LIMITS.switchCases} cases.`);
      if (!KNOWN.includes(a.type)) throw new DefinitionError(`"${name}": the workbench's runner does not run "${a.type}" actions.`);
      for (const dep of Object.keys(a.runAfter ?? {})) {
        if (!(dep in scope)) throw new DefinitionError(`"${name}" runs after "${dep}", which is not in the same scope.`);
      }
      if (a.type === 'InitializeVariable') {
        if (!topLevel) throw new DefinitionError(`"${name}": variables are initialized at the top level of a flow only.`);
        for (const v of (a.inputs as { variables: { name: string; type: string }[] }).variables) variables.set(v.name, v.type.toLowerCase());
      }
      if (a.type === 'SetVariable' || a.type === 'AppendToStringVariable') {
        const inputs = a.inputs as { name: string; value: unknown };
        if (variablesNamed(inputs.value).includes(inputs.name)) {
          throw new DefinitionError(`"${name}": a variable cannot be set from an expression that reads it (self reference is not supported).`);
        }
        if (inForeach && inForeach.runtimeConfiguration?.concurrency?.repetitions !== 1) {
          throw new DefinitionError(`"${name}" sets a variable inside a Foreach whose iterations may run in parallel: set concurrency.repetitions to 1.`);
        }
      }
      for (const child of childScopes(a)) walk(child, false, a.type === 'Foreach' ? a : inForeach, depth + 1);
    }
  };
  walk(def.actions, true, undefined);
  if (variables.size > DEFINITION_LIMITS.variables) throw new DefinitionError(`The definition has ${variables.size} variables: a flow holds at most ${DEFINITION_LIMITS.variables}.`);
  return variables;
}

function asStatus(s: string): Status {
  return s as Status;
}

/** Runs one pass of the flow. */
export async function runFlow(definition: unknown, options: RunOptions): Promise<RunResult> {
  const def = definition as Definition;
  const types = validate(def);
  const now = options.now ?? (() => new Date());
  const variables = new Map<string, Json>();
  const results = new Map<string, { status: Status; outputs: Json }>();
  const loops: { name: string; item: Json }[] = [];
  const trace: TraceEntry[] = [];
  let firstFailure: { code: string; message: string } | undefined;

  const scope: ExpressionScope = {
    variable(name) {
      if (!variables.has(name)) throw new ExpressionError(`The variable '${name}' is not initialized.`);
      return variables.get(name) as Json;
    },
    parameter(name) {
      if (options.parameters && name in options.parameters) return options.parameters[name];
      const p = def.parameters?.[name];
      if (!p) throw new ExpressionError(`The parameter '${name}' is not defined.`);
      return p.defaultValue ?? null;
    },
    action(name) {
      const r = results.get(name);
      if (!r) throw new ExpressionError(`The action '${name}' has not run (it is skipped, or not yet reached).`);
      return r;
    },
    loopItem(name) {
      const loop = name === undefined ? loops[loops.length - 1] : [...loops].reverse().find((l) => l.name === name);
      if (!loop) throw new ExpressionError(name === undefined ? 'item() is used outside a loop.' : `items('${name}') is used outside that loop.`);
      return loop.item;
    },
    now,
  };

  const fail = (name: string, message: string): Status => {
    firstFailure = firstFailure ?? { code: 'ActionFailed', message: `${name}: ${message}` };
    return 'Failed';
  };

  const checkType = (name: string, value: Json): void => {
    const type = types.get(name);
    if (!type) throw new ExpressionError(`The variable '${name}' is not initialized.`);
    const ok = type === 'string' ? typeof value === 'string'
      : type === 'integer' ? typeof value === 'number' && Number.isInteger(value)
        : type === 'float' ? typeof value === 'number'
          : type === 'boolean' ? typeof value === 'boolean'
            : type === 'array' ? Array.isArray(value)
              : type === 'object' ? value !== null && typeof value === 'object' && !Array.isArray(value) : false;
    if (!ok) throw new ExpressionError(`The variable '${name}' of type ${type} cannot hold ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}.`);
  };

  const condition = (expression: unknown): boolean => {
    // The designer also writes conditions as objects ({"and": [{"equals": [a, b]}]}); the mailer writes expressions.
    if (typeof expression !== 'string') throw new DefinitionError('The workbench\'s runner evaluates conditions written as expressions ("@…").');
    const v = evaluateValue(expression, scope);
    if (typeof v !== 'boolean') throw new ExpressionError('A condition must be a boolean.');
    return v;
  };

  const clear = (actions: Record<string, Action>): void => {
    for (const n of namesIn(actions)) results.delete(n);
  };

  const connector = async (name: string, a: Action): Promise<Status> => {
    const inputs = a.inputs as { host: { connectionName?: string; connection?: string; operationId: string }; parameters?: unknown; retryPolicy?: { type?: string } };
    const connectionName = inputs.host.connectionName ?? inputs.host.connection ?? '';
    const call = options.connectors[connectionName];
    if (!call) throw new DefinitionError(`"${name}": no connection "${connectionName}" is bound.`);
    const parameters = evaluateValue(inputs.parameters ?? {}, scope) as Record<string, Json>;
    const retries = inputs.retryPolicy?.type === 'none' ? 0 : 4;
    let response: ConnectorResponse = { statusCode: 0, body: null };
    for (let attempt = 0; attempt <= retries; attempt++) {
      try {
        response = await call(inputs.host.operationId, parameters);
      } catch (e) {
        response = { statusCode: 502, body: { error: { code: 'BadGateway', message: (e as Error).message } } };
      }
      const retryable = response.statusCode === 408 || response.statusCode === 429 || response.statusCode >= 500;
      if (!retryable || attempt === retries) break;
      await new Promise((r) => setTimeout(r, options.retryDelayMs ?? 200));
    }
    const ok = response.statusCode < 400;
    results.set(name, { status: ok ? 'Succeeded' : 'Failed', outputs: { statusCode: response.statusCode, headers: response.headers ?? {}, body: response.body } });
    trace.push({ action: name, operationId: inputs.host.operationId, parameters, status: ok ? 'Succeeded' : 'Failed', statusCode: response.statusCode });
    return ok ? 'Succeeded' : fail(name, `${inputs.host.operationId} answered ${response.statusCode}: ${toText(response.body).slice(0, 300)}`);
  };

  const runAction = async (name: string, a: Action): Promise<Status> => {
    try {
      switch (a.type) {
        case 'Compose':
          results.set(name, { status: 'Succeeded', outputs: evaluateValue(a.inputs, scope) });
          return 'Succeeded';
        case 'Query': {
          const inputs = a.inputs as { from: unknown; where: string };
          const from = evaluateValue(inputs.from, scope);
          if (!Array.isArray(from)) throw new ExpressionError('A Query filters an array.');
          const kept: Json[] = [];
          for (const item of from) {
            loops.push({ name, item });
            try { if (condition(inputs.where)) kept.push(item); } finally { loops.pop(); }
          }
          results.set(name, { status: 'Succeeded', outputs: { body: kept } });
          return 'Succeeded';
        }
        case 'InitializeVariable':
          for (const v of (a.inputs as { variables: { name: string; value?: unknown }[] }).variables) {
            const value = evaluateValue(v.value ?? null, scope);
            checkType(v.name, value);
            variables.set(v.name, value);
          }
          break;
        case 'SetVariable': {
          const inputs = a.inputs as { name: string; value: unknown };
          const value = evaluateValue(inputs.value, scope);
          checkType(inputs.name, value);
          variables.set(inputs.name, value);
          break;
        }
        case 'AppendToStringVariable': {
          const inputs = a.inputs as { name: string; value: unknown };
          if (types.get(inputs.name) !== 'string') throw new ExpressionError(`The variable '${inputs.name}' is not a string.`);
          variables.set(inputs.name, `${scope.variable(inputs.name) as string}${toText(evaluateValue(inputs.value, scope))}`);
          break;
        }
        case 'Terminate': {
          const inputs = evaluateValue(a.inputs, scope) as { runStatus: 'Succeeded' | 'Failed' | 'Cancelled'; runError?: { code: string; message: string } };
          throw new Terminated(inputs.runStatus, inputs.runError);
        }
        case 'OpenApiConnection':
          return await connector(name, a);
        case 'Scope':
          return await runScope(a.actions ?? {});
        case 'If': {
          const branch = condition(a.expression) ? a.actions ?? {} : a.else?.actions ?? {};
          return await runScope(branch);
        }
        case 'Switch': {
          const on = evaluateValue(a.expression, scope);
          const match = Object.values(a.cases ?? {}).find((c) => c.case === on);
          return await runScope(match ? match.actions ?? {} : a.default?.actions ?? {});
        }
        case 'Foreach': {
          const items = evaluateValue(a.foreach, scope);
          if (!Array.isArray(items)) throw new ExpressionError('A Foreach runs over an array.');
          let status: Status = 'Succeeded';
          for (const item of items) {
            clear(a.actions ?? {});
            loops.push({ name, item });
            try {
              if ((await runScope(a.actions ?? {})) === 'Failed') status = 'Failed';
            } finally {
              loops.pop();
            }
          }
          return status;
        }
        case 'Until': {
          const count = a.limit?.count ?? 60;
          for (let i = 0; i < count; i++) {
            clear(a.actions ?? {});
            if ((await runScope(a.actions ?? {})) === 'Failed') return 'Failed';
            if (condition(a.expression)) break;
          }
          return 'Succeeded';
        }
        default:
          throw new DefinitionError(`"${name}": unknown action type ${a.type}.`);
      }
      results.set(name, { status: 'Succeeded', outputs: null });
      return 'Succeeded';
    } catch (e) {
      if (e instanceof Terminated || e instanceof DefinitionError) throw e;
      if (e instanceof ExpressionError) {
        results.set(name, { status: 'Failed', outputs: { error: { code: 'InvalidTemplate', message: e.message } } });
        return fail(name, e.message);
      }
      throw e;
    }
  };

  /** Runs the actions of one scope in `runAfter` order; its status (Failed when a failure was left unhandled). */
  const runScope = async (actions: Record<string, Action>): Promise<Status> => {
    const done = new Map<string, Status>();
    const names = Object.keys(actions);
    while (done.size < names.length) {
      const ready = names.find((n) => !done.has(n) && Object.keys(actions[n].runAfter ?? {}).every((d) => done.has(d)));
      if (!ready) throw new DefinitionError(`The actions ${names.filter((n) => !done.has(n)).join(', ')} wait for each other.`);
      const a = actions[ready];
      const runs = Object.entries(a.runAfter ?? {}).every(([d, allowed]) => allowed.map(asStatus).includes(done.get(d) as Status));
      if (!runs) {
        done.set(ready, 'Skipped');
        continue;
      }
      done.set(ready, await runAction(ready, a));
      const r = results.get(ready);
      if (r) r.status = done.get(ready) as Status;
      else results.set(ready, { status: done.get(ready) as Status, outputs: null });
    }
    const handled = (n: string): boolean => names.some((m) => (actions[m].runAfter?.[n] ?? []).some((s) => s === 'Failed' || s === 'TimedOut'));
    return names.some((n) => (done.get(n) === 'Failed' || done.get(n) === 'TimedOut') && !handled(n)) ? 'Failed' : 'Succeeded';
  };

  try {
    const status = await runScope(def.actions);
    return { status: status === 'Failed' ? 'Failed' : 'Succeeded', ...(status === 'Failed' && firstFailure ? { error: firstFailure } : {}), trace };
  } catch (e) {
    if (e instanceof Terminated) return { status: e.status, ...(e.runError ? { error: e.runError } : {}), trace };
    throw e;
  }
}
