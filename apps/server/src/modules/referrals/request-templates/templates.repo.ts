import type { TLanguage } from '@vouch/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { companyMessageTemplates } from '../referrals.tables.ts';
import type { TemplateText } from './defaults.ts';

const KIND = 'referral_request';

/** The company's own referral request texts, by language; a language without a row uses the default. */
export async function listCompanyTemplates(db: Db, companyId: string) {
  const rows = await db
    .select({
      language: companyMessageTemplates.language,
      subject: companyMessageTemplates.subject,
      body: companyMessageTemplates.body,
    })
    .from(companyMessageTemplates)
    .where(and(eq(companyMessageTemplates.companyId, companyId), eq(companyMessageTemplates.kind, KIND)));
  return new Map(rows.map((r) => [r.language, { subject: r.subject, body: r.body }]));
}

export async function upsertCompanyTemplate(
  db: Db,
  companyId: string,
  language: TLanguage,
  text: TemplateText,
  updatedById: string,
) {
  await db
    .insert(companyMessageTemplates)
    .values({ companyId, kind: KIND, language, ...text, updatedById })
    .onConflictDoUpdate({
      target: [companyMessageTemplates.companyId, companyMessageTemplates.kind, companyMessageTemplates.language],
      set: { ...text, updatedById, updatedAt: sql`now()` },
    });
}

export async function deleteCompanyTemplate(db: Db, companyId: string, language: TLanguage) {
  await db
    .delete(companyMessageTemplates)
    .where(
      and(
        eq(companyMessageTemplates.companyId, companyId),
        eq(companyMessageTemplates.kind, KIND),
        eq(companyMessageTemplates.language, language),
      ),
    );
}
