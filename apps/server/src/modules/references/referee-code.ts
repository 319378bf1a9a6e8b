import { createHmac, randomInt } from 'node:crypto';
import type { TRefereePage, TRefereeVerificationSetting } from '@vouch/contracts';
import { safeEqual } from '../../platform/crypto.ts';
import { serverSecretKey } from '../../platform/secret-key.ts';
import type { referees } from './references.tables.ts';

/**
 * The one-time code a referee enters before answering, when the check asks for one: six digits, kept
 * only as an HMAC with the server's key (a database reader cannot try the million codes offline), for
 * `CODE_MINUTES`; `MAX_ATTEMPTS` wrong tries kill it; a new one at most every `RESEND_SECONDS`.
 */
export const CODE_MINUTES = 15;
export const MAX_ATTEMPTS = 5;
export const RESEND_SECONDS = 60;

type Referee = typeof referees.$inferSelect;
export type CodeRoute = { channel: 'email'; to: string } | { channel: 'sms'; to: string };

/** Where the code goes: the check's channel, or the other one when the referee was named without it. */
export function codeRoute(setting: TRefereeVerificationSetting, referee: Pick<Referee, 'email' | 'phone'>) {
  if (setting === 'none') return null;
  const email = referee.email ? ({ channel: 'email', to: referee.email } as const) : null;
  const sms = referee.phone ? ({ channel: 'sms', to: referee.phone } as const) : null;
  return setting === 'email' ? (email ?? sms) : (sms ?? email);
}

export const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** Bound to the referee, so a code's HMAC cannot be moved to another referee's row. */
export const codeHash = (refereeId: string, code: string) =>
  createHmac('sha256', serverSecretKey()).update(`referee-code:${refereeId}:${code}`).digest('hex');

export const codeMatches = (referee: Pick<Referee, 'id' | 'verificationCodeHash'>, code: string) =>
  !!referee.verificationCodeHash && safeEqual(codeHash(referee.id, code), referee.verificationCodeHash);

/** "anna.berg@northwind.se" → "a•••@northwind.se"; "+46701234567" → "••••4567": enough to recognise. */
export function maskedTo(route: CodeRoute): string {
  if (route.channel === 'sms') return `••••${route.to.slice(-4)}`;
  const at = route.to.lastIndexOf('@');
  return `${route.to.slice(0, 1)}•••${route.to.slice(at)}`;
}

/** What the referee's page says about the code; null when the check does not ask for one. */
export function verificationView(
  setting: TRefereeVerificationSetting,
  referee: Referee,
): NonNullable<TRefereePage['verification']> | null {
  const route = codeRoute(setting, referee);
  if (!route) return null;
  return {
    channel: route.channel,
    sentTo: maskedTo(route),
    verified: referee.verifiedAt !== null,
    codeSentAt: referee.verificationCodeSentAt?.toISOString() ?? null,
  };
}

/** True when the referee still has to enter a code before consenting. */
export const needsCode = (setting: TRefereeVerificationSetting, referee: Referee) =>
  !referee.verifiedAt && codeRoute(setting, referee) !== null;
