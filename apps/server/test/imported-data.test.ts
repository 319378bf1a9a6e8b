import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog } from '../src/modules/audit/index.ts';
import { contactImportRows, contactImports, contacts } from '../src/modules/network/network.tables.ts';
import { referrals } from '../src/modules/referrals/referrals.tables.ts';
import type { Client } from './helpers/app.ts';
import { makeMember, makeReferral } from './helpers/factories.ts';
import { LINKEDIN_FIXTURE, uploadContacts } from './helpers/multipart.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

/**
 * Members see and delete the contacts they imported (issue 14 item 7): one import or all of them,
 * with what that does to the marks they made on those contacts.
 */
describe('a member deletes their imported data', () => {
  const t = useTestApp();

  /** An employee with one import and two marks on its contacts: one untouched, one a recruiter acted on. */
  async function memberWithMarks() {
    const { company, member, client } = await companyWithMember(t, 'employee');
    const imported = (await uploadContacts(client, { name: 'Connections.csv', content: LINKEDIN_FIXTURE })).json();
    const own = await t.db.select().from(contacts).where(eq(contacts.ownerMembershipId, member.membership.id));
    assert.equal(own.length, 7);
    const untouched = await makeReferral(t.db, company.id, member.membership.id, { contact: own[0] });
    const acted = await makeReferral(t.db, company.id, member.membership.id, {
      contact: own[1],
      status: 'recruiter_contacted',
      actedAt: new Date(),
    });
    return { company, member, client, imported, own, untouched, acted };
  }

  async function assertContactsGone(companyId: string, ownerId: string, names: string[]) {
    assert.equal((await t.db.select().from(contacts).where(eq(contacts.ownerMembershipId, ownerId))).length, 0);
    // No row of the company's network tables still names them, in any column (search vectors included).
    for (const name of names) {
      const [hits] = await t.db
        .execute<{ n: number }>(sql`
        select (select count(*) from contacts c where c.company_id = ${companyId} and c::text ilike ${`%${name}%`})::int
             + (select count(*) from contact_import_rows r where r.company_id = ${companyId} and r::text ilike ${`%${name}%`})::int as n`)
        .then((r) => ('rows' in r ? r.rows : r) as { n: number }[]);
      assert.equal(Number(hits.n), 0, `${name} is gone from contacts and staged import rows`);
    }
  }

  test('deleting one import takes its contacts and untouched marks; an acted-on mark keeps its referral without the link', async () => {
    const { company, member, client, imported, own, untouched, acted } = await memberWithMarks();
    const res = await client.delete(`/api/contacts/imports/${imported.id}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().deleted, 7);

    await assertContactsGone(
      company.id,
      member.membership.id,
      own.map((c) => c.lastName),
    );
    assert.equal((await t.db.select().from(contactImports).where(eq(contactImports.id, imported.id))).length, 0);
    assert.equal(
      (await t.db.select().from(contactImportRows).where(eq(contactImportRows.importId, imported.id))).length,
      0,
    );
    assert.equal((await t.db.select().from(referrals).where(eq(referrals.id, untouched.id))).length, 0);
    const [kept] = await t.db.select().from(referrals).where(eq(referrals.id, acted.id));
    assert.ok(kept, 'the referral a recruiter acted on stays');
    assert.equal(kept.contactId, null, 'only the link to the deleted contact is cleared');
    assert.equal(kept.status, 'recruiter_contacted');
    assert.equal(kept.lastName, acted.lastName);
    assert.equal(kept.referrerMembershipId, member.membership.id);

    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.companyId, company.id), eq(auditLog.action, 'contacts.deleted')));
    assert.equal(entry.targetKind, 'contact_import');
    assert.equal(entry.targetId, imported.id);
    assert.equal(entry.actorId, member.membership.id);
    assert.equal(entry.detail.contacts, 7);
  });

  test('deleting all contacts does the same for every import, and is recorded', async () => {
    const { company, member, client, own, untouched, acted } = await memberWithMarks();
    const res = await client.delete('/api/contacts');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().deleted, 7);
    await assertContactsGone(
      company.id,
      member.membership.id,
      own.map((c) => c.lastName),
    );
    assert.deepEqual((await client.get('/api/contacts/imports')).json().items, []);
    assert.equal((await t.db.select().from(referrals).where(eq(referrals.id, untouched.id))).length, 0);
    const [kept] = await t.db.select().from(referrals).where(eq(referrals.id, acted.id));
    assert.equal(kept.contactId, null);
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.companyId, company.id), eq(auditLog.action, 'contacts.deleted')));
    assert.equal(entries.length, 1);
    assert.equal(entries[0].targetId, null);
    assert.deepEqual(entries[0].detail, { contacts: 7, all: true });
  });

  test('another member’s or another company’s import is not found, and stays; a bad id is a 400', async () => {
    const { company, member, imported } = await memberWithMarks();
    const colleague: Client = await t.signIn((await makeMember(t.db, company.id, 'employee')).email);
    assert.equal((await colleague.delete(`/api/contacts/imports/${imported.id}`)).statusCode, 404);
    const { client: stranger } = await companyWithMember(t, 'admin');
    assert.equal((await stranger.delete(`/api/contacts/imports/${imported.id}`)).statusCode, 404);
    const own = await t.db.select().from(contacts).where(eq(contacts.ownerMembershipId, member.membership.id));
    assert.equal(own.length, 7, 'nothing of the owner’s was deleted');

    const bad = await colleague.delete('/api/contacts/imports/not-an-id');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /"field":"id"/);
  });
});
