import type { LookupAddress } from 'node:dns';
import { and, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import { Agent, request } from 'undici';
import { type BackgroundLoop, type LoopLog, startBackgroundLoop } from '../../../platform/background-loop.ts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { referenceChecks } from '../../references/references.tables.ts';
import { companies } from '../../tenancy/tenancy.tables.ts';
import { checkWebhookTarget, type Lookup, type ResolvedAddress, type TargetPolicy } from './webhook-target.ts';

/**
 * Telling an assessment partner (Greenhouse) that a check it started has completed: a `PATCH` with
 * no body to the `url` it gave in `send_test`; Greenhouse then reads `test_status`.
 *
 * Durable without a queue table: a check is due when it is completed, has a partner callback URL
 * and no `partnerCallbackSentAt`. The completion transaction (`refreshCheckStatus` or a recruiter
 * closing it) writes the status, so the mark commits with the completion, and a crash before the
 * PATCH leaves it due for the next run. `partnerCallbackSentAt` is set only after a 2xx.
 * Retries back off exponentially with jitter (30 s doubling to one hour) for three days after
 * completion; the backoff is kept in memory, so a restart simply tries again at once. Two workers
 * may both send the same PATCH, which is harmless: it only prompts Greenhouse to read the status.
 *
 * The same address guard as webhooks applies (the company's "allow private networks" setting), the
 * request connects only to the address that was checked, follows no redirects and gives up after
 * 10 seconds.
 */

const TIMEOUT_MS = 10_000;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 3_600_000;
const GIVE_UP_AFTER_MS = 3 * 86_400_000;
const BATCH = 50;

type Backoff = { attempts: number; nextAt: number };
const backoff = new Map<string, Backoff>();

const retryDelay = (attempts: number) => {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempts - 1));
  return base / 2 + Math.random() * (base / 2);
};

/** A connect-time lookup that answers only with the addresses the guard approved. */
function pinnedLookup(addresses: ResolvedAddress[]) {
  return (
    _hostname: string,
    options: { all?: boolean } | number | undefined,
    callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    if (typeof options === 'object' && options?.all) callback(null, addresses as LookupAddress[]);
    else callback(null, addresses[0].address, addresses[0].family);
  };
}

export type CallbackResult = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/** One PATCH to a partner callback URL. */
export async function sendPartnerCallback(url: string, policy: TargetPolicy, lookup?: Lookup): Promise<CallbackResult> {
  const target = await checkWebhookTarget(url, policy, lookup);
  if (!target.ok) return { ok: false, status: null, error: target.reason };
  const dispatcher = new Agent({
    connect: { lookup: pinnedLookup(target.addresses) as never, timeout: TIMEOUT_MS },
    headersTimeout: TIMEOUT_MS,
    bodyTimeout: TIMEOUT_MS,
  });
  try {
    const res = await request(target.url, {
      method: 'PATCH',
      dispatcher,
      headers: { 'user-agent': 'Vouch partner callback' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body.dump();
    if (res.statusCode >= 200 && res.statusCode < 300) return { ok: true, status: res.statusCode };
    return { ok: false, status: res.statusCode, error: `HTTP ${res.statusCode}` };
  } catch (error) {
    return { ok: false, status: null, error: (error as Error).message };
  } finally {
    await dispatcher.close().catch(() => {});
  }
}

/**
 * Sends every due partner callback whose backoff has passed. Returns what it did; `moreWaiting`
 * when a full batch was due.
 */
export async function runPartnerCallbacks(options: {
  db: Db;
  config: Pick<Config, 'webhookPrivateNetworks'>;
  log?: LoopLog;
  lookup?: Lookup;
  now?: Date;
}): Promise<{ sent: number; failed: number; moreWaiting: boolean }> {
  const { db, log, lookup } = options;
  const now = options.now ?? new Date();
  const due = await db
    .select({
      id: referenceChecks.id,
      companyId: referenceChecks.companyId,
      url: referenceChecks.partnerCallbackUrl,
      allowPrivate: companies.webhooksAllowPrivateNetworks,
    })
    .from(referenceChecks)
    .innerJoin(companies, eq(companies.id, referenceChecks.companyId))
    .where(
      and(
        eq(referenceChecks.status, 'completed'),
        isNotNull(referenceChecks.partner),
        isNotNull(referenceChecks.partnerCallbackUrl),
        isNull(referenceChecks.partnerCallbackSentAt),
        gt(referenceChecks.completedAt, new Date(now.getTime() - GIVE_UP_AFTER_MS)),
      ),
    )
    .orderBy(referenceChecks.completedAt)
    .limit(BATCH * 4);

  let sent = 0;
  let failed = 0;
  let tried = 0;
  for (const row of due) {
    const state = backoff.get(row.id);
    if (state && state.nextAt > now.getTime()) continue;
    if (tried++ >= BATCH) break;
    const policy = { operator: options.config.webhookPrivateNetworks, companyAllows: row.allowPrivate };
    const result = await sendPartnerCallback(row.url!, policy, lookup);
    if (result.ok) {
      await db
        .update(referenceChecks)
        .set({ partnerCallbackSentAt: new Date() })
        .where(and(eq(referenceChecks.id, row.id), isNull(referenceChecks.partnerCallbackSentAt)));
      backoff.delete(row.id);
      sent++;
    } else {
      const attempts = (state?.attempts ?? 0) + 1;
      backoff.set(row.id, { attempts, nextAt: now.getTime() + retryDelay(attempts) });
      failed++;
      log?.error(
        { checkId: row.id, companyId: row.companyId, attempts, status: result.status, error: result.error },
        'partner callback failed; will retry',
      );
    }
  }
  // Forget checks that are no longer due (sent elsewhere, or past the three days).
  if (due.length < BATCH * 4) {
    const stillDue = new Set(due.map((r) => r.id));
    for (const id of backoff.keys()) if (!stillDue.has(id)) backoff.delete(id);
  }
  return { sent, failed, moreWaiting: tried > BATCH };
}

/** Forgets in-memory backoff (tests). */
export const resetPartnerCallbackBackoff = () => backoff.clear();

/** The background loop sending partner callbacks, every `intervalMs` (10 s by default). */
export function startPartnerCallbackLoop(options: {
  db: Db;
  config: Pick<Config, 'webhookPrivateNetworks'>;
  log: LoopLog;
  intervalMs?: number;
}): BackgroundLoop {
  const { db, config, log, intervalMs = 10_000 } = options;
  return startBackgroundLoop({
    idleMs: intervalMs,
    log,
    failureMessage: 'partner callbacks failed; trying again at the next run',
    runOnce: async () => {
      const run = await runPartnerCallbacks({ db, config, log });
      if (run.sent) log.info({ sent: run.sent }, 'partner callbacks sent');
      return { moreWaiting: run.moreWaiting };
    },
  });
}
