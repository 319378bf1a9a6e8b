import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import type { ImportScope } from '../src/modules/network/contact-import.repo.ts';
import { insertImport } from '../src/modules/network/contact-import.repo.ts';
import { finishReading, stageRows } from '../src/modules/network/contact-import-staging.repo.ts';
import { contactImportRows, contactImports, contacts } from '../src/modules/network/network.tables.ts';
import { mergeStagedImport } from '../src/modules/network/use-cases/merge-staged-import.ts';
import { recoverInterruptedImports } from '../src/modules/network/use-cases/recover-imports.ts';
import type { Client } from './helpers/app.ts';
import { linkedinExport, uploadContacts } from './helpers/multipart.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

// The default limits (50 MB, 200,000 rows): the files here are big enough to take many chunks.
const t = useTestApp();
const linkedin = (content: string) => ({ name: 'Connections.csv', content });

type ImportItem = {
  id: string;
  status: string;
  added: number;
  progress: { rowsRead: number; rowsToWrite: number; rowsWritten: number; rowsSkipped: number; bytesRead: number };
};
/**
 * The imports as the page polls them. A turn of the event loop first: in-process requests resolve on
 * promises alone, so polling without it would never let the upload's own stream move on.
 */
const importsOf = async (client: Client) => {
  await new Promise((resolve) => setImmediate(resolve));
  return (await client.get('/api/contacts/imports')).json().items as ImportItem[];
};

describe('an import never holds other requests', () => {
  test('while a large file imports, it shows its progress, and another user is answered before it ends', async () => {
    const { client } = await companyWithMember(t, 'employee');
    const colleague = await companyWithMember(t, 'recruiter');
    let importDone = false;
    const importing = uploadContacts(client, linkedin(linkedinExport(20_000))).then((res) => {
      importDone = true;
      return res;
    });
    // Ordering, not timing: each of these requests is answered while the import is still running.
    let running: ImportItem | undefined;
    while (!importDone && !running) running = (await importsOf(client)).find((i) => i.status !== 'done');
    assert.ok(running, 'the unfinished import was listed while it ran');
    assert.ok(['reading', 'merging'].includes(running.status));
    const me = await colleague.client.get('/api/auth/me');
    assert.equal(me.statusCode, 200);
    const second = await uploadContacts(client, linkedin(linkedinExport(5)));
    assert.equal(second.statusCode, 409, 'one import at a time per person');
    assert.match(second.json().detail, /still running/);
    let later = running;
    while (!importDone && later.progress.rowsRead === 0) {
      later = (await importsOf(client)).find((i) => i.id === running.id) ?? later;
    }
    assert.equal(importDone, false, 'the progress moved, and the other requests came back, before the import ended');

    const res = await importing;
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().added, 20_000);
    const [done] = await importsOf(client);
    assert.equal(done.status, 'done');
    assert.deepEqual(done.progress, {
      ...done.progress,
      rowsRead: 20_000,
      rowsToWrite: 20_000,
      rowsWritten: 20_000,
      rowsSkipped: 0,
    });
    const staged = await t.db.select().from(contactImportRows).where(eq(contactImportRows.importId, done.id));
    assert.equal(staged.length, 0, 'nothing is left in staging');
  });

  test('a file of blank lines stops early with the line on the file field, and nothing is kept', async () => {
    const { company, client } = await companyWithMember(t, 'employee');
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n';
    const row = 'Åsa,Öberg,https://www.linkedin.com/in/asa,,Spotify,Engineer,12 Mar 2024\r\n';
    const res = await uploadContacts(client, linkedin(`${header}${row}${'\r\n'.repeat(2_000_000)}`));
    assert.equal(res.statusCode, 422, res.body);
    const problem = res.json();
    assert.equal(problem.code, 'contact_import_unusable');
    assert.equal(problem.line, 3);
    assert.deepEqual(
      problem.errors.map((e: { field: string }) => e.field),
      ['file'],
    );
    assert.match(problem.detail, /^From line 3 on, the file has more than 1,000 blank lines in a row/);
    const kept = await t.db.select().from(contactImports).where(eq(contactImports.companyId, company.id));
    assert.equal(kept.length, 0);
    assert.equal((await t.db.select().from(contacts).where(eq(contacts.companyId, company.id))).length, 0);
  });
});

describe('an import a stopped process left', () => {
  async function stagedImport(rows: number, status: 'reading' | 'merging') {
    const { company, member } = await companyWithMember(t, 'employee');
    const scope: ImportScope = { companyId: company.id, ownerId: member.membership.id, importId: crypto.randomUUID() };
    await insertImport(t.db, scope, { fileName: 'Connections.csv', format: 'linkedin', bytesTotal: null });
    const people = Array.from({ length: rows }, (_, i) => ({
      firstName: 'Person',
      lastName: `Number ${i}`,
      email: null,
      linkedinUrl: `https://www.linkedin.com/in/person-${i}`,
      company: 'Acme',
      position: null,
      connectedOn: '2024-03-12',
    }));
    await stageRows(t.db, scope, 1, people);
    const progress = { bytesRead: 0, rowsRead: rows, rowsStaged: rows, excluded: 0, rejected: 0 };
    if (status === 'merging') await finishReading(t.db, scope, { ...progress, format: 'linkedin', rejectedRows: [] });
    return scope;
  }
  const contactsOf = async (scope: ImportScope) =>
    (await t.db.select().from(contacts).where(eq(contacts.ownerMembershipId, scope.ownerId))).length;
  const importRow = async (scope: ImportScope) =>
    (await t.db.select().from(contactImports).where(eq(contactImports.id, scope.importId)))[0];
  const later = new Date(Date.now() + 60 * 60 * 1000);

  test('a merge stopped halfway carries on from its first unmerged row, counting each row once', async () => {
    const scope = await stagedImport(2_500, 'merging');
    // A row the database refuses (the first of the second chunk) stops the merge, as a crash would:
    // that chunk's transaction is rolled back whole, the first chunk of 1,000 stays merged.
    await t.db.execute(
      sql`update contact_import_rows set connected_on = 'not a date' where import_id = ${scope.importId} and seq = 1001`,
    );
    await assert.rejects(mergeStagedImport(t.db, scope, { sourceFormat: 'linkedin', networkWasEmpty: true }));
    assert.equal(await contactsOf(scope), 1_000);
    assert.equal((await importRow(scope)).status, 'merging');

    await t.db.execute(sql`update contact_import_rows set connected_on = null where import_id = ${scope.importId}`);
    assert.ok((await recoverInterruptedImports(t.database, later)) >= 1);
    assert.equal(await contactsOf(scope), 2_500);
    const done = await importRow(scope);
    assert.deepEqual([done.status, done.added, done.rowsWritten], ['done', 2_500, 2_500]);
    const left = await t.db.select().from(contactImportRows).where(eq(contactImportRows.importId, scope.importId));
    assert.equal(left.length, 0);
  });

  test('an import stopped while reading is discarded with its staged rows', async () => {
    const scope = await stagedImport(1_200, 'reading');
    await recoverInterruptedImports(t.database, later);
    assert.equal(await importRow(scope), undefined);
    assert.equal(await contactsOf(scope), 0);
    const left = await t.db.select().from(contactImportRows).where(eq(contactImportRows.importId, scope.importId));
    assert.equal(left.length, 0);
  });
});
