import type { TCheckStatus, TReferee, TReferenceCheck, TReferenceCheckListItem } from '@vouch/contracts';
import { and, asc, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/db.ts';
import { candidates, jobs } from '../hiring/index.ts';
import { memberships, users } from '../tenancy/index.ts';
import { attentionColumns, attentionOf } from './check-attention.ts';
import {
  questionnaireTemplates,
  questionnaireVersions,
  referees,
  referenceChecks,
  referenceCheckVersions,
  referenceFraudSignals,
  subAccounts,
} from './references.tables.ts';
import { refereeVerification } from './use-cases/verification.ts';

/** A referee with the name of the member who confirmed the candidate's consent to them, if one did. */
type RefereeRow = typeof referees.$inferSelect & { namedConsentByName: string | null };
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Which checks a caller sees: all of the company's, or only those of some sub-accounts. */
export type CheckScope = { kind: 'all' } | { kind: 'sub_accounts'; ids: string[] };
export const checkScopeFilter = (scope: CheckScope): SQL | undefined =>
  scope.kind === 'all' ? undefined : scope.ids.length ? inArray(referenceChecks.subAccountId, scope.ids) : sql`false`;

export function refereeView(r: RefereeRow): TReferee {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    phone: r.phone,
    relationship: r.relationship,
    company: r.company,
    workedTogether: r.workedTogether,
    language: r.language,
    addedBy: r.addedBy,
    status: r.status,
    declineReason: r.declineReason,
    remindersSent: r.remindersSent,
    nextReminderAt: iso(r.nextReminderAt),
    verification: refereeVerification({ email: r.email, company: r.company }),
    verifiedBy: r.verifiedAt ? r.verifiedBy : null,
    statedRelationship: r.statedRelationship,
    namedConsent:
      r.namedConsentMethod && r.namedConsentAt
        ? {
            method: r.namedConsentMethod,
            note: r.namedConsentNote,
            confirmedAt: r.namedConsentAt.toISOString(),
            confirmedByName: r.namedConsentByName,
          }
        : null,
    invitedAt: iso(r.invitedAt),
    openedAt: iso(r.openedAt),
    startedAt: iso(r.startedAt),
    answeredAt: iso(r.answeredAt),
    declinedAt: iso(r.declinedAt),
    bouncedAt: iso(r.bouncedAt),
    answersWithdrawnAt: iso(r.answersWithdrawnAt),
  };
}

/** The counts behind "2 of 3": from the referees' statuses and the unreviewed fraud signals. */
const summaryColumns = {
  requested: sql<number>`(select count(*)::int from ${referees} r where r.check_id = ${referenceChecks.id} and r.status <> 'removed')`,
  answered: sql<number>`(select count(*)::int from ${referees} r where r.check_id = ${referenceChecks.id} and r.status = 'answered')`,
  declined: sql<number>`(select count(*)::int from ${referees} r where r.check_id = ${referenceChecks.id} and r.status = 'declined')`,
  bounced: sql<number>`(select count(*)::int from ${referees} r where r.check_id = ${referenceChecks.id} and r.status = 'bounced')`,
  fraudSignals: sql<number>`(select count(*)::int from ${referenceFraudSignals} f where f.check_id = ${referenceChecks.id} and f.reviewed_at is null)`,
};

const candidateName = sql<string>`${candidates.firstName} || ' ' || ${candidates.lastName}`;

function selectChecks(db: Db) {
  return db
    .select({
      check: referenceChecks,
      candidateName,
      jobTitle: jobs.title,
      subAccountName: subAccounts.name,
      templateId: questionnaireTemplates.id,
      templateName: questionnaireTemplates.name,
      templateVersion: questionnaireVersions.version,
      ...summaryColumns,
      ...attentionColumns,
    })
    .from(referenceChecks)
    .innerJoin(candidates, eq(candidates.id, referenceChecks.candidateId))
    .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, referenceChecks.versionId))
    .innerJoin(questionnaireTemplates, eq(questionnaireTemplates.id, questionnaireVersions.templateId))
    .leftJoin(jobs, eq(jobs.id, referenceChecks.jobId))
    .leftJoin(subAccounts, eq(subAccounts.id, referenceChecks.subAccountId));
}
type CheckRow = Awaited<ReturnType<ReturnType<typeof selectChecks>['where']>>[number];

function listItemOf(row: CheckRow): TReferenceCheckListItem {
  const c = row.check;
  return {
    id: c.id,
    status: c.status,
    attention: attentionOf({ ...row, ...c }),
    refereesWanted: c.refereesWanted,
    requested: row.requested,
    answered: row.answered,
    declined: row.declined,
    bounced: row.bounced,
    fraudSignals: row.fraudSignals,
    updatedAt: c.updatedAt.toISOString(),
    candidateId: c.candidateId,
    candidateName: row.candidateName,
    jobId: c.jobId,
    jobTitle: row.jobTitle,
    subAccountId: c.subAccountId,
    subAccountName: row.subAccountName,
    templateName: row.templateName,
    createdAt: c.createdAt.toISOString(),
  };
}

function viewOf(row: CheckRow, refereeRows: RefereeRow[]): TReferenceCheck {
  const c = row.check;
  return {
    ...listItemOf(row),
    templateId: row.templateId,
    templateVersion: row.templateVersion,
    language: c.language,
    candidateChannel: c.candidateChannel,
    refereeChannel: c.refereeChannel,
    refereeVerification: c.refereeVerification,
    source: c.source,
    externalId: c.externalId,
    candidateConsentAt: iso(c.candidateConsentAt),
    candidateNextReminderAt:
      c.status === 'awaiting_referees' || !c.candidateConsentAt ? iso(c.candidateNextReminderAt) : null,
    closedEarly: c.closedEarly,
    linksExpireAt: c.linksExpireAt.toISOString(),
    completedAt: iso(c.completedAt),
    cancelledAt: iso(c.cancelledAt),
    referees: refereeRows.map(refereeView),
  };
}

async function refereesOf(db: Db, checkIds: string[]) {
  if (!checkIds.length) return new Map<string, RefereeRow[]>();
  const rows = await db
    .select({ referee: referees, namedConsentByName: users.name })
    .from(referees)
    .leftJoin(memberships, eq(memberships.id, referees.namedConsentById))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(inArray(referees.checkId, checkIds))
    .orderBy(asc(referees.createdAt), asc(referees.id));
  const byCheck = new Map<string, RefereeRow[]>();
  for (const { referee: r, namedConsentByName } of rows)
    byCheck.set(r.checkId, [...(byCheck.get(r.checkId) ?? []), { ...r, namedConsentByName }]);
  return byCheck;
}

/** One check as the API shows it, or null when it is not the company's (or outside the scope). */
export async function loadCheckView(
  db: Db,
  companyId: string,
  checkId: string,
  scope: CheckScope = { kind: 'all' },
): Promise<TReferenceCheck | null> {
  const [row] = await selectChecks(db).where(
    and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.id, checkId), checkScopeFilter(scope)),
  );
  if (!row) return null;
  const byCheck = await refereesOf(db, [row.check.id]);
  return viewOf(row, byCheck.get(row.check.id) ?? []);
}

/** Every check of one candidate, newest first. */
export async function listCandidateChecks(
  db: Db,
  companyId: string,
  candidateId: string,
  scope: CheckScope = { kind: 'all' },
): Promise<TReferenceCheck[]> {
  const rows = await selectChecks(db)
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        eq(referenceChecks.candidateId, candidateId),
        checkScopeFilter(scope),
      ),
    )
    .orderBy(desc(referenceChecks.createdAt), desc(referenceChecks.id))
    .limit(200);
  const byCheck = await refereesOf(
    db,
    rows.map((r) => r.check.id),
  );
  return rows.map((r) => viewOf(r, byCheck.get(r.check.id) ?? []));
}

/** The References page: newest first, by status and candidate name, keyset paged on (createdAt, id). */
export async function listChecks(
  db: Db,
  companyId: string,
  query: { status?: TCheckStatus; q?: string; after: [string, string] | null; limit: number },
  scope: CheckScope = { kind: 'all' },
) {
  const q = query.q?.trim();
  const words = q ? q.split(/\s+/).slice(0, 5) : [];
  const rows = await selectChecks(db)
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        query.status ? eq(referenceChecks.status, query.status) : undefined,
        checkScopeFilter(scope),
        ...words.map((w) => {
          const pattern = `%${w.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
          return or(ilike(candidates.firstName, pattern), ilike(candidates.lastName, pattern));
        }),
        query.after
          ? sql`(${referenceChecks.createdAt}, ${referenceChecks.id}) < (${query.after[0]}::timestamptz, ${query.after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(referenceChecks.createdAt), desc(referenceChecks.id))
    .limit(query.limit + 1);
  return rows.map(listItemOf);
}

/** The running (not final) check of a candidate for a job, if any: there may be only one. */
export async function runningCheckOf(db: Db, companyId: string, candidateId: string, jobId: string | null) {
  const [row] = await db
    .select({ id: referenceChecks.id })
    .from(referenceChecks)
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        eq(referenceChecks.candidateId, candidateId),
        jobId ? eq(referenceChecks.jobId, jobId) : isNull(referenceChecks.jobId),
        inArray(referenceChecks.status, ['awaiting_referees', 'in_progress']),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** The newest completed check of the candidate for the job, or null. */
export async function completedCheckOf(db: Db, companyId: string, candidateId: string, jobId: string) {
  const [row] = await db
    .select({ id: referenceChecks.id })
    .from(referenceChecks)
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        eq(referenceChecks.candidateId, candidateId),
        eq(referenceChecks.jobId, jobId),
        eq(referenceChecks.status, 'completed'),
      ),
    )
    .orderBy(desc(referenceChecks.createdAt))
    .limit(1);
  return row ?? null;
}

type CheckTableRow = typeof referenceChecks.$inferSelect;

/** The check row locked for a change, or null when it is not the company's (or outside the scope). */
export async function lockCheckRow(
  db: Db,
  companyId: string,
  checkId: string,
  scope: CheckScope = { kind: 'all' },
): Promise<CheckTableRow | null> {
  const [check] = await db
    .select()
    .from(referenceChecks)
    .where(and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.id, checkId), checkScopeFilter(scope)))
    .for('update');
  return check ?? null;
}

/** Changes columns of one of the company's checks. */
export async function updateCheck(
  db: Db,
  companyId: string,
  checkId: string,
  values: PgUpdateSetSource<typeof referenceChecks>,
) {
  await db
    .update(referenceChecks)
    .set(values)
    .where(and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.id, checkId)));
}

/** Whether the check is on a job the member manages (what lets a hiring manager read its report). */
export async function isCheckOnManagedJob(db: Db, companyId: string, checkId: string, membershipId: string) {
  const [row] = await db
    .select({ id: referenceChecks.id })
    .from(referenceChecks)
    .innerJoin(jobs, eq(jobs.id, referenceChecks.jobId))
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        eq(referenceChecks.id, checkId),
        eq(jobs.companyId, companyId),
        eq(jobs.hiringManagerId, membershipId),
      ),
    );
  return !!row;
}

/** The questionnaire version the check started with. */
export async function findCheckQuestionnaire(db: Db, companyId: string, checkId: string) {
  const [version] = await db
    .select({ content: questionnaireVersions.content })
    .from(referenceChecks)
    .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, referenceChecks.versionId))
    .where(and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.id, checkId)));
  return version.content;
}

/** The other language versions the check pinned, for referees who answered in another language. */
export async function findPinnedLanguageVersions(db: Db, companyId: string, checkId: string) {
  return db
    .select({ language: referenceCheckVersions.language, content: questionnaireVersions.content })
    .from(referenceCheckVersions)
    .innerJoin(referenceChecks, eq(referenceChecks.id, referenceCheckVersions.checkId))
    .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, referenceCheckVersions.versionId))
    .where(
      and(
        eq(referenceCheckVersions.companyId, companyId),
        eq(referenceCheckVersions.checkId, checkId),
        sql`${referenceCheckVersions.versionId} <> ${referenceChecks.versionId}`,
      ),
    )
    .orderBy(asc(referenceCheckVersions.language));
}

/** One of the company's checks as stored, or null. */
export async function findCheckRow(db: Db, companyId: string, checkId: string): Promise<CheckTableRow | null> {
  const [check] = await db
    .select()
    .from(referenceChecks)
    .where(and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.id, checkId)));
  return check ?? null;
}
