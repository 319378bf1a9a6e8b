import type { TWebhookCheckData } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { findCheckEventRow, hasSubscriber } from '../webhook-events.repo.ts';
import { emitWebhookEvent } from './emit-webhook-event.ts';

/** Where a check's report opens in Vouch (the same link the recruiter is emailed). */
const reportUrl = (config: Pick<Config, 'publicUrl'>, checkId: string) =>
  `${config.publicUrl}/reference-checks/${checkId}/report`;

/**
 * The `data` of a reference check event: small and stable (ids, external ids, status, counts), with
 * `report_url` once the check is completed.
 */
export async function checkEventData(db: Db, config: Pick<Config, 'publicUrl'>, companyId: string, checkId: string) {
  const row = await findCheckEventRow(db, companyId, checkId);
  if (!row) return null;
  const { check, candidate } = row;
  const data: TWebhookCheckData = {
    id: check.id,
    external_id: check.externalId,
    status: check.status,
    candidate: { id: candidate.id, external_id: candidate.externalId },
    job_id: check.jobId,
    sub_account_id: check.subAccountId,
    referees_wanted: check.refereesWanted,
    referees_answered: Number(row.answered),
    completed_at: check.completedAt?.toISOString() ?? null,
    cancelled_at: check.cancelledAt?.toISOString() ?? null,
  };
  if (check.status === 'completed') data.report_url = reportUrl(config, check.id);
  return { companyId: check.companyId, subAccountId: check.subAccountId, data };
}

/** The events about the check itself; the referee events go through `emitRefereeEvent`. */
type CheckEventType =
  | 'reference_check.created'
  | 'reference_check.completed'
  | 'reference_check.cancelled'
  | 'reference_check.expired';

/**
 * Emits a reference check event with the check's current data, to the company's endpoints and to
 * those of the check's sub-account. Call it inside the change's transaction, after the change.
 * Returns the event id or null (no subscriber, or no such check).
 */
export async function emitCheckEvent(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  type: CheckEventType,
  companyId: string,
  checkId: string,
) {
  if (!(await hasSubscriber(db, companyId, [type]))) return null;
  const built = await checkEventData(db, config, companyId, checkId);
  if (!built) return null;
  return emitWebhookEvent(db, built.companyId, type, built.data, { subAccountId: built.subAccountId });
}
