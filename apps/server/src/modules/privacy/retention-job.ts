import type { LoopLog } from '../../platform/background-loop.ts';
import type { Db } from '../../platform/db/db.ts';
import { addErased, type Erased } from '../../platform/person-keys.ts';
import { anonymiseOldWebhookPayloads, dropExpiredReplays } from '../integrations/index.ts';
import { anonymiseOldMessages } from '../messaging/index.ts';
import { forgetNetworkOf, ownersWithNetworks } from '../network/index.ts';
import { anonymiseChecks } from '../references/index.ts';
import { anonymiseIdleReferrals } from '../referrals/index.ts';
import { dropExpiredRegistrations, membersDeactivatedBefore } from '../tenancy/index.ts';
import { anonymiseCandidateBatch } from './machinery.ts';
import { claimDueCandidates, claimDueChecks, companiesWithRetention } from './privacy.repo.ts';

/** Rows per transaction: a backlog commits in slices, never as one long lock (PGlite is one connection). */
const BATCH = 500;
/** Departed members whose networks are forgotten per transaction (each is a few statements). */
const MEMBER_BATCH = 20;

export const monthsBefore = (now: Date, months: number) => {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

export type RetentionRun = { erased: Erased; batches: number };

/**
 * Anonymises what passed its retention period, company by company: candidates never hired, checks,
 * referrals that never became candidates, departed members' networks, message bodies and webhook
 * payload copies. Each slice is claimed with `FOR UPDATE SKIP LOCKED` and committed on its own, and
 * what is done no longer matches the claim, so two workers share the work and a second run, or a
 * run after a crash, simply carries on.
 */
export async function runRetention({ db, now = new Date(), batch = BATCH }: { db: Db; now?: Date; batch?: number }) {
  const run: RetentionRun = { erased: {}, batches: 0 };
  const slices = async (work: (tx: Db) => Promise<number>) => {
    for (;;) {
      const n = await db.transaction(work);
      if (n) run.batches++;
      if (n < batch) return;
    }
  };
  for (const company of await companiesWithRetention(db)) {
    const candidatesBefore = monthsBefore(now, company.candidateMonths);
    await slices(async (tx) => {
      const ids = await claimDueCandidates(tx, company.id, candidatesBefore, now, batch);
      addErased(run.erased, await anonymiseCandidateBatch(tx, company.id, ids, now));
      return ids.length;
    });
    await slices(async (tx) => {
      const done = await anonymiseIdleReferrals(tx, company.id, candidatesBefore, batch);
      addErased(run.erased, done);
      return done.referrals ?? 0;
    });
    const checksBefore = monthsBefore(now, company.checkMonths);
    await slices(async (tx) => {
      const ids = await claimDueChecks(tx, company.id, checksBefore, batch);
      addErased(run.erased, await anonymiseChecks(tx, company.id, ids, now));
      return ids.length;
    });
    await forgetDepartedNetworks(db, company.id, daysBefore(now, company.departedContactDays), run);
    const messagesBefore = daysBefore(now, company.messageDays);
    await slices(async (tx) => {
      const n = await anonymiseOldMessages(tx, company.id, messagesBefore, batch);
      addErased(run.erased, { messages: n });
      return n;
    });
    const webhooksBefore = daysBefore(now, company.webhookDays);
    await slices(async (tx) => {
      const n = await anonymiseOldWebhookPayloads(tx, company.id, webhooksBefore, batch);
      addErased(run.erased, { webhook_payloads: n });
      return n;
    });
  }
  // Messages to people outside any company (sign-ups) keep the default period.
  await slices(async (tx) => {
    const n = await anonymiseOldMessages(tx, null, daysBefore(now, 90), batch);
    addErased(run.erased, { messages: n });
    return n;
  });
  addErased(run.erased, { api_replays: await dropExpiredReplays(db, now) });
  addErased(run.erased, await dropExpiredRegistrations(db, now));
  return run;
}

async function forgetDepartedNetworks(db: Db, companyId: string, before: Date, run: RetentionRun) {
  const owners = await ownersWithNetworks(db, companyId, await membersDeactivatedBefore(db, companyId, before));
  for (let i = 0; i < owners.length; i += MEMBER_BATCH) {
    await db.transaction(async (tx) => {
      for (const owner of owners.slice(i, i + MEMBER_BATCH))
        addErased(run.erased, await forgetNetworkOf(tx, companyId, owner));
    });
    run.batches++;
  }
}

/** The job the module registers with the process's periodic loops: hourly is plenty for periods of days. */
export const retentionJob = {
  name: 'privacy retention',
  everyMs: 60 * 60_000,
  run: async ({ db, log }: { db: Db; log: LoopLog }) => {
    const run = await runRetention({ db });
    if (run.batches) log.info({ ...run.erased, batches: run.batches }, 'personal data past its retention anonymised');
  },
};
