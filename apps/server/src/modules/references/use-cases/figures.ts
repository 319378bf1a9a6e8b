import type { TReferenceFigures } from '@vouch/contracts';
import { fieldError } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { findCompanyBranding } from '../check-contacts.repo.ts';
import { checkFigures, refereeFigures } from '../figures.repo.ts';

type Row = TReferenceFigures['rows'][number];

const round1 = (n: string | number | null) => (n === null ? null : Math.round(Number(n) * 10) / 10);

/**
 * Response rate (answered ÷ invited), median hours from invitation to answer and from a check's
 * start to its completion, with counts: for the company, per sub-account and per questionnaire.
 * The period filters on when checks were started.
 */
export async function referenceFigures(ctx: Ctx, query: { from?: string; to?: string }): Promise<TReferenceFigures> {
  if (query.from && query.to && query.from > query.to) throw fieldError('to', 'range.end_before_start');
  const rows: Row[] = [];
  for (const groupBy of ['company', 'sub_account', 'template'] as const) {
    const checkRows = await checkFigures(ctx.db, ctx.tenantId, groupBy, query);
    const refereeRows = await refereeFigures(ctx.db, ctx.tenantId, groupBy, query);
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
  const company = await findCompanyBranding(ctx.db, ctx.tenantId);
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
