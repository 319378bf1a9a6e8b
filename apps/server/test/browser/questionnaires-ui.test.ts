import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { insertFirstVersionTemplate } from '../../src/modules/references/questionnaires.repo.ts';
import {
  membershipSubAccounts,
  questionnaireTemplates,
  questionnaireVersions,
  subAccounts,
} from '../../src/modules/references/references.tables.ts';
import { EN_SHORT } from '../../src/modules/references/use-cases/questionnaire-defaults-en.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  pageProblems,
  screenshotDir,
  shot,
  signInAs,
  startBrowserWorld,
} from './harness.ts';

const skip = browserSkipReason();
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('questionnaires and sub-accounts in the browser', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(async () => {
    await world?.close();
  });

  test('the list shows the ready-made ones; editing adds a question, the preview follows, saving makes v2', async () => {
    const page = await signInAs(world, 'recruiter@acme.example');
    await page.goto(`${world.baseUrl}/references/questionnaires`);
    await page.getByTestId('questionnaire-row').first().waitFor();
    assert.equal(await page.getByTestId('questionnaire-row').count(), 6, 'the demo has the six ready-made ones');
    await shot(page, 'questionnaires-list');

    await page.getByRole('link', { name: 'Short reference (6 questions)' }).click();
    await page.getByTestId('questionnaire-preview').waitFor();
    const preview = page.getByTestId('questionnaire-preview');
    await preview.getByText('Would you hire them, or work with them, again', { exact: false }).waitFor();

    // A new question at the end of the last section; the preview shows it as it is typed.
    const lastSection = page.getByTestId('section-editor').last();
    await lastSection.getByTestId('question-add').click();
    const added = lastSection.getByTestId('question-editor').last();
    await added.getByTestId('question-label').fill('How punctual were they?');
    await added.getByTestId('question-min-label').fill('Often late');
    await added.getByTestId('question-max-label').fill('Always on time');
    await preview.getByText('How punctual were they?').waitFor();
    await shot(page, 'questionnaire-editor');
    // What one sees while editing: the preview stays beside the editor.
    await page.screenshot({ path: path.join(screenshotDir, 'questionnaire-editor-viewport.png') });

    await page.getByTestId('questionnaire-save').click();
    await page.getByText('Saved as version 2').waitFor();
    const [template] = await world.database.db
      .select()
      .from(questionnaireTemplates)
      .where(eq(questionnaireTemplates.name, 'Short reference (6 questions)'));
    assert.equal(template.currentVersion, 2);
    const [v2] = await world.database.db
      .select()
      .from(questionnaireVersions)
      .where(and(eq(questionnaireVersions.templateId, template.id), eq(questionnaireVersions.version, 2)));
    const questions = v2.content.sections.flatMap((s) => s.questions);
    assert.equal(questions.length, 7);
    assert.deepEqual(questions.at(-1), {
      id: 'how_punctual_were_they',
      type: 'rating',
      label: 'How punctual were they?',
      help: null,
      required: true,
      scale: 5,
      minLabel: 'Often late',
      maxLabel: 'Always on time',
    });
    assert.deepEqual(pageProblems(page), []);
  });

  test('the builder links a questionnaire’s language versions and adds a missing one to translate', async () => {
    const db = world.database.db;
    const page = await signInAs(world, 'recruiter@acme.example');
    await page.goto(`${world.baseUrl}/references/questionnaires`);
    await page.getByRole('link', { name: 'General reference' }).click();
    const versions = page.getByTestId('language-versions');
    await versions.getByTestId('language-version-sv').click();
    await page.getByTestId('questionnaire-preview').getByText('Hur arbetade ni tillsammans?').waitFor();
    await versions.getByTestId('language-version-en').waitFor();
    assert.equal(await page.getByTestId('add-language-version-en').count(), 0, 'the shipped ones have both');

    // A questionnaire of the company's own, in English only.
    const [shipped] = await db
      .select({ companyId: questionnaireTemplates.companyId })
      .from(questionnaireTemplates)
      .where(eq(questionnaireTemplates.name, 'General reference'));
    const id = await insertFirstVersionTemplate(db, shipped.companyId, {
      name: 'Graduate reference',
      language: 'en',
      preset: null,
      content: EN_SHORT,
    });
    await page.goto(`${world.baseUrl}/references/questionnaires/${id}`);
    await page.getByTestId('add-language-version-sv').click();
    await page.getByText('The Swedish version was added', { exact: false }).waitFor();
    await page.getByTestId('language-versions').getByTestId('language-version-en').waitFor();
    assert.notEqual(page.url(), `${world.baseUrl}/references/questionnaires/${id}`, 'the new version is open');
    await shot(page, 'questionnaire-language-versions');
    const family = await db.select().from(questionnaireTemplates).where(eq(questionnaireTemplates.familyId, id));
    assert.deepEqual(family.map((t) => t.language).sort(), ['en', 'sv']);
    assert.deepEqual(pageProblems(page), []);
  });

  test('an admin adds a sub-account with a logo check and limits a member', async () => {
    const page = await signInAs(world, 'admin@acme.example');
    await page.goto(`${world.baseUrl}/references/sub-accounts`);
    await page.getByTestId('sub-account-new').click();
    await page.getByTestId('sub-account-name').fill('Acme Retail');
    await page.getByTestId('sub-account-sender-name').fill('Acme Retail Talent');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('sub-account-logo').click();
    await (await chooser).setFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg/>') });
    await page.getByText('SVG is not accepted', { exact: false }).waitFor();
    const pngChooser = page.waitForEvent('filechooser');
    await page.getByTestId('sub-account-logo').click();
    await (await pngChooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
    await page.getByTestId('sub-account-logo-preview').waitFor();
    await page.getByRole('button', { name: 'New sub-account' }).last().click();
    await page.getByTestId('sub-account-row').filter({ hasText: 'Acme Retail' }).waitFor();

    const row = page.getByTestId('sub-account-row').filter({ hasText: 'Acme Retail' });
    await row.getByTestId('sub-account-actions').click();
    await page.getByTestId('sub-account-limit').click();
    await page.getByTestId('limit-members-select').click();
    await page.getByRole('option', { name: 'Claire Recruiter', exact: false }).click();
    // Close the dropdown by clicking beside it (Escape would close the whole modal).
    await page.getByTestId('limit-members-modal').getByText('The members chosen here', { exact: false }).click();
    await page.getByTestId('limit-members-modal').getByRole('button', { name: 'Save' }).click();
    await page.getByText('Members saved').waitFor();
    await shot(page, 'sub-accounts-after-limit');
    const [retail] = await world.database.db.select().from(subAccounts).where(eq(subAccounts.name, 'Acme Retail'));
    const limited = await world.database.db
      .select()
      .from(membershipSubAccounts)
      .where(eq(membershipSubAccounts.subAccountId, retail.id));
    assert.equal(limited.length, 1);
    await row.getByRole('cell').nth(4).getByText('1').waitFor();
    await page.getByRole('img', { name: 'Logo of Acme Retail' }).waitFor();
    await shot(page, 'sub-accounts');
    assert.deepEqual(pageProblems(page), []);
  });
});
