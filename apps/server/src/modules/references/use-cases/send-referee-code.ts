import type { TRefereePage } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError } from '../../../platform/errors.ts';
import { enqueueEmail, enqueueSms } from '../../messaging/index.ts';
import { loadCheckContext } from '../check-messages.ts';
import { privacyPageUrl, refereePageUrl } from '../link-tokens.ts';
import { CODE_MINUTES, codeHash, codeRoute, newCode, RESEND_SECONDS } from '../referee-code.ts';
import { assertActive, openLink, pageOf } from '../referee-link.ts';
import { lockRefereeById, updateRefereeInStatus } from '../referee-page.repo.ts';

/**
 * Sends the referee a new one-time code (the last one stops working), by the check's verification
 * channel. Not again within `RESEND_SECONDS`; a referee already verified just gets the page.
 */
export async function sendRefereeCode(db: Db, config: Pick<Config, 'publicUrl'>, token: string): Promise<TRefereePage> {
  return db.transaction(async (tx) => {
    const opened = await openLink(tx, token);
    assertActive(opened);
    const { check } = opened;
    const referee = (await lockRefereeById(tx, check.companyId, opened.referee.id)) ?? opened.referee;
    const route = codeRoute(check.refereeVerification, referee);
    if (!route) throw new AppError('referee_page.no_verification');
    if (referee.verifiedAt) return pageOf(tx, { ...opened, referee });
    const sentAgo = referee.verificationCodeSentAt
      ? (Date.now() - referee.verificationCodeSentAt.getTime()) / 1000
      : Number.POSITIVE_INFINITY;
    if (sentAgo < RESEND_SECONDS)
      throw new AppError('referee_page.code_resend_too_soon', { seconds: Math.ceil(RESEND_SECONDS - sentAgo) });

    const code = newCode();
    const updated = await updateRefereeInStatus(tx, check.companyId, referee.id, null, {
      verificationCodeHash: codeHash(referee.id, code),
      verificationCodeExpiresAt: new Date(Date.now() + CODE_MINUTES * 60_000),
      verificationCodeSentAt: sql`now()`,
      verificationAttempts: 0,
      updatedAt: sql`now()`,
    });
    const context = await loadCheckContext(tx, check.companyId, check.id);
    const data = {
      refereeName: referee.name,
      candidateName: context ? `${context.candidate.firstName} ${context.candidate.lastName}`.trim() : '',
      code,
      minutes: CODE_MINUTES,
      privacyUrl: privacyPageUrl(refereePageUrl(config, token)),
    };
    // The code and the privacy link are secret fields: admins' copy of the message shows a placeholder, never either.
    const message = { companyId: check.companyId, to: route.to, language: referee.language, data };
    if (route.channel === 'email')
      await enqueueEmail(tx, { ...message, template: 'reference_referee_code', senderName: context?.senderName });
    else await enqueueSms(tx, { ...message, template: 'reference_referee_code' });
    return pageOf(tx, { ...opened, referee: updated ?? referee });
  });
}
