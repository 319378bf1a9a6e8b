import { z } from 'zod';
import { ZEmail, ZId, ZLanguage, ZName, ZOptionalText, ZRole } from './common.ts';

const domainRegex = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;
export const ZDomain = z.string().trim().toLowerCase().regex(domainRegex, 'Not a valid domain, e.g. acme.example');

export const ZDepartment = z.object({ id: ZId, name: z.string() });
export type TDepartment = z.infer<typeof ZDepartment>;

export const ZCompanySettings = z.object({
  id: ZId,
  name: z.string(),
  domains: z.array(z.string()),
  departments: z.array(ZDepartment),
  defaultLanguage: ZLanguage,
  senderName: z.string().nullable(),
  replyTo: z.string().nullable(),
  timeZone: z.string(),
  signupUrl: z.string().nullable(),
  introductionSlaHours: z.number().int(),
  staleReferralDays: z.number().int(),
  referenceLinkDays: z.number().int(),
  referenceReminderHours: z.array(z.number().int()),
  /** Whether admins and recruiters may create share links to reports (for an ATS that embeds them). */
  reportShareLinksEnabled: z.boolean(),
  /** Whether webhook endpoints may be on private, loopback or link-local addresses (an on-premise ATS). */
  webhooksAllowPrivateNetworks: z.boolean(),
});
export type TCompanySettings = z.infer<typeof ZCompanySettings>;

export const ZUpdateCompanyRequest = z.object({
  name: ZName(120),
  domains: z
    .array(ZDomain)
    .max(50)
    .refine((d) => new Set(d).size === d.length, 'Each domain only once'),
  defaultLanguage: ZLanguage,
  senderName: ZOptionalText(120),
  replyTo: z
    .union([ZEmail, z.literal('')])
    .nullish()
    .transform((v) => (v ? v : null)),
  timeZone: z.string().trim().min(1).max(64).refine(isTimeZone, 'Unknown time zone').default('Europe/Stockholm'),
  /** Hours recruiters have to act on an email introduction; left out, it stays as it is. */
  introductionSlaHours: z
    .number({ error: 'Enter a number of hours' })
    .int('Whole hours only')
    .min(1, 'At least 1 hour')
    .max(720, 'At most 720 hours (30 days)')
    .optional(),
  /** Days without a status change before a referral counts as stale; left out, it stays as it is. */
  staleReferralDays: z
    .number({ error: 'Enter a number of days' })
    .int('Whole days only')
    .min(1, 'At least 1 day')
    .max(365, 'At most 365 days')
    .optional(),
  /** Days a reference check's candidate and referee links work; applies to checks started from now on. */
  referenceLinkDays: z
    .number({ error: 'Enter a number of days' })
    .int('Whole days only')
    .min(1, 'At least 1 day')
    .max(365, 'At most 365 days')
    .optional(),
  /**
   * Hours after a referee's invitation at which they are reminded (a last reminder follows a day
   * after the final one): a list, or text such as "24, 48, 72" as typed in the settings form.
   */
  referenceReminderHours: z
    .preprocess(
      (v) =>
        typeof v === 'string'
          ? v
              .split(/[\s,;]+/)
              .filter(Boolean)
              .map(Number)
          : v,
      z
        .array(
          z
            .number({ error: 'Enter whole hours, e.g. 24, 48, 72' })
            .int('Whole hours only')
            .min(1, 'At least 1 hour')
            .max(720, 'At most 720 hours (30 days)'),
        )
        .min(1, 'At least one reminder')
        .max(5, 'At most 5 reminders')
        .refine((hours) => hours.every((h, i) => i === 0 || h > hours[i - 1]), 'Each one later than the one before'),
    )
    .optional(),
  /** Turning share links off stops every existing link at once; left out, it stays as it is. */
  reportShareLinksEnabled: z.boolean().optional(),
  /** Allow webhook endpoints on private networks; left out, it stays as it is. */
  webhooksAllowPrivateNetworks: z.boolean().optional(),
});

function isTimeZone(tz: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const ZCreateDepartmentRequest = z.object({ name: ZName(120) });
export const ZRenameDepartmentRequest = z.object({ name: ZName(120) });

export const ZSignupLink = z.object({ signupUrl: z.string().nullable() });
export const ZSignupLinkRequest = z.object({ enabled: z.boolean() });

export const MEMBER_STATUSES = ['invited', 'active', 'deactivated'] as const;
export const ZMemberStatus = z.enum(MEMBER_STATUSES);
export type TMemberStatus = z.infer<typeof ZMemberStatus>;

export const ZMember = z.object({
  id: ZId,
  userId: ZId,
  email: z.string(),
  name: z.string(),
  role: ZRole,
  status: ZMemberStatus,
  agencyId: ZId.nullable(),
  agencyName: z.string().nullable(),
  invitedAt: z.string().nullable(),
  joinedAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
});
export type TMember = z.infer<typeof ZMember>;

export const ZMemberListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  role: ZRole.optional(),
  status: ZMemberStatus.optional(),
});
export const ZMemberList = z.object({
  items: z.array(ZMember),
  stats: z.object({ invited: z.number(), joined: z.number(), active: z.number(), deactivated: z.number() }),
});

export const ZInviteRequest = z
  .object({
    email: ZEmail,
    name: ZOptionalText(120),
    role: ZRole,
    agencyId: ZId.nullish(),
  })
  .refine((v) => v.role !== 'agent' || !!v.agencyId, { message: 'Choose the agency', path: ['agencyId'] });

export const ZChangeRoleRequest = z
  .object({ role: ZRole, agencyId: ZId.nullish() })
  .refine((v) => v.role !== 'agent' || !!v.agencyId, { message: 'Choose the agency', path: ['agencyId'] });

export const ZAgency = z.object({ id: ZId, name: z.string(), agentCount: z.number() });
export const ZCreateAgencyRequest = z.object({ name: ZName(120) });

export const ZUpdateProfileRequest = z.object({
  name: ZName(120),
  language: ZLanguage,
  departmentIds: z.array(ZId).max(100).default([]),
});

/** A person the UI can pick, e.g. a hiring manager or a recruiter on a job. */
export const ZPersonRef = z.object({ id: ZId, name: z.string(), email: z.string(), role: ZRole });
export type TPersonRef = z.infer<typeof ZPersonRef>;
