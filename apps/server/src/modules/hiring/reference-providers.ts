import type { TCheckSummary, TReferenceCheckSettings } from '@vouch/contracts';
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
type SettingsCheck = (db: Db, companyId: string, settings: TReferenceCheckSettings) => Promise<FieldProblem[]>;

const providers: { summaries: SummaryLoader; settings: SettingsCheck } = {
  summaries: async () => new Map(),
  settings: async () => [],
};

export function provideReferenceChecks(given: { summaries: SummaryLoader; settings: SettingsCheck }) {
  Object.assign(providers, given);
}

export const checkSummariesOf: SummaryLoader = (...args) => providers.summaries(...args);
export const stepSettingsProblems: SettingsCheck = (...args) => providers.settings(...args);
