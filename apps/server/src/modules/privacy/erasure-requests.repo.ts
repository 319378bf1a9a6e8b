import type { TPrivacySubject } from '@vouch/contracts';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { rowsOf } from '../../platform/db/ids.ts';
import { erasureRequests } from './privacy.tables.ts';

type Subject = { companyId: string; subjectKind: TPrivacySubject; subjectId: string };

const ofSubject = ({ companyId, subjectKind, subjectId }: Subject) =>
  and(
    eq(erasureRequests.companyId, companyId),
    eq(erasureRequests.subjectKind, subjectKind),
    eq(erasureRequests.subjectId, subjectId),
  );

/** The person's request, if they made one. */
export async function findErasureRequestOf(db: Db, subject: Subject) {
  const [row] = await db.select().from(erasureRequests).where(ofSubject(subject));
  return row ?? null;
}

/**
 * Records the request unless the person already made one; `created` says which. One statement, so
 * two presses at once record one request.
 */
export async function insertErasureRequest(db: Db, subject: Subject, dueAt: Date, requestedAt: Date) {
  const [created] = await db
    .insert(erasureRequests)
    .values({
      ...subject,
      candidateId: subject.subjectKind === 'candidate' ? subject.subjectId : null,
      refereeId: subject.subjectKind === 'referee' ? subject.subjectId : null,
      requestedAt,
      dueAt,
    })
    .onConflictDoNothing()
    .returning();
  if (created) return { row: created, created: true };
  return { row: (await findErasureRequestOf(db, subject))!, created: false };
}

/** One of the company's requests, locked for an admin's act. */
export async function lockErasureRequest(db: Db, companyId: string, id: string) {
  const [row] = await db
    .select()
    .from(erasureRequests)
    .where(and(eq(erasureRequests.companyId, companyId), eq(erasureRequests.id, id)))
    .for('update');
  return row ?? null;
}

export async function keepErasureRequest(db: Db, companyId: string, id: string, reason: string, keptById: string) {
  const [row] = await db
    .update(erasureRequests)
    .set({ keepReason: reason, keptById, keptAt: sql`now()` })
    .where(and(eq(erasureRequests.companyId, companyId), eq(erasureRequests.id, id), isNull(erasureRequests.erasedAt)))
    .returning();
  return row ?? null;
}

export async function markErasureRequestDone(db: Db, companyId: string, id: string, erasedAt: Date, receiptId: string) {
  await db
    .update(erasureRequests)
    .set({ erasedAt, receiptId })
    .where(and(eq(erasureRequests.companyId, companyId), eq(erasureRequests.id, id)));
}

/**
 * The next request due at `now` in any company, locked, skipping one another worker holds. Across
 * companies on purpose: the job finds what is due, and everything after takes the row's company.
 */
export async function claimDueErasureRequest(db: Db, now: Date) {
  const [row] = await db
    .select()
    .from(erasureRequests)
    .where(
      and(
        isNull(erasureRequests.erasedAt),
        isNull(erasureRequests.keptAt),
        sql`${erasureRequests.dueAt} <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(erasureRequests.dueAt)
    .limit(1)
    .for('update', { skipLocked: true });
  return row ?? null;
}

/** The company's requests for the admin list, newest first, with the person's name as the company holds it. */
export async function listErasureRequests(db: Db, companyId: string, limit = 200) {
  return rowsOf<{
    id: string;
    subject_kind: TPrivacySubject;
    name: string | null;
    created_at: string | Date;
    due_at: string | Date;
    keep_reason: string | null;
    kept_by_name: string | null;
    kept_at: string | Date | null;
    erased_at: string | Date | null;
  }>(
    await db.execute(sql`
    select q.id, q.subject_kind, q.created_at, q.due_at, q.keep_reason, q.kept_at, q.erased_at,
      case when q.erased_at is not null then null
        when q.subject_kind = 'candidate' then (select trim(c.first_name || ' ' || c.last_name) from candidates c
          where c.company_id = q.company_id and c.id = q.candidate_id)
        else (select r.name from referees r where r.company_id = q.company_id and r.id = q.referee_id) end as name,
      coalesce(nullif(u.name, ''), u.email) as kept_by_name
    from erasure_requests q
    left join memberships m on m.company_id = q.company_id and m.id = q.kept_by_id
    left join users u on u.id = m.user_id
    where q.company_id = ${companyId}
    order by q.created_at desc, q.id desc limit ${limit}`),
  );
}
