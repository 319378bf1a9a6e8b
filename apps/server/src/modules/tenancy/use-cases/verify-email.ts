import { verifyPassword } from '../../../platform/crypto.ts';
import { AppError, fieldError } from '../../../platform/errors.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { consumeLinkToken, peekLinkToken } from '../link-tokens.ts';
import type { RegistrationPurpose } from '../registrations.ts';
import { createSession } from '../sessions.ts';
import { deleteRegistration, findRegistration, findUserByEmail, getCompany } from '../tenancy.repo.ts';
import { createCompanyWithAdmin, createFirstCompany } from './create-company.ts';
import { completeJoin } from './join.ts';

const gone = () => new AppError('auth.confirmation_link_invalid');

async function usableRequest(ctx: PublicCtx, token: string) {
  const link = await peekLinkToken(ctx.db, token, 'verify_email');
  const request = link?.subjectId ? await findRegistration(ctx.db, link.subjectId) : null;
  if (!request) throw gone();
  return request;
}

/** What the emailed link is for, shown before the person confirms it. Changes nothing. */
export async function verificationInfo(ctx: PublicCtx, token: string) {
  const request = await usableRequest(ctx, token);
  const company = request.companyId ? await getCompany(ctx.db, request.companyId) : null;
  return {
    purpose: request.purpose as RegistrationPurpose,
    email: request.email,
    companyName: company?.name ?? request.companyName ?? '',
  };
}

/**
 * Uses the emailed link. The link proves the inbox; the password proves the person who asked (the one
 * they chose then, or their existing login's), so someone who asked with another person's address
 * gets nothing even if its owner opens the link. Then the request takes effect and a session starts.
 */
export async function completeVerification(
  ctx: PublicCtx,
  input: { token: string; password: string; userAgent?: string },
) {
  const request = await usableRequest(ctx, input.token);
  const user = await findUserByEmail(ctx.db, request.email);
  const passwordHash = user?.passwordHash ?? request.passwordHash;
  if (!(await verifyPassword(passwordHash, input.password)))
    throw fieldError('password', user?.passwordHash ? 'auth.enter_account_password' : 'auth.enter_chosen_password');
  return ctx.db.transaction(async (tx) => {
    if (!(await consumeLinkToken(tx, input.token, 'verify_email'))) throw gone();
    const applicant = { ...request, language: request.language };
    const created =
      request.purpose === 'join'
        ? await completeJoin(tx, request)
        : request.purpose === 'first_company'
          ? await createFirstCompany(tx, { ...applicant, companyName: request.companyName ?? '' })
          : await createCompanyWithAdmin(tx, { ...applicant, companyName: request.companyName ?? '' });
    await deleteRegistration(tx, request.id);
    const session = await createSession(tx, { ...created, userAgent: input.userAgent });
    return { ...session, ...created };
  });
}
