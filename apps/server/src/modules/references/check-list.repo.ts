import type { TCheckStallListItem, TCheckStallReason, TCheckStatus, TReferenceCheckListItem } from '@vouch/contracts';
import { and, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, unionAll } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/db.ts';
import { candidates, jobs } from '../hiring/index.ts';
import { attentionColumns, attentionOf, needsAttention } from './check-attention.ts';
import { type CheckScope, candidateName, checkScopeFilter, summaryColumns } from './checks.repo.ts';
import {
  questionnaireTemplates,
  questionnaireVersions,
  referenceCheckStalls,
  referenceChecks,
  subAccounts,
} from './references.tables.ts';

export type CheckListQuery = {
  status?: TCheckStatus;
  attention?: boolean;
  q?: string;
  after: [string, string] | null;
  limit: number;
};

/** Part of the candidate's first or last name, for each of up to five words. */
function nameMatches(q: string | undefined) {
  const words = q?.trim() ? q.trim().split(/\s+/).slice(0, 5) : [];
  return words.map((w) => {
    const pattern = `%${w.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    return or(ilike(candidates.firstName, pattern), ilike(candidates.lastName, pattern));
  });
}

const before = (createdAt: AnyPgColumn, id: AnyPgColumn, after: [string, string] | null): SQL | undefined =>
  after ? sql`(${createdAt}, ${id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined;

const none = <T>() => sql<T>`null`;
const zero = sql<number>`0`;

/**
 * The References page in one statement: the company's checks (by status, attention and candidate
 * name) and the steps that could start no check (not under a status: they have none), newest first
 * and keyset paged together on (created at, id), a stalled step counting by its placement's id.
 */
export async function listChecksAndStalls(db: Db, companyId: string, query: CheckListQuery, scope: CheckScope) {
  const checks = db
    .select({
      kind: sql<'check' | 'stall'>`'check'`.as('kind'),
      id: sql<string>`${referenceChecks.id}`.as('id'),
      createdAt: sql<string>`${referenceChecks.createdAt}`.as('created_at'),
      status: sql<TCheckStatus | null>`${referenceChecks.status}`.as('status'),
      stallReason: none<TCheckStallReason | null>().as('stall_reason'),
      updatedAt: sql<string>`${referenceChecks.updatedAt}`.as('updated_at'),
      refereesWanted: sql<number>`${referenceChecks.refereesWanted}`.as('referees_wanted'),
      candidateSilentAt: sql<string | null>`${referenceChecks.candidateSilentAt}`.as('candidate_silent_at'),
      candidateId: sql<string>`${referenceChecks.candidateId}`.as('candidate_id'),
      candidateName: candidateName.as('candidate_name'),
      jobId: sql<string | null>`${referenceChecks.jobId}`.as('job_id'),
      jobTitle: sql<string | null>`${jobs.title}`.as('job_title'),
      subAccountId: sql<string | null>`${referenceChecks.subAccountId}`.as('sub_account_id'),
      subAccountName: sql<string | null>`${subAccounts.name}`.as('sub_account_name'),
      templateName: sql<string | null>`${questionnaireTemplates.name}`.as('template_name'),
      requested: summaryColumns.requested.as('requested'),
      answered: summaryColumns.answered.as('answered'),
      declined: summaryColumns.declined.as('declined'),
      bounced: summaryColumns.bounced.as('bounced'),
      fraudSignals: summaryColumns.fraudSignals.as('fraud_signals'),
      inPlay: attentionColumns.inPlay.as('in_play'),
      silentReferees: attentionColumns.silentReferees.as('silent_referees'),
      candidateUnreachable: attentionColumns.candidateUnreachable.as('candidate_unreachable'),
    })
    .from(referenceChecks)
    .innerJoin(candidates, eq(candidates.id, referenceChecks.candidateId))
    .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, referenceChecks.versionId))
    .innerJoin(questionnaireTemplates, eq(questionnaireTemplates.id, questionnaireVersions.templateId))
    .leftJoin(jobs, eq(jobs.id, referenceChecks.jobId))
    .leftJoin(subAccounts, eq(subAccounts.id, referenceChecks.subAccountId))
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        query.status ? eq(referenceChecks.status, query.status) : undefined,
        query.attention ? needsAttention : undefined,
        checkScopeFilter(scope),
        ...nameMatches(query.q),
        before(referenceChecks.createdAt, referenceChecks.id, query.after),
      ),
    );
  const s = referenceCheckStalls;
  const stalls = db
    .select({
      kind: sql<'check' | 'stall'>`'stall'`.as('kind'),
      id: sql<string>`${s.placementId}`.as('id'),
      createdAt: sql<string>`${s.createdAt}`.as('created_at'),
      status: none<TCheckStatus | null>().as('status'),
      stallReason: sql<TCheckStallReason | null>`${s.reason}`.as('stall_reason'),
      updatedAt: sql<string>`${s.createdAt}`.as('updated_at'),
      refereesWanted: zero.as('referees_wanted'),
      candidateSilentAt: sql<string | null>`null::timestamptz`.as('candidate_silent_at'),
      candidateId: sql<string>`${s.candidateId}`.as('candidate_id'),
      candidateName: candidateName.as('candidate_name'),
      jobId: sql<string | null>`${s.jobId}`.as('job_id'),
      jobTitle: sql<string | null>`${jobs.title}`.as('job_title'),
      subAccountId: sql<string | null>`${s.subAccountId}`.as('sub_account_id'),
      subAccountName: sql<string | null>`${subAccounts.name}`.as('sub_account_name'),
      templateName: none<string | null>().as('template_name'),
      requested: zero.as('requested'),
      answered: zero.as('answered'),
      declined: zero.as('declined'),
      bounced: zero.as('bounced'),
      fraudSignals: zero.as('fraud_signals'),
      inPlay: zero.as('in_play'),
      silentReferees: zero.as('silent_referees'),
      candidateUnreachable: sql<boolean>`false`.as('candidate_unreachable'),
    })
    .from(s)
    .innerJoin(candidates, eq(candidates.id, s.candidateId))
    .innerJoin(jobs, eq(jobs.id, s.jobId))
    .leftJoin(subAccounts, eq(subAccounts.id, s.subAccountId))
    .where(
      and(
        eq(s.companyId, companyId),
        // Nobody can reach an erased candidate any more: their step waits for no one.
        sql`${candidates.anonymizedAt} is null`,
        query.status ? sql`false` : undefined,
        checkScopeFilter(scope, s.subAccountId),
        ...nameMatches(query.q),
        before(s.createdAt, s.placementId, query.after),
      ),
    );
  const rows = await unionAll(checks, stalls)
    .orderBy(desc(sql`created_at`), desc(sql`id`))
    .limit(query.limit + 1);
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt).toISOString() }));
}

type ListRow = Awaited<ReturnType<typeof listChecksAndStalls>>[number];

export function checkListItemOf(row: ListRow): TReferenceCheckListItem {
  const counts = {
    requested: Number(row.requested),
    answered: Number(row.answered),
    declined: Number(row.declined),
    bounced: Number(row.bounced),
    fraudSignals: Number(row.fraudSignals),
  };
  return {
    id: row.id,
    status: row.status!,
    attention: attentionOf({
      status: row.status!,
      refereesWanted: Number(row.refereesWanted),
      candidateSilentAt: row.candidateSilentAt ? new Date(row.candidateSilentAt) : null,
      inPlay: Number(row.inPlay),
      silentReferees: Number(row.silentReferees),
      candidateUnreachable: !!row.candidateUnreachable,
      ...counts,
    }),
    refereesWanted: Number(row.refereesWanted),
    ...counts,
    updatedAt: new Date(row.updatedAt).toISOString(),
    candidateId: row.candidateId,
    candidateName: row.candidateName,
    jobId: row.jobId,
    jobTitle: row.jobTitle,
    subAccountId: row.subAccountId,
    subAccountName: row.subAccountName,
    templateName: row.templateName ?? '',
    createdAt: row.createdAt,
  };
}

export function stallListItemOf(row: ListRow): TCheckStallListItem {
  return {
    placementId: row.id,
    candidateId: row.candidateId,
    candidateName: row.candidateName,
    jobId: row.jobId!,
    jobTitle: row.jobTitle,
    subAccountName: row.subAccountName,
    reason: row.stallReason!,
    createdAt: row.createdAt,
  };
}
