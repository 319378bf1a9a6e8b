import type { TReferenceFigures } from '@vouch/contracts';
import { and, eq, gte, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import {
  questionnaireTemplates,
  questionnaireVersions,
  referees,
  referenceChecks,
  subAccounts,
} from './references.tables.ts';

/** The reference figures' counts and medians, grouped for the company, per sub-account or per questionnaire. */

type GroupBy = TReferenceFigures['rows'][number]['groupBy'];
type Period = { from?: string; to?: string };

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

const groups: Record<GroupBy, { id: SQL<string | null>; name: SQL<string> }> = {
  company: { id: sql<string | null>`null::uuid`, name: sql<string>`''` },
  sub_account: { id: sql<string | null>`${subAccounts.id}`, name: sql<string>`coalesce(${subAccounts.name}, '')` },
  template: {
    id: sql<string | null>`${questionnaireTemplates.id}`,
    name: sql<string>`${questionnaireTemplates.name}`,
  },
};

/** Checks started and completed, and the median hours to complete, per group. */
export async function checkFigures(db: Db, companyId: string, groupBy: GroupBy, query: Period) {
  const { id, name } = groups[groupBy];
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
    })
    .from(referenceChecks)
    .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, referenceChecks.versionId))
    .innerJoin(questionnaireTemplates, eq(questionnaireTemplates.id, questionnaireVersions.templateId))
    .leftJoin(subAccounts, eq(subAccounts.id, referenceChecks.subAccountId))
    .where(period)
    .groupBy(...(groupBy === 'company' ? [] : [id, name]));
}

/** Referees invited and answered, and the median hours to answer, per group. */
export async function refereeFigures(db: Db, companyId: string, groupBy: GroupBy, query: Period) {
  const { id } = groups[groupBy];
  const period = inPeriod(companyId, query);
  return db
    .select({
      id,
      invited: sql<number>`count(*) filter (where ${referees.invitedAt} is not null)::int`,
      answered: sql<number>`count(*) filter (where ${referees.invitedAt} is not null and ${referees.status} = 'answered')::int`,
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
    .where(and(period, eq(referees.companyId, companyId), ne(referees.status, 'removed')))
    .groupBy(...(groupBy === 'company' ? [] : [id]));
}
