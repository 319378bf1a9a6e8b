/**
 * What a CV's bytes are, by their content (never the name or the browser's claim): a PDF, or a Word
 * document (.docx, a zip holding word/document.xml). Anything else is refused.
 */
export type CvCheck = { ok: true; contentType: string } | { ok: false; reason: 'cv_type' | 'cv_unreadable' };

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function checkCv(bytes: Buffer): CvCheck {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { ok: true, contentType: PDF };
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    // A zip; a Word document names its main part in the archive's directory.
    return bytes.includes('word/document.xml', 0, 'latin1')
      ? { ok: true, contentType: DOCX }
      : { ok: false, reason: 'cv_type' };
  }
  return { ok: false, reason: 'cv_type' };
}
