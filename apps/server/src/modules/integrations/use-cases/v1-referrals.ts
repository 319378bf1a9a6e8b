import type { TV1Referral, ZV1CreateReferralRequest, ZV1ReferralListQuery } from '@vouch/contracts';
import type { z } from 'zod';
import { forbidden, notFound } from '../../../platform/errors.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { referOnBehalf } from '../../referrals/index.ts';
import { listReadableReferrals, type ReadableReferral, readableReferral } from '../v1-referrals.repo.ts';

export { readableReferral };

/**
 * `/api/v1/referrals`: the referral board's rows. Referrals are the company's (the employees' network
 * and the board), not a sub-account's, so a sub-account key is refused with 403 before anything is
 * looked up: it learns nothing about which referrals exist.
 */

function assertCompanyWideKey(ctx: ApiCtx) {
  if (ctx.apiKey.subAccountId) throw forbidden('api_key.sub_account_referrals');
}

function toV1Referral(row: ReadableReferral): TV1Referral {
  return {
    id: row.id,
    source: row.source,
    status: row.status,
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
  assertCompanyWideKey(ctx);
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await listReadableReferrals(ctx.db, ctx.tenantId, { ...query, after, limit: query.limit + 1 });
  const page = pageOf(rows, query.limit, (r) => [r.updatedAt.toISOString(), r.id]);
  return { data: page.items.map(toV1Referral), next_cursor: page.nextCursor };
}

export async function getReferralV1(ctx: ApiCtx, referralId: string): Promise<TV1Referral> {
  assertCompanyWideKey(ctx);
  const row = await readableReferral(ctx.db, ctx.tenantId, referralId);
  if (!row) throw notFound('referral.not_found');
  return toV1Referral(row);
}

/**
 * `POST /api/v1/referrals`: an ATS or HRIS posts a referral for one of the company's members. The
 * referrals module applies the same policy as the member's own form; the answer is the referral as
 * `GET /api/v1/referrals/{id}` reads it.
 */
export async function createReferralV1(
  ctx: ApiCtx,
  input: z.output<typeof ZV1CreateReferralRequest>,
): Promise<TV1Referral> {
  assertCompanyWideKey(ctx);
  const referralId = await referOnBehalf(ctx.db, ctx.tenantId, {
    referrerEmail: input.referrer_email,
    firstName: input.first_name,
    lastName: input.last_name,
    email: input.email,
    phone: input.phone,
    linkedinUrl: input.linkedin_url,
    company: input.current_company,
    position: input.current_title,
    language: input.language,
    jobId: input.job_id,
    relationship: input.relationship,
    note: input.note,
    candidateAware: input.candidate_aware,
    publicUrl: ctx.config.publicUrl,
  });
  return getReferralV1(ctx, referralId);
}
