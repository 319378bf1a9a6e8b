import type { TRefereePage } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { AppError } from '../../../platform/errors.ts';
import { codeMatches, codeRoute, MAX_ATTEMPTS } from '../referee-code.ts';
import { assertActive, openLink, pageOf } from '../referee-link.ts';
import { lockRefereeById, updateRefereeInStatus } from '../referee-page.repo.ts';
import { referees } from '../references.tables.ts';

type Outcome =
  | { page: TRefereePage }
  | { error: 'code_expired' | 'code_locked' }
  | { error: 'code_wrong'; attemptsLeft: number };

/**
 * Checks the code the referee typed. Right: the referee is verified (by email or phone) and the code
 * is gone. Wrong: one try fewer, counted even though the request fails (so the count is committed
 * before the error is thrown); the last wrong try kills the code. Expired or killed: ask for a new one.
 */
export async function verifyRefereeCode(db: Db, token: string, code: string): Promise<TRefereePage> {
  const outcome = await db.transaction(async (tx): Promise<Outcome> => {
    const opened = await openLink(tx, token);
    assertActive(opened);
    const { check } = opened;
    const referee = (await lockRefereeById(tx, check.companyId, opened.referee.id)) ?? opened.referee;
    const route = codeRoute(check.refereeVerification, referee);
    if (!route) throw new AppError('referee_page.no_verification');
    if (referee.verifiedAt) return { page: await pageOf(tx, { ...opened, referee }) };
    if (!referee.verificationCodeHash) return { error: 'code_expired' };
    if (referee.verificationAttempts >= MAX_ATTEMPTS) return { error: 'code_locked' };
    if (!referee.verificationCodeExpiresAt || referee.verificationCodeExpiresAt <= new Date())
      return { error: 'code_expired' };

    if (!codeMatches(referee, code.replace(/\s+/g, ''))) {
      const attempts = referee.verificationAttempts + 1;
      await updateRefereeInStatus(tx, check.companyId, referee.id, null, { verificationAttempts: attempts });
      return attempts >= MAX_ATTEMPTS
        ? { error: 'code_locked' }
        : { error: 'code_wrong', attemptsLeft: MAX_ATTEMPTS - attempts };
    }
    const updated = await updateRefereeInStatus(tx, check.companyId, referee.id, null, {
      verifiedAt: sql`now()`,
      verifiedBy: route.channel === 'email' ? 'email' : 'phone',
      verificationCodeHash: null,
      verificationCodeExpiresAt: null,
      verificationAttempts: sql`${referees.verificationAttempts} + 1`,
      updatedAt: sql`now()`,
    });
    return { page: await pageOf(tx, { ...opened, referee: updated ?? referee }) };
  });
  if ('page' in outcome) return outcome.page;
  if (outcome.error === 'code_wrong')
    throw new AppError('referee_page.code_wrong', { attemptsLeft: outcome.attemptsLeft });
  throw new AppError(outcome.error === 'code_locked' ? 'referee_page.code_locked' : 'referee_page.code_expired');
}
