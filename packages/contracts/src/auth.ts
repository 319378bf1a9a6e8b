import { z } from 'zod';
import { ZEmail, ZId, ZLanguage, ZName, ZPassword, ZRole } from './common.ts';

export const ZSignInRequest = z.object({ email: ZEmail, password: z.string().min(1, 'Required').max(200) });

export const ZMembershipSummary = z.object({
  companyId: ZId,
  companyName: z.string(),
  role: ZRole,
});

export const ZMe = z.object({
  userId: ZId,
  membershipId: ZId,
  email: z.string(),
  name: z.string(),
  language: ZLanguage,
  role: ZRole,
  companyId: ZId,
  companyName: z.string(),
  agencyName: z.string().nullable(),
  departmentIds: z.array(ZId),
  memberships: z.array(ZMembershipSummary),
  csrfToken: z.string(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZForgotPasswordRequest = z.object({ email: ZEmail });
/**
 * `demoResetPath` only on a server that sends no email (no SMTP) outside production, and only when an
 * account exists: the in-app demo has no inbox, so the page that asked shows the link instead.
 */
export const ZForgotPasswordResponse = z.object({
  ok: z.literal(true),
  demoResetPath: z.string().optional(),
});
export type TForgotPasswordResponse = z.infer<typeof ZForgotPasswordResponse>;
export const ZResetPasswordRequest = z.object({ token: z.string().min(10).max(200), password: ZPassword });

export const ZInviteInfo = z.object({
  email: z.string(),
  companyName: z.string(),
  role: ZRole,
  name: z.string().nullable(),
  /** Already has a Vouch login (another company): accepts with that password. */
  hasAccount: z.boolean(),
});
export const ZAcceptInviteRequest = z.object({
  token: z.string().min(10).max(200),
  name: ZName(120),
  password: ZPassword,
});

export const ZSignupInfo = z.object({ companyName: z.string(), domains: z.array(z.string()) });
export const ZSignupRequest = z.object({
  code: z.string().min(10).max(200),
  email: ZEmail,
  name: ZName(120),
  password: ZPassword,
});
export const ZSwitchCompanyRequest = z.object({ companyId: ZId });

/**
 * Asking to join by the sign-up link, or to create a company, answers this: nothing starts until the
 * person uses the link emailed to the address.
 */
export const ZVerificationSent = z.object({
  email: z.string(),
  /** Only with no mail server configured and outside production: the emailed link, so Vouch can be tried without email. */
  demoLink: z.string().nullable(),
});
export type TVerificationSent = z.infer<typeof ZVerificationSent>;

/** What an emailed verification link is for: joining a company, or creating one (the first, or another). */
export const VERIFICATION_PURPOSES = ['join', 'new_company', 'first_company'] as const;
export const ZVerifyEmailInfo = z.object({
  purpose: z.enum(VERIFICATION_PURPOSES),
  email: z.string(),
  companyName: z.string(),
});
/** The link alone proves the inbox; the password (chosen when asking, or the existing login's) proves the asker. */
export const ZVerifyEmailRequest = z.object({
  token: z.string().min(10).max(200),
  password: z.string().min(1, 'Required').max(200),
});

/** Before sign-in: whether the first company must still be created, and whether anyone may create one. */
export const ZSetupStatus = z.object({ setupNeeded: z.boolean(), openSignup: z.boolean() });
export type TSetupStatus = z.infer<typeof ZSetupStatus>;

/** "Create your company" (first-run setup) and "Create a new company" (open sign-up) ask the same. */
export const ZNewCompanyRequest = z.object({
  companyName: ZName(120),
  name: ZName(120),
  email: ZEmail,
  password: ZPassword,
  /** The language the person used the form in: the company's default and theirs. */
  language: ZLanguage.default('en'),
});
export type TNewCompanyRequest = z.input<typeof ZNewCompanyRequest>;
