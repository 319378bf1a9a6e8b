import type { FastifyRequest } from 'fastify';

/** The apply form as the browser posts it (multipart): its text fields and the CV, if one was chosen. */
export type ApplicationUpload = {
  fields: Record<string, string>;
  cv: { fileName: string; bytes: Buffer } | null;
  /** The CV went past the limit; its bytes were read and dropped, so the answer can still be a page. */
  cvTooLarge: boolean;
};

/** As hiring's CV rule: the parser cuts a file off here, and `inspectCv` refuses what is over it. */
const CV_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Reads the whole form, in any order of parts. A file over the limit is cut off by the parser and the
 * rest of it skipped, never buffered, so a 50 MB upload costs 10 MB of memory at most and still gets a
 * page saying what was wrong (the routes register the parser with `throwFileSizeLimit: false`). A
 * broken form is null (the caller answers 400).
 */
export async function readApplication(request: FastifyRequest): Promise<ApplicationUpload | null> {
  if (!request.isMultipart()) return null;
  const fields: Record<string, string> = {};
  let cv: ApplicationUpload['cv'] = null;
  let cvTooLarge = false;
  try {
    const parts = request.parts({
      limits: { fileSize: CV_MAX_BYTES, files: 1, fields: 12, fieldSize: 16_384, parts: 14 },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (typeof part.value === 'string' && !(part.fieldname in fields)) fields[part.fieldname] = part.value;
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk);
      if (part.fieldname !== 'cv') continue;
      if (part.file.truncated) cvTooLarge = true;
      const bytes = Buffer.concat(chunks);
      // A form sent without choosing a file carries an empty, nameless part.
      if (!cvTooLarge && bytes.length > 0) cv = { fileName: part.filename || 'cv', bytes };
    }
  } catch (error) {
    // Too many parts or fields, a part cut off, a missing boundary: the form is not one of ours.
    request.log.info({ err: error }, 'careers application form unreadable');
    return null;
  }
  return { fields, cv, cvTooLarge };
}
