import type { TQuestionnaireContent } from '@vouch/contracts';
import {
  questionnaireTemplates,
  questionnaireVersions,
  referees,
  referenceChecks,
  subAccounts,
} from '../../src/modules/references/references.tables.ts';
import type { Db } from '../../src/platform/db/db.ts';
import { makeCandidate, unique } from './factories.ts';

/** A small questionnaire with one question of every type; the first section's two are required. */
export const SAMPLE_QUESTIONNAIRE: TQuestionnaireContent = {
  intro: 'Thank you for helping us.',
  sections: [
    {
      id: 'work',
      title: 'Working together',
      help: null,
      questions: [
        {
          id: 'overall',
          type: 'rating',
          label: 'Overall performance',
          help: null,
          required: true,
          scale: 5,
          minLabel: 'Poor',
          maxLabel: 'Excellent',
        },
        { id: 'rehire', type: 'yes_no', label: 'Would you hire them again?', help: null, required: true },
        {
          id: 'strength',
          type: 'single_choice',
          label: 'Their greatest strength',
          help: null,
          required: false,
          options: [
            { id: 'craft', label: 'Craft' },
            { id: 'people', label: 'People' },
          ],
        },
        {
          id: 'areas',
          type: 'multiple_choice',
          label: 'Areas they worked in',
          help: null,
          required: false,
          options: [
            { id: 'sales', label: 'Sales' },
            { id: 'product', label: 'Product' },
          ],
        },
      ],
    },
    {
      id: 'words',
      title: 'In your words',
      help: null,
      questions: [
        { id: 'title', type: 'short_text', label: 'Their title then', help: null, required: false },
        { id: 'summary', type: 'long_text', label: 'Anything else?', help: null, required: false },
      ],
    },
  ],
};

export async function makeSubAccount(
  db: Db,
  companyId: string,
  overrides: Partial<typeof subAccounts.$inferInsert> = {},
) {
  const [row] = await db
    .insert(subAccounts)
    .values({ companyId, name: unique('Brand '), ...overrides })
    .returning();
  return row;
}

/** A template with its first version. */
export async function makeQuestionnaire(
  db: Db,
  companyId: string,
  overrides: {
    name?: string;
    language?: 'en' | 'sv';
    subAccountId?: string | null;
    content?: TQuestionnaireContent;
  } = {},
) {
  const [template] = await db
    .insert(questionnaireTemplates)
    .values({
      companyId,
      name: overrides.name ?? unique('Questionnaire '),
      language: overrides.language ?? 'en',
      subAccountId: overrides.subAccountId ?? null,
    })
    .returning();
  const [version] = await db
    .insert(questionnaireVersions)
    .values({ companyId, templateId: template.id, version: 1, content: overrides.content ?? SAMPLE_QUESTIONNAIRE })
    .returning();
  return { template, version };
}

/** A running check on a fresh candidate (or the one given), on a fresh questionnaire unless one is given. */
export async function makeReferenceCheck(
  db: Db,
  companyId: string,
  overrides: Partial<typeof referenceChecks.$inferInsert> = {},
) {
  const versionId = overrides.versionId ?? (await makeQuestionnaire(db, companyId)).version.id;
  const candidateId = overrides.candidateId ?? (await makeCandidate(db, companyId, { phone: '+46701234567' })).id;
  const [row] = await db
    .insert(referenceChecks)
    .values({
      companyId,
      candidateId,
      versionId,
      language: 'en',
      candidateChannel: 'email',
      refereeChannel: 'email',
      refereesWanted: 2,
      source: 'profile',
      linksExpireAt: new Date(Date.now() + 90 * 86_400_000),
      ...overrides,
    })
    .returning();
  return row;
}

export async function makeReferee(
  db: Db,
  check: { id: string; companyId: string },
  overrides: Partial<typeof referees.$inferInsert> = {},
) {
  const email = overrides.email ?? `${unique('referee')}@work.example`;
  const [row] = await db
    .insert(referees)
    .values({
      companyId: check.companyId,
      checkId: check.id,
      name: unique('Referee '),
      email,
      emailKey: email.toLowerCase(),
      relationship: 'manager',
      company: 'Work AB',
      language: 'en',
      addedBy: 'candidate',
      invitedAt: new Date(),
      ...overrides,
    })
    .returning();
  return row;
}
