import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  allQuestions,
  questionnaireProblems,
  TEMPLATE_PRESETS,
  type TQuestionnaireContent,
  ZQuestionnaireContent,
} from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { ensureDefaultQuestionnaires } from '../src/modules/references/index.ts';
import {
  questionnaireTemplates,
  questionnaireVersions,
  referenceChecks,
} from '../src/modules/references/references.tables.ts';
import { DEFAULT_QUESTIONNAIRES } from '../src/modules/references/use-cases/default-questionnaires.ts';
import { makeCompany, makeMember } from './helpers/factories.ts';
import {
  makeQuestionnaire,
  makeReferenceCheck,
  makeSubAccount,
  SAMPLE_QUESTIONNAIRE,
} from './helpers/reference-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

const body = (overrides: object = {}) => ({
  name: 'Sales roles',
  language: 'en',
  subAccountId: null,
  content: SAMPLE_QUESTIONNAIRE,
  ...overrides,
});

const withExtraQuestion = (content: TQuestionnaireContent): TQuestionnaireContent => ({
  ...content,
  sections: [
    {
      ...content.sections[0],
      questions: [
        ...content.sections[0].questions,
        { id: 'punctual', type: 'yes_no', label: 'Were they on time?', help: null, required: false },
      ],
    },
    ...content.sections.slice(1),
  ],
});

describe('questionnaires', () => {
  const t = useTestApp();

  test('the shipped defaults are good questionnaires: both languages, ids shared, short has six', () => {
    for (const preset of TEMPLATE_PRESETS) {
      const { en, sv } = DEFAULT_QUESTIONNAIRES[preset];
      for (const { content } of [en, sv]) {
        assert.deepEqual(ZQuestionnaireContent.parse(content), content, `${preset} parses unchanged`);
        assert.deepEqual(questionnaireProblems(content), [], preset);
        for (const q of allQuestions(content)) assert.match(q.id, /^[a-z][a-z0-9_]*$/);
      }
      const ids = (c: TQuestionnaireContent) => allQuestions(c).map((q) => q.id);
      assert.deepEqual(ids(sv.content), ids(en.content), `${preset}: Swedish and English ask the same`);
      assert.notEqual(sv.content.sections[0].title, en.content.sections[0].title, 'Swedish is translated');
    }
    assert.equal(allQuestions(DEFAULT_QUESTIONNAIRES.short.en.content).length, 6);
    const general = allQuestions(DEFAULT_QUESTIONNAIRES.general.en.content);
    assert.ok(general.length >= 12 && general.length <= 15, `general has ${general.length}`);
    assert.ok(general.some((q) => q.id === 'rehire' && q.type === 'yes_no'));
    assert.ok(general.filter((q) => q.type === 'rating').length >= 4);
    const manager = allQuestions(DEFAULT_QUESTIONNAIRES.manager.en.content);
    assert.ok(manager.length >= 12 && manager.length <= 16, `manager has ${manager.length}`);
  });

  test('defaults are given once, lazily on the first list, and never again', async () => {
    const { client, company } = await companyWithMember(t, 'recruiter');
    const listed = await client.get('/api/questionnaires');
    assert.equal(listed.statusCode, 200, listed.body);
    const items = listed.json().items;
    assert.equal(items.length, 6);
    assert.deepEqual(
      items
        .map((i: { language: string; preset: string; version: number }) => `${i.language}:${i.preset}:${i.version}`)
        .sort(),
      ['en:general:1', 'en:manager:1', 'en:short:1', 'sv:general:1', 'sv:manager:1', 'sv:short:1'],
    );
    assert.equal(items.find((i: { preset: string }) => i.preset === 'short').questionCount, 6);
    assert.equal(await ensureDefaultQuestionnaires(t.db, company.id), false, 'idempotent');
    // Archiving all of them is a choice the company made: they do not come back.
    for (const item of items) await client.post(`/api/questionnaires/${item.id}/archive`, { archived: true });
    assert.equal((await client.get('/api/questionnaires')).json().items.length, 0);
    assert.equal((await client.get('/api/questionnaires?includeArchived=true')).json().items.length, 6);
    const rows = await t.db
      .select()
      .from(questionnaireTemplates)
      .where(eq(questionnaireTemplates.companyId, company.id));
    assert.equal(rows.length, 6);

    const concurrent = await makeCompany(t.db);
    const results = await Promise.all([1, 2, 3].map(() => ensureDefaultQuestionnaires(t.db, concurrent.id)));
    assert.equal(results.filter(Boolean).length, 1);
    const seeded = await t.db
      .select()
      .from(questionnaireTemplates)
      .where(eq(questionnaireTemplates.companyId, concurrent.id));
    assert.equal(seeded.length, 6);
  });

  test('create, read, filter, duplicate, archive; copying a shipped default', async () => {
    const { client, company } = await companyWithMember(t, 'admin');
    await makeQuestionnaire(t.db, company.id, { name: 'Existing' }); // no defaults for this company
    const created = await client.post('/api/questionnaires', body());
    assert.equal(created.statusCode, 201, created.body);
    const detail = created.json();
    assert.equal(detail.version, 1);
    assert.equal(detail.questionCount, 6);
    assert.equal(detail.checksUsingIt, 0);
    assert.deepEqual(detail.content, SAMPLE_QUESTIONNAIRE);
    assert.deepEqual((await client.get(`/api/questionnaires/${detail.id}`)).json(), detail);

    const fromPreset = await client.post('/api/questionnaires', { preset: 'short', language: 'sv' });
    assert.equal(fromPreset.statusCode, 201, fromPreset.body);
    assert.equal(fromPreset.json().name, 'Kort referens (6 frågor)');
    assert.equal(fromPreset.json().preset, 'short');
    assert.deepEqual(fromPreset.json().content, DEFAULT_QUESTIONNAIRES.short.sv.content);

    const copy = await client.post(`/api/questionnaires/${detail.id}/duplicate`);
    assert.equal(copy.statusCode, 201, copy.body);
    assert.equal(copy.json().name, 'Sales roles (copy)');
    assert.equal(copy.json().version, 1);
    assert.notEqual(copy.json().id, detail.id);

    const sv = (await client.get('/api/questionnaires?language=sv')).json().items;
    assert.deepEqual(
      sv.map((i: { name: string }) => i.name),
      ['Kort referens (6 frågor)'],
    );
    const archived = await client.post(`/api/questionnaires/${copy.json().id}/archive`, { archived: true });
    assert.equal(archived.json().archived, true);
    const en = (await client.get('/api/questionnaires?language=en')).json().items;
    assert.deepEqual(
      en.map((i: { name: string }) => i.name),
      ['Existing', 'Sales roles'],
    );

    const missing = await client.post('/api/questionnaires', { language: 'en' });
    assert.equal(missing.statusCode, 400, missing.body);
    assert.equal(missing.json().errors[0].field, 'name');
  });

  test('saving changed questions writes version n+1; a started check keeps its version row', async () => {
    const { client, company, member } = await companyWithMember(t, 'admin', { name: 'Ada Admin' });
    const created = (await client.post('/api/questionnaires', body())).json();
    const [v1] = await t.db
      .select()
      .from(questionnaireVersions)
      .where(eq(questionnaireVersions.templateId, created.id));
    const check = await makeReferenceCheck(t.db, company.id, { versionId: v1.id });
    assert.equal((await client.get(`/api/questionnaires/${created.id}`)).json().checksUsingIt, 1);

    // Only the name changes: no new version.
    const renamed = await client.put(`/api/questionnaires/${created.id}`, body({ name: 'Sales' }));
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.equal(renamed.json().version, 1);
    assert.equal(renamed.json().name, 'Sales');

    const changed = await client.put(
      `/api/questionnaires/${created.id}`,
      body({ name: 'Sales', content: withExtraQuestion(SAMPLE_QUESTIONNAIRE) }),
    );
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().version, 2);
    assert.equal(changed.json().questionCount, 7);

    const [oldRow] = await t.db.select().from(questionnaireVersions).where(eq(questionnaireVersions.id, v1.id));
    assert.deepEqual(oldRow.content, SAMPLE_QUESTIONNAIRE, 'the old version is untouched');
    const [checkRow] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, check.id));
    assert.equal(checkRow.versionId, v1.id, 'the check keeps pointing at version 1');

    const versions = (await client.get(`/api/questionnaires/${created.id}/versions`)).json().items;
    assert.deepEqual(
      versions.map((x: { version: number; questionCount: number; checks: number; createdByName: string }) => [
        x.version,
        x.questionCount,
        x.checks,
        x.createdByName,
      ]),
      [
        [2, 7, 0, 'Ada Admin'],
        [1, 6, 1, 'Ada Admin'],
      ],
    );
    assert.ok(member.membership.id);
    const current = await t.db
      .select()
      .from(questionnaireVersions)
      .where(and(eq(questionnaireVersions.templateId, created.id), eq(questionnaireVersions.version, 2)));
    assert.equal(current.length, 1);
  });

  test('validation names the field: duplicate ids 422, shape 400, foreign sub-account a field error', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const dupe = structuredClone(SAMPLE_QUESTIONNAIRE);
    dupe.sections[1].questions[0].id = 'overall';
    const res = await client.post('/api/questionnaires', body({ content: dupe }));
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(res.json().errors[0].field, 'content.sections.1.questions.0.id');

    const empty = structuredClone(SAMPLE_QUESTIONNAIRE);
    empty.sections[0].questions[0].label = ' ';
    const blank = await client.post('/api/questionnaires', body({ content: empty }));
    assert.equal(blank.statusCode, 400, blank.body);
    assert.equal(blank.json().errors[0].field, 'content.sections.0.questions.0.label');

    const foreign = await makeSubAccount(t.db, (await makeCompany(t.db)).id);
    const wrongSub = await client.post('/api/questionnaires', body({ subAccountId: foreign.id }));
    assert.equal(wrongSub.statusCode, 422, wrongSub.body);
    assert.equal(wrongSub.json().errors[0].field, 'subAccountId');

    const created = (await client.post('/api/questionnaires', body())).json();
    const saveDupe = await client.put(`/api/questionnaires/${created.id}`, body({ content: dupe }));
    assert.equal(saveDupe.statusCode, 422);
    assert.equal((await client.get(`/api/questionnaires/${created.id}`)).json().version, 1, 'nothing saved');
  });

  test('a recruiter limited to a sub-account sees company-wide and their own templates only', async () => {
    const { company, client: admin } = await companyWithMember(t, 'admin');
    const mine = await makeSubAccount(t.db, company.id, { name: 'Mine' });
    const theirs = await makeSubAccount(t.db, company.id, { name: 'Theirs' });
    await makeQuestionnaire(t.db, company.id, { name: 'Company-wide' });
    const own = await makeQuestionnaire(t.db, company.id, { name: 'Own', subAccountId: mine.id });
    const hidden = await makeQuestionnaire(t.db, company.id, { name: 'Hidden', subAccountId: theirs.id });
    const recruiter = await makeMember(t.db, company.id, 'recruiter');
    await admin.put(`/api/sub-accounts/${mine.id}/members`, { membershipIds: [recruiter.membership.id] });
    const client = await t.signIn(recruiter.email);

    const names = (await client.get('/api/questionnaires')).json().items.map((i: { name: string }) => i.name);
    assert.deepEqual(names, ['Company-wide', 'Own']);
    assert.equal((await client.get(`/api/questionnaires/${hidden.template.id}`)).statusCode, 404);
    assert.equal((await client.put(`/api/questionnaires/${hidden.template.id}`, body())).statusCode, 404);
    assert.equal((await client.get(`/api/questionnaires/${own.template.id}`)).statusCode, 200);
    // New templates go into their own sub-account, not company-wide or another's.
    const noSub = await client.post('/api/questionnaires', body());
    assert.equal(noSub.json().errors[0].field, 'subAccountId');
    const other = await client.post('/api/questionnaires', body({ subAccountId: theirs.id }));
    assert.equal(other.json().errors[0].field, 'subAccountId');
    const ok = await client.post('/api/questionnaires', body({ subAccountId: mine.id }));
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().subAccountName, 'Mine');

    const adminNames = (await admin.get(`/api/questionnaires?subAccountId=${theirs.id}`)).json().items;
    assert.deepEqual(
      adminNames.map((i: { name: string }) => i.name),
      ['Company-wide', 'Hidden'],
    );
  });

  test('roles: employees, agents and hiring managers get 403', async () => {
    const { company } = await companyWithMember(t, 'admin');
    const { template } = await makeQuestionnaire(t.db, company.id);
    for (const role of ['employee', 'agent', 'hiring_manager'] as const) {
      const client = await t.signIn((await makeMember(t.db, company.id, role)).email);
      const calls = [
        client.get('/api/questionnaires'),
        client.post('/api/questionnaires', body()),
        client.get(`/api/questionnaires/${template.id}`),
        client.put(`/api/questionnaires/${template.id}`, body()),
        client.post(`/api/questionnaires/${template.id}/duplicate`),
        client.post(`/api/questionnaires/${template.id}/archive`, { archived: true }),
        client.get(`/api/questionnaires/${template.id}/versions`),
      ];
      for (const res of await Promise.all(calls)) assert.equal(res.statusCode, 403, `${role}: ${res.body}`);
    }
  });

  test("another company's questionnaire answers 404 and is not changed", async () => {
    const { client } = await companyWithMember(t, 'admin');
    const foreignCompany = await makeCompany(t.db);
    const { template } = await makeQuestionnaire(t.db, foreignCompany.id, { name: 'Theirs' });
    const calls = [
      client.get(`/api/questionnaires/${template.id}`),
      client.put(`/api/questionnaires/${template.id}`, body()),
      client.post(`/api/questionnaires/${template.id}/duplicate`),
      client.post(`/api/questionnaires/${template.id}/archive`, { archived: true }),
      client.get(`/api/questionnaires/${template.id}/versions`),
    ];
    for (const res of await Promise.all(calls)) assert.equal(res.statusCode, 404, res.body);
    const [row] = await t.db.select().from(questionnaireTemplates).where(eq(questionnaireTemplates.id, template.id));
    assert.equal(row.name, 'Theirs');
    assert.equal(row.archivedAt, null);
  });
});
