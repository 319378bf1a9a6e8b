import type { FastifyRequest } from 'fastify';
import { AppError, fieldError } from '../../../platform/errors.ts';
import { CV_MAX_BYTES, type CvFile, inspectCv } from './cv-file.ts';

/** A form with text fields and at most one CV, read from a `multipart/form-data` request. */
export type FormWithCv = { fields: Record<string, string>; cv: CvFile | null };

/**
 * Reads a referral or application form: every text field (the first value of a repeated one, and
 * all of them under `name[]`-style repeats in `lists`), and the file under `cvField`, checked by
 * content (`inspectCv`). The file stops at 10 MB: a 50 MB upload is cut off and refused with the
 * size, never buffered whole. No file part, or an empty one, is `cv: null` (the CV is optional).
 */
export async function readFormWithCv(
  request: FastifyRequest,
  cvField = 'cv',
): Promise<FormWithCv & { lists: Record<string, string[]> }> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type');
  const lists: Record<string, string[]> = {};
  let cv: CvFile | null = null;
  try {
    const parts = request.parts({ limits: { fileSize: CV_MAX_BYTES, files: 1, fields: 40, fieldSize: 20_000 } });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') lists[part.fieldname] = [...(lists[part.fieldname] ?? []), part.value];
        continue;
      }
      const content = await part.toBuffer();
      if (part.fieldname !== cvField || (content.length === 0 && !part.filename)) continue;
      cv = await inspectCv(content, part.filename, cvField);
    }
  } catch (error) {
    throw asFormError(error, cvField);
  }
  const fields = Object.fromEntries(Object.entries(lists).map(([name, values]) => [name, values[0]]));
  return { fields, lists, cv };
}

/** The multipart plugin's own failures, as the form's errors: over the size, or a broken form. */
function asFormError(error: unknown, cvField: string) {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown })?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return fieldError(cvField, 'cv.too_large', { size: '10 MB' });
  if (code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') {
    return new AppError('bad_request');
  }
  return fieldError(cvField, 'contact_import.incomplete_upload');
}
