import type { TLanguage, TVerificationSent } from '@vouch/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../platform/config.ts';
import { hashPassword, verifyPassword } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db/db.ts';
import { fieldError, problem } from '../../platform/errors.ts';
import type { PublicCtx } from '../../platform/http/context.ts';
import { enforceLimit } from '../../platform/rate-limit/enforce.ts';
import { enqueueEmail } from '../messaging/index.ts';
import { issueLinkToken } from './link-tokens.ts';
import { findUserByEmail, insertRegistration } from './tenancy.repo.ts';

export const VERIFY_EMAIL_TTL_HOURS = 24;

/**
 * However many addresses ask, one inbox gets at most 5 verification emails an hour: the forms cannot be
 * used to flood someone's mailbox (the per-address limit on the routes stops one sender, not many).
 */
const VERIFICATION_EMAILS_PER_INBOX = { max: 5, windowMs: 3_600_000 };

export async function limitVerificationEmails(request: FastifyRequest, reply: FastifyReply, email: string) {
  await enforceLimit(
    request.server.services.rateLimits,
    reply,
    `verify-email|${email}`,
    VERIFICATION_EMAILS_PER_INBOX,
    (s) => problem('registration.too_many_emails', { minutes: Math.ceil(s / 60) }),
  );
}

export type RegistrationPurpose = 'join' | 'new_company' | 'first_company';

type Registration = {
  purpose: RegistrationPurpose;
  email: string;
  name: string;
  language: TLanguage;
  /** The company to join, or the name of the one to create. */
  companyId?: string;
  companyName: string;
  passwordHash: string | null;
};

/**
 * The password a request will sign in with. Someone who already has a Vouch login proves it with that
 * login's password (and keeps it); anyone else chooses one, kept hashed on the request until verified.
 * Answers the hash to store, or null for an existing login.
 */
export async function passwordForRequest(db: Db, email: string, password: string) {
  const user = await findUserByEmail(db, email);
  if (!user?.passwordHash) return hashPassword(password);
  if (!(await verifyPassword(user.passwordHash, password)))
    throw fieldError('password', 'auth.existing_account_password');
  return null;
}

/**
 * Keeps the request and emails its owner a single-use link (through the outbox, in one transaction).
 * Nothing else happens until that link is used together with the request's password.
 */
export async function sendVerification(ctx: PublicCtx, request: Registration): Promise<TVerificationSent> {
  const url = await ctx.db.transaction(async (tx) => {
    const ttlMs = VERIFY_EMAIL_TTL_HOURS * 3_600_000;
    const row = await insertRegistration(tx, { ...request, expiresAt: new Date(Date.now() + ttlMs) });
    const token = await issueLinkToken(tx, {
      purpose: 'verify_email',
      ttlMs,
      companyId: request.companyId ?? null,
      subjectId: row.id,
    });
    const link = `${ctx.config.publicUrl}/verify-email?token=${token}`;
    await enqueueEmail(tx, {
      companyId: request.companyId ?? null,
      to: request.email,
      language: request.language,
      template: 'email_verification',
      data: {
        name: request.name,
        purpose: request.purpose === 'join' ? 'join' : 'new_company',
        companyName: request.companyName,
        url: link,
        expiresInHours: VERIFY_EMAIL_TTL_HOURS,
      },
    });
    return link;
  });
  return { email: request.email, demoLink: showsLinksInApp(ctx.config) ? url : null };
}

/**
 * With no mail server, outside production, nobody would ever receive the link: the page that asked
 * shows it instead, to the person who asked, so Vouch can be tried without email.
 */
export const showsLinksInApp = (config: Config) => !config.smtpUrl && config.env !== 'production';
