import type { TReferenceFigures } from '@vouch/contracts';
import { and, eq, gte, lt, ne, type SQL, sql } from 'drizzle-orm';
import { fieldError } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { companies } from '../../tenancy/index.ts';
import {
  questionnaireTemplates,
  questionnaireVersions,
  referees,
  referenceChecks,
  subAccounts,
} from '../references.tables.ts';

type Row = TReferenceFigures['rows'][number];
type GroupBy = Row['groupBy'];

const hours = (from: SQL | unknown, to: SQL | unknown) => sql`extract(epoch from (${to} - ${from})) / 3600.0`;
const median = (value: SQL, when: SQL) =>
  sql<string | number | null>`percentile_cont(0.5) within group (order by ${value}) filter (where ${when})`;
const round1 = (n: string | number | null) => (n === null ? null : Math.round(Number(n) * 10) / 10);

/**
 * Response rate (answered ÷ invited), median hours from invitation to answer and from a check's
 * start to its completion, with counts: for the company, per sub-account and per questionnaire.
 * The period filters on when checks were started.
 */
export async function referenceFigures(ctx: Ctx, query: { from?: string; to?: string }): Promise<TReferenceFigures> {
  if (query.from && query.to && query.from > query.to) throw fieldError('to', 'range.end_before_start');
  const period = and(
    eq(referenceChecks.companyId, ctx.tenantId),
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

  const rows: Row[] = [];
  for (const groupBy of ['company', 'sub_account', 'template'] as const) {
    const { id, name } = groups[groupBy];
    const checkRows = await ctx.db
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
    const refereeRows = await ctx.db
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
      .where(and(period, eq(referees.companyId, ctx.tenantId), ne(referees.status, 'removed')))
      .groupBy(...(groupBy === 'company' ? [] : [id]));
    const byId = new Map(refereeRows.map((r) => [r.id ?? '', r]));
    const sorted = checkRows.sort((a, b) =>
      a.id === null ? -1 : b.id === null ? 1 : a.name.localeCompare(b.name, 'sv'),
    );
    for (const c of sorted) {
      const r = byId.get(c.id ?? '');
      const invited = r?.invited ?? 0;
      const answered = r?.answered ?? 0;
      rows.push({
        groupBy,
        groupId: c.id,
        groupName: c.name,
        checks: c.checks,
        completedChecks: c.completed,
        refereesInvited: invited,
        refereesAnswered: answered,
        responseRate: invited ? Math.round((answered / invited) * 1000) / 1000 : null,
        medianHoursToAnswer: round1(r?.medianAnswer ?? null),
        medianHoursToComplete: round1(c.medianComplete),
      });
    }
  }
  const [company] = await ctx.db.select({ name: companies.name }).from(companies).where(eq(companies.id, ctx.tenantId));
  for (const row of rows) if (row.groupBy === 'company') row.groupName = company?.name ?? '';
  // The company row always exists, even before the first check.
  if (!rows.some((r) => r.groupBy === 'company')) {
    rows.unshift({
      groupBy: 'company',
      groupId: null,
      groupName: company?.name ?? '',
      checks: 0,
      completedChecks: 0,
      refereesInvited: 0,
      refereesAnswered: 0,
      responseRate: null,
      medianHoursToAnswer: null,
      medianHoursToComplete: null,
    });
  }
  return { rows };
}
