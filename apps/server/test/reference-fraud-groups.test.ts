import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CONSENT_TEXT_VERSION, type TFraudSignalGroup } from '@vouch/contracts';
import { emailLookalike } from '../src/modules/references/fraud-rules.ts';
import { issueCandidateToken, issueRefereeToken } from '../src/modules/references/link-tokens.ts';
import { detectFraudSignals } from '../src/modules/references/use-cases/detect-fraud-signals.ts';
import { makeCandidate, unique } from './helpers/factories.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

/** The same phone model: user agent, screen and time zone all equal. */
const phone = {
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0)',
  screen: '390x844',
  timeZone: 'Europe/Stockholm',
};

describe('fraud signals by kind and severity', () => {
  const t = useTestApp();

  async function world() {
    const { company, client } = await companyWithMember(t, 'recruiter', { name: 'Rita Recruiter' });
    const candidate = await makeCandidate(t.db, company.id, {
      email: `${unique('cora')}@gmail.com`,
      phone: '+46701111111',
    });
    const check = await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      status: 'in_progress',
      candidateIp: '10.0.0.1',
    });
    return { company, client, candidate, check };
  }

  const groupsOf = async (client: Awaited<ReturnType<typeof world>>['client'], checkId: string) => {
    const res = await client.get(`/api/reference-checks/${checkId}/report`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().fraudSignalGroups as TFraudSignalGroup[];
  };

  test('a + alias or a one-letter lookalike of the candidate’s address is high; short names are not guessed at', () => {
    assert.equal(emailLookalike('cora.berg+ref@gmail.com', 'coraberg@gmail.com'), 'alias');
    assert.equal(emailLookalike('Cora.Berg@googlemail.com', 'coraberg@gmail.com'), 'alias');
    assert.equal(emailLookalike('corabreg@work.se', 'coraberg@work.se'), 'lookalike');
    assert.equal(emailLookalike('coraberg@gmial.com', 'coraberg@gmail.com'), 'lookalike');
    assert.equal(emailLookalike('coraberg@gmail.com', 'CoraBerg@gmail.com'), null, 'the same address is another rule');
    assert.equal(emailLookalike('bo@work.se', 'jo@work.se'), null);
    assert.equal(emailLookalike('anna@work.se', 'coraberg@work.se'), null);
  });

  test('grouped by kind with counts, most severe first; same IP is low between colleagues, medium otherwise', async () => {
    const w = await world();
    const [local, domain] = w.candidate.email!.split('@');
    // High: an alias of the candidate's own address.
    const alias = await makeReferee(t.db, w.check, {
      name: 'Ali Alias',
      email: `${local}+boss@${domain}`,
      company: null,
    });
    // Two colleagues from one employer on one office network: low.
    await makeReferee(t.db, w.check, { name: 'Kim', company: 'Northwind AB', ip: '10.1.1.1' });
    await makeReferee(t.db, w.check, { name: 'Lo', company: 'Northwind  ab', ip: '10.1.1.1' });
    // Two referees of different employers on one network: medium.
    await makeReferee(t.db, w.check, { name: 'Mo', company: 'Contoso', ip: '10.2.2.2' });
    await makeReferee(t.db, w.check, { name: 'No', company: 'Fabrikam', ip: '10.2.2.2' });
    // Medium: free mail with a named employer.
    await makeReferee(t.db, w.check, { name: 'Fri', email: `${unique('fri')}@hotmail.com`, company: 'Volvo' });
    await detectFraudSignals(t.db, w.check.companyId, w.check.id);

    const groups = await groupsOf(w.client, w.check.id);
    assert.deepEqual(
      groups.map((g) => [g.kind, g.severity, g.count, g.unreviewed]),
      [
        ['contact_lookalike_of_candidate', 'high', 1, 1],
        ['same_ip', 'medium', 2, 2],
        ['free_mail_with_company', 'medium', 1, 1],
      ],
    );
    const ip = groups.find((g) => g.kind === 'same_ip')!;
    assert.deepEqual(ip.signals.map((s) => [s.evidence.value, s.severity]).sort(), [
      ['10.1.1.1', 'low'],
      ['10.2.2.2', 'medium'],
    ]);
    const lookalike = groups[0].signals[0];
    assert.equal(lookalike.refereeId, alias.id);
    assert.deepEqual(lookalike.evidence.how, 'alias');
  });

  test('“mark all reviewed” marks every open signal by the member; another company gets a 404', async () => {
    const w = await world();
    await makeReferee(t.db, w.check, { email: w.candidate.email });
    await makeReferee(t.db, w.check, { email: `${unique('x')}@gmail.com`, company: 'Volvo' });
    await detectFraudSignals(t.db, w.check.companyId, w.check.id);
    const url = `/api/reference-checks/${w.check.id}/fraud-signals/review-all`;

    const stranger = await companyWithMember(t, 'admin');
    assert.equal((await stranger.client.post(url, {})).statusCode, 404);
    assert.ok(
      (await groupsOf(w.client, w.check.id)).every((g) => g.unreviewed > 0),
      'the stranger changed nothing',
    );
    const employee = await companyWithMember(t, 'employee');
    assert.equal((await employee.client.post(url, {})).statusCode, 403);

    const res = await w.client.post(url, {});
    assert.equal(res.statusCode, 200, res.body);
    const groups: TFraudSignalGroup[] = res.json().groups;
    assert.ok(groups.length >= 2);
    for (const group of groups) {
      assert.equal(group.unreviewed, 0);
      for (const s of group.signals) assert.equal(s.reviewedByName, 'Rita Recruiter');
    }
  });

  describe('through the pages', () => {
    let address = 0;
    /** A browser: its own address and its own cookie jar (the device cookie the pages set). */
    const browser = () => {
      const remoteAddress = `10.8.${Math.floor(++address / 250)}.${address % 250}`;
      const cookies: Record<string, string> = {};
      const request = async (method: 'GET' | 'POST', url: string, payload?: object) => {
        const res = await t.app.inject({ method, url, payload, remoteAddress, cookies });
        for (const c of res.cookies) cookies[c.name] = c.value;
        return res;
      };
      return { request, cookies };
    };
    const refereeConsent = async (b: ReturnType<typeof browser>, token: string, relationship?: string) => {
      await b.request('GET', `/api/public/reference-referee/${token}`);
      const res = await b.request('POST', `/api/public/reference-referee/${token}/consent`, {
        consentVersion: CONSENT_TEXT_VERSION,
        device: phone,
        ...(relationship ? { relationship } : {}),
      });
      assert.equal(res.statusCode, 200, res.body);
    };

    test('two people with the same phone model are not one device; the same browser is', async () => {
      const w = await world();
      const one = await makeReferee(t.db, w.check, { name: 'One', company: 'A' });
      const two = await makeReferee(t.db, w.check, { name: 'Two', company: 'B' });
      const three = await makeReferee(t.db, w.check, { name: 'Three', company: 'C' });
      const first = browser();
      const second = browser();
      await refereeConsent(first, await issueRefereeToken(t.db, w.check, one.id));
      await refereeConsent(second, await issueRefereeToken(t.db, w.check, two.id));
      assert.ok(first.cookies.vouch_device && second.cookies.vouch_device);
      assert.notEqual(first.cookies.vouch_device, second.cookies.vouch_device);
      let groups = await groupsOf(w.client, w.check.id);
      assert.equal(
        groups.find((g) => g.kind === 'same_device'),
        undefined,
        'same model, different cookies: no match',
      );

      // The first browser answers for a third referee as well.
      await refereeConsent(first, await issueRefereeToken(t.db, w.check, three.id));
      groups = await groupsOf(w.client, w.check.id);
      const device = groups.find((g) => g.kind === 'same_device');
      assert.ok(device, JSON.stringify(groups));
      assert.deepEqual(
        device.signals.map((s) => [s.refereeId, s.evidence.otherRefereeName, s.severity]),
        [[three.id, 'One', 'medium']],
      );
    });

    test('the candidate’s browser answering as a referee is a high same-device signal', async () => {
      const w = await world();
      const referee = await makeReferee(t.db, w.check, { name: 'Sock Puppet' });
      const candidateBrowser = browser();
      const candidateToken = await issueCandidateToken(t.db, w.check);
      await candidateBrowser.request('GET', `/api/public/reference-candidate/${candidateToken}`);
      const consent = await candidateBrowser.request(
        'POST',
        `/api/public/reference-candidate/${candidateToken}/consent`,
        {
          consentVersion: CONSENT_TEXT_VERSION,
          device: phone,
        },
      );
      assert.equal(consent.statusCode, 200, consent.body);
      await refereeConsent(candidateBrowser, await issueRefereeToken(t.db, w.check, referee.id));
      const device = (await groupsOf(w.client, w.check.id)).find((g) => g.kind === 'same_device');
      assert.deepEqual(
        device?.signals.map((s) => [s.refereeId, s.evidence.matches, s.severity]),
        [[referee.id, 'candidate', 'high']],
      );
    });

    test('the referee’s own answer about the relationship differs from the candidate’s claim: flagged', async () => {
      const w = await world();
      const claimedManager = await makeReferee(t.db, w.check, { name: 'Claimed Manager', relationship: 'manager' });
      const agrees = await makeReferee(t.db, w.check, { name: 'Agrees', relationship: 'colleague' });
      await refereeConsent(browser(), await issueRefereeToken(t.db, w.check, claimedManager.id), 'colleague');
      await refereeConsent(browser(), await issueRefereeToken(t.db, w.check, agrees.id), 'colleague');
      const groups = await groupsOf(w.client, w.check.id);
      const mismatch = groups.find((g) => g.kind === 'relationship_mismatch');
      assert.deepEqual(
        mismatch?.signals.map((s) => [s.refereeId, s.evidence.claimed, s.evidence.stated, s.severity]),
        [[claimedManager.id, 'manager', 'colleague', 'medium']],
      );
      const view = await w.client.get(`/api/reference-checks/${w.check.id}`);
      const stated = view
        .json()
        .referees.map((r: { name: string; statedRelationship: string }) => [r.name, r.statedRelationship]);
      assert.deepEqual(stated, [
        ['Claimed Manager', 'colleague'],
        ['Agrees', 'colleague'],
      ]);
    });
  });
});
