import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Client } from './app.ts';

export type UploadFields = Record<string, string>;

/** A multipart body as a browser's FormData sends it: the text fields first, then the file. */
export async function multipartBody(file: { name: string; content: string | Buffer }, fields: UploadFields = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file.content]), file.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    body: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type') as string },
  };
}

/** One part of a test's multipart form: a field, or a file when it has a file name. */
export type FormPart = { name: string; value: string | Buffer; filename?: string };

/** A `multipart/form-data` body and its header, for `app.inject`, as a browser's form would send it. */
export function multipartForm(parts: FormPart[], boundary = '----vouchtest') {
  const chunks = parts.flatMap((part) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}\r\n${part.filename ? 'Content-Type: application/pdf\r\n' : ''}\r\n`,
    ),
    Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value),
    Buffer.from('\r\n'),
  ]);
  return {
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export async function uploadContacts(
  client: Client,
  file: { name: string; content: string | Buffer },
  fields: UploadFields = {},
  url = '/api/contacts/imports',
) {
  const { body, headers } = await multipartBody(file, fields);
  return client.post(url, body, headers);
}

export const LINKEDIN_FIXTURE = fs.readFileSync(
  fileURLToPath(new URL('../../src/modules/network/import/fixtures/linkedin-connections.csv', import.meta.url)),
);

/** A LinkedIn export of `count` generated connections, with the real file's preamble and header. */
export function linkedinExport(count: number, company = (i: number) => `Company ${i % 50}`) {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < count; i++) {
    const email = i % 3 === 0 ? `person${i}@mail.example` : '';
    lines.push(
      `Person,Number ${i},https://www.linkedin.com/in/person-${i},${email},${company(i)},Engineer ${i % 7},12 Mar 2024`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
