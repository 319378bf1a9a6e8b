import type { TDuplicateMatch } from '@vouch/contracts';
import { and, eq, isNull, ne, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { unknownId } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { findCandidateRow } from '../candidates.repo.ts';
import { candidates } from '../hiring.tables.ts';
import { candidateKeys } from '../normalize.ts';

type Probe = {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  linkedinUrl?: string | null;
  currentCompany?: string | null;
};

/**
 * Candidates that are likely the same person: same email (which also blocks saving), same phone
 * in E.164, same LinkedIn profile, or same name at the same current company.
 */
export async function findDuplicates(
  db: Db,
  companyId: string,
  probe: Probe,
  excludeId?: string,
): Promise<TDuplicateMatch[]> {
  const keys = candidateKeys({ ...probe, firstName: probe.firstName ?? '', lastName: probe.lastName ?? '' });
  const hasName = !!(probe.firstName?.trim() && probe.lastName?.trim());
  const tests = [
    keys.emailKey ? eq(candidates.emailKey, keys.emailKey) : undefined,
    keys.phoneKey ? eq(candidates.phoneKey, keys.phoneKey) : undefined,
    keys.linkedinKey ? eq(candidates.linkedinKey, keys.linkedinKey) : undefined,
    hasName && keys.nameCompanyKey ? eq(candidates.nameCompanyKey, keys.nameCompanyKey) : undefined,
  ].filter(Boolean);
  if (!tests.length) return [];
  const rows = await db
    .select({
      id: candidates.id,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      emailKey: candidates.emailKey,
      phoneKey: candidates.phoneKey,
      linkedinKey: candidates.linkedinKey,
      nameCompanyKey: candidates.nameCompanyKey,
    })
    .from(candidates)
    .where(
      and(
        eq(candidates.companyId, companyId),
        isNull(candidates.anonymizedAt),
        excludeId ? ne(candidates.id, excludeId) : undefined,
        or(...tests),
      ),
    )
    .limit(10);
  return rows.map((r) => ({
    candidateId: r.id,
    name: `${r.firstName} ${r.lastName}`,
    reason:
      keys.emailKey && r.emailKey === keys.emailKey
        ? 'email'
        : keys.phoneKey && r.phoneKey === keys.phoneKey
          ? 'phone'
          : keys.linkedinKey && r.linkedinKey === keys.linkedinKey
            ? 'linkedin'
            : 'name_company',
  }));
}

/** The form's duplicate check; `excludeId` is the candidate being edited, so it must be this company's. */
export async function checkDuplicates(ctx: Ctx, { excludeId, ...probe }: Probe & { excludeId?: string }) {
  if (excludeId && !(await findCandidateRow(ctx.db, ctx.tenantId, excludeId)))
    throw unknownId('excludeId', 'candidate.unknown_candidate');
  return { matches: await findDuplicates(ctx.db, ctx.tenantId, probe, excludeId) };
}
