import type { TReferee, TReferenceCheck, TReferenceCheckListItem } from '@vouch/contracts';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/db.ts';
import { preparedOnce } from '../../platform/db/prepared.ts';
import { candidates, jobs } from '../hiring/index.ts';
import { memberships, users } from '../tenancy/index.ts';
import { attentionColumns, attentionOf } from './check-attention.ts';
import {
  membershipSubAccounts,
  questionnaireTemplates,
  questionnaireVersions,
  referees,
  referenceChecks,
  referenceCheckVersions,
  referenceFraudSignals,
  subAccounts,
} from './references.tables.ts';
import { refereeVerification } from './use-cases/verification.ts';

type RefereeRow = typeof referees.$inferSelect;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Which checks a caller sees: all of the company's, or only those of some sub-accounts; or, for a
 * member, "their sub-accounts if they are limited to any, else all", decided inside the query that
 * reads the checks instead of by a query of its own.
 */
export type CheckScope =
  | { kind: 'all' }
  | { kind: 'sub_accounts'; ids: string[] }
  | { kind: 'member'; membershipId: string };
/** The scope as a filter on a sub-account column (a check's by default; a stalled step's too). */
export const checkScopeFilter = (
  scope: CheckScope,
  subAccountId: AnyPgColumn = referenceChecks.subAccountId,
): SQL | undefined => {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'member') {
    const limits = sql`(select m.sub_account_id from ${membershipSubAccounts} m where m.membership_id = ${scope.membershipId})`;
    return sql`(not exists ${limits} or ${subAccountId} in ${limits})`;
  }
  return scope.ids.length ? inArray(subAccountId, scope.ids) : sql`false`;
};

/** What a check's view shows of a referee, selected as JSON with the check (see refereesColumn). */
const refereeFields = {
  id: 'id',
  name: 'name',
  email: 'email',
  phone: 'phone',
  relationship: 'relationship',
  company: 'company',
  workedTogether: 'worked_together',
  language: 'language',
  addedBy: 'added_by',
  status: 'status',
  declineReason: 'decline_reason',
  remindersSent: 'reminders_sent',
  nextReminderAt: 'next_reminder_at',
  invitedAt: 'invited_at',
  openedAt: 'opened_at',
  startedAt: 'started_at',
  answeredAt: 'answered_at',
  declinedAt: 'declined_at',
  bouncedAt: 'bounced_at',
  answersWithdrawnAt: 'answers_withdrawn_at',
  verifiedAt: 'verified_at',
  verifiedBy: 'verified_by',
  statedRelationship: 'stated_relationship',
  namedConsentMethod: 'named_consent_method',
  namedConsentNote: 'named_consent_note',
  namedConsentAt: 'named_consent_at',
  namedConsentApiKeyId: 'named_consent_api_key_id',
} as const;
type RefereeJson = {
  [K in keyof typeof refereeFields]: K extends keyof RefereeRow
    ? RefereeRow[K] extends Date | null
      ? string | null
      : RefereeRow[K]
    : never;
} & {
  /** The member who confirmed the candidate's consent to this referee, when the recruiter named them. */
  namedConsentByName: string | null;
};

/** The check's referees in the order they were named, in the check's own row instead of a query of their own. */
const refereesColumn = sql<RefereeJson[]>`(select coalesce(json_agg(json_build_object(${sql.raw(
  Object.entries(refereeFields)
    .map(([key, column]) => `'${key}', r.${column}`)
    .join(', '),
)}, 'namedConsentByName', (select u.name from ${memberships} m join ${users} u on u.id = m.user_id where m.id = r.named_consent_by_id)) order by r.created_at, r.id), '[]'::json) from ${referees} r where r.check_id = ${referenceChecks.id})`;

// JSON carries PostgreSQL's timestamp text; the API answers JavaScript's ISO form, as for columns.
const isoText = (t: string | null) => (t ? new Date(t).toISOString() : null);

export function refereeView(r: RefereeJson): TReferee {
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
    nextReminderAt: isoText(r.nextReminderAt),
    verification: refereeVerification({ email: r.email, company: r.company }),
    verifiedBy: r.verifiedAt ? r.verifiedBy : null,
    statedRelationship: r.statedRelationship,
    namedConsent:
      r.namedConsentMethod && r.namedConsentAt
        ? {
            method: r.namedConsentMethod,
            note: r.namedConsentNote,
            confirmedAt: isoText(r.namedConsentAt)!,
            confirmedByName: r.namedConsentByName,
            apiKeyId: r.namedConsentApiKeyId,
          }
        : null,
    invitedAt: isoText(r.invitedAt),
    openedAt: isoText(r.openedAt),
    startedAt: isoText(r.startedAt),
    answeredAt: isoText(r.answeredAt),
    declinedAt: isoText(r.declinedAt),
    bouncedAt: isoText(r.bouncedAt),
    answersWithdrawnAt: isoText(r.answersWithdrawnAt),
  };
}

/** The counts behind "2 of 3": from the referees' statuses and the unreviewed fraud signals. */
export const summaryColumns = {
  requested: sql<number>`(select count(*)::int from ${referees} r where r.check_id = ${referenceChecks.id} and r.status <> 'removed')`,
  answered: sql<number>`(select count(*)::int from ${referees} r where r.check_id = ${referenceChecks.id} and r.status = 'answered')`,
  declined: sql<number>`(select count(*)::int from ${referees} r where r.check_id = ${referenceChecks.id} and r.status = 'declined')`,
  bounced: sql<number>`(select count(*)::int from ${referees} r where r.check_id = ${referenceChecks.id} and r.status = 'bounced')`,
  fraudSignals: sql<number>`(select count(*)::int from ${referenceFraudSignals} f where f.check_id = ${referenceChecks.id} and f.reviewed_at is null)`,
};

export const candidateName = sql<string>`${candidates.firstName} || ' ' || ${candidates.lastName}`;

/** The checks with what the list shows; `whole` (one check's view) adds their referees. */
function selectChecks(db: Db, whole = false) {
  return db
    .select({
      check: referenceChecks,
      candidateName,
      jobTitle: jobs.title,
      subAccountName: subAccounts.name,
      templateId: questionnaireTemplates.id,
      templateName: questionnaireTemplates.name,
      templateVersion: questionnaireVersions.version,
      referees: whole ? refereesColumn : sql<RefereeJson[]>`'[]'::json`,
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
const selectWholeChecks = (db: Db) => selectChecks(db, true);
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

function viewOf(row: CheckRow): TReferenceCheck {
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
    referees: row.referees.map(refereeView),
  };
}

/** One check as the API shows it, or null when it is not the company's (or outside the scope). One query. */
export async function loadCheckView(
  db: Db,
  companyId: string,
  checkId: string,
  scope: CheckScope = { kind: 'all' },
): Promise<TReferenceCheck | null> {
  const [row] = await selectWholeChecks(db).where(
    and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.id, checkId), checkScopeFilter(scope)),
  );
  return row ? viewOf(row) : null;
}

/** Every check of one candidate, newest first. */
export async function listCandidateChecks(
  db: Db,
  companyId: string,
  candidateId: string,
  scope: CheckScope = { kind: 'all' },
): Promise<TReferenceCheck[]> {
  const rows = await selectWholeChecks(db)
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        eq(referenceChecks.candidateId, candidateId),
        checkScopeFilter(scope),
      ),
    )
    .orderBy(desc(referenceChecks.createdAt), desc(referenceChecks.id))
    .limit(200);
  return rows.map(viewOf);
}

/** The running (not final) check of a candidate for a job, if any: there may be only one. */
const runningCheck = preparedOnce((db) =>
  db
    .select({ id: referenceChecks.id })
    .from(referenceChecks)
    .where(
      and(
        eq(referenceChecks.companyId, sql.placeholder('companyId')),
        eq(referenceChecks.candidateId, sql.placeholder('candidateId')),
        sql`${referenceChecks.jobId} is not distinct from ${sql.placeholder('jobId')}::uuid`,
        inArray(referenceChecks.status, ['awaiting_referees', 'in_progress']),
      ),
    )
    .limit(1)
    .prepare('running_check_of'),
);

/** Every start asks this: a named statement. */
export async function runningCheckOf(db: Db, companyId: string, candidateId: string, jobId: string | null) {
  const [row] = await runningCheck(db).execute({ companyId, candidateId, jobId });
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
