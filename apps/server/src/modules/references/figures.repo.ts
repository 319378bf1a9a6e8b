import type { TReferenceFigures } from '@vouch/contracts';
import { and, eq, gte, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { memberships, users } from '../tenancy/index.ts';
import {
  questionnaireTemplates,
  questionnaireVersions,
  referees,
  referenceChecks,
  subAccounts,
} from './references.tables.ts';

/**
 * The reference figures' counts, rates and medians, grouped for the company, per sub-account, per
 * questionnaire, per recruiter who started the checks and per month (in the company's time zone).
 */

type GroupBy = TReferenceFigures['rows'][number]['groupBy'];
type Period = { from?: string; to?: string; timeZone: string };

const hours = (from: SQL | unknown, to: SQL | unknown) => sql`extract(epoch from (${to} - ${from})) / 3600.0`;
const median = (value: SQL, when: SQL) =>
  sql<string | number | null>`percentile_cont(0.5) within group (order by ${value}) filter (where ${when})`;

/** The company's checks started in the period (dates inclusive). */
const inPeriod = (companyId: string, query: Period) =>
  and(
    eq(referenceChecks.companyId, companyId),
    query.from ? gte(referenceChecks.createdAt, new Date(`${query.from}T00:00:00Z`)) : undefined,
    query.to ? lt(referenceChecks.createdAt, new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000)) : undefined,
  );

// Grouped by position (`group by 1`): the month's expression carries the time zone as a parameter,
// and a repeated parameter is another expression to PostgreSQL.
const groups = (timeZone: string): Record<GroupBy, { id: SQL<string | null>; name: SQL<string> }> => {
  const month = sql<string>`to_char(${referenceChecks.createdAt} at time zone ${timeZone}, 'YYYY-MM')`;
  return {
    company: { id: sql<string | null>`null::uuid`, name: sql<string>`''` },
    sub_account: { id: sql<string | null>`${subAccounts.id}`, name: sql<string>`coalesce(${subAccounts.name}, '')` },
    template: {
      id: sql<string | null>`${questionnaireTemplates.id}`,
      name: sql<string>`${questionnaireTemplates.name}`,
    },
    // A check started through the API or by a member since removed has no recruiter: one row for them.
    recruiter: { id: sql<string | null>`${memberships.id}`, name: sql<string>`coalesce(${users.name}, '')` },
    month: { id: month, name: month },
  };
};

/** Hours from a check's start until the candidate named their first referee (null until they do). */
const hoursToReferees = sql`extract(epoch from ((select min(${referees.createdAt}) from ${referees}
  where ${referees.companyId} = ${referenceChecks.companyId} and ${referees.checkId} = ${referenceChecks.id}
  and ${referees.addedBy} = 'candidate') - ${referenceChecks.createdAt})) / 3600.0`;

/** Checks started and completed, the median hours to complete and to the candidate's referees, per group. */
export async function checkFigures(db: Db, companyId: string, groupBy: GroupBy, query: Period) {
  const { id, name } = groups(query.timeZone)[groupBy];
  const period = inPeriod(companyId, query);
  return db
    .select({
      id,
      name,
      checks: sql<number>`count(*)::int`,
      completed: sql<number>`count(*) filter (where ${referenceChecks.status} = 'completed')::int`,
      medianComplete: median(
        hours(referenceChecks.createdAt, referenceChecks.completedAt),
        sql`${referenceChecks.completedAt} is not null`,
      ),
      medianReferees: median(hoursToReferees, sql`${hoursToReferees} is not null`),
      candidateReminders: sql<number>`coalesce(sum(${referenceChecks.candidateRemindersSent}), 0)::int`,
    })
    .from(referenceChecks)
    .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, referenceChecks.versionId))
    .innerJoin(questionnaireTemplates, eq(questionnaireTemplates.id, questionnaireVersions.templateId))
    .leftJoin(subAccounts, eq(subAccounts.id, referenceChecks.subAccountId))
    .leftJoin(memberships, eq(memberships.id, referenceChecks.createdById))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(period)
    .groupBy(...(groupBy === 'company' ? [] : [sql`1`, sql`2`]));
}

/** Referees invited, answered, declined and bounced, their reminders and the median hours to answer, per group. */
export async function refereeFigures(db: Db, companyId: string, groupBy: GroupBy, query: Period) {
  const { id } = groups(query.timeZone)[groupBy];
  const invited = (status: string) =>
    sql<number>`count(*) filter (where ${referees.invitedAt} is not null and ${referees.status} = ${status})::int`;
  const period = inPeriod(companyId, query);
  return db
    .select({
      id,
      invited: sql<number>`count(*) filter (where ${referees.invitedAt} is not null)::int`,
      answered: invited('answered'),
      declined: invited('declined'),
      bounced: invited('bounced'),
      reminders: sql<number>`coalesce(sum(${referees.remindersSent}), 0)::int`,
      medianAnswer: median(
        hours(referees.invitedAt, referees.answeredAt),
        sql`${referees.invitedAt} is not null and ${referees.answeredAt} is not null and ${referees.status} = 'answered'`,
      ),
    })
    .from(referees)
    .innerJoin(referenceChecks, eq(referenceChecks.id, referees.checkId))
    .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, referenceChecks.versionId))
    .innerJoin(questionnaireTemplates, eq(questionnaireTemplates.id, questionnaireVersions.templateId))
    .leftJoin(subAccounts, eq(subAccounts.id, referenceChecks.subAccountId))
    .leftJoin(memberships, eq(memberships.id, referenceChecks.createdById))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(period, eq(referees.companyId, companyId), ne(referees.status, 'removed')))
    .groupBy(...(groupBy === 'company' ? [] : [sql`1`]));
}
