import { RETENTION_LIMITS, type TRetentionSettings } from '@vouch/contracts';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { rowsOf } from '../../platform/db/ids.ts';
import { erasureReceipts, retentionExtensions, retentionSettings } from './privacy.tables.ts';

export const DEFAULT_RETENTION: TRetentionSettings = {
  candidateMonths: RETENTION_LIMITS.candidateMonths.default,
  checkMonths: RETENTION_LIMITS.checkMonths.default,
  departedContactDays: RETENTION_LIMITS.departedContactDays.default,
  messageDays: RETENTION_LIMITS.messageDays.default,
  webhookDays: RETENTION_LIMITS.webhookDays.default,
  erasureRequestDays: RETENTION_LIMITS.erasureRequestDays.default,
};

/** Raw rows of a hand-written query (the same shape on PGlite and node-postgres). */
const select = async <T>(db: Db, query: SQL) => rowsOf<T>(await db.execute(query));

const settingsColumns = {
  candidateMonths: retentionSettings.candidateMonths,
  checkMonths: retentionSettings.checkMonths,
  departedContactDays: retentionSettings.departedContactDays,
  messageDays: retentionSettings.messageDays,
  webhookDays: retentionSettings.webhookDays,
  erasureRequestDays: retentionSettings.erasureRequestDays,
};

export async function loadRetention(db: Db, companyId: string): Promise<TRetentionSettings> {
  const [row] = await db
    .select(settingsColumns)
    .from(retentionSettings)
    .where(eq(retentionSettings.companyId, companyId));
  return row ?? DEFAULT_RETENTION;
}

export async function saveRetention(db: Db, companyId: string, settings: TRetentionSettings, updatedById: string) {
  await db
    .insert(retentionSettings)
    .values({ companyId, ...settings, updatedById })
    .onConflictDoUpdate({
      target: retentionSettings.companyId,
      set: { ...settings, updatedById, updatedAt: sql`now()` },
    });
}

/** Every company with its retention (defaults where it kept them), for the job's walk. */
export async function companiesWithRetention(db: Db) {
  const rows = await select<{ id: string } & Record<keyof TRetentionSettings, number>>(
    db,
    sql`
    select c.id,
      coalesce(r.candidate_months, ${DEFAULT_RETENTION.candidateMonths})::int as "candidateMonths",
      coalesce(r.check_months, ${DEFAULT_RETENTION.checkMonths})::int as "checkMonths",
      coalesce(r.departed_contact_days, ${DEFAULT_RETENTION.departedContactDays})::int as "departedContactDays",
      coalesce(r.message_days, ${DEFAULT_RETENTION.messageDays})::int as "messageDays",
      coalesce(r.webhook_days, ${DEFAULT_RETENTION.webhookDays})::int as "webhookDays",
      coalesce(r.erasure_request_days, ${DEFAULT_RETENTION.erasureRequestDays})::int as "erasureRequestDays"
    from companies c left join retention_settings r on r.company_id = c.id
    order by c.id`,
  );
  return rows;
}

/**
 * Candidates whose last activity (their profile, a placement, a check, a referral) is before
 * `before`, never hired (at a hired step, or by a referral marked hired), not kept by an extension that runs past `now`, and not yet anonymised.
 * Locks what it returns, skipping rows another worker holds: two runs never take the same rows.
 */
function dueCandidatesSql(companyId: string, before: Date, now: Date) {
  const b = before.toISOString();
  return sql`
    from candidates c
    where c.company_id = ${companyId} and c.anonymized_at is null and c.updated_at < ${b}::timestamptz
      and not exists (select 1 from placements p join job_steps s on s.id = p.step_id
        where p.company_id = c.company_id and p.candidate_id = c.id and (s.kind = 'hired' or p.updated_at >= ${b}::timestamptz))
      and not exists (select 1 from reference_checks r
        where r.company_id = c.company_id and r.candidate_id = c.id and r.updated_at >= ${b}::timestamptz)
      and not exists (select 1 from referrals f
        where f.company_id = c.company_id and f.candidate_id = c.id and (f.status = 'hired' or f.updated_at >= ${b}::timestamptz))
      and not exists (select 1 from retention_extensions e
        where e.company_id = c.company_id and e.candidate_id = c.id and e.keep_until > ${now.toISOString()}::timestamptz)`;
}

export async function claimDueCandidates(db: Db, companyId: string, before: Date, now: Date, limit: number) {
  const rows = await select<{ id: string }>(
    db,
    sql`select c.id ${dueCandidatesSql(companyId, before, now)} order by c.updated_at limit ${limit} for update of c skip locked`,
  );
  return rows.map((r) => r.id);
}

/** The dry run: who the job would take at `at` (a week from now), with when their last activity was. */
export async function upcomingCandidates(db: Db, companyId: string, before: Date, at: Date, limit: number) {
  const rows = await select<{ id: string; name: string; last: string | Date }>(
    db,
    sql`
    select c.id, trim(c.first_name || ' ' || c.last_name) as name,
      greatest(c.updated_at,
        (select max(p.updated_at) from placements p where p.company_id = c.company_id and p.candidate_id = c.id),
        (select max(r.updated_at) from reference_checks r where r.company_id = c.company_id and r.candidate_id = c.id),
        (select max(f.updated_at) from referrals f where f.company_id = c.company_id and f.candidate_id = c.id)) as last
    ${dueCandidatesSql(companyId, before, at)}
    order by last, c.id limit ${limit}`,
  );
  return rows.map((r) => ({ id: r.id, name: r.name, lastActivityAt: new Date(r.last) }));
}

/**
 * The dry run's counts: what the job would take at `at` with these periods' cutoffs, per kind. Counts
 * only, read-only; each is one statement on the indexes the job's own scans use.
 */
export async function countDue(
  db: Db,
  companyId: string,
  at: Date,
  cutoffs: { candidates: Date; checks: Date; contacts: Date; messages: Date; webhooks: Date },
) {
  const iso = (d: Date) => d.toISOString();
  const [row] = await select<
    Record<'candidates' | 'checks' | 'departedContacts' | 'messages' | 'webhookPayloads', number>
  >(
    db,
    sql`select
      (select count(*)::int ${dueCandidatesSql(companyId, cutoffs.candidates, at)}) as "candidates",
      (select count(*)::int from reference_checks k where k.company_id = ${companyId} and k.anonymized_at is null
        and k.updated_at < ${iso(cutoffs.checks)}::timestamptz
        and not exists (select 1 from referees r where r.company_id = k.company_id and r.check_id = k.id
          and r.updated_at >= ${iso(cutoffs.checks)}::timestamptz)) as "checks",
      (select count(*)::int from contacts c join memberships m on m.company_id = c.company_id and m.id = c.owner_membership_id
        where c.company_id = ${companyId} and m.status = 'deactivated'
          and m.deactivated_at < ${iso(cutoffs.contacts)}::timestamptz) as "departedContacts",
      (select count(*)::int from messages g where g.company_id = ${companyId} and g.recipient <> ''
        and g.created_at < ${iso(cutoffs.messages)}::timestamptz) as "messages",
      (select count(*)::int from webhook_events w where w.company_id = ${companyId}
        and w.created_at < ${iso(cutoffs.webhooks)}::timestamptz and not (w.payload ? 'anonymized')) as "webhookPayloads"`,
  );
  return row;
}

/** Checks with no activity (the check, or any referee's) since `before`, not yet anonymised. */
export async function claimDueChecks(db: Db, companyId: string, before: Date, limit: number) {
  const b = before.toISOString();
  const rows = await select<{ id: string }>(
    db,
    sql`
    select k.id from reference_checks k
    where k.company_id = ${companyId} and k.anonymized_at is null and k.updated_at < ${b}::timestamptz
      and not exists (select 1 from referees r where r.company_id = k.company_id and r.check_id = k.id and r.updated_at >= ${b}::timestamptz)
    order by k.updated_at limit ${limit} for update of k skip locked`,
  );
  return rows.map((r) => r.id);
}

/** The candidate's name, or null when the company has no such candidate (or it was anonymised). */
export async function candidateNameOf(db: Db, companyId: string, candidateId: string) {
  const rows = await select<{ name: string }>(
    db,
    sql`select trim(first_name || ' ' || last_name) as name from candidates
      where company_id = ${companyId} and id = ${candidateId} and anonymized_at is null`,
  );
  return rows[0]?.name ?? null;
}

export async function insertExtension(db: Db, row: typeof retentionExtensions.$inferInsert) {
  const [saved] = await db.insert(retentionExtensions).values(row).returning();
  return saved;
}

/** An anonymised candidate's extensions keep who and when, not the words (which may name them). */
export async function emptyExtensionReasons(db: Db, companyId: string, candidateIds: string[]) {
  if (!candidateIds.length) return;
  await db
    .update(retentionExtensions)
    .set({ reason: '' })
    .where(and(eq(retentionExtensions.companyId, companyId), inArray(retentionExtensions.candidateId, candidateIds)));
}

export async function listExtensions(db: Db, companyId: string, limit = 200) {
  const rows = await select<{
    id: string;
    candidate_id: string;
    candidate_name: string;
    keep_until: string | Date;
    reason: string;
    created_by_name: string | null;
    created_at: string | Date;
  }>(
    db,
    sql`
    select e.id, e.candidate_id, trim(c.first_name || ' ' || c.last_name) as candidate_name, e.keep_until, e.reason,
      u.name as created_by_name, e.created_at
    from retention_extensions e
    join candidates c on c.company_id = e.company_id and c.id = e.candidate_id
    left join memberships m on m.company_id = e.company_id and m.id = e.created_by_id
    left join users u on u.id = m.user_id
    where e.company_id = ${companyId} and e.keep_until > now()
    order by e.created_at desc limit ${limit}`,
  );
  return rows;
}

export async function insertReceipt(db: Db, row: typeof erasureReceipts.$inferInsert) {
  const [saved] = await db.insert(erasureReceipts).values(row).returning();
  return saved;
}

export async function listReceipts(db: Db, companyId: string, limit = 200) {
  const rows = await select<{
    id: string;
    subject_kind: string;
    email_sha256: string | null;
    erased: Record<string, number>;
    erased_by_name: string | null;
    created_at: string | Date;
  }>(
    db,
    sql`
    select x.id, x.subject_kind, x.email_sha256, x.erased, u.name as erased_by_name, x.created_at
    from erasure_receipts x
    left join memberships m on m.company_id = x.company_id and m.id = x.erased_by_id
    left join users u on u.id = m.user_id
    where x.company_id = ${companyId}
    order by x.created_at desc, x.id desc limit ${limit}`,
  );
  return rows;
}
