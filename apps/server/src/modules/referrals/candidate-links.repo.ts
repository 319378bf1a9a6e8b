import { NETWORK_MARKS, type TDuplicateMatch } from '@vouch/contracts';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { candidateKeys, companyKey, findCandidateRow, findDuplicates } from '../hiring/index.ts';
import { notExcludedReferral } from './introductions.repo.ts';
import { referrals } from './referrals.tables.ts';

/**
 * One truth (PRODUCT.md): an employee's mark on someone who is, or becomes, a candidate is linked to
 * that candidate (`referrals.candidate_id`), so it shows on their Referrals tab beside the requests.
 * The link is made by the duplicate rules of hiring: at mark time against existing candidates, and
 * when a candidate is created against existing marks.
 */

type Person = {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  company: string | null;
};

const STRENGTH: TDuplicateMatch['reason'][] = ['email', 'linkedin', 'phone', 'name_company'];

/** The one candidate this person most likely is: the strongest rule that names exactly one, else null. */
export async function matchingCandidateId(db: Db, companyId: string, person: Person): Promise<string | null> {
  const matches = await findDuplicates(db, companyId, { ...person, currentCompany: person.company });
  for (const reason of STRENGTH) {
    const found = new Set(matches.filter((m) => m.reason === reason).map((m) => m.candidateId));
    if (found.size === 1) return [...found][0];
    // Two candidates by the same rule: guessing would put a mark on the wrong person's profile.
    if (found.size > 1) return null;
  }
  return null;
}

/** Links the company's unlinked marks on this new candidate's person to them; returns how many. */
export async function linkMarksToCandidate(tx: Db, companyId: string, candidateId: string) {
  const candidate = await findCandidateRow(tx, companyId, candidateId);
  if (!candidate) return 0;
  const keys = candidateKeys(candidate);
  const employer = companyKey(candidate.currentCompany);
  const tests = [
    keys.emailKey ? eq(referrals.emailKey, keys.emailKey) : undefined,
    keys.linkedinKey ? eq(referrals.linkedinKey, keys.linkedinKey) : undefined,
    keys.nameCompanyKey && employer ? eq(referrals.companyKey, employer) : undefined,
  ].filter(Boolean);
  if (!tests.length) return 0;
  const rows = await tx
    .select({
      id: referrals.id,
      firstName: referrals.firstName,
      lastName: referrals.lastName,
      emailKey: referrals.emailKey,
      linkedinKey: referrals.linkedinKey,
      company: referrals.company,
    })
    .from(referrals)
    .where(
      and(
        eq(referrals.companyId, companyId),
        isNull(referrals.candidateId),
        inArray(referrals.source, [...NETWORK_MARKS]),
        or(...tests),
      ),
    )
    .limit(500);
  // Same email or LinkedIn profile, or the same name at the same employer (checked here, folded as hiring folds it).
  const ids = rows
    .filter(
      (r) =>
        (keys.emailKey && r.emailKey === keys.emailKey) ||
        (keys.linkedinKey && r.linkedinKey === keys.linkedinKey) ||
        (keys.nameCompanyKey &&
          candidateKeys({ ...r, currentCompany: r.company }).nameCompanyKey === keys.nameCompanyKey),
    )
    .map((r) => r.id);
  if (!ids.length) return 0;
  await tx
    .update(referrals)
    .set({ candidateId })
    .where(and(eq(referrals.companyId, companyId), inArray(referrals.id, ids), isNull(referrals.candidateId)));
  return ids.length;
}

/** A referral's person and links, locked for "Add to job"; null when the company has no such (visible) referral. */
export async function lockReferralPerson(tx: Db, companyId: string, referralId: string) {
  const [row] = await tx
    .select({
      id: referrals.id,
      source: referrals.source,
      status: referrals.status,
      candidateId: referrals.candidateId,
      jobId: referrals.jobId,
      departmentId: referrals.departmentId,
      firstName: referrals.firstName,
      lastName: referrals.lastName,
      email: referrals.email,
      phone: referrals.phone,
      linkedinUrl: referrals.linkedinUrl,
      company: referrals.company,
      position: referrals.position,
      skills: referrals.skills,
    })
    .from(referrals)
    .where(and(eq(referrals.companyId, companyId), eq(referrals.id, referralId), notExcludedReferral(companyId)))
    .for('update');
  return row ?? null;
}

/** The referral now names its candidate and the job they were put on (and that job's department when it had none). */
export async function linkReferralToJob(
  tx: Db,
  companyId: string,
  referralId: string,
  link: { candidateId: string; jobId: string; departmentId: string | null },
) {
  await tx
    .update(referrals)
    .set({
      candidateId: link.candidateId,
      jobId: link.jobId,
      departmentId: sql`coalesce(${referrals.departmentId}, ${link.departmentId}::uuid)`,
      actedAt: sql`coalesce(${referrals.actedAt}, now())`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(referrals.companyId, companyId), eq(referrals.id, referralId)));
}
