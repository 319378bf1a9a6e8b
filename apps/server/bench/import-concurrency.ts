/**
 * `contacts import beside other users`: a 200,000-row LinkedIn export (the row limit) uploaded over
 * HTTP while another session calls `GET /api/auth/me` in a loop, one request at a time, until the
 * import answers. On PGlite, one connection inside the server's process, an import that held a
 * transaction or the event loop made every other request wait for it; the target is the loop's p95.
 */
import { request } from 'undici';
import { linkedinExport, multipartBody } from '../test/helpers/multipart.ts';
import { createDataset, RECRUITER } from './dataset.ts';
import { type Credentials, isEntryPoint, runAlone, signIn, signInForWrites } from './http.ts';
import { formatMs, type Stats, statsOf } from './measure.ts';

const ROWS = 200_000;
const P95_TARGET_MS = 250;

export type ImportConcurrencyResult = {
  database: string;
  fileBytes: number;
  importSeconds: number;
  me: Stats;
};

export async function measureImportConcurrency(
  base: string,
  database: string,
  credentials: Credentials,
): Promise<ImportConcurrencyResult> {
  const writer = await signInForWrites(base, credentials);
  const reader = await signIn(base, credentials);
  const file = linkedinExport(ROWS);
  const { body, headers } = await multipartBody({ name: 'Connections.csv', content: file }, { format: 'linkedin' });

  let importing = true;
  const began = performance.now();
  // undici's own request: the answer comes when the whole import is done, which on a busy machine
  // can take longer than fetch waits for response headers.
  const upload = request(`${base}/api/contacts/imports`, {
    method: 'POST',
    headers: { ...headers, cookie: writer.cookie, 'x-csrf-token': writer.csrf },
    body,
    headersTimeout: 0,
    bodyTimeout: 0,
  }).finally(() => {
    importing = false;
  });
  const samples: number[] = [];
  let failures = 0;
  while (importing) {
    const start = performance.now();
    const res = await fetch(`${base}/api/auth/me`, { headers: reader });
    await res.arrayBuffer();
    if (res.ok) samples.push(performance.now() - start);
    else failures++;
  }
  const res = await upload;
  const importSeconds = (performance.now() - began) / 1000;
  const summary = (await res.body.json()) as { added?: number };
  if (res.statusCode !== 201 || summary.added !== ROWS) {
    throw new Error(`import failed: ${res.statusCode} ${JSON.stringify(summary).slice(0, 300)}`);
  }
  const cleanup = await fetch(`${base}/api/contacts`, {
    method: 'DELETE',
    headers: { cookie: writer.cookie, 'x-csrf-token': writer.csrf },
  });
  if (!cleanup.ok) throw new Error(`delete failed: ${cleanup.status}`);
  return { database, fileBytes: Buffer.byteLength(file), importSeconds, me: statsOf(samples, importSeconds, failures) };
}

export function importConcurrencyReport(results: ImportConcurrencyResult[]): string[] {
  if (!results.length) return [];
  return [
    '## Contacts import beside other users',
    '',
    `A ${ROWS.toLocaleString('en')}-row LinkedIn export (${(results[0].fileBytes / 1024 / 1024).toFixed(1)} MB) uploaded ` +
      'through HTTP while another session calls `GET /api/auth/me` in a loop, one request at a time, from the same ' +
      'process, until the import answers. The target is for PGlite, where the import shares one connection.',
    '',
    '| database | import, rows/s | import, s | /api/auth/me p50 ms | p95 ms | requests answered meanwhile | target | met |',
    '|---|---:|---:|---:|---:|---:|---|:-:|',
    ...results.map((r) => {
      const onPglite = r.database === 'PGlite';
      const met = r.me.p95 < P95_TARGET_MS;
      return (
        `| ${r.database} | ${Math.round(ROWS / r.importSeconds).toLocaleString('en')} | ${r.importSeconds.toFixed(1)} | ` +
        `${formatMs(r.me.p50)} | ${formatMs(r.me.p95)} | ${r.me.count.toLocaleString('en')} | ` +
        `${onPglite ? `p95 < ${P95_TARGET_MS} ms` : ''} | ${onPglite ? (met ? '✓' : '✗') : ''} |`
      );
    }),
    '',
  ];
}

// `npx tsx bench/import-concurrency.ts`: this benchmark alone, on a small dataset of its own.
if (isEntryPoint(import.meta.url)) {
  await runAlone<ImportConcurrencyResult & { plans: string[] }>({
    databaseName: 'vouch_bench_import',
    measure: async (db, base, database) => {
      await createDataset(db, 100);
      return { ...(await measureImportConcurrency(base, database, RECRUITER)), plans: [] };
    },
    report: importConcurrencyReport,
  });
}
