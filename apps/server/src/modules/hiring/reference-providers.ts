import type { TCheckStallReason, TCheckSummary, TReferenceCheckSettings } from '@vouch/contracts';
import type { Db } from '../../platform/db/db.ts';
import type { FieldProblem } from '../../platform/errors.ts';

/**
 * What hiring shows of reference checks (a status per candidate) and asks of them (are a step's
 * settings usable). The references module provides both when the app is built, so hiring never imports it.
 */
type SummaryLoader = (
  db: Db,
  companyId: string,
  candidateIds: string[],
  jobId?: string,
) => Promise<Map<string, TCheckSummary>>;
/** Candidates whose "Reference check" step could start no check, with why. */
type StallLoader = (
  db: Db,
  companyId: string,
  candidateIds: string[],
  jobId?: string,
) => Promise<Map<string, TCheckStallReason>>;
type SettingsCheck = (db: Db, companyId: string, settings: TReferenceCheckSettings) => Promise<FieldProblem[]>;

type Providers = { summaries: SummaryLoader; stalls: StallLoader; settings: SettingsCheck };

const providers: Providers = {
  summaries: async () => new Map(),
  stalls: async () => new Map(),
  settings: async () => [],
};

export function provideReferenceChecks(given: Providers) {
  Object.assign(providers, given);
}

export const checkSummariesOf: SummaryLoader = (...args) => providers.summaries(...args);
export const checkStallsOf: StallLoader = (...args) => providers.stalls(...args);
export const stepSettingsProblems: SettingsCheck = (...args) => providers.settings(...args);
