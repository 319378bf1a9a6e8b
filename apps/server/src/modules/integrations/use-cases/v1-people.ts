import type {
  TReferralSource,
  TReferralStatus,
  TV1Candidate,
  TV1CreatedCandidate,
  TV1Referral,
  ZV1CreateCandidateRequest,
  ZV1ReferralListQuery,
} from '@vouch/contracts';
import { and, asc, eq, gte, isNull, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, fieldError, notFound } from '../../../platform/errors.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { candidates, jobs } from '../../hiring/hiring.tables.ts';
import { candidateKeys, findDuplicates, phoneKey, searchVectorOf } from '../../hiring/index.ts';
import { latestCheckSummaries } from '../../references/index.ts';
import { onTheBoard, referrerShown, sharedReferralConditions } from '../../referrals/index.ts';
import { referrals } from '../../referrals/referrals.tables.ts';
import { isUniqueViolation } from '../../tenancy/index.ts';
import { memberships, users } from '../../tenancy/tenancy.tables.ts';
import { candidateWithExternalId } from './v1-match.ts';

type CreateCandidateInput = z.output<typeof ZV1CreateCandidateRequest>;

const candidateUrl = (ctx: ApiCtx, id: string) => `${ctx.config.publicUrl}/candidates/${id}`;

/**
 * An email already in use is refused with 409 and the existing candidate's id in the problem
 * (`candidate_id`), so the caller can link to that one instead; the API never merges silently.
 */
function emailTaken(candidateId: string | undefined) {
  const message = 'A candidate with this email already exists';
  return new AppError('email_taken', message, [{ field: 'email', message }], { candidate_id: candidateId ?? null });
}

/** The ATS's id is another candidate's: 409 with that candidate's id (`candidate_id`), like a taken email. */
function externalIdTaken(candidateId: string | null) {
  const message = 'Another candidate already has this external_id';
  return new AppError('external_id_taken', message, [{ field: 'external_id', message }], {
    candidate_id: candidateId,
  });
}

async function emailOwner(db: Db, companyId: string, email: string | null) {
  if (!email) return undefined;
  const dupes = await findDuplicates(db, companyId, { email });
  return dupes.find((d) => d.reason === 'email')?.candidateId;
}

/** Creates a candidate under the foundation's duplicate rules: a taken email is refused, likely duplicates reported. */
export async function createCandidateV1(ctx: ApiCtx, input: CreateCandidateInput): Promise<TV1CreatedCandidate> {
  if (input.phone && !phoneKey(input.phone)) {
    throw fieldError('phone', 'Not a valid phone number; include the country code, e.g. +46 70 123 45 67');
  }
  const fields = {
    firstName: input.first_name,
    lastName: input.last_name,
    email: input.email,
    phone: input.phone,
    linkedinUrl: input.linkedin_url,
    currentCompany: input.current_company,
    currentTitle: input.current_title,
  };
  const existing = await emailOwner(ctx.db, ctx.tenantId, input.email);
  if (existing) throw emailTaken(existing);
  const holder = await candidateWithExternalId(ctx.db, ctx.tenantId, input.external_id);
  if (holder) throw externalIdTaken(holder);
  let id: string;
  try {
    const [row] = await ctx.db
      .insert(candidates)
      .values({
        companyId: ctx.tenantId,
        ...fields,
        ...candidateKeys(fields),
        language: input.language,
        externalId: input.external_id,
        createdById: ctx.apiKey.createdById,
        searchVector: searchVectorOf(fields),
      })
      .returning({ id: candidates.id });
    id = row.id;
  } catch (error) {
    // Two creations racing past the checks still meet a unique index: answer as the checks would.
    if (!isUniqueViolation(error)) throw error;
    const owner = await emailOwner(ctx.db, ctx.tenantId, input.email);
    if (owner || !input.external_id) throw emailTaken(owner);
    throw externalIdTaken(await candidateWithExternalId(ctx.db, ctx.tenantId, input.external_id));
  }
  const duplicates = await findDuplicates(ctx.db, ctx.tenantId, fields, id);
  const candidate = (await getCandidateV1(ctx, id))!;
  return {
    ...candidate,
    possible_duplicates: duplicates.flatMap((d) =>
      d.reason === 'email' ? [] : [{ candidate_id: d.candidateId, name: d.name, reason: d.reason }],
    ),
  };
}

/** A candidate of the key's company (anonymised ones are gone), or null. */
export async function getCandidateV1(ctx: ApiCtx, candidateId: string): Promise<TV1Candidate | null> {
  const [row] = await ctx.db
    .select()
    .from(candidates)
    .where(
      and(eq(candidates.companyId, ctx.tenantId), eq(candidates.id, candidateId), isNull(candidates.anonymizedAt)),
    );
  if (!row) return null;
  const summary = (await latestCheckSummaries(ctx.db, ctx.tenantId, [row.id])).get(row.id);
  return {
    id: row.id,
    external_id: row.externalId,
    first_name: row.firstName,
    last_name: row.lastName,
    email: row.email,
    phone: row.phone,
    language: row.language as TV1Candidate['language'],
    linkedin_url: row.linkedinUrl,
    current_company: row.currentCompany,
    current_title: row.currentTitle,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    url: candidateUrl(ctx, row.id),
    reference_check: summary
      ? {
          id: summary.id,
          status: summary.status,
          referees_wanted: summary.refereesWanted,
          referees_answered: summary.answered,
        }
      : null,
  };
}

export async function requireCandidateV1(ctx: ApiCtx, candidateId: string) {
  const candidate = await getCandidateV1(ctx, candidateId);
  if (!candidate) throw notFound('No such candidate');
  return candidate;
}

// Referrals: the board's rows (never `passed_on` marks nobody acted on, never excluded people), with
// a cold prospect's referrer left out by the join itself, as on the board.

const referralColumns = {
  id: referrals.id,
  source: referrals.source,
  status: referrals.status,
  active: referrals.active,
  candidateId: referrals.candidateId,
  firstName: referrals.firstName,
  lastName: referrals.lastName,
  email: referrals.email,
  jobId: jobs.id,
  jobTitle: jobs.title,
  referrerId: memberships.id,
  referrerName: sql<string | null>`coalesce(nullif(${users.name}, ''), ${users.email})`,
  createdAt: referrals.createdAt,
  updatedAt: referrals.updatedAt,
  statusChangedAt: referrals.statusChangedAt,
};

function selectReferrals(db: Db, companyId: string, where: SQL | undefined) {
  return db
    .select(referralColumns)
    .from(referrals)
    .leftJoin(memberships, and(eq(memberships.id, referrals.referrerMembershipId), referrerShown()))
    .leftJoin(users, eq(users.id, memberships.userId))
    .leftJoin(jobs, and(eq(jobs.id, referrals.jobId), eq(jobs.companyId, companyId)))
    .where(
      and(
        eq(referrals.companyId, companyId),
        onTheBoard(),
        ...sharedReferralConditions(companyId, { search: null }),
        where,
      ),
    );
}

type ReferralRow = Awaited<ReturnType<typeof selectReferrals>>[number];

function toV1Referral(row: ReferralRow): TV1Referral {
  return {
    id: row.id,
    source: row.source as TReferralSource,
    status: row.status as TReferralStatus,
    active: row.active,
    candidate: { id: row.candidateId, first_name: row.firstName, last_name: row.lastName, email: row.email },
    job: row.jobId && row.jobTitle !== null ? { id: row.jobId, title: row.jobTitle } : null,
    referrer: row.referrerId ? { id: row.referrerId, name: row.referrerName ?? '' } : null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    status_changed_at: row.statusChangedAt.toISOString(),
  };
}

/** Oldest change first, so a caller syncing with `updated_since` walks forward and never misses one. */
export async function listReferralsV1(ctx: ApiCtx, query: z.output<typeof ZV1ReferralListQuery>) {
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await selectReferrals(
    ctx.db,
    ctx.tenantId,
    and(
      query.status ? eq(referrals.status, query.status) : undefined,
      query.job_id ? eq(referrals.jobId, query.job_id) : undefined,
      query.updated_since ? gte(referrals.updatedAt, new Date(query.updated_since)) : undefined,
      after
        ? sql`(${referrals.updatedAt}, ${referrals.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
        : undefined,
    ),
  )
    .orderBy(asc(referrals.updatedAt), asc(referrals.id))
    .limit(query.limit + 1);
  const page = pageOf(rows, query.limit, (r) => [r.updatedAt.toISOString(), r.id]);
  return { data: page.items.map(toV1Referral), next_cursor: page.nextCursor };
}

export async function getReferralV1(ctx: ApiCtx, referralId: string): Promise<TV1Referral> {
  const [row] = await selectReferrals(ctx.db, ctx.tenantId, eq(referrals.id, referralId));
  if (!row) throw notFound('No such referral');
  return toV1Referral(row);
}
