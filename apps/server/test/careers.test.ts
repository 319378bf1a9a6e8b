import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TDomainEvent } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { CAREERS_CONSENT_VERSION } from '../src/modules/careers/careers-words.ts';
import { candidateConsents, candidateFiles, candidates, placements } from '../src/modules/hiring/hiring.tables.ts';
import { bindDomainEvents, createDomainEvents } from '../src/platform/events.ts';
import { careersVisitor, TINY_PDF } from './helpers/careers.ts';
import { makeCandidate, makeCompany, makeDepartment, makeJob, makeMember, unique } from './helpers/factories.ts';
import { useTestApp } from './helpers/suite.ts';

const XSS = '<script>alert("x")</script>';

describe('careers page', () => {
  const t = useTestApp({ PUBLIC_LINK_RATE_LIMIT: '400' });

  async function careersWorld(overrides: { defaultLanguage?: 'en' | 'sv' } = {}) {
    const slug = unique('acme-').toLowerCase();
    const company = await makeCompany(t.db, { slug, ...overrides });
    const engineering = await makeDepartment(t.db, company.id, 'Engineering');
    const sales = await makeDepartment(t.db, company.id, 'Sales');
    const backend = await makeJob(t.db, company.id, {
      title: 'Backend developer',
      departmentId: engineering.id,
      location: 'Stockholm',
      description: 'Build the API.\nWith tests.',
    });
    const seller = await makeJob(t.db, company.id, {
      title: 'Account executive',
      departmentId: sales.id,
      location: 'Malmö',
    });
    const internal = await makeJob(t.db, company.id, { title: 'Internal only', onCareersPage: false });
    const archived = await makeJob(t.db, company.id, {
      title: 'Old archived job',
      status: 'archived',
      archivedAt: new Date(),
    });
    return { company, slug, backend, seller, internal, archived };
  }

  test('lists open jobs on the careers page by department, filterable by location; indexable, small, escaped', async () => {
    const w = await careersWorld();
    const other = await makeCompany(t.db, { slug: unique('other-').toLowerCase() });
    await makeJob(t.db, other.id, { title: 'Another company’s job' });
    const visitor = careersVisitor(t);
    const res = await visitor.get(`/careers/${w.slug}`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /text\/html/);
    assert.ok(res.body.length < 100_000);
    assert.match(res.body, /<html lang="en">/);
    assert.match(res.body, new RegExp(`<title>Jobs at ${w.company.name}</title>`));
    assert.match(res.body, /<meta name="description" content="Open positions at /);
    assert.ok(res.body.includes(`<link rel="canonical" href="${t.config.publicUrl}/careers/${w.slug}">`));
    assert.ok(!res.body.includes('<script'), 'the list page has no script');
    assert.ok(res.body.indexOf('Engineering') < res.body.indexOf('Backend developer'));
    assert.ok(res.body.indexOf('Sales') < res.body.indexOf('Account executive'));
    for (const hidden of ['Internal only', 'Old archived job', 'Another company’s job'])
      assert.ok(!res.body.includes(hidden), `${hidden} is not listed`);

    const malmo = await visitor.get(`/careers/${w.slug}?location=Malm%C3%B6`);
    assert.ok(malmo.body.includes('Account executive'));
    assert.ok(!malmo.body.includes('Backend developer'));
    const nowhere = await visitor.get(`/careers/${w.slug}?location=${encodeURIComponent(XSS)}`);
    assert.equal(nowhere.statusCode, 200);
    assert.ok(!nowhere.body.includes(XSS), 'the filter value is shown as text');
    assert.ok(nowhere.body.includes('&lt;script&gt;'));

    assert.equal((await visitor.get('/careers/no-such-company')).statusCode, 404);
    assert.equal((await visitor.get(`/careers/${w.slug}/jobs/${w.internal.job.id}`)).statusCode, 404);
    assert.equal((await visitor.get(`/careers/${w.slug}/jobs/${w.archived.job.id}`)).statusCode, 404);
    assert.equal((await visitor.get(`/careers/${w.slug}/jobs/not-a-uuid`)).statusCode, 404);
    const foreign = (await makeJob(t.db, other.id)).job;
    assert.equal((await visitor.get(`/careers/${w.slug}/jobs/${foreign.id}`)).statusCode, 404, 'another company’s job');
  });

  test('Swedish by Accept-Language, else the company’s default language', async () => {
    const w = await careersWorld({ defaultLanguage: 'sv' });
    const swedish = await careersVisitor(t).get(`/careers/${w.slug}`);
    assert.match(swedish.body, /<html lang="sv">/);
    assert.match(swedish.body, /Lediga jobb på/);
    const english = await careersVisitor(t, { 'accept-language': 'en-GB,en;q=0.9' }).get(`/careers/${w.slug}`);
    assert.match(english.body, /<html lang="en">/);
    const german = await careersVisitor(t, { 'accept-language': 'de-DE' }).get(`/careers/${w.slug}`);
    assert.match(german.body, /<html lang="sv">/, 'a language Vouch does not speak: the company’s');
    const en = await careersWorld();
    const sv = await careersVisitor(t, { 'accept-language': 'sv-SE,sv;q=0.9' }).get(
      `/careers/${en.slug}/jobs/${en.backend.job.id}`,
    );
    assert.match(sv.body, /Ansök till tjänsten/);
    // The consent is kept in the words the applicant read.
    const svVisitor = careersVisitor(t, { 'accept-language': 'sv-SE,sv;q=0.9' });
    const form = await svVisitor.get(`/careers/${en.slug}/jobs/${en.backend.job.id}`);
    const email = `${unique('sv')}@mail.example`;
    assert.equal((await svVisitor.apply(form.body, { name: 'Sara Lind', email, consent: 'on' })).statusCode, 303);
    const [consent] = await t.db
      .select({ language: candidateConsents.language, text: candidateConsents.text })
      .from(candidateConsents)
      .innerJoin(candidates, eq(candidates.id, candidateConsents.candidateId))
      .where(eq(candidates.emailKey, email));
    assert.equal(consent.language, 'sv');
    assert.match(consent.text, new RegExp(`^Jag godkänner att ${en.company.name} sparar min ansökan`));
  });

  test('job page: JSON-LD JobPosting, the form; applying creates the candidate at the first step and publishes placement.created', async () => {
    const w = await careersWorld();
    const seen: TDomainEvent[] = [];
    const events = createDomainEvents();
    events.subscribe('placement.created', async (_tx, event) => void seen.push(event));
    bindDomainEvents(t.db, events);

    const visitor = careersVisitor(t);
    const page = await visitor.get(`/careers/${w.slug}/jobs/${w.backend.job.id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<title>Backend developer – /);
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.body);
    assert.ok(ld, 'JSON-LD');
    const posting = JSON.parse(ld[1]);
    assert.equal(posting['@type'], 'JobPosting');
    assert.equal(posting.title, 'Backend developer');
    assert.equal(posting.jobLocation.address.addressLocality, 'Stockholm');
    assert.ok(visitor.cookies.has('vouch_careers_form'), 'the form token cookie');

    const email = `${unique('ada')}@mail.example`;
    const res = await visitor.apply(
      page.body,
      {
        name: 'Ada Lovelace',
        email,
        phone: '+46 70 123 45 67',
        linkedinUrl: 'https://www.linkedin.com/in/ada',
        consent: 'on',
      },
      { name: 'cv.pdf', content: TINY_PDF },
    );
    assert.equal(res.statusCode, 303, res.body);
    assert.equal(res.headers.location, `/careers/${w.slug}/jobs/${w.backend.job.id}/thanks`);
    const thanks = await visitor.get(String(res.headers.location));
    assert.match(thanks.body, /Thank you for applying/);

    const [candidate] = await t.db.select().from(candidates).where(eq(candidates.emailKey, email));
    assert.equal(candidate.companyId, w.company.id);
    assert.equal(candidate.firstName, 'Ada');
    assert.equal(candidate.lastName, 'Lovelace');
    assert.equal(candidate.phoneKey, '+46701234567');
    const [placement] = await t.db.select().from(placements).where(eq(placements.candidateId, candidate.id));
    assert.equal(placement.jobId, w.backend.job.id);
    assert.equal(placement.stepId, w.backend.steps[0].id, 'the first step');
    assert.equal(placement.origin, 'careers');
    const [file] = await t.db.select().from(candidateFiles).where(eq(candidateFiles.candidateId, candidate.id));
    assert.equal(file.contentType, 'application/pdf');
    assert.deepEqual(seen, [
      {
        type: 'placement.created',
        companyId: w.company.id,
        placementId: placement.id,
        candidateId: candidate.id,
        jobId: w.backend.job.id,
        origin: 'careers',
      },
    ]);

    // Applying again finds the same candidate (email key) and changes nothing; another job adds a placement.
    const again = await visitor.apply(page.body, { name: 'A. Lovelace', email: email.toUpperCase(), consent: 'on' });
    assert.equal(again.statusCode, 303);
    const seller = await visitor.get(`/careers/${w.slug}/jobs/${w.seller.job.id}`);
    assert.equal((await visitor.apply(seller.body, { name: 'Ada Lovelace', email, consent: 'on' })).statusCode, 303);
    const mine = await t.db.select().from(candidates).where(eq(candidates.emailKey, email));
    assert.equal(mine.length, 1, 'found by email, not duplicated');
    assert.equal(mine[0].firstName, 'Ada', 'an outsider’s form does not change a known candidate');
    const onJobs = await t.db.select().from(placements).where(eq(placements.candidateId, candidate.id));
    assert.equal(onJobs.length, 2);
    assert.equal(seen.length, 2, 'a second application to the same job publishes nothing');

    // Each application keeps the consent: when, which version of the text, the words as shown.
    const consents = await t.db
      .select()
      .from(candidateConsents)
      .where(eq(candidateConsents.candidateId, candidate.id))
      .orderBy(candidateConsents.agreedAt);
    assert.deepEqual(
      consents.map((c) => [c.companyId, c.purpose, c.textVersion, c.language, c.jobId]),
      [
        [w.company.id, 'careers_application', CAREERS_CONSENT_VERSION, 'en', w.backend.job.id],
        [w.company.id, 'careers_application', CAREERS_CONSENT_VERSION, 'en', w.backend.job.id],
        [w.company.id, 'careers_application', CAREERS_CONSENT_VERSION, 'en', w.seller.job.id],
      ],
    );
    assert.equal(
      consents[0].text,
      `I agree that ${w.company.name} keeps my application and contacts me about it. I can ask for my data to be deleted at any time.`,
    );
    assert.ok(Date.now() - consents[0].agreedAt.getTime() < 60_000, 'agreed just now');

    // The recruiter reads them on the candidate's Consent list, with the version and the words.
    const recruiter = await makeMember(t.db, w.company.id, 'recruiter');
    const client = await t.signIn(recruiter.email);
    const listed = (await client.get(`/api/candidates/${candidate.id}/consents`)).json().items;
    assert.deepEqual(
      listed.map((c: Record<string, unknown>) => [c.purpose, c.jobTitle, c.textVersion, c.currentText, c.checkId]),
      [
        ['careers_application', 'Account executive', CAREERS_CONSENT_VERSION, true, null],
        ['careers_application', 'Backend developer', CAREERS_CONSENT_VERSION, true, null],
        ['careers_application', 'Backend developer', CAREERS_CONSENT_VERSION, true, null],
      ],
      'the latest first',
    );
    assert.equal(listed[2].wording, consents[0].text);
  });

  test('a likely duplicate (same phone or LinkedIn) is created and flagged, not merged', async () => {
    const w = await careersWorld();
    const known = await makeCandidate(t.db, w.company.id, { phone: '+46 70 999 88 77', phoneKey: '+46709998877' });
    const visitor = careersVisitor(t);
    const page = await visitor.get(`/careers/${w.slug}/jobs/${w.backend.job.id}`);
    const email = `${unique('dupe')}@mail.example`;
    const res = await visitor.apply(page.body, { name: 'Dupe Person', email, phone: '070-999 88 77', consent: 'on' });
    assert.equal(res.statusCode, 303);
    const [created] = await t.db.select().from(candidates).where(eq(candidates.emailKey, email));
    assert.notEqual(created.id, known.id);
    assert.deepEqual(created.tags, ['possible-duplicate']);
  });

  test('bad input re-renders the form with each field’s message and what was typed; script is inert', async () => {
    const w = await careersWorld();
    const visitor = careersVisitor(t);
    const page = await visitor.get(`/careers/${w.slug}/jobs/${w.backend.job.id}`);
    const res = await visitor.apply(page.body, {
      name: XSS,
      email: `not-an-email ${XSS}`,
      phone: XSS,
      linkedinUrl: `javascript:alert(1)//${XSS}`,
    });
    assert.equal(res.statusCode, 422);
    assert.ok(!res.body.includes(XSS), 'nothing typed comes back as markup');
    assert.ok(
      res.body.includes('value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"'),
      'the name is kept, as text',
    );
    assert.match(res.body, /Enter an email address like/);
    assert.match(res.body, /Enter a phone number like/);
    assert.match(res.body, /Enter a LinkedIn profile address/);
    assert.match(res.body, /Tick the box to agree/);
    assert.match(res.body, /aria-invalid="true"/);
    const missing = await visitor.apply(page.body, { consent: 'on' });
    assert.equal(missing.statusCode, 422);
    assert.match(missing.body, /Enter your name\./);
    assert.match(missing.body, /Enter your email address\./);
    const count = await t.db.select().from(placements).where(eq(placements.jobId, w.backend.job.id));
    assert.equal(count.length, 0, 'nothing was created');
    const noConsent = await t.db.select().from(candidateConsents).where(eq(candidateConsents.companyId, w.company.id));
    assert.equal(noConsent.length, 0, 'a form sent without the box ticked records no consent');

    // Script in every field of a valid application is stored as text and shown inert.
    const email = `${unique('x')}@mail.example`;
    const ok = await visitor.apply(page.body, { name: `Eve ${XSS}`, email, consent: 'on' });
    assert.equal(ok.statusCode, 303);
    const [eve] = await t.db.select().from(candidates).where(eq(candidates.emailKey, email));
    assert.equal(eve.lastName, XSS.split(' ').pop());
  });

  test('CV: an image renamed .pdf, a zip bomb .docx and a 50 MB file are refused with clear messages; a Word file is kept', async () => {
    const w = await careersWorld();
    const visitor = careersVisitor(t);
    const page = await visitor.get(`/careers/${w.slug}/jobs/${w.backend.job.id}`);
    const fields = { name: 'Cv Person', email: `${unique('cv')}@mail.example`, consent: 'on' };
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200)]);
    const image = await visitor.apply(page.body, fields, { name: 'cv.pdf', content: png });
    assert.equal(image.statusCode, 422);
    assert.match(image.body, /The CV must be a PDF or a Word/);
    assert.ok(image.body.includes('value="Cv Person"'), 'what was typed is kept');

    const text = (value: string) => new TextEncoder().encode(value);
    const docx = (extra: Record<string, Uint8Array> = {}) =>
      Buffer.from(
        zipSync({
          '[Content_Types].xml': text('<Types/>'),
          'word/document.xml': text('<w:document><w:body><w:p>Cv Person</w:p></w:body></w:document>'),
          ...extra,
        }),
      );
    const bomb = await visitor.apply(page.body, fields, {
      name: 'cv.docx',
      content: docx({ 'word/media/filler.bin': new Uint8Array(20 * 1024 * 1024) }),
    });
    assert.equal(bomb.statusCode, 422);
    assert.match(bomb.body, /The CV could not be read/);

    const huge = await visitor.apply(page.body, fields, {
      name: 'cv.pdf',
      content: Buffer.alloc(50 * 1024 * 1024, 0x25),
    });
    assert.equal(huge.statusCode, 413);
    assert.match(huge.body, /The CV is larger than 10 MB/);
    const created = await t.db.select().from(candidates).where(eq(candidates.emailKey, fields.email));
    assert.equal(created.length, 0);
    const word = await visitor.apply(page.body, fields, { name: 'cv.docx', content: docx() });
    assert.equal(word.statusCode, 303, 'a real Word document is taken');
    const [person] = await t.db.select().from(candidates).where(eq(candidates.emailKey, fields.email));
    const [file] = await t.db.select().from(candidateFiles).where(eq(candidateFiles.candidateId, person.id));
    assert.match(file.contentType, /wordprocessingml/);
  });

  test('CSRF: a post without the page’s token, or from another site, is refused and the form shown again', async () => {
    const w = await careersWorld();
    const visitor = careersVisitor(t);
    const page = await visitor.get(`/careers/${w.slug}/jobs/${w.backend.job.id}`);
    const fields = { name: 'Csrf Person', email: `${unique('csrf')}@mail.example`, consent: 'on' };
    const forged = page.body.replace(/name="csrf" value="[^"]+"/, 'name="csrf" value="forged"');
    const res = await visitor.apply(forged, fields);
    assert.equal(res.statusCode, 403);
    assert.match(res.body, /The form had expired/);
    const cross = await visitor.apply(page.body, fields, undefined, { 'sec-fetch-site': 'cross-site' });
    assert.equal(cross.statusCode, 403);
    const stranger = careersVisitor(t);
    const noCookie = await stranger.apply(page.body, fields);
    assert.equal(noCookie.statusCode, 403);
    assert.equal((await t.db.select().from(candidates).where(eq(candidates.emailKey, fields.email))).length, 0);
    // The page it shows carries a fresh token, so sending again works.
    const retry = await stranger.apply(noCookie.body, fields);
    assert.equal(retry.statusCode, 303);
  });

  test('a form that is not multipart is a 400 page, never a 500', async () => {
    const w = await careersWorld();
    const res = await t.app.inject({
      method: 'POST',
      url: `/careers/${w.slug}/jobs/${w.backend.job.id}/apply`,
      payload: { name: 'x' },
    });
    assert.equal(res.statusCode, 400);
    const unknown = await t.app.inject({
      method: 'POST',
      url: `/careers/${w.slug}/jobs/${crypto.randomUUID()}/apply`,
      payload: 'a=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.ok([404, 415].includes(unknown.statusCode), String(unknown.statusCode));
    void and;
  });
});
