import { z } from 'zod';

export const LANGUAGES = ['en', 'sv'] as const;
export const ZLanguage = z.enum(LANGUAGES);
export type TLanguage = z.infer<typeof ZLanguage>;

export const ROLES = ['admin', 'recruiter', 'hiring_manager', 'employee', 'agent'] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

export const ZId = z.uuid();
export const ZIdParams = z.object({ id: ZId });

/** Trims and refuses an empty string; the error names the field through the path. */
export const ZName = (max = 200) => z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);
export const ZOptionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const ZEmail = z
  .string()
  .trim()
  .max(320)
  .pipe(z.email('Not a valid email address'))
  .transform((v) => v.toLowerCase());

export const ZPassword = z.string().min(10, 'At least 10 characters').max(200, 'At most 200 characters');

/**
 * Dates and times are held to the years 1000–9998: PostgreSQL has no year 0, and a period's end
 * runs to the next day, which must still have four digits.
 */
const EARLIEST = Date.UTC(1000, 0, 1);
const LATEST = Date.UTC(9999, 0, 1);
const inHeldYears = (value: string) => {
  const time = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return time >= EARLIEST && time < LATEST;
};

/** ISO date (YYYY-MM-DD): work history and the periods lists are filtered by. */
export const ZIsoDate = z.iso
  .date('Use a date like 2021-03-01')
  .refine(inHeldYears, 'Use a date between the years 1000 and 9998');

/** RFC 3339 date-time with an offset, e.g. 2026-03-01T09:00:00+01:00. */
export const ZIsoDateTime = (message: string) =>
  z.iso.datetime({ offset: true, message }).refine(inHeldYears, 'Use a time between the years 1000 and 9998');

/** Lists are paged by an opaque cursor. */
export const ZPageQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZPage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const ZOk = z.object({ ok: z.literal(true) });

/** A field's problem: the English `message`, and where the server knows it, its `reason` and `params`. */
export const ZProblemFieldError = z.object({
  field: z.string(),
  message: z.string(),
  reason: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});
export type TProblemFieldError = z.infer<typeof ZProblemFieldError>;

/** RFC 9457 problem details as every error leaves the API. */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  code: z.string(),
  /** The specific reason (`contact_import.empty_file`), which clients word in the person's language. */
  reason: z.string().optional(),
  /** The values the reason's sentence names, e.g. `{ max: 500 }`. */
  params: z.record(z.string(), z.unknown()).optional(),
  detail: z.string().optional(),
  errors: z.array(ZProblemFieldError).optional(),
  requestId: z.string().optional(),
});
export type TProblem = z.infer<typeof ZProblem>;

/**
 * Values of a set as one comma-separated query parameter (`applied,interviewing`), as a link or a
 * form sends them; absent or empty: none. Each value must be one of `values`.
 */
export const ZCommaList = <const T extends readonly [string, ...string[]]>(values: T, maxLength: number) =>
  z
    .string()
    .max(maxLength)
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).max(values.length));
