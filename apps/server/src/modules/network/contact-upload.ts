import type { MultipartFile } from '@fastify/multipart';
import { ZContactImportFields } from '@vouch/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError, fieldError } from '../../platform/errors.ts';

/**
 * Reading a contact file from a multipart request. The text fields must come before the file part:
 * they are all that is known when the file starts streaming, and the file is never buffered.
 */
export type ContactUpload = { fileName: string; file: AsyncIterable<Buffer>; fields: Record<string, string> };

/** `fileSize` is one byte over the import's own limit, so the importer's clearer message wins. */
export async function readContactUpload(request: FastifyRequest, fileSize: number): Promise<ContactUpload> {
  if (!request.isMultipart()) {
    throw new AppError('contact_import.not_multipart');
  }
  const part = await request
    .file({ limits: { fileSize, files: 1, fields: 10, fieldSize: 4096 } })
    .catch((error: unknown) => Promise.reject(asUploadError(error)));
  if (!part) throw fieldError('file', 'contact_import.choose_file');
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(part.fields)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first && first.type === 'field' && typeof first.value === 'string') fields[name] = first.value;
  }
  return { fileName: part.filename || 'contacts', file: readingAsUpload(part.file), fields };
}

/**
 * The form itself could not be read: cut off, without its boundary, with broken part headers. The
 * multipart parser says so with a plain error; the plugin's own limits carry a status and keep it.
 */
function asUploadError(error: unknown) {
  if (error instanceof AppError || typeof (error as { statusCode?: unknown })?.statusCode === 'number') return error;
  return fieldError('file', 'contact_import.incomplete_upload');
}

/** The file's bytes; a form that breaks off while the file streams is the same client error. */
async function* readingAsUpload(file: MultipartFile['file']): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of file) yield chunk;
  } catch (error) {
    throw asUploadError(error);
  }
}

export function parseImportFields(fields: Record<string, string>) {
  const parsed = ZContactImportFields.safeParse(fields);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'fields', message: i.message }));
  throw new AppError(
    'validation_failed',
    {},
    { fieldErrors: errors, detail: `${errors[0].field}: ${errors[0].message}` },
  );
}

/** The start of a file, for the mapping step; the rest is never read. */
export async function firstBytesOf(file: AsyncIterable<Buffer>, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of file) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= max) break;
  }
  return Buffer.concat(chunks).subarray(0, max);
}
