import { sha256 } from '../../../platform/crypto.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { auditAct } from '../../audit/index.ts';
import { recordCheckEvent } from '../check-timeline.repo.ts';
import { candidatePageUrl, issueCandidateToken } from '../link-tokens.ts';
import { assertChangeable, lockCheck, scopeOf, staffAction } from '../recruiter-check-change.ts';
import { sendCandidateLink } from './send-candidate-link.ts';

/**
 * A fresh link to the candidate's page; with `send`, also sent again by the candidate channel. Either
 * way the recruiter holds the link afterwards, which the check's timeline keeps.
 */
export async function candidateLink(ctx: Ctx, checkId: string, send: boolean) {
  const scope = await scopeOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const check = await lockCheck(tx, ctx, checkId, scope);
    assertChangeable(check);
    if (send && check.candidateChannel !== 'none') {
      const sent = await sendCandidateLink(tx, ctx.config, check.companyId, check.id);
      if (sent) {
        await recordCheckEvent(tx, { ...staffAction(ctx, check), kind: 'candidate_link_resent' });
        return sent;
      }
    }
    const token = await issueCandidateToken(tx, check);
    await recordCheckEvent(tx, { ...staffAction(ctx, check), kind: 'candidate_link_copied', linkHash: sha256(token) });
    await auditAct(
      ctx,
      { action: 'link.copied', target: { kind: 'reference_check', id: check.id }, detail: { link: 'candidate' } },
      tx,
    );
    return { url: candidatePageUrl(ctx.config, token) };
  });
}
