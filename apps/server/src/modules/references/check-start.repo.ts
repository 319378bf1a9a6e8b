import { randomUUID } from 'node:crypto';
import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { preparedInsert, preparedOnce } from '../../platform/db/prepared.ts';
import { candidates } from '../hiring/index.ts';
import { companies, linkTokenInsertSql } from '../tenancy/index.ts';
import { checkAbout } from './check-context.repo.ts';
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

/**
 * The check, its pinned language versions and its candidate's link in one statement: the versions go
 * in from a `WITH` beside the check's insert, as one JSON value (any number of languages, one named
 * statement), and so does the link's token when the candidate is asked at once (none is written when
 * its hash is null). Their foreign keys to the check are checked at the statement's end, when the
 * check is there. The check's id is made here so that all three inserts know it.
 */
const insertCheckRow = preparedInsert(
  'insert_reference_check',
  (db, row: typeof referenceChecks.$inferInsert, name) => {
    const pinned = db.$with('pinned_versions', {}).as(
      sql`insert into ${referenceCheckVersions} ("company_id", "check_id", "language", "version_id")
      select ${row.companyId}::uuid, ${row.id}::uuid, v.language, v."versionId"
      from json_to_recordset(${sql.placeholder('versions')}::json) as v(language text, "versionId" uuid)`,
    );
    const candidateLink = db.$with('candidate_link', {}).as(
      linkTokenInsertSql({
        tokenHash: sql.placeholder('candidateTokenHash'),
        purpose: 'reference_candidate',
        companyId: sql`${row.companyId}`,
        subjectId: sql`${row.id}`,
        expiresAt: sql.placeholder('candidateLinkExpiresAt'),
      }),
    );
    return db
      .with(pinned, candidateLink)
      .insert(referenceChecks)
      .values(row)
      .returning({ ...getTableColumns(referenceChecks), about: checkAbout })
      .prepare(name);
  },
);

type LanguageVersion = { language: (typeof referenceCheckVersions.$inferInsert)['language']; versionId: string };

/**
 * Inserts the check, pinning the version of each of the questionnaire's languages its referees answer
 * (`versions`, from the start's facts), so a referee answers in their own language. The row comes back
 * with what its messages need (`about`): the start asks the candidate without reading the check again.
 * `candidateTokenHash`, when the candidate is asked at once, is their link's (`newLinkToken`): it
 * lasts as the check's links do.
 */
export async function insertCheck(
  db: Db,
  companyId: string,
  values: Omit<typeof referenceChecks.$inferInsert, 'companyId' | 'id' | 'linksExpireAt'> & { linksExpireAt: Date },
  versions: LanguageVersion[],
  candidateTokenHash: string | null = null,
) {
  const [check] = await insertCheckRow(
    db,
    { ...values, id: randomUUID(), companyId },
    {
      versions: JSON.stringify(versions),
      candidateTokenHash,
      candidateLinkExpiresAt: values.linksExpireAt.toISOString(),
    },
  );
  return check;
}

/** The names of those of `candidateIds` that are the company's (others are simply absent). */
export async function candidateNamesOf(db: Db, companyId: string, candidateIds: string[]) {
  const rows = await db
    .select({ id: candidates.id, firstName: candidates.firstName, lastName: candidates.lastName })
    .from(candidates)
    .where(and(eq(candidates.companyId, companyId), inArray(candidates.id, candidateIds)));
  return new Map(rows.map((r) => [r.id, `${r.firstName} ${r.lastName}`.trim()]));
}
