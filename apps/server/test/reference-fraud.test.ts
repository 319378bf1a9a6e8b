import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { referenceFraudSignals } from '../src/modules/references/references.tables.ts';
import { detectFraudSignals, findFraudSignals } from '../src/modules/references/use-cases/detect-fraud-signals.ts';
import { isFreeMail } from '../src/modules/references/use-cases/free-mail.ts';
import { refereeVerification } from '../src/modules/references/use-cases/verification.ts';
import { makeCandidate, makeCompany, unique } from './helpers/factories.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

const device = { userAgent: 'Mozilla/5.0 Test', screen: '1920x1080', timeZone: 'Europe/Stockholm' };
const at = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000);
const answers = { overall: 4, rehire: true, strength: 'craft', areas: ['sales'], title: 'Lead', summary: 'Good.' };

describe('reference fraud signals', () => {
  const t = useTestApp();

  const signalsOf = async (checkId: string) =>
    (await t.db.select().from(referenceFraudSignals).where(eq(referenceFraudSignals.checkId, checkId))).sort((a, b) =>
      `${a.kind}${a.dedupeKey}`.localeCompare(`${b.kind}${b.dedupeKey}`),
    );

  /** A check on a candidate with known email and phone, plus two clean referees with distinct everything. */
  async function cleanCheck(companyId?: string) {
    const company = companyId ?? (await makeCompany(t.db)).id;
    const candidate = await makeCandidate(t.db, company, {
      email: `${unique('cand')}@mail.example`,
      phone: '+46701111111',
    });
    const check = await makeReferenceCheck(t.db, company, {
      candidateId: candidate.id,
      candidateIp: '10.0.0.1',
      candidateDevice: device,
    });
    const a = await makeReferee(t.db, check, {
      name: 'Anna Andersson',
      email: `${unique('anna')}@northwind.se`,
      phone: '+46702222222',
      company: 'Northwind Traders AB',
      ip: '10.0.0.2',
      device: { ...device, screen: '1280x800' },
    });
    const b = await makeReferee(t.db, check, {
      name: 'Bo Berg',
      email: `${unique('bo')}@contoso.com`,
      phone: '+46703333333',
      company: 'Contoso',
      ip: '10.0.0.3',
      device: { ...device, userAgent: 'Other' },
      status: 'answered',
      answers,
      openedAt: at(600),
      startedAt: at(500),
      answeredAt: at(10),
    });
    return { companyId: company, candidate, check, a, b };
  }

  test('clean data raises nothing', async () => {
    const { check } = await cleanCheck();
    await detectFraudSignals(t.db, check.companyId, check.id);
    assert.deepEqual(await signalsOf(check.id), []);
  });

  test('another company’s id finds nothing, even where signals are there', async () => {
    const { check, candidate } = await cleanCheck();
    await makeReferee(t.db, check, { email: candidate.email, phone: '+46701111111' });
    assert.ok((await findFraudSignals(t.db, check.companyId, check.id)).length > 0);
    const other = await makeCompany(t.db);
    assert.deepEqual(await findFraudSignals(t.db, other.id, check.id), []);
    await detectFraudSignals(t.db, other.id, check.id);
    assert.deepEqual(await signalsOf(check.id), []);
  });

  test('a referee with the candidate’s email or phone', async () => {
    const { check, candidate, companyId } = await cleanCheck();
    const r = await makeReferee(t.db, check, { email: candidate.email!.toUpperCase(), phone: '+46701111111' });
    // emailKey is what the rule compares: the factory lower-cases it.
    await detectFraudSignals(t.db, check.companyId, check.id);
    const signals = await signalsOf(check.id);
    assert.deepEqual(
      signals.map((s) => [s.kind, s.refereeId, s.evidence]),
      [
        [
          'contact_matches_candidate',
          r.id,
          { field: 'email', value: candidate.email!.toUpperCase(), matches: 'candidate' },
        ],
        ['contact_matches_candidate', r.id, { field: 'phone', value: '+46701111111', matches: 'candidate' }],
      ],
    );
    assert.ok(signals.every((s) => s.companyId === companyId));
  });

  test('two referees sharing an email or phone; a removed one does not count', async () => {
    const { check, a } = await cleanCheck();
    const twin = await makeReferee(t.db, check, { email: a.email, phone: a.phone });
    await makeReferee(t.db, check, { email: a.email, status: 'removed' });
    await detectFraudSignals(t.db, check.companyId, check.id);
    const signals = await signalsOf(check.id);
    assert.equal(signals.length, 2, JSON.stringify(signals));
    for (const s of signals) {
      assert.equal(s.kind, 'contact_shared_by_referees');
      assert.equal(s.refereeId, twin.id);
      assert.equal(s.evidence.otherRefereeName, 'Anna Andersson');
      assert.equal(s.evidence.matches, 'referee');
    }
    assert.deepEqual(signals.map((s) => s.evidence.field).sort(), ['email', 'phone']);
  });

  test('same IP and same device as the candidate or another referee', async () => {
    const { check, a } = await cleanCheck();
    const likeCandidate = await makeReferee(t.db, check, { ip: '10.0.0.1', device });
    const likeAnna = await makeReferee(t.db, check, { ip: a.ip, device: a.device });
    // Two of three device parts equal is not the same device.
    await makeReferee(t.db, check, { ip: '10.0.0.9', device: { ...device, timeZone: 'Europe/London' } });
    await detectFraudSignals(t.db, check.companyId, check.id);
    const signals = await signalsOf(check.id);
    const summary = signals.map((s) => [s.kind, s.refereeId, s.evidence.matches, s.evidence.value]);
    assert.deepEqual(
      summary.sort((x, y) => String(x).localeCompare(String(y))),
      [
        ['same_device', likeAnna.id, 'referee', `${a.device!.userAgent} · ${a.device!.screen} · ${a.device!.timeZone}`],
        ['same_device', likeCandidate.id, 'candidate', `${device.userAgent} · ${device.screen} · ${device.timeZone}`],
        ['same_ip', likeAnna.id, 'referee', '10.0.0.2'],
        ['same_ip', likeCandidate.id, 'candidate', '10.0.0.1'],
      ].sort((x, y) => String(x).localeCompare(String(y))),
    );
  });

  test('a free-mail address from someone who claims a company; not without a company', async () => {
    const { check } = await cleanCheck();
    const r = await makeReferee(t.db, check, { email: 'someone@Hotmail.se', company: 'Volvo Cars AB' });
    await makeReferee(t.db, check, { email: 'private@gmail.com', company: null });
    await detectFraudSignals(t.db, check.companyId, check.id);
    const signals = await signalsOf(check.id);
    assert.deepEqual(
      signals.map((s) => [s.kind, s.refereeId, s.evidence]),
      [['free_mail_with_company', r.id, { field: 'email', value: 'someone@Hotmail.se', company: 'Volvo Cars AB' }]],
    );
  });

  test('answering faster than the questions can be read', async () => {
    const { check } = await cleanCheck();
    // 6 answers → at least 20 + 6 × 4 = 44 seconds; 30 is too fast, 60 is fine.
    const fast = await makeReferee(t.db, check, {
      status: 'answered',
      answers,
      openedAt: at(30),
      startedAt: at(25),
      answeredAt: at(0),
    });
    await makeReferee(t.db, check, { status: 'answered', answers, openedAt: at(60), answeredAt: at(0) });
    await detectFraudSignals(t.db, check.companyId, check.id);
    const signals = await signalsOf(check.id);
    assert.equal(signals.length, 1, JSON.stringify(signals));
    assert.equal(signals[0].kind, 'answered_too_fast');
    assert.equal(signals[0].refereeId, fast.id);
    assert.deepEqual(signals[0].evidence, { seconds: 30, answers: 6, minimumSeconds: 44 });
  });

  test('a referee given by another candidate of the same company, never of another company', async () => {
    const { check, companyId, a } = await cleanCheck();
    const other = await makeReferenceCheck(t.db, companyId);
    const reused = await makeReferee(t.db, other, { email: a.email, phone: '+46709999999' });
    // The same person named in another company's check is none of this company's business.
    const elsewhere = await makeReferenceCheck(t.db, (await makeCompany(t.db)).id);
    await makeReferee(t.db, elsewhere, { email: a.email, phone: a.phone });
    // Nor is the candidate's own earlier check.
    const again = await makeReferenceCheck(t.db, companyId, { candidateId: check.candidateId });
    await makeReferee(t.db, again, { phone: a.phone });

    await detectFraudSignals(t.db, check.companyId, check.id);
    const signals = await signalsOf(check.id);
    assert.equal(signals.length, 1, JSON.stringify(signals));
    assert.equal(signals[0].kind, 'referee_used_by_other_candidate');
    assert.equal(signals[0].refereeId, a.id);
    assert.equal(signals[0].evidence.field, 'email');
    assert.equal(signals[0].evidence.otherCandidateId, other.candidateId);
    assert.equal(signals[0].evidence.otherCheckId, other.id);
    assert.ok(reused);

    await detectFraudSignals(t.db, elsewhere.companyId, elsewhere.id);
    assert.deepEqual(await signalsOf(elsewhere.id), [], 'the other company sees nothing of ours');
  });

  test('recomputing adds nothing, and a reviewed mark survives it', async () => {
    const { check, candidate } = await cleanCheck();
    await makeReferee(t.db, check, { email: candidate.email, ip: '10.0.0.1', company: 'X AB' });
    await detectFraudSignals(t.db, check.companyId, check.id);
    const first = await signalsOf(check.id);
    assert.equal(first.length, 2);
    const reviewedAt = new Date('2026-01-02T03:04:05Z');
    await t.db.update(referenceFraudSignals).set({ reviewedAt }).where(eq(referenceFraudSignals.id, first[0].id));
    await detectFraudSignals(t.db, check.companyId, check.id);
    await detectFraudSignals(t.db, check.companyId, check.id);
    const again = await signalsOf(check.id);
    assert.deepEqual(
      again.map((s) => s.id),
      first.map((s) => s.id),
    );
    assert.equal(again[0].reviewedAt?.toISOString(), reviewedAt.toISOString());
  });

  test('reviewing a signal through the API sets and clears who and when; 404 across companies', async () => {
    const { company, member, client } = await companyWithMember(t, 'recruiter', { name: 'Rita Recruiter' });
    const { check, candidate } = await cleanCheck(company.id);
    await makeReferee(t.db, check, { email: candidate.email });
    await detectFraudSignals(t.db, check.companyId, check.id);
    const [signal] = await signalsOf(check.id);
    const url = `/api/reference-checks/${check.id}/fraud-signals/${signal.id}/review`;
    const res = await client.post(url, { reviewed: true });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().reviewedByName, 'Rita Recruiter');
    const [stored] = await signalsOf(check.id);
    assert.equal(stored.reviewedById, member.membership.id);
    assert.ok(stored.reviewedAt);
    assert.equal((await client.post(url, { reviewed: false })).json().reviewedAt, null);
    assert.equal((await signalsOf(check.id))[0].reviewedById, null);
    assert.equal((await client.post(url, { reviewed: 'yes' })).statusCode, 400);

    const stranger = await companyWithMember(t, 'admin');
    assert.equal((await stranger.client.post(url, { reviewed: true })).statusCode, 404);
    const employee = await companyWithMember(t, 'employee');
    assert.equal((await employee.client.post(url, { reviewed: true })).statusCode, 403);
  });

  test('verification: work email, free mail, otherwise unverified', () => {
    assert.equal(
      refereeVerification({ email: 'anna@northwind.se', company: 'Northwind Traders AB' }),
      'work_email_matches_company',
    );
    assert.equal(
      refereeVerification({ email: 'bo@mail.acme-corp.co.uk', company: 'ACME Corp Ltd' }),
      'work_email_matches_company',
    );
    assert.equal(
      refereeVerification({ email: 'c@ericsson.com', company: 'Telefonaktiebolaget LM Ericsson' }),
      'unverified',
    );
    assert.equal(
      refereeVerification({ email: 'c@volvocars.com', company: 'Volvo Cars' }),
      'work_email_matches_company',
    );
    assert.equal(refereeVerification({ email: 'åsa@gmail.com', company: 'Northwind' }), 'free_mail');
    assert.equal(refereeVerification({ email: 'x@other.se', company: 'Northwind' }), 'unverified');
    assert.equal(refereeVerification({ email: 'x@northwind.se', company: null }), 'unverified');
    assert.equal(refereeVerification({ email: null, company: 'Northwind' }), 'unverified');
    for (const email of ['a@yahoo.co.uk', 'a@live.se', 'a@gmx.de', 'a@telia.com', 'a@proton.me', 'a@hotmail.com']) {
      assert.ok(isFreeMail(email), email);
    }
    assert.ok(!isFreeMail('a@northwind.se'));
  });
});
