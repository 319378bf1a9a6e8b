import { notFound } from '../../../platform/errors.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { answersOfCheck, countFraudSignals, findTestStatusCheck } from '../greenhouse.repo.ts';
import { type GreenhouseTestStatus, PARTNER_STATUS, ratingScore, reportUrlOf, UUID } from '../greenhouse-protocol.ts';

/** `test_status`: the check's state, and once complete the report link and the score. */
export async function greenhouseTestStatus(ctx: ApiCtx, partnerInterviewId: string): Promise<GreenhouseTestStatus> {
  if (!UUID.test(partnerInterviewId)) throw notFound('greenhouse.test_instance_not_found');
  const sub = ctx.apiKey.subAccountId;
  const check = await findTestStatusCheck(ctx.db, ctx.tenantId, partnerInterviewId, sub);
  if (!check) throw notFound('greenhouse.test_instance_not_found');

  const answered = await answersOfCheck(ctx.db, ctx.tenantId, check.id);
  const signalCount = await countFraudSignals(ctx.db, ctx.tenantId, check.id);

  const status = check.status;
  const metadata: Record<string, string> = {
    'Vouch status': status,
    'Referees wanted': String(check.refereesWanted),
    'Referees answered': String(answered.length),
    'Fraud signals': String(signalCount),
    'Started at': check.createdAt.toISOString(),
  };
  if (check.completedAt) metadata['Completed at'] = check.completedAt.toISOString();
  const result: GreenhouseTestStatus = { partner_status: PARTNER_STATUS[status], metadata };
  if (status === 'completed') {
    result.partner_profile_url = reportUrlOf(ctx.config, check.id);
    const score = ratingScore(
      check.content,
      answered.map((r) => r.answers),
    );
    if (score !== null) result.partner_score = score;
  }
  return result;
}
