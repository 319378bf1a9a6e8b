import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { preparedInsert, preparedOnce, preparedSql } from '../../platform/db/prepared.ts';
import { candidates } from '../hiring/index.ts';
import { companies } from '../tenancy/index.ts';
import {
  questionnaireTemplates,
  questionnaireVersions,
  referenceChecks,
  referenceCheckVersions,
} from './references.tables.ts';

/** What starting a check needs besides the settings: the candidate (locked) and how long links last. */

/** The company's candidate, locked while a check starts (so two starts at once make one check). */
const candidateContacts = preparedOnce((db) =>
  db
    .select({ id: candidates.id, email: candidates.email, phone: candidates.phoneKey })
    .from(candidates)
    .where(
      and(eq(candidates.companyId, sql.placeholder('companyId')), eq(candidates.id, sql.placeholder('candidateId'))),
    )
    .for('update')
    .prepare('lock_candidate_contacts'),
);

export async function lockCandidateContacts(db: Db, companyId: string, candidateId: string) {
  const [candidate] = await candidateContacts(db).execute({ companyId, candidateId });
  return candidate ?? null;
}

type LanguageVersion = { language: (typeof referenceCheckVersions.$inferInsert)['language']; versionId: string };

const t = questionnaireTemplates;
// Qualified by hand: a one-table select names its own columns bare, which the subqueries would misread.
const outer = (column: string) => sql.raw(`"questionnaire_templates"."${column}"`);

/**
 * Everything a start reads about its questionnaire and company in one named statement: whether the
 * questionnaire may be used (as `findTemplateState`), its current version, the current version of each
 * of its family's live languages (pinned for the referees), and for how many days the links work.
 */
const startFacts = preparedOnce((db) =>
  db
    .select({
      familyId: t.familyId,
      language: t.language,
      subAccountId: t.subAccountId,
      archivedAt: t.archivedAt,
      versionId: sql<string | null>`(select v.id from ${questionnaireVersions} v
        where v.template_id = ${outer('id')} and v.version = ${outer('current_version')})`,
      familyVersions: sql<LanguageVersion[]>`(select coalesce(json_agg(json_build_object('language', o.language,
          'versionId', v.id) order by o.language), '[]'::json)
        from ${questionnaireTemplates} o join ${questionnaireVersions} v on v.template_id = o.id and v.version = o.current_version
        where o.company_id = ${outer('company_id')} and o.family_id = ${outer('family_id')} and o.archived_at is null)`,
      linkDays: sql<number>`(select c.reference_link_days from ${companies} c where c.id = ${outer('company_id')})`,
    })
    .from(t)
    .where(and(eq(t.companyId, sql.placeholder('companyId')), eq(t.id, sql.placeholder('templateId'))))
    .prepare('check_start_facts'),
);

/** The questionnaire's state, versions and the company's link days for a start; null when not the company's. */
export async function checkStartFacts(db: Db, companyId: string, templateId: string) {
  const [facts] = await startFacts(db).execute({ companyId, templateId });
  return facts ?? null;
}

export type CheckStartFacts = NonNullable<Awaited<ReturnType<typeof checkStartFacts>>>;

const insertCheckRow = preparedInsert('insert_reference_check', (db, row: typeof referenceChecks.$inferInsert, name) =>
  db.insert(referenceChecks).values(row).returning().prepare(name),
);

export async function insertCheck(
  db: Db,
  companyId: string,
  values: Omit<typeof referenceChecks.$inferInsert, 'companyId'>,
) {
  const [check] = await insertCheckRow(db, { ...values, companyId });
  return check;
}

// One named statement for any number of languages: the versions go in as one JSON value, where
// drizzle's many-row insert would be built again (a row of placeholders per language) on every start.
const pinVersions = preparedSql<never>(
  'pin_language_versions',
  () => sql`insert into ${referenceCheckVersions} ("company_id", "check_id", "language", "version_id")
    select ${sql.placeholder('companyId')}::uuid, ${sql.placeholder('checkId')}::uuid, v.language, v."versionId"
    from json_to_recordset(${sql.placeholder('versions')}::json) as v(language text, "versionId" uuid)`,
);

/** Pins the version of each of the questionnaire's languages the check's referees answer. */
export async function pinLanguageVersions(db: Db, companyId: string, checkId: string, versions: LanguageVersion[]) {
  if (!versions.length) return;
  await pinVersions(db)({ companyId, checkId, versions: JSON.stringify(versions) });
}

/** The names of those of `candidateIds` that are the company's (others are simply absent). */
export async function candidateNamesOf(db: Db, companyId: string, candidateIds: string[]) {
  const rows = await db
    .select({ id: candidates.id, firstName: candidates.firstName, lastName: candidates.lastName })
    .from(candidates)
    .where(and(eq(candidates.companyId, companyId), inArray(candidates.id, candidateIds)));
  return new Map(rows.map((r) => [r.id, `${r.firstName} ${r.lastName}`.trim()]));
}
