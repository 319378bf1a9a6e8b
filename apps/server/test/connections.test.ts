import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { TCandidateConnection, TConnectionSummaries } from '@vouch/contracts';
import { placements, workHistory } from '../src/modules/hiring/hiring.tables.ts';
import { companyKey, emailKey, linkedinKey } from '../src/modules/hiring/normalize.ts';
import { describeConnection } from '../src/modules/network/index.ts';
import type { Client } from './helpers/app.ts';
import {
  makeCandidate,
  makeCompany,
  makeContact,
  makeExclusion,
  makeJob,
  makeMember,
  makeReferral,
  unique,
} from './helpers/factories.ts';
import { useTestApp } from './helpers/suite.ts';

const t = useTestApp();
const onDatabase = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const yearsAgo = (years: number) => `${new Date().getUTCFullYear() - years}-01-01`;

type World = Awaited<ReturnType<typeof makeWorld>>;

/** A company with a recruiter and a few colleagues; helpers to give people work histories and contacts. */
async function makeWorld() {
  const company = await makeCompany(t.db);
  const recruiter = await makeMember(t.db, company.id, 'recruiter');
  const colleague = (name: string, overrides: Parameters<typeof makeMember>[3] = {}, role = 'employee' as const) =>
    makeMember(t.db, company.id, role, { name, ...overrides });
  const stint = (
    owner: { candidateId: string } | { membershipId: string },
    companyName: string,
    startDate: string,
    endDate: string | null,
  ) =>
    t.db.insert(workHistory).values({
      companyId: company.id,
      ...owner,
      companyName,
      companyKey: companyKey(companyName),
      startDate,
      endDate,
    });
  const contactOf = (ownerId: string, overrides: Parameters<typeof makeContact>[3] = {}) =>
    makeContact(t.db, company.id, ownerId, {
      ...overrides,
      emailKey: emailKey(overrides.email ?? null),
      linkedinKey: linkedinKey(overrides.linkedinUrl ?? null),
      companyKey: overrides.company ? companyKey(overrides.company) : null,
    });
  const candidate = (overrides: Parameters<typeof makeCandidate>[2] = {}) =>
    makeCandidate(t.db, company.id, { firstName: 'Raymond', lastName: unique('Okafor'), ...overrides });
  return { company, recruiter, client: await t.signIn(recruiter.email), colleague, stint, contactOf, candidate };
}

async function connectionsOf(client: Client, candidateId: string): Promise<TCandidateConnection[]> {
  const res = await client.get(`/api/candidates/${candidateId}/connections`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json().items;
}

describe(`who knows this candidate, on ${onDatabase}`, () => {
  let w: World;
  before(async () => {
    w = await makeWorld();
  });

  test('overlapping employment at one employer spelled differently (Dentons LLP, DENTONS; Klarna, Klarna AB); an open end date runs to now', async () => {
    const simon = await w.colleague('Simon Colleague');
    const nadia = await w.colleague('Nadia Current');
    const raymond = await w.candidate();
    await w.stint({ candidateId: raymond.id }, 'Dentons LLP', '2018-01-01', '2021-01-01');
    await w.stint({ membershipId: simon.membership.id }, 'DENTONS', '2016-06-01', '2021-06-01');
    await w.stint({ candidateId: raymond.id }, 'Klarna', '2021-02-01', null);
    await w.stint({ membershipId: nadia.membership.id }, 'Klarna AB', yearsAgo(1), null);

    const items = await connectionsOf(w.client, raymond.id);
    assert.deepEqual(
      items.map((c) => c.colleague.name),
      ['Nadia Current', 'Simon Colleague'],
      'the ongoing overlap is more recent, so it ranks first',
    );
    const [nadiaLink, simonLink] = items;
    assert.deepEqual(simonLink.reasons, [
      { kind: 'worked_together', company: 'Dentons LLP', from: '2018-01-01', to: '2021-01-01', months: 36 },
    ]);
    assert.equal(simonLink.summary, 'Simon Colleague worked with Raymond at Dentons LLP, 2018–2021, about 3 years');
    assert.equal(nadiaLink.reasons[0].kind, 'worked_together');
    assert.equal(nadiaLink.reasons[0].kind === 'worked_together' && nadiaLink.reasons[0].to, null);
    assert.match(nadiaLink.summary, /at Klarna, \d{4}–now, about/);
    assert.equal(simonLink.colleague.membershipId, simon.membership.id);
  });

  test('consecutive jobs at the same employer are no connection', async () => {
    const before = await w.colleague('Before Person');
    const raymond = await w.candidate();
    await w.stint({ membershipId: before.membership.id }, 'Baker McKenzie', '2012-01-01', '2018-01-01');
    await w.stint({ candidateId: raymond.id }, 'Baker McKenzie', '2018-01-01', '2020-01-01');
    assert.deepEqual(await connectionsOf(w.client, raymond.id), []);
  });

  test('a contact matches by email, by LinkedIn profile, and by name and employer', async () => {
    const byEmail = await w.colleague('Emil Email');
    const byLinkedin = await w.colleague('Linn Linkedin');
    const byName = await w.colleague('Nils Name');
    const lastName = unique('Matchson');
    const raymond = await w.candidate({
      lastName,
      email: `${lastName}@mail.example`,
      linkedinUrl: `https://www.linkedin.com/in/${lastName}`,
      currentCompany: 'Initech AB',
    });
    await w.contactOf(byEmail.membership.id, {
      firstName: 'Ray',
      lastName: 'Other',
      email: ` ${lastName.toUpperCase()}@Mail.example`,
    });
    await w.contactOf(byLinkedin.membership.id, {
      firstName: 'R',
      lastName: 'O',
      linkedinUrl: `linkedin.com/in/${lastName}/`,
    });
    await w.contactOf(byName.membership.id, { firstName: 'RAYMOND ', lastName, company: 'Initech' });
    await w.contactOf(byName.membership.id, { firstName: 'Raymond', lastName, company: 'Globex' });

    const items = await connectionsOf(w.client, raymond.id);
    const byColleague = new Map(items.map((c) => [c.colleague.name, c]));
    assert.equal(items.length, 3);
    assert.deepEqual(byColleague.get('Emil Email')?.reasons, [{ kind: 'contact', matchedBy: 'email' }]);
    assert.deepEqual(byColleague.get('Linn Linkedin')?.reasons, [{ kind: 'contact', matchedBy: 'linkedin' }]);
    assert.deepEqual(byColleague.get('Nils Name')?.reasons, [{ kind: 'contact', matchedBy: 'name_and_company' }]);
    assert.equal(byColleague.get('Emil Email')?.summary, 'Raymond is in Emil Email’s contacts (email)');
    assert.equal(items.at(-1)?.colleague.name, 'Nils Name', 'a name match is the least certain');
  });

  test('ranking: contact and overlap together beat either alone; a mark strengthens', async () => {
    const both = await w.colleague('Both Ways');
    const overlapOnly = await w.colleague('Overlap Only');
    const contactOnly = await w.colleague('Contact Only');
    const marker = await w.colleague('Marker Person');
    const lastName = unique('Rankson');
    const email = `${lastName}@mail.example`;
    const raymond = await w.candidate({ lastName, email });
    await w.stint({ candidateId: raymond.id }, 'Spotify', yearsAgo(8), null);
    for (const m of [both, overlapOnly]) await w.stint({ membershipId: m.membership.id }, 'Spotify', yearsAgo(3), null);
    await w.contactOf(both.membership.id, { email });
    await w.contactOf(contactOnly.membership.id, { email });
    const marked = await w.contactOf(marker.membership.id, { email });
    await makeReferral(t.db, w.company.id, marker.membership.id, { contact: marked, source: 'email_introduction' });

    const items = await connectionsOf(w.client, raymond.id);
    assert.deepEqual(
      items.map((c) => c.colleague.name),
      ['Marker Person', 'Both Ways', 'Contact Only', 'Overlap Only'],
      'any two signals outrank any single one; a contact outranks a three-year overlap',
    );
    const strengths = items.map((c) => c.strength);
    assert.deepEqual(
      [...strengths].sort((a, b) => b - a),
      strengths,
    );
    assert.deepEqual(items[0].reasons, [
      { kind: 'contact', matchedBy: 'email' },
      { kind: 'marked', mark: 'email_introduction' },
    ]);
    assert.equal(
      items[0].summary,
      `Raymond is in Marker Person’s contacts (email); Marker Person marked Raymond as an email introduction`,
    );
  });

  test('a longer and more recent overlap is stronger', async () => {
    const [long, short, old] = await Promise.all([
      w.colleague('Long Overlap'),
      w.colleague('Short Overlap'),
      w.colleague('Old Overlap'),
    ]);
    const raymond = await w.candidate();
    await w.stint({ candidateId: raymond.id }, 'Volvo Cars', '2000-01-01', null);
    await w.stint({ membershipId: long.membership.id }, 'Volvo Cars', yearsAgo(6), yearsAgo(1));
    await w.stint({ membershipId: short.membership.id }, 'Volvo Cars', yearsAgo(2), yearsAgo(1));
    await w.stint({ membershipId: old.membership.id }, 'Volvo Cars', '2001-01-01', '2006-01-01');
    const names = (await connectionsOf(w.client, raymond.id)).map((c) => c.colleague.name);
    assert.deepEqual(names, ['Long Overlap', 'Short Overlap', 'Old Overlap']);
  });

  test('excluded people never appear: an excluded candidate has none, an excluded contact does not count', async () => {
    const owner = await w.colleague('Owner Person');
    const lastName = unique('Excluded');
    const excludedEmail = `${lastName}@mail.example`;
    const excluded = await w.candidate({ lastName, email: excludedEmail });
    await w.stint({ candidateId: excluded.id }, 'Tink', '2019-01-01', null);
    await w.stint({ membershipId: owner.membership.id }, 'Tink', '2019-01-01', null);
    assert.equal((await connectionsOf(w.client, excluded.id)).length, 1);
    await makeExclusion(t.db, w.company.id, { kind: 'email', value: excludedEmail });
    assert.deepEqual(await connectionsOf(w.client, excluded.id), []);

    // A candidate at an excluded employer (a non-solicit) has none either.
    const atClient = await w.candidate({ currentCompany: 'Umbrella Corp' });
    await w.contactOf(owner.membership.id, { firstName: 'Raymond', lastName: atClient.lastName, company: 'Umbrella' });
    assert.equal((await connectionsOf(w.client, atClient.id)).length, 1);
    await makeExclusion(t.db, w.company.id, { kind: 'company_name', value: 'Umbrella' });
    assert.deepEqual(await connectionsOf(w.client, atClient.id), []);

    // The contact's own email domain is excluded, the candidate is not: only the contact stops counting.
    const profile = `https://www.linkedin.com/in/${unique('ray')}`;
    const other = await w.candidate({ email: `${unique('ray')}@ok.example`, linkedinUrl: profile });
    const domain = `${unique('blocked')}.example`;
    await w.contactOf(owner.membership.id, { email: `someone@${domain}`, linkedinUrl: profile });
    assert.equal((await connectionsOf(w.client, other.id)).length, 1);
    await makeExclusion(t.db, w.company.id, { kind: 'email_domain', value: domain });
    assert.deepEqual(await connectionsOf(w.client, other.id), []);
  });

  test('deactivated members and agents never appear; another employee’s contact counts without its details', async () => {
    const gone = await w.colleague('Gone Person', { status: 'deactivated' });
    const agent = await makeMember(t.db, w.company.id, 'agent', { name: 'Agent Person' });
    const colleague = await w.colleague('Private Network');
    const lastName = unique('Privateson');
    const email = `${lastName}@mail.example`;
    const raymond = await w.candidate({ lastName, email });
    for (const m of [gone, agent, colleague]) {
      await w.contactOf(m.membership.id, { email, phone: '+46 70 123 45 67', position: 'Secret Position Title' });
      await w.stint({ membershipId: m.membership.id }, 'King', '2015-01-01', null);
    }
    await w.stint({ candidateId: raymond.id }, 'King', '2016-01-01', null);
    const res = await w.client.get(`/api/candidates/${raymond.id}/connections`);
    assert.equal(res.statusCode, 200);
    const items: TCandidateConnection[] = res.json().items;
    assert.deepEqual(
      items.map((c) => c.colleague.name),
      ['Private Network'],
    );
    assert.deepEqual(Object.keys(items[0]).sort(), ['colleague', 'reasons', 'strength', 'summary']);
    for (const secret of ['Secret Position Title', '123 45 67', 'Gone Person', 'Agent Person'])
      assert.ok(!res.body.includes(secret), `the response contains ${secret}`);
  });

  test('a cold prospect’s contact does not name its employee', async () => {
    const shy = await w.colleague('Shy Person');
    const lastName = unique('Coldson');
    const email = `${lastName}@mail.example`;
    const raymond = await w.candidate({ lastName, email });
    const contact = await w.contactOf(shy.membership.id, { email });
    assert.equal((await connectionsOf(w.client, raymond.id)).length, 1);
    await makeReferral(t.db, w.company.id, shy.membership.id, { contact, source: 'cold_prospect' });
    assert.deepEqual(await connectionsOf(w.client, raymond.id), []);
  });

  test('the summary for a page: best connection and count per candidate, in the order asked, one request', async () => {
    const [a, b] = [await w.colleague('Page A'), await w.colleague('Page B')];
    const connected = await w.candidate();
    const lonely = await w.candidate();
    await w.stint({ candidateId: connected.id }, 'Trustly', '2015-01-01', '2020-01-01');
    await w.stint({ membershipId: a.membership.id }, 'Trustly', '2014-01-01', '2022-01-01');
    await w.stint({ membershipId: b.membership.id }, 'Trustly', '2019-01-01', '2022-01-01');
    const foreign = await makeCandidate(t.db, (await makeCompany(t.db)).id);
    const ids = [lonely.id, foreign.id, connected.id];
    const res = await w.client.get(`/api/candidates/connections?ids=${ids.join(',')}`);
    assert.equal(res.statusCode, 200, res.body);
    const body: TConnectionSummaries = res.json();
    assert.deepEqual(
      body.items.map((i) => [i.candidateId, i.count, i.best?.colleague.name ?? null]),
      [
        [lonely.id, 0, null],
        [connected.id, 2, 'Page A'],
      ],
    );
    assert.equal(body.items[1].best?.summary, 'Page A worked with Raymond at Trustly, 2015–2020, about 5 years');
    const tooMany = Array.from({ length: 101 }, () => crypto.randomUUID()).join(',');
    assert.equal((await w.client.get(`/api/candidates/connections?ids=${tooMany}`)).statusCode, 400);
    assert.equal((await w.client.get('/api/candidates/connections?ids=not-an-id')).statusCode, 400);
  });

  test('another company’s candidate is not found; hiring managers see only their own jobs’ candidates', async () => {
    const foreign = await makeCandidate(t.db, (await makeCompany(t.db)).id);
    assert.equal((await w.client.get(`/api/candidates/${foreign.id}/connections`)).statusCode, 404);

    const manager = await makeMember(t.db, w.company.id, 'hiring_manager');
    const managerClient = await t.signIn(manager.email);
    const theirs = await w.candidate();
    const notTheirs = await w.candidate();
    const { job, steps } = await makeJob(t.db, w.company.id, { hiringManagerId: manager.membership.id });
    await t.db
      .insert(placements)
      .values({ companyId: w.company.id, candidateId: theirs.id, jobId: job.id, stepId: steps[0].id });
    assert.equal((await managerClient.get(`/api/candidates/${theirs.id}/connections`)).statusCode, 200);
    assert.equal((await managerClient.get(`/api/candidates/${notTheirs.id}/connections`)).statusCode, 404);
    const page = await managerClient.get(`/api/candidates/connections?ids=${theirs.id},${notTheirs.id}`);
    assert.deepEqual(
      page.json().items.map((i: { candidateId: string }) => i.candidateId),
      [theirs.id],
    );
  });
});

describe('connection wording', () => {
  const connection = {
    colleague: { membershipId: crypto.randomUUID(), name: 'Simon Berg', email: 'simon@acme.example' },
    reasons: [
      { kind: 'worked_together' as const, company: 'Dentons', from: '2018-03-01', to: '2021-02-01', months: 35 },
      { kind: 'contact' as const, matchedBy: 'linkedin' as const },
      { kind: 'marked' as const, mark: 'warm_prospect' as const },
    ],
  };
  test('in English and Swedish, about the colleague or to them', () => {
    assert.equal(
      describeConnection(connection, 'en', { candidate: 'Raymond' }),
      'Simon Berg worked with Raymond at Dentons, 2018–2021, about 3 years; Raymond is in Simon Berg’s contacts (LinkedIn); Simon Berg marked Raymond as a warm prospect',
    );
    assert.equal(
      describeConnection(connection, 'sv', { candidate: 'Raymond' }),
      'Simon Berg arbetade med Raymond på Dentons, 2018–2021, ungefär 3 år; Raymond finns bland Simon Bergs kontakter (LinkedIn); Simon Berg har markerat Raymond som ett varmt prospekt',
    );
    assert.equal(
      describeConnection(connection, 'sv', { candidate: 'Raymond', colleagueIsReader: true }),
      'Du arbetade med Raymond på Dentons, 2018–2021, ungefär 3 år; Raymond finns bland dina kontakter (LinkedIn); du har markerat Raymond som ett varmt prospekt',
    );
    const short = { ...connection, reasons: [{ ...connection.reasons[0], to: null, months: 4 }] };
    assert.equal(
      describeConnection(short, 'en', { candidate: 'Raymond', colleagueIsReader: true }),
      'You worked with Raymond at Dentons, 2018–now, about 4 months',
    );
    assert.equal(
      describeConnection({ ...connection, colleague: { ...connection.colleague, name: 'Lars' } }, 'sv', {
        candidate: 'Ada',
      }).includes('bland Lars kontakter'),
      true,
    );
  });
});
