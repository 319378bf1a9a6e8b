import type { TPrivacyPage, TPrivacySubject } from '@vouch/contracts';
import { publish } from '../../../platform/events.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { privacyHolderOf } from '../../references/index.ts';
import { insertErasureRequest } from '../erasure-requests.repo.ts';
import { loadRetention } from '../privacy.repo.ts';
import { privacyPageOf, subjectOf } from '../privacy-page-of.ts';

const DAY = 86_400_000;

/**
 * The person asks to be erased. The request falls due after the company's period (Company settings
 * → Privacy), and the admins are told in the app so they can record a legal reason to keep the data
 * before then. Asking again finds the first request: one notice, one due date.
 */
export async function requestErasure(
  ctx: PublicCtx,
  subject: TPrivacySubject,
  token: string,
  now = new Date(),
): Promise<TPrivacyPage> {
  return ctx.db.transaction(async (tx) => {
    const holder = await privacyHolderOf(tx, subject, token, { lock: true });
    const who = subjectOf(holder);
    const { erasureRequestDays } = await loadRetention(tx, who.companyId);
    const { row, created } = await insertErasureRequest(
      tx,
      who,
      new Date(now.getTime() + erasureRequestDays * DAY),
      now,
    );
    if (created)
      await publish(tx, {
        type: 'privacy.erasure_requested',
        companyId: row.companyId,
        requestId: row.id,
        subjectKind: row.subjectKind,
        dueAt: row.dueAt.toISOString(),
      });
    return privacyPageOf(tx, holder);
  });
}
