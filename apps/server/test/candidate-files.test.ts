import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fastifyMultipart from '@fastify/multipart';
import { zipSync } from 'fflate';
import { inspectCv, readFormWithCv, saveCandidateCv } from '../src/modules/hiring/index.ts';
import { makeCandidate, makeCompany, makeMember } from './helpers/factories.ts';
import { multipartForm } from './helpers/multipart.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const docxWith = (extra: Record<string, Uint8Array> = {}) =>
  Buffer.from(
    zipSync({
      '[Content_Types].xml': new TextEncoder().encode(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': new TextEncoder().encode('<Relationships/>'),
      'word/document.xml': new TextEncoder().encode(
        '<w:document><w:body><w:p>Jane Doe, engineer</w:p></w:body></w:document>',
      ),
      ...extra,
    }),
  );

/** The reason a rejected CV gives, from the problem the route answers with. */
async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { reason?: string; code?: string }).reason ?? String(error);
  }
  return 'accepted';
}

describe('candidate files: CVs checked by content, kept with the candidate, downloaded by those who may read them', () => {
  test('a PDF and a Word document are accepted by their content, whatever they are called', async () => {
    const asPdf = await inspectCv(pdf, 'C:\\Users\\jane\\my cv.PDF');
    assert.equal(asPdf.contentType, 'application/pdf');
    assert.equal(asPdf.fileName, 'my cv.pdf');
    assert.equal(asPdf.sha256.length, 64);
    const asDocx = await inspectCv(docxWith(), 'jane.bin');
    assert.equal(asDocx.contentType, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.equal(asDocx.fileName, 'jane.docx');
  });

  test('an image renamed .pdf, a plain ZIP, an empty file and text are refused as not a CV', async () => {
    assert.equal(await reasonOf(inspectCv(png, 'cv.pdf')), 'cv.unsupported_type');
    const zip = Buffer.from(zipSync({ 'notes.txt': new TextEncoder().encode('hello') }));
    assert.equal(await reasonOf(inspectCv(zip, 'cv.docx')), 'cv.unsupported_type');
    assert.equal(await reasonOf(inspectCv(Buffer.alloc(0), 'cv.pdf')), 'cv.empty');
    assert.equal(await reasonOf(inspectCv(Buffer.from('<script>alert(1)</script>'), 'cv.pdf')), 'cv.unsupported_type');
  });

  test('a Word document that would unpack to a zip bomb is refused before anyone opens it', async () => {
    const bomb = docxWith({ 'word/media/filler.bin': new Uint8Array(20 * 1024 * 1024) });
    assert.ok(bomb.length < 1024 * 1024, 'the bomb itself is small');
    assert.equal(await reasonOf(inspectCv(bomb, 'cv.docx')), 'cv.unsafe_archive');
  });

  describe('through a form', () => {
    const t = useTestApp(
      {},
      {
        // Multipart is registered per route plugin (the JSON body limit applies everywhere else), as forms do.
        routes: (app) => {
          app.register(async (forms) => {
            await forms.register(fastifyMultipart);
            forms.post('/test/cv-form', { config: { access: 'public' } }, async (request) => {
              const form = await readFormWithCv(request);
              return { fields: form.fields, cv: form.cv && { name: form.cv.fileName, type: form.cv.contentType } };
            });
          });
        },
      },
    );
    const multipart = multipartForm;

    test('fields and a checked CV come back; no file is no CV', async () => {
      const withCv = await t.app.inject({
        method: 'POST',
        url: '/test/cv-form',
        ...multipart([
          { name: 'firstName', value: 'Jane' },
          { name: 'cv', value: pdf, filename: 'jane.pdf' },
        ]),
      });
      assert.equal(withCv.statusCode, 200, withCv.body);
      assert.deepEqual(withCv.json(), {
        fields: { firstName: 'Jane' },
        cv: { name: 'jane.pdf', type: 'application/pdf' },
      });
      const without = await t.app.inject({
        method: 'POST',
        url: '/test/cv-form',
        ...multipart([{ name: 'firstName', value: 'Jo' }]),
      });
      assert.deepEqual(without.json(), { fields: { firstName: 'Jo' }, cv: null });
    });

    test('a 50 MB upload is cut off at 10 MB and refused on the CV field, naming the limit', async () => {
      const huge = Buffer.concat([pdf, Buffer.alloc(50 * 1024 * 1024, 0x20)]);
      const res = await t.app.inject({
        method: 'POST',
        url: '/test/cv-form',
        ...multipart([{ name: 'cv', value: huge, filename: 'big.pdf' }]),
      });
      assert.equal(res.statusCode, 413, res.body);
      assert.equal(res.json().reason, 'cv.too_large');
      assert.equal(res.json().errors[0].field, 'cv');
      assert.match(res.json().detail, /10 MB/);
    });

    test('an image renamed .pdf is a 415 on the CV field; a JSON body is refused as not a form', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/test/cv-form',
        ...multipart([{ name: 'cv', value: png, filename: 'photo.pdf' }]),
      });
      assert.equal(res.statusCode, 415, res.body);
      assert.equal(res.json().errors[0].field, 'cv');
      const json = await t.app.inject({ method: 'POST', url: '/test/cv-form', payload: { cv: 'x' } });
      assert.equal(json.statusCode, 415);
    });
  });

  describe('the download routes', () => {
    const t = useTestApp();

    test('recruiters list and download a CV with safe headers; other companies and employees do not', async () => {
      const { company, client } = await companyWithMember(t, 'recruiter');
      const candidate = await makeCandidate(t.db, company.id);
      const cv = await inspectCv(pdf, 'Jäne "Doe" <cv>.pdf');
      const { id } = await saveCandidateCv(t.db, company.id, candidate.id, cv, null);

      const list = await client.get(`/api/candidates/${candidate.id}/files`);
      assert.equal(list.statusCode, 200, list.body);
      assert.deepEqual(
        list
          .json()
          .items.map((f: { id: string; fileName: string; sizeBytes: number }) => [f.id, f.fileName, f.sizeBytes]),
        [[id, cv.fileName, pdf.length]],
      );
      const file = await client.get(`/api/candidates/${candidate.id}/files/${id}`);
      assert.equal(file.statusCode, 200);
      assert.equal(file.headers['content-type'], 'application/pdf');
      assert.equal(file.headers['x-content-type-options'], 'nosniff');
      assert.match(
        String(file.headers['content-disposition']),
        /^attachment; filename="J_ne Doe <cv>.pdf"; filename\*=UTF-8''/,
      );
      assert.deepEqual(file.rawPayload, pdf);

      const stranger = await t.signIn((await makeMember(t.db, (await makeCompany(t.db)).id, 'admin')).email);
      assert.equal((await stranger.get(`/api/candidates/${candidate.id}/files`)).statusCode, 404);
      assert.equal((await stranger.get(`/api/candidates/${candidate.id}/files/${id}`)).statusCode, 404);
      const other = await makeCandidate(t.db, company.id);
      assert.equal(
        (await client.get(`/api/candidates/${other.id}/files/${id}`)).statusCode,
        404,
        'a file under another candidate',
      );
      const employee = await t.signIn((await makeMember(t.db, company.id, 'employee')).email);
      assert.notEqual((await employee.get(`/api/candidates/${candidate.id}/files/${id}`)).statusCode, 200);
    });
  });
});
