import { DEFAULT_PROCESS } from '@vouch/contracts';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { preparedOnce } from '../../platform/db/prepared.ts';
import { candidates, jobSteps, jobs } from '../hiring/index.ts';

/** The candidates and jobs an ATS names, found by its ids (or email, or title) within the company. */

/** The company's live (not anonymised) candidate who holds this ATS id, or null. */
const liveCandidateByExternalId = preparedOnce((db) =>
  db
    .select({ id: candidates.id })
    .from(candidates)
    .where(
      and(
        eq(candidates.companyId, sql.placeholder('companyId')),
        isNull(candidates.anonymizedAt),
        eq(candidates.externalId, sql.placeholder('externalId')),
      ),
    )
    .prepare('live_candidate_by_external_id'),
);

export async function findLiveCandidateByExternalId(db: Db, companyId: string, externalId: string) {
  const [row] = await liveCandidateByExternalId(db).execute({ companyId, externalId });
  return row ?? null;
}

/** The company's live candidate with this email key (unique per company), or null. */
const liveCandidateByEmailKey = preparedOnce((db) =>
  db
    .select({ id: candidates.id, externalId: candidates.externalId })
    .from(candidates)
    .where(
      and(
        eq(candidates.companyId, sql.placeholder('companyId')),
        isNull(candidates.anonymizedAt),
        eq(candidates.emailKey, sql.placeholder('key')),
      ),
    )
    .prepare('live_candidate_by_email_key'),
);

/** Every API start that names an email asks this: a named statement. */
export async function findLiveCandidateByEmailKey(db: Db, companyId: string, key: string) {
  const [byEmail] = await liveCandidateByEmailKey(db).execute({ companyId, key });
  return byEmail ?? null;
}

/** Gives the company's candidate this ATS id if it has none (a unique index refuses one held by another). */
export async function setCandidateExternalIdIfUnset(
  db: Db,
  companyId: string,
  candidateId: string,
  externalId: string,
) {
  await db
    .update(candidates)
    .set({ externalId, updatedAt: sql`now()` })
    .where(and(eq(candidates.companyId, companyId), eq(candidates.id, candidateId), isNull(candidates.externalId)));
}

/** The company's unarchived job by ATS id, or without one its oldest open job of the same title; or null. */
/** An ATS names its job by its own id on every start: a named statement. */
const unarchivedJobByExternalId = preparedOnce((db) =>
  db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        eq(jobs.companyId, sql.placeholder('companyId')),
        isNull(jobs.archivedAt),
        eq(jobs.externalId, sql.placeholder('externalId')),
      ),
    )
    .orderBy(asc(jobs.createdAt))
    .limit(1)
    .prepare('api_job_by_external_id'),
);

export async function findJobForApi(db: Db, companyId: string, input: { title: string; external_id: string | null }) {
  if (input.external_id) {
    const [byExternalId] = await unarchivedJobByExternalId(db).execute({ companyId, externalId: input.external_id });
    return byExternalId ?? null;
  }
  const [found] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        eq(jobs.companyId, companyId),
        isNull(jobs.archivedAt),
        eq(jobs.status, 'open'),
        sql`lower(${jobs.title}) = lower(${input.title})`,
      ),
    )
    .orderBy(asc(jobs.createdAt))
    .limit(1);
  return found ?? null;
}

/** A new open job of the company with the default process; returns its id. */
export async function insertJobWithDefaultProcess(
  db: Db,
  companyId: string,
  input: { title: string; externalId: string | null },
) {
  const [job] = await db
    .insert(jobs)
    .values({ companyId, title: input.title, externalId: input.externalId, status: 'open' })
    .returning({ id: jobs.id });
  await db
    .insert(jobSteps)
    .values(DEFAULT_PROCESS.map((s, position) => ({ companyId, jobId: job.id, name: s.name, kind: s.kind, position })));
  return job.id;
}
