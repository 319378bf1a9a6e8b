import type { Db } from '../../../platform/db/db.ts';
import type { TargetPolicy } from '../address-guard.ts';
import { type AttemptOptions, type AttemptOutcome, sendGuarded } from '../guarded-http.ts';
import { findPartnerCallback } from '../partner-callbacks.repo.ts';
import { insertDeliveries } from '../webhook-deliveries.repo.ts';

/**
 * Telling an assessment partner (Greenhouse) that a check it started has completed: a `PATCH` with
 * no body to the `url` it gave in `send_test`; Greenhouse then reads `test_status`.
 *
 * The callback is a row of the deliveries webhooks use (`kind = 'partner_callback'`) and an item of
 * the app's work queue, written in the completion's transaction, so it is sent by whichever worker
 * claims it, survives restarts, and retries on the app's one schedule with the same address guard,
 * timeout and no redirects. A repeat is harmless: it only prompts Greenhouse to read the status again.
 */

/** Queues the check's completion callback, if a partner started it and was not told yet; at most once per check. */
export async function queuePartnerCallback(db: Db, companyId: string, checkId: string) {
  const check = await findPartnerCallback(db, companyId, checkId);
  if (!check?.partner || !check.url || check.sentAt) return;
  await insertDeliveries(db, [{ companyId: check.companyId, kind: 'partner_callback', checkId, targetUrl: check.url }]);
}

/** One PATCH to the partner's callback URL. */
export function attemptPartnerCallback(url: string, policy: TargetPolicy, options: AttemptOptions = {}) {
  return sendGuarded(
    { method: 'PATCH', url, headers: { 'user-agent': 'Vouch partner callback' } },
    policy,
    options,
  ) satisfies Promise<AttemptOutcome>;
}
