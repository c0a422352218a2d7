/**
 * Fault injection (switched on per test): throttling (429/503 with Retry-After), latency, and dropped
 * connections, matched by a regular expression on the request path. Plus the request log used by the
 * requests-per-render benchmarks.
 */
export interface FaultRule {
  /** Regular expression tested against the path and query of the request. */
  match: string;
  status?: 429 | 503;
  /** How many requests the rule affects; 1 when omitted. */
  times?: number;
  /** Seconds, sent as Retry-After with a status. */
  retryAfter?: number;
  latencyMs?: number;
  /** Destroys the socket without an answer. */
  drop?: boolean;
  /** Handles the request, then destroys the socket without sending the answer (the write happened). */
  dropAfterWrite?: boolean;
}

interface ActiveRule extends FaultRule {
  regex: RegExp;
  remaining: number;
}

export class FaultInjector {
  private rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    if (typeof rule.match !== 'string') throw new Error('A fault needs a "match" regular expression.');
    if (rule.status !== undefined && rule.status !== 429 && rule.status !== 503) throw new Error('A fault status must be 429 or 503.');
    this.rules.push({ ...rule, regex: new RegExp(rule.match, 'i'), remaining: rule.times ?? 1 });
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map(({ regex: _r, remaining, ...rule }) => ({ ...rule, times: remaining }));
  }

  /** Consumes one use of the first rule matching the request, if any. */
  take(pathAndQuery: string): FaultRule | undefined {
    const rule = this.rules.find((r) => r.remaining > 0 && r.regex.test(pathAndQuery));
    if (!rule) return undefined;
    rule.remaining--;
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return rule;
  }
}

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  at: string;
  user: string;
  /** For a `$batch`: its parts' request lines (`GET https://…/_api/web/…`). */
  parts?: string[];
}
