import type { TLanguage, TQuestionnaireContent } from '@vouch/contracts';
import { TEMPLATE_PRESETS } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { hasAnyQuestionnaire, insertFirstVersionTemplate, lockCompanyQuestionnaires } from '../questionnaires.repo.ts';
import { EN_GENERAL, EN_MANAGER, EN_SHORT } from './questionnaire-defaults-en.ts';
import { SV_GENERAL, SV_MANAGER, SV_SHORT } from './questionnaire-defaults-sv.ts';

export type TemplatePreset = (typeof TEMPLATE_PRESETS)[number];

type DefaultQuestionnaire = { name: string; content: TQuestionnaireContent };

/** The questionnaires every company starts with, in both languages. */
export const DEFAULT_QUESTIONNAIRES: Record<TemplatePreset, Record<TLanguage, DefaultQuestionnaire>> = {
  general: {
    en: { name: 'General reference', content: EN_GENERAL },
    sv: { name: 'Allmän referens', content: SV_GENERAL },
  },
  manager: {
    en: { name: 'Leadership reference', content: EN_MANAGER },
    sv: { name: 'Referens för chefsroll', content: SV_MANAGER },
  },
  short: {
    en: { name: 'Short reference (6 questions)', content: EN_SHORT },
    sv: { name: 'Kort referens (6 frågor)', content: SV_SHORT },
  },
};

export const defaultQuestionnaire = (preset: TemplatePreset, language: TLanguage) =>
  DEFAULT_QUESTIONNAIRES[preset][language];

/**
 * Gives a company that has never had a questionnaire the shipped ones: three questionnaires, each
 * with an English and a Swedish version sharing question ids. Idempotent: once any template exists
 * (archived ones too), it does nothing, so a company that archived them keeps that.
 */
export async function ensureDefaultQuestionnaires(db: Db, companyId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Two first visits at once: the second waits here, then finds the templates.
    await lockCompanyQuestionnaires(tx, companyId);
    if (await hasAnyQuestionnaire(tx, companyId)) return false;
    for (const preset of TEMPLATE_PRESETS) {
      let familyId: string | undefined;
      for (const language of ['en', 'sv'] as const) {
        const { name, content } = defaultQuestionnaire(preset, language);
        const id = await insertFirstVersionTemplate(tx, companyId, { name, language, preset, content, familyId });
        familyId ??= id;
      }
    }
    return true;
  });
}
