import { z } from 'zod';
import { ZId } from './common.ts';

/** Whom an export is about: a candidate, a referee (every check that named them), or a member. */
export const ZPersonExportSubject = z.enum(['candidate', 'referee', 'member']);

/** An admin asks for everything held about one person (GDPR art. 15/20). */
export const ZPersonExportRequest = z.object({ subjectKind: ZPersonExportSubject, subjectId: ZId });
export type TPersonExportRequest = z.infer<typeof ZPersonExportRequest>;

export const ZPersonExport = z.object({
  id: ZId,
  subjectKind: ZPersonExportSubject,
  subjectId: ZId,
  status: z.enum(['pending', 'ready', 'failed']),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type TPersonExport = z.infer<typeof ZPersonExport>;

/**
 * The answer to a new export: its download address carries a secret token shown this once (only
 * its hash is kept); it works for the admin who asked, once the ZIP is ready, until `expiresAt`.
 */
export const ZPersonExportCreated = ZPersonExport.extend({ downloadUrl: z.string() });
export type TPersonExportCreated = z.infer<typeof ZPersonExportCreated>;

/** How long a download link works. */
export const PERSON_EXPORT_LINK_HOURS = 24;
