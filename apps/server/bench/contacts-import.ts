/**
 * `contacts import`: a generated 10,000-row LinkedIn export uploaded through HTTP end to end
 * (multipart upload, streaming parse, merge, batched writes, summary), in rows per second.
 * Each timed run imports into an empty network, so every row is a new contact (the costliest
 * path); a re-import of the same file, where every row is unchanged, is timed beside it.
 */
import { linkedinExport } from '../test/helpers/multipart.ts';
import { type Credentials, signInForWrites } from './http.ts';

const ROWS = 10_000;
const RUNS = 3;
const TARGET_ROWS_PER_SECOND = { PostgreSQL: 20_000, PGlite: 5_000 } as Record<string, number>;

export type ContactsImportResult = { database: string; fresh: number[]; reimport: number[]; fileBytes: number };

type Session = { cookie: string; csrf: string };

async function upload(base: string, session: Session, csv: Blob) {
  const form = new FormData();
  form.append('format', 'linkedin');
  form.append('file', csv, 'Connections.csv');
  const begin = performance.now();
  const res = await fetch(`${base}/api/contacts/imports`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    body: form,
  });
  const summary = (await res.json()) as { added: number; unchanged: number };
  const seconds = (performance.now() - begin) / 1000;
  if (res.status !== 201) throw new Error(`import failed: ${res.status} ${JSON.stringify(summary)}`);
  return { seconds, summary };
}

async function deleteAll(base: string, session: Session) {
  const res = await fetch(`${base}/api/contacts`, {
    method: 'DELETE',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
  });
  if (!res.ok) throw new Error(`delete failed: ${res.status}`);
}

export async function measureContactsImport(
  base: string,
  database: string,
  credentials: Credentials,
): Promise<ContactsImportResult> {
  const session: Session = await signInForWrites(base, credentials);
  const csv = new Blob([linkedinExport(ROWS)]);
  // One untimed round first, so the JIT and the database caches are warm as in a running server.
  await upload(base, session, new Blob([linkedinExport(1_000)]));
  await deleteAll(base, session);
  const result: ContactsImportResult = { database, fresh: [], reimport: [], fileBytes: csv.size };
  for (let run = 0; run < RUNS; run++) {
    const fresh = await upload(base, session, csv);
    if (fresh.summary.added !== ROWS) throw new Error(`expected ${ROWS} added, got ${fresh.summary.added}`);
    result.fresh.push(ROWS / fresh.seconds);
    const again = await upload(base, session, csv);
    if (again.summary.unchanged !== ROWS) throw new Error(`expected ${ROWS} unchanged`);
    result.reimport.push(ROWS / again.seconds);
    await deleteAll(base, session);
  }
  return result;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const perSecond = (n: number) => Math.round(n).toLocaleString('en');

export function contactsImportReport(results: ContactsImportResult[]): string[] {
  if (!results.length) return [];
  return [
    '## Contacts import',
    '',
    `A ${ROWS.toLocaleString('en')}-row LinkedIn export (${(results[0].fileBytes / 1024 / 1024).toFixed(1)} MB) uploaded ` +
      `through HTTP end to end, ${RUNS} runs each; rows per second, median (all runs).`,
    '',
    '| database | into an empty network | re-import, all unchanged | target | met |',
    '|---|---:|---:|---|:-:|',
    ...results.map((r) => {
      const target = TARGET_ROWS_PER_SECOND[r.database];
      const met = median(r.fresh) >= target;
      return (
        `| ${r.database} | ${perSecond(median(r.fresh))} (${r.fresh.map(perSecond).join(', ')}) | ` +
        `${perSecond(median(r.reimport))} (${r.reimport.map(perSecond).join(', ')}) | ≥ ${perSecond(target)} rows/s | ${met ? '✓' : '✗'} |`
      );
    }),
    '',
  ];
}
