import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/db.ts';
import { issueLinkToken } from '../tenancy/index.ts';
import type { referenceChecks } from './references.tables.ts';

/**
 * The candidate's and referees' links. Each send issues a fresh token (only hashes are stored, so an
 * old link cannot be re-sent); older links stay valid until the check's links expire, so the first
 * email still works after a reminder.
 */

export const candidatePageUrl = (config: Pick<Config, 'publicUrl'>, token: string) => `${config.publicUrl}/c/${token}`;

export const refereePageUrl = (config: Pick<Config, 'publicUrl'>, token: string) => `${config.publicUrl}/r/${token}`;

/** The privacy page behind the same link: what they gave, withdrawing consent, asking for erasure. */
export const privacyPageUrl = (pageUrl: string) => `${pageUrl}/privacy`;

const ttlUntil = (expiresAt: Date) => Math.max(expiresAt.getTime() - Date.now(), 60_000);

/** A link to the candidate's page, e.g. for the recruiter to copy when the channel is `none`. */
export async function issueCandidateToken(db: Db, check: typeof referenceChecks.$inferSelect) {
  return issueLinkToken(db, {
    purpose: 'reference_candidate',
    companyId: check.companyId,
    subjectId: check.id,
    ttlMs: ttlUntil(check.linksExpireAt),
  });
}

export async function issueRefereeToken(db: Db, check: typeof referenceChecks.$inferSelect, refereeId: string) {
  return issueLinkToken(db, {
    purpose: 'reference_referee',
    companyId: check.companyId,
    subjectId: refereeId,
    ttlMs: ttlUntil(check.linksExpireAt),
  });
}
