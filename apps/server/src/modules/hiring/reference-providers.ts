import type { TCheckStallReason, TCheckSummary, TReferenceCheckSettings } from '@vouch/contracts';
import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { FieldProblem } from '../../platform/errors.ts';

/**
 * What hiring shows of reference checks (a status per candidate) and asks of them (are a step's
 * settings usable). The references module provides both when the app is built, so hiring never imports it.
 */
type ListColumns = {
  /**
   * A subquery on the candidate `candidateId` (the outer row's id) whose value `readCheckSummary` reads:
   * the newest check that was not cancelled (of `jobId` only, when given). The list embeds it, so a
   * page is one statement.
   */
  checkSummary: (companyId: string | Placeholder, candidateId: SQL, jobId?: string | Placeholder) => SQL;
  readCheckSummary: (value: unknown) => TCheckSummary | null;
  /** A subquery on the candidate: why their "Reference check" step (of `jobId`, when given) could start no check. */
  stall: (
    companyId: string | Placeholder,
    candidateId: SQL,
    jobId?: string | Placeholder,
  ) => SQL<TCheckStallReason | null>;
};
type SettingsCheck = (db: Db, companyId: string, settings: TReferenceCheckSettings) => Promise<FieldProblem[]>;

type Providers = { listColumns: ListColumns; settings: SettingsCheck };

const providers: Providers = {
  listColumns: {
    checkSummary: () => sql`null`,
    readCheckSummary: () => null,
    stall: () => sql<null>`null`,
  },
  settings: async () => [],
};

export function provideReferenceChecks(given: Providers) {
  Object.assign(providers, given);
}

export const referenceListColumns = (): ListColumns => providers.listColumns;
export const stepSettingsProblems: SettingsCheck = (...args) => providers.settings(...args);
