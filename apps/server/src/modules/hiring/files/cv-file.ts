import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import { fieldError } from '../../../platform/errors.ts';
import { onFirstUse } from '../../../platform/on-first-use.ts';

const fileType = onFirstUse(() => import('file-type'));

/** A CV as Vouch keeps it: the bytes, and what they were found to be. */
export type CvFile = {
  fileName: string;
  contentType: (typeof CV_TYPES)[number];
  sizeBytes: number;
  sha256: string;
  content: Buffer;
};

export const CV_MAX_BYTES = 10 * 1024 * 1024;
const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const CV_TYPES = [PDF, DOCX] as const;

/**
 * A Word document is a ZIP archive. Vouch never unpacks one, but whoever opens it later (a
 * recruiter's Word, a text extractor) does, so an archive that claims to unpack to far more than a
 * document could (a "zip bomb") or holds thousands of parts is refused at the door.
 */
const DOCX_MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
const DOCX_MAX_ENTRIES = 2000;
const DOCX_MAX_RATIO = 200;

/**
 * Checks an uploaded CV by its content, never by its name or the browser's claim: a PDF starts with
 * `%PDF-`, a DOCX is a ZIP holding `word/document.xml`. Anything else (an image renamed .pdf, a
 * macro-enabled .docm, an old .doc) is refused with a sentence for the form's `field`.
 */
export async function inspectCv(content: Buffer, fileName: string, field = 'cv'): Promise<CvFile> {
  if (content.length === 0) throw fieldError(field, 'cv.empty');
  if (content.length > CV_MAX_BYTES) throw fieldError(field, 'cv.too_large', { size: '10 MB' });
  const { fileTypeFromBuffer } = await fileType();
  const sniffed = await fileTypeFromBuffer(content);
  if (sniffed?.mime !== PDF && !(await isWordDocument(content, field))) {
    throw fieldError(field, 'cv.unsupported_type');
  }
  const contentType = sniffed?.mime === PDF ? PDF : DOCX;
  return {
    fileName: cleanFileName(fileName, contentType === PDF ? 'pdf' : 'docx'),
    contentType,
    sizeBytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
  };
}

/** True for a ZIP that is a Word document; throws for one that would unpack unreasonably. */
async function isWordDocument(content: Buffer, field: string): Promise<boolean> {
  const entries = await zipEntries(content);
  if (!entries) return false;
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('word/document.xml')) return false;
  const unpacked = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const tooDense = entries.some((e) => e.uncompressedSize > DOCX_MAX_RATIO * Math.max(e.compressedSize, 1024));
  if (entries.length > DOCX_MAX_ENTRIES || unpacked > DOCX_MAX_UNPACKED_BYTES || tooDense) {
    throw fieldError(field, 'cv.unsafe_archive');
  }
  return true;
}

type ZipEntry = { name: string; compressedSize: number; uncompressedSize: number };

/** The archive's table of contents from its central directory (nothing is decompressed); null if not a ZIP. */
function zipEntries(content: Buffer): Promise<ZipEntry[] | null> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: false }, (error, zip) => {
      if (error || !zip) return resolve(null);
      const entries: ZipEntry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push({
          name: entry.fileName,
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
        });
        if (entries.length > DOCX_MAX_ENTRIES) {
          zip.close();
          return resolve(entries);
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', () => resolve(null));
      zip.readEntry();
    });
  });
}

/**
 * The name shown to recruiters and sent back on download: the uploader's, without folders or
 * control characters, ending in the extension the content has.
 */
function cleanFileName(fileName: string, extension: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 120)
    .replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return `${base || 'cv'}.${extension}`;
}
