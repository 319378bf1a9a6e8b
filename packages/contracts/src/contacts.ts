import { z } from 'zod';
import { ZId, ZPage, ZPageQuery } from './common.ts';

/**
 * An employee's imported contacts and their import history. Contacts are private to the employee
 * who imported them: every route answers only the caller's own rows.
 */
/** The formats a contact file is read as; `auto` (a request's default) detects one of them. */
export const CONTACT_FILE_FORMATS = ['linkedin', 'csv', 'vcard'] as const;
export const CONTACT_IMPORT_FORMATS = ['auto', ...CONTACT_FILE_FORMATS] as const;
export const ZContactImportFormat = z.enum(CONTACT_IMPORT_FORMATS);
export type TContactImportFormat = z.infer<typeof ZContactImportFormat>;

export const CONTACT_FIELDS = [
  'firstName',
  'lastName',
  'fullName',
  'email',
  'linkedinUrl',
  'company',
  'position',
  'phone',
] as const;
export type TContactField = (typeof CONTACT_FIELDS)[number];

/** Zero-based column index per contact field, chosen in the mapping step of a generic CSV. */
const ZColumn = z.number().int().min(0).max(500).optional();
export const ZColumnMapping = z.object({
  firstName: ZColumn,
  lastName: ZColumn,
  fullName: ZColumn,
  email: ZColumn,
  linkedinUrl: ZColumn,
  company: ZColumn,
  position: ZColumn,
  phone: ZColumn,
});
export type TColumnMapping = z.infer<typeof ZColumnMapping>;

/**
 * The text fields of the multipart upload, sent before the file part. `mapping` is JSON text
 * because multipart fields are strings.
 */
export const ZContactImportFields = z.object({
  format: ZContactImportFormat.default('auto'),
  mapping: z
    .string()
    .max(2000)
    .optional()
    .transform((text, ctx) => {
      if (!text) return undefined;
      try {
        const parsed = ZColumnMapping.safeParse(JSON.parse(text));
        if (parsed.success) return parsed.data;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'Not a valid column mapping' });
      return z.NEVER;
    }),
  hasHeaderRow: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});
export type TContactImportFields = z.input<typeof ZContactImportFields>;

export const ZRejectedRow = z.object({ line: z.number().int(), reason: z.string() });
export type TRejectedRow = z.infer<typeof ZRejectedRow>;

export const ZContactImportCounts = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  excluded: z.number().int(),
  rejected: z.number().int(),
});

export const CONTACT_IMPORT_STATUSES = ['reading', 'merging', 'done'] as const;

/**
 * How far an unfinished import is: reading stages the file's rows (`bytesRead` of `bytesTotal`, the
 * upload's announced size, which also counts the form around the file), merging writes them to the
 * contacts (`rowsWritten` of `rowsToWrite`). Skipped rows are the excluded and the rejected ones.
 */
export const ZContactImportProgress = z.object({
  bytesRead: z.number().int(),
  bytesTotal: z.number().int().nullable(),
  rowsRead: z.number().int(),
  rowsToWrite: z.number().int(),
  rowsWritten: z.number().int(),
  rowsSkipped: z.number().int(),
});
export type TContactImportProgress = z.infer<typeof ZContactImportProgress>;

export const ZContactImport = ZContactImportCounts.extend({
  id: ZId,
  fileName: z.string(),
  format: z.enum(CONTACT_FILE_FORMATS),
  status: z.enum(CONTACT_IMPORT_STATUSES),
  progress: ZContactImportProgress,
  /** Contacts whose latest import this is: what deleting the import removes. */
  contactsLeft: z.number().int(),
  createdAt: z.string(),
});
export type TContactImport = z.infer<typeof ZContactImport>;
export const ZContactImportList = z.object({ items: z.array(ZContactImport) });

/** The summary shown after an upload; `rejectedRows` keeps at most the first 1,000. */
export const ZContactImportSummary = ZContactImport.extend({ rejectedRows: z.array(ZRejectedRow) });
export type TContactImportSummary = z.infer<typeof ZContactImportSummary>;

export const ZCsvPreview = z.object({
  delimiter: z.string(),
  hasHeaderRow: z.boolean(),
  headers: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  suggestedMapping: ZColumnMapping,
});
export type TCsvPreview = z.infer<typeof ZCsvPreview>;

export const ZContact = z.object({
  id: ZId,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  linkedinUrl: z.string().nullable(),
  company: z.string().nullable(),
  position: z.string().nullable(),
  phone: z.string().nullable(),
  connectedOn: z.string().nullable(),
  createdAt: z.string(),
});
export type TContact = z.infer<typeof ZContact>;

export const ZContactListQuery = ZPageQuery.extend({ q: z.string().trim().max(200).optional() });
export type TContactListQuery = z.input<typeof ZContactListQuery>;
export const ZContactPage = ZPage(ZContact);
export type TContactPage = z.infer<typeof ZContactPage>;

export const ZDeletedContacts = z.object({ deleted: z.number().int() });
export type TDeletedContacts = z.infer<typeof ZDeletedContacts>;
