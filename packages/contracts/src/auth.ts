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
