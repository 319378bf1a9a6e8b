import type { TReferralPolicy } from '@vouch/contracts';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { referralPolicies } from './referrals.tables.ts';

/** Seed 001's defaults: what a company without a policy row has. */
export const DEFAULT_POLICY: TReferralPolicy = {
  acceptKnownFromAgents: false,
  acceptKnownFromEmployees: false,
  ownershipMode: 'candidate',
  maxAgentSubmissionsPerJob: 0,
  showSelfAppliedToReferrer: false,
};

export async function loadPolicy(db: Db, companyId: string): Promise<TReferralPolicy> {
  const [row] = await db.select().from(referralPolicies).where(eq(referralPolicies.companyId, companyId));
  if (!row) return DEFAULT_POLICY;
  return {
    acceptKnownFromAgents: row.acceptKnownFromAgents,
    acceptKnownFromEmployees: row.acceptKnownFromEmployees,
    ownershipMode: row.ownershipMode,
    maxAgentSubmissionsPerJob: row.maxAgentSubmissionsPerJob,
    showSelfAppliedToReferrer: row.showSelfAppliedToReferrer,
  };
}

export async function savePolicy(db: Db, companyId: string, policy: TReferralPolicy, updatedById: string | null) {
  await db
    .insert(referralPolicies)
    .values({ companyId, ...policy, updatedById })
    .onConflictDoUpdate({ target: referralPolicies.companyId, set: { ...policy, updatedById, updatedAt: sql`now()` } });
}
