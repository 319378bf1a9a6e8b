import yazl from 'yazl';
import type { PersonFile, PersonRows } from '../../platform/person-data.ts';

/** Column names that hold keys to someone's pages or codes (or their hashes), not data about them. */
const SECRET = /token|secret|hash|csrf/i;

const withoutSecrets = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).filter(([key]) => !SECRET.test(key)));

const jsonOf = (value: unknown) =>
  JSON.stringify(value, (_key, v) => (Buffer.isBuffer(v) || v instanceof Uint8Array ? undefined : v), 2);

/** The export's ZIP: `tables/<table>.json` (an array of rows, tables with rows only), then the files. */
export function zipOf(rows: PersonRows, files: PersonFile[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [table, list] of Object.entries(rows)) {
    if (!list.length) continue;
    zip.addBuffer(Buffer.from(jsonOf(list.map(withoutSecrets))), `tables/${table}.json`);
  }
  // A file's own name is the uploader's: only its folder may hold a slash.
  for (const file of files) {
    const slash = file.name.indexOf('/');
    const folder = slash > 0 ? file.name.slice(0, slash + 1) : '';
    const own = [...file.name.slice(folder.length)].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c));
    zip.addBuffer(file.content, folder + own.join(''));
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
