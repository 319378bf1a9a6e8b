import { sha256 } from '../../../platform/crypto.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { auditAct } from '../../audit/index.ts';
import { recordCheckEvent } from '../check-timeline.repo.ts';
import { issueRefereeToken, refereePageUrl } from '../link-tokens.ts';
import { assertChangeable, changeCheck, lockCheck, scopeOf, staffAction } from '../recruiter-check-change.ts';
import { lockReferee } from '../referee-state.ts';
import { sendRefereeLink } from './send-referee-link.ts';

/** Sends the invitation again by the referee channel (a fresh link; the old one keeps working). */
export const resendRefereeLink = (ctx: Ctx, checkId: string, refereeId: string) =>
  changeCheck(ctx, checkId, async (tx, check) => {
    assertChangeable(check);
    const referee = await lockReferee(tx, check, refereeId);
    if (check.refereeChannel === 'none') throw new AppError('reference_check.sends_nothing');
    if (referee.status === 'answered' || referee.status === 'declined') throw new AppError('referee.already_answered');
    await sendRefereeLink(tx, ctx.config, check.companyId, referee.id, 0);
    await recordCheckEvent(tx, { ...staffAction(ctx, check), kind: 'referee_link_resent', refereeId: referee.id });
  });

/**
 * A fresh link to the referee's page for the recruiter to pass on. The link is the referee's only
 * credential, so who copied it and when is kept in the check's timeline, with the link's hash: an
 * answer that comes through it is marked on the report.
 */
export async function refereeLink(ctx: Ctx, checkId: string, refereeId: string) {
  const scope = await scopeOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const check = await lockCheck(tx, ctx, checkId, scope);
    assertChangeable(check);
    const referee = await lockReferee(tx, check, refereeId);
    const token = await issueRefereeToken(tx, check, referee.id);
    await recordCheckEvent(tx, {
      ...staffAction(ctx, check),
      kind: 'referee_link_copied',
      refereeId: referee.id,
      linkHash: sha256(token),
    });
    await auditAct(
      ctx,
      {
        action: 'link.copied',
        target: { kind: 'referee', id: referee.id },
        detail: { link: 'referee', checkId: check.id },
      },
      tx,
    );
    return { url: refereePageUrl(ctx.config, token) };
  });
}
