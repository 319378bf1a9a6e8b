import { FIGURE_GROUPINGS, type TReferenceFigures } from '@vouch/contracts';
import { fieldError } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { findCompanyReportHeader } from '../check-contacts.repo.ts';
import { checkFigures, refereeFigures } from '../figures.repo.ts';

type Row = TReferenceFigures['rows'][number];

/** Medians in hours to three decimals, so a few minutes survive for the page to show in minutes. */
const round3 = (n: string | number | null) => (n === null ? null : Math.round(Number(n) * 1000) / 1000);
const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : null);

/** The order rows are shown in: the "none" row first, months oldest first, the rest by name. */
function byGroup(groupBy: Row['groupBy']) {
  return (a: { id: string | null; name: string }, b: { id: string | null; name: string }) =>
    a.id === null ? -1 : b.id === null ? 1 : a.name.localeCompare(b.name, groupBy === 'month' ? 'en' : 'sv');
}

/**
 * Response, decline and bounce rates, median hours from invitation to answer, from a check's start
 * to its completion and to the candidate's first named referee, and reminders per check, with
 * counts: for the company, per sub-account, questionnaire, recruiter who started the check, and
 * month. The period filters on when checks were started.
 */
export async function referenceFigures(ctx: Ctx, query: { from?: string; to?: string }): Promise<TReferenceFigures> {
  if (query.from && query.to && query.from > query.to) throw fieldError('to', 'range.end_before_start');
  const company = await findCompanyReportHeader(ctx.db, ctx.tenantId);
  const period = { ...query, timeZone: company.timeZone };
  const rows: Row[] = [];
  for (const groupBy of FIGURE_GROUPINGS) {
    const checkRows = await checkFigures(ctx.db, ctx.tenantId, groupBy, period);
    const refereeRows = await refereeFigures(ctx.db, ctx.tenantId, groupBy, period);
    const byId = new Map(refereeRows.map((r) => [r.id ?? '', r]));
    for (const c of checkRows.sort(byGroup(groupBy))) {
      const r = byId.get(c.id ?? '');
      const invited = r?.invited ?? 0;
      const reminders = c.candidateReminders + (r?.reminders ?? 0);
      rows.push({
        groupBy,
        groupId: c.id,
        groupName: c.name,
        checks: c.checks,
        completedChecks: c.completed,
        refereesInvited: invited,
        refereesAnswered: r?.answered ?? 0,
        refereesDeclined: r?.declined ?? 0,
        refereesBounced: r?.bounced ?? 0,
        responseRate: rate(r?.answered ?? 0, invited),
        declineRate: rate(r?.declined ?? 0, invited),
        bounceRate: rate(r?.bounced ?? 0, invited),
        medianHoursToAnswer: round3(r?.medianAnswer ?? null),
        medianHoursToComplete: round3(c.medianComplete),
        medianHoursToReferees: round3(c.medianReferees),
        remindersPerCheck: c.checks ? Math.round((reminders / c.checks) * 10) / 10 : null,
      });
    }
  }
  for (const row of rows) if (row.groupBy === 'company') row.groupName = company.name;
  // The company row always exists, even before the first check.
  if (!rows.some((r) => r.groupBy === 'company')) rows.unshift(emptyCompanyRow(company.name));
  return { rows };
}

function emptyCompanyRow(name: string): Row {
  return {
    groupBy: 'company',
    groupId: null,
    groupName: name,
    checks: 0,
    completedChecks: 0,
    refereesInvited: 0,
    refereesAnswered: 0,
    refereesDeclined: 0,
    refereesBounced: 0,
    responseRate: null,
    declineRate: null,
    bounceRate: null,
    medianHoursToAnswer: null,
    medianHoursToComplete: null,
    medianHoursToReferees: null,
    remindersPerCheck: null,
  };
}
