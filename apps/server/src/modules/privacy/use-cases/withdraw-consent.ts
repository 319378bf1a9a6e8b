import type { TPrivacyPage, TPrivacySubject } from '@vouch/contracts';
import { publish } from '../../../platform/events.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { privacyHolderOf, withdrawThroughPrivacyLink } from '../../references/index.ts';
import { privacyPageOf, subjectOf } from '../privacy-page-of.ts';

/**
 * The person withdraws their consent from their privacy page: a candidate's check stops, a
 * referee's answers go (see the references module). Pressing it twice changes nothing more.
 */
export async function withdrawConsent(
  ctx: PublicCtx,
  subject: TPrivacySubject,
  token: string,
  now = new Date(),
): Promise<TPrivacyPage> {
  return ctx.db.transaction(async (tx) => {
    const holder = await privacyHolderOf(tx, subject, token, { lock: true });
    if (await withdrawThroughPrivacyLink(tx, ctx.config, holder, now)) {
      const { companyId, subjectKind, subjectId } = subjectOf(holder);
      await publish(tx, { type: 'privacy.consent_withdrawn', companyId, subjectKind, subjectId });
    }
    return privacyPageOf(tx, await privacyHolderOf(tx, subject, token));
  });
}
