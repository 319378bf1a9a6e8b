import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { candidateFiles } from '../src/modules/hiring/hiring.tables.ts';
import { referrals } from '../src/modules/referrals/referrals.tables.ts';
import type { Client } from './helpers/app.ts';
import { intakeWorld, person } from './helpers/intake-world.ts';
import { type FormPart, multipartForm } from './helpers/multipart.ts';
import { useTestApp } from './helpers/suite.ts';

const t = useTestApp();
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const enc = (s: string) => new TextEncoder().encode(s);
const bomb = Buffer.from(
  zipSync({
    '[Content_Types].xml': enc(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': enc('<Relationships/>'),
    'word/document.xml': enc('<w:document/>'),
    'word/media/filler.bin': new Uint8Array(20 * 1024 * 1024),
  }),
);

type Part = FormPart;
const multipart = multipartForm;

const fieldsOf = (body: Record<string, unknown>): Part[] =>
  Object.entries(body).flatMap(([name, value]) =>
    Array.isArray(value) ? value.map((v) => ({ name, value: String(v) })) : [{ name, value: String(value) }],
  );

async function send(client: Client, parts: Part[]) {
  const { payload, headers } = multipart(parts);
  return client.post('/api/referrals/with-cv', payload, headers);
}

describe('Refer someone with a CV', () => {
  test('a PDF is kept with the new candidate; two jobs at once', async () => {
    const w = await intakeWorld(t);
    const someone = person({
      jobIds: [w.jobA.id, w.jobB.id],
      candidateAware: 'true',
      relationship: '<script>x</script>',
    });
    const res = await send(w.employee.client, [...fieldsOf(someone), { name: 'cv', value: pdf, filename: 'nora.pdf' }]);
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().referrals.filter((r: { job: unknown }) => r.job).length, 2);
    const [row] = await t.db.select().from(referrals).where(eq(referrals.email, someone.email));
    assert.equal(row.candidateAware, true);
    assert.equal(row.relationship, '<script>x</script>', 'kept as text, rendered inert by the web app');
    const files = await t.db.select().from(candidateFiles).where(eq(candidateFiles.candidateId, row.candidateId!));
    assert.deepEqual(
      files.map((f) => [f.fileName, f.contentType]),
      [['nora.pdf', 'application/pdf']],
    );
  });

  test('an image renamed .pdf, a 50 MB file and a zip bomb are refused on the CV field; nothing is kept', async () => {
    const w = await intakeWorld(t);
    const cases: [Buffer, string, number, string][] = [
      [png, 'photo.pdf', 415, 'cv.unsupported_type'],
      [Buffer.concat([pdf, Buffer.alloc(50 * 1024 * 1024, 0x20)]), 'big.pdf', 413, 'cv.too_large'],
      [bomb, 'cv.docx', 422, 'cv.unsafe_archive'],
    ];
    for (const [content, filename, status, reason] of cases) {
      const someone = person();
      const res = await send(w.employee.client, [...fieldsOf(someone), { name: 'cv', value: content, filename }]);
      assert.equal(res.statusCode, status, `${filename}: ${res.body}`);
      assert.equal(res.json().reason, reason);
      assert.equal(res.json().errors[0].field, 'cv');
      assert.equal((await t.db.select().from(referrals).where(eq(referrals.email, someone.email))).length, 0);
    }
  });

  test('bad fields name the field; another company’s job is refused; an agent uses the same form', async () => {
    const w = await intakeWorld(t);
    const other = await intakeWorld(t);
    const bad = await send(w.employee.client, fieldsOf({ firstName: 'A', lastName: 'B', email: 'not-an-email' }));
    assert.equal(bad.statusCode, 400, bad.body);
    assert.equal(bad.json().errors[0].field, 'email');
    const foreign = await send(w.employee.client, fieldsOf(person({ jobIds: [other.jobA.id] })));
    assert.equal(foreign.statusCode, 422, foreign.body);
    const agent = await send(w.agent.client, [
      ...fieldsOf(person({ jobIds: [w.jobA.id] })),
      { name: 'cv', value: pdf, filename: 'a.pdf' },
    ]);
    assert.equal(agent.statusCode, 201, agent.body);
    const signedOut = await t.app.inject({
      method: 'POST',
      url: '/api/referrals/with-cv',
      ...multipart(fieldsOf(person())),
    });
    assert.equal(signedOut.statusCode, 401);
  });
});
