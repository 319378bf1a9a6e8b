import type { TPrivacyPage, TPrivacySubject } from '@vouch/contracts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { privacyHolderOf } from '../../references/index.ts';
import { privacyPageOf } from '../privacy-page-of.ts';

/** The privacy page behind a candidate's or referee's own link. */
export async function privacyPage(ctx: PublicCtx, subject: TPrivacySubject, token: string): Promise<TPrivacyPage> {
  return privacyPageOf(ctx.db, await privacyHolderOf(ctx.db, subject, token));
}
