import { z } from 'zod';
import { ZId } from './common.ts';

/**
 * The public careers page (`/careers/<slug>`) and employees' share links. The page is server-rendered
 * HTML; its form's messages are codes (`CAREERS_FIELD_MESSAGES`) the page words in the reader's language.
 */

/** A careers page address: lower-case letters, digits and single dashes, as the database checks. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ZCareersSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'At least 2 characters')
  .max(60, 'At most 60 characters')
  .regex(SLUG_PATTERN, 'Use lower-case letters, digits and dashes, e.g. acme-group');

export const ZCareersPageSettings = z.object({
  slug: z.string().nullable(),
  /** The page's public address, from the configured public URL; null until a slug is chosen. */
  url: z.string().nullable(),
});
export type TCareersPageSettings = z.infer<typeof ZCareersPageSettings>;
export const ZUpdateCareersPageRequest = z.object({ slug: ZCareersSlug });

/** Codes of the apply form's field messages (the page words them in English or Swedish). */
export const CAREERS_FIELD_MESSAGES = [
  'name_required',
  'too_long',
  'email_required',
  'email_invalid',
  'phone_invalid',
  'linkedin_invalid',
  'consent_required',
  'cv_too_large',
  'cv_type',
  'cv_unreadable',
  'form_expired',
] as const;
export type TCareersFieldMessage = (typeof CAREERS_FIELD_MESSAGES)[number];

const text = (max: number, required?: TCareersFieldMessage) =>
  z
    .string()
    .trim()
    .max(max, 'too_long')
    .refine((v) => !required || v.length > 0, required ?? 'too_long');

/** The apply form's text fields as the browser posts them (multipart; a checkbox is "on" or absent). */
export const ZCareersApplication = z.object({
  name: text(200, 'name_required'),
  email: text(320, 'email_required').pipe(
    z
      .string()
      .refine((v) => !v || z.email().safeParse(v).success, 'email_invalid')
      .transform((v) => v.toLowerCase()),
  ),
  phone: text(40).refine((v) => !v || /^[+0-9 ()./-]{5,40}$/.test(v), 'phone_invalid'),
  linkedinUrl: text(300).refine(
    (v) => !v || /^(https?:\/\/)?([a-z]{2,3}\.)?linkedin\.com\/(in|pub)\/[^\s/?#]+\/?([?#].*)?$/i.test(v),
    'linkedin_invalid',
  ),
  consent: z.literal('on', { message: 'consent_required' }),
  /** The share link the visitor came through (`/j/<token>`), carried by the form. */
  ref: z.string().max(100).optional(),
});
export type TCareersApplication = z.infer<typeof ZCareersApplication>;

/** An employee's personal link to a job, with what it brought. */
export const ZShareLink = z.object({
  id: ZId,
  jobId: ZId,
  jobTitle: z.string(),
  /** False once the job is closed: the link then shows the careers page's job list. */
  jobOpen: z.boolean(),
  url: z.string(),
  views: z.number(),
  applications: z.number(),
  createdAt: z.string(),
});
export type TShareLink = z.infer<typeof ZShareLink>;
export const ZShareLinkList = z.object({ items: z.array(ZShareLink) });
