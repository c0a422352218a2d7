import type { SPFI } from '@pnp/sp';
import { ReportsRepository } from './ReportsRepository';
import type { ReportFirstData, ReportRows } from './ReportsRepository';
import type { ReportPeriod } from '../../domain/reports/model';

export type { ReportFirstData, ReportRows } from './ReportsRepository';
export type { ReportReference, ReportName } from './reportReference';

/** What the reports page reads. */
export interface ReportsServices {
  /** The reference data and the first period's rows, in one `$batch` when no list is large. */
  first(period: ReportPeriod): Promise<ReportFirstData>;
  /** Another period's rows. */
  rows(period: ReportPeriod): Promise<ReportRows>;
}

/** The reports' services, bound to the help center's site. */
export function createReportsServices(sp: SPFI): ReportsServices {
  const repository = new ReportsRepository(sp);
  return { first: p => repository.first(p), rows: p => repository.rows(p) };
}
