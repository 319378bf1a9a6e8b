import type { TV1Candidate, TV1CreatedCandidate, ZV1CreateCandidateRequest } from '@vouch/contracts';
import type { z } from 'zod';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, fieldError, fieldProblem, forbidden, notFound } from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { candidateKeys, findDuplicates, phoneKey, searchTextOf } from '../../hiring/index.ts';
import { latestCheckSummaries } from '../../references/index.ts';
import { isUniqueViolation } from '../../tenancy/index.ts';
import { candidateWithExternalId } from '../external-id-match.ts';
import { findVisibleCandidate, insertCandidate } from '../v1-people.repo.ts';
import { checkScopeOfKey } from './v1-common.ts';

type CreateCandidateInput = z.output<typeof ZV1CreateCandidateRequest>;

const candidateUrl = (ctx: ApiCtx, id: string) => `${ctx.config.publicUrl}/candidates/${id}`;

/**
 * An email already in use is refused with 409 and the existing candidate's id in the problem
 * (`candidate_id`), so the caller can link to that one instead; the API never merges silently.
 */
function emailTaken(candidateId: string | undefined) {
  return new AppError(
    'candidate.email_taken',
    {},
    {
      fieldErrors: [fieldProblem('email', 'candidate.email_taken')],
      extra: { candidate_id: candidateId ?? null },
    },
  );
}

/** The ATS's id is another candidate's: 409 with that candidate's id (`candidate_id`), like a taken email. */
function externalIdTaken(candidateId: string | null) {
  return new AppError(
    'candidate.external_id_taken',
    {},
    {
      fieldErrors: [fieldProblem('external_id', 'candidate.external_id_taken')],
      extra: { candidate_id: candidateId },
    },
  );
}

async function emailOwner(db: Db, companyId: string, email: string | null) {
  if (!email) return undefined;
  const dupes = await findDuplicates(db, companyId, { email });
  return dupes.find((d) => d.reason === 'email')?.candidateId;
}

/**
 * Creates a candidate under the foundation's duplicate rules: a taken email is refused, likely
 * duplicates reported. Candidates are the company's, so a sub-account key may not create them on
 * their own (403): it names its candidate when it starts a check, and then sees them through it.
 */
export async function createCandidateV1(ctx: ApiCtx, input: CreateCandidateInput): Promise<TV1CreatedCandidate> {
  if (ctx.apiKey.subAccountId) throw forbidden('api_key.sub_account_cannot_create_candidates');
  if (input.phone && !phoneKey(input.phone)) {
    throw fieldError('phone', 'candidate.phone_invalid');
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
    const row = await insertCandidate(ctx.db, ctx.tenantId, {
      ...fields,
      ...candidateKeys(fields),
      language: input.language,
      externalId: input.external_id,
      createdById: ctx.apiKey.createdById,
      searchText: searchTextOf(fields),
    });
    id = row.id;
  } catch (error) {
    // Two creations racing past the checks still meet a unique index: answer as the checks would.
    if (!isUniqueViolation(error)) throw error;
    const owner = await emailOwner(ctx.db, ctx.tenantId, input.email);
    if (owner || !input.external_id) throw emailTaken(owner);
    throw externalIdTaken(await candidateWithExternalId(ctx.db, ctx.tenantId, input.external_id));
  }
  await publish(ctx.db, { type: 'candidate.created', companyId: ctx.tenantId, candidateId: id });
  const duplicates = await findDuplicates(ctx.db, ctx.tenantId, fields, id);
  const candidate = (await getCandidateV1(ctx, id))!;
  return {
    ...candidate,
    possible_duplicates: duplicates.flatMap((d) =>
      d.reason === 'email' ? [] : [{ candidate_id: d.candidateId, name: d.name, reason: d.reason }],
    ),
  };
}

/**
 * A candidate of the key's company (anonymised ones are gone), or null. A sub-account key sees only
 * candidates of its sub-account's checks, and the summary of those checks only.
 */
export async function getCandidateV1(ctx: ApiCtx, candidateId: string): Promise<TV1Candidate | null> {
  const scope = checkScopeOfKey(ctx);
  const row = await findVisibleCandidate(ctx.db, ctx.tenantId, candidateId, scope);
  if (!row) return null;
  const summary = (await latestCheckSummaries(ctx.db, ctx.tenantId, [row.id], undefined, scope)).get(row.id);
  return {
    id: row.id,
    external_id: row.externalId,
    first_name: row.firstName,
    last_name: row.lastName,
    email: row.email,
    phone: row.phone,
    language: row.language,
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
  if (!candidate) throw notFound('candidate.not_found');
  return candidate;
}
