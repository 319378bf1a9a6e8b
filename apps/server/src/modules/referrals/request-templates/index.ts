import { LANGUAGES, REFERRAL_REQUEST_VARIABLES, type TLanguage, type TMessageTemplate } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { DEFAULT_REFERRAL_REQUEST, type TemplateText } from './defaults.ts';
import { checkReferralRequestTemplate } from './render.ts';
import { deleteCompanyTemplate, listCompanyTemplates, upsertCompanyTemplate } from './templates.repo.ts';

export { DEFAULT_REFERRAL_REQUEST, type TemplateText } from './defaults.ts';
export { renderReferralRequest } from './render.ts';

/** The text a referral request in this language starts from: the company's own, else the default. */
export async function referralRequestTemplateFor(db: Db, companyId: string, language: TLanguage) {
  const own = (await listCompanyTemplates(db, companyId)).get(language);
  return own ?? DEFAULT_REFERRAL_REQUEST[language];
}

const templateOf = (language: TLanguage, own: TemplateText | undefined): TMessageTemplate => ({
  language,
  ...(own ?? DEFAULT_REFERRAL_REQUEST[language]),
  isDefault: !own,
});

/** Both languages for the admin's editor, with the variables it offers. */
export async function listReferralRequestTemplates(ctx: Ctx) {
  const own = await listCompanyTemplates(ctx.db, ctx.tenantId);
  return {
    items: LANGUAGES.map((language) => templateOf(language, own.get(language))),
    variables: [...REFERRAL_REQUEST_VARIABLES],
  };
}

/** Saves the company's text for a language; one that would not render is refused (422) and not kept. */
export async function saveReferralRequestTemplate(ctx: Ctx, language: TLanguage, text: TemplateText) {
  checkReferralRequestTemplate(text);
  await upsertCompanyTemplate(ctx.db, ctx.tenantId, language, text, ctx.actor.membershipId);
  return templateOf(language, text);
}

/** Back to the shipped text for a language. */
export async function resetReferralRequestTemplate(ctx: Ctx, language: TLanguage) {
  await deleteCompanyTemplate(ctx.db, ctx.tenantId, language);
  return templateOf(language, undefined);
}
