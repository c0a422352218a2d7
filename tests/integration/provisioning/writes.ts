// Shared by the set-up tests: what set-up writes, and what its report says is not ready.
import type { SPFI } from '@pnp/sp';
import type { Queryable } from '@pnp/queryable';
import type { ProvisioningReport } from '../../../src/data/provisioning';

const WRITE_LINE = /^(POST|MERGE|PATCH|PUT|DELETE) /;

/** Records every write PnPjs sends, including the parts of a $batch (the emulator logs only the outer POST). */
export function recordingWrites(sp: SPFI, writes: string[]): SPFI {
  return sp.using((instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      if (/\/_api\/\$batch/.test(url)) {
        String(init.body).split('\n').filter(line => WRITE_LINE.test(line)).forEach(line => writes.push(line.trim()));
      } else if ((init.method || 'GET') !== 'GET') {
        writes.push(`${init.method} ${url}`);
      }
      return [url, init, result];
    });
    return instance;
  });
}

/** The report's checks that are not ok, one line each (id, status, expected / actual). */
export function notOk(report: ProvisioningReport): string[] {
  return report.checks.filter(c => c.status !== 'ok').map(c => `${c.id} ${c.status} (${c.expected ?? ''} / ${c.actual ?? ''})`);
}
