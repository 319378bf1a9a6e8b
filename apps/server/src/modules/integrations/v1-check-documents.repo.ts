import type { TCheckStatus, TV1ReferenceCheck } from '@vouch/contracts';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/db.ts';
import { preparedOnce } from '../../platform/db/prepared.ts';
import type { JsonText } from '../../platform/http/json-text.ts';
import { candidates, jobs } from '../hiring/index.ts';
import {
  type CheckScope,
  checkScopeFilter,
  questionnaireVersions,
  referees,
  referenceChecks,
  referenceFraudSignals,
} from '../references/index.ts';

/**
 * The integration API's reference check (`ZV1ReferenceCheck`), written as JSON text by PostgreSQL in
 * the query that finds the check: the API's hottest read then builds no rows, objects or JSON in
 * Node, and every `/api/v1` answer that shows a check (get, list, start, cancel, add referees, the
 * report) reads it from here, so there is one definition of the document. The compiled-serializer
 * test holds it to its schema: the same answers, passed through as text and encoded by zod.
 */

/** JavaScript's `toISOString()` form, as every other timestamp in the API (the columns keep milliseconds). */
const isoText = (at: SQL | AnyPgColumn) =>
  sql<string>`to_char(${at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The referees as named, in order, without those removed (replaced or withdrawn). */
const refereesJson = sql`(select coalesce(json_agg(json_build_object(
    'id', r.id, 'name', r.name, 'relationship', r.relationship, 'status', r.status,
    'answered_at', ${isoText(sql`r.answered_at`)},
    'named_consent', case when r.named_consent_method is not null and r.named_consent_at is not null then
      json_build_object('method', r.named_consent_method, 'note', r.named_consent_note,
        'confirmed_at', ${isoText(sql`r.named_consent_at`)}, 'api_key_id', r.named_consent_api_key_id) end
  ) order by r.created_at, r.id), '[]'::json)
  from ${referees} r where r.check_id = ${referenceChecks.id} and r.status <> 'removed')`;

const c = referenceChecks;

/** The document; `publicUrl` (a placeholder or a value) begins the links into Vouch. */
const documentOf = (publicUrl: unknown) => sql<JsonText<TV1ReferenceCheck>>`json_build_object(
    'id', ${c.id}, 'external_id', ${c.externalId}, 'status', ${c.status},
    'referees_wanted', ${c.refereesWanted},
    'referees_answered', (select count(*)::int from ${referees} r where r.check_id = ${c.id} and r.status = 'answered'),
    'referees', ${refereesJson},
    'report_url', case when ${c.status} = 'completed' then ${publicUrl}::text || '/reference-checks/' || ${c.id} || '/report' end,
    'candidate_url', ${publicUrl}::text || '/candidates/' || ${c.candidateId} || '?tab=references',
    'candidate', json_build_object('id', ${c.candidateId}, 'external_id', ${candidates.externalId}),
    'job', case when ${c.jobId} is not null then
      json_build_object('id', ${c.jobId}, 'external_id', ${jobs.externalId}, 'title', coalesce(${jobs.title}, '')) end,
    'template_id', ${questionnaireVersions.templateId},
    'sub_account_id', ${c.subAccountId},
    'fraud_signal_count', (select count(*)::int from ${referenceFraudSignals} f where f.check_id = ${c.id} and f.reviewed_at is null),
    'created_at', ${isoText(c.createdAt)}, 'updated_at', ${isoText(c.updatedAt)}, 'completed_at', ${isoText(c.completedAt)}
  )::text`;

function selectDocuments<Extra extends Record<string, SQL | AnyPgColumn>>(db: Db, publicUrl: unknown, extra: Extra) {
  return db
    .select({ document: documentOf(publicUrl), ...extra })
    .from(c)
    .innerJoin(candidates, eq(candidates.id, c.candidateId))
    .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, c.versionId))
    .leftJoin(jobs, eq(jobs.id, c.jobId));
}

/** `GET /api/v1/reference-checks/{id}`: a named statement, planned once per connection. */
const documentById = preparedOnce((db) =>
  selectDocuments(db, sql.placeholder('publicUrl'), {})
    .where(
      and(
        eq(c.companyId, sql.placeholder('companyId')),
        eq(c.id, sql.placeholder('checkId')),
        sql`(${sql.placeholder('subAccountId')}::uuid is null or ${c.subAccountId} = ${sql.placeholder('subAccountId')}::uuid)`,
      ),
    )
    .prepare('v1_check_document'),
);

/** One check's document for a key (`subAccountId`: a sub-account key's own checks only), or null when not visible. */
export async function findV1CheckDocument(
  db: Db,
  companyId: string,
  checkId: string,
  subAccountId: string | null,
  publicUrl: string,
): Promise<JsonText<TV1ReferenceCheck> | null> {
  const [row] = await documentById(db).execute({ companyId, checkId, subAccountId, publicUrl });
  return row?.document ?? null;
}

/** A page of documents, newest first, by the ATS's external id and status, keyset paged on (created at, id). */
export function listV1CheckDocuments(
  db: Db,
  companyId: string,
  query: { externalId?: string; status?: TCheckStatus; after: unknown[] | null; limit: number },
  scope: CheckScope,
  publicUrl: string,
) {
  const { after } = query;
  return selectDocuments(db, publicUrl, { createdAtKey: isoText(c.createdAt), id: c.id })
    .where(
      and(
        eq(c.companyId, companyId),
        query.externalId ? eq(c.externalId, query.externalId) : undefined,
        query.status ? eq(c.status, query.status) : undefined,
        checkScopeFilter(scope),
        after ? sql`(${c.createdAt}, ${c.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(c.createdAt), desc(c.id))
    .limit(query.limit);
}
