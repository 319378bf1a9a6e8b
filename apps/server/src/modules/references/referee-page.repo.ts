import type { TAnswerValue, TLanguage, TQuestionnaireContent, TRefereeStatus } from '@vouch/contracts';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/db.ts';
import { linkTokenIs, linkTokens, linkTokenUsable } from '../tenancy/index.ts';
import { questionnaireVersions, referees, referenceChecks, referenceCheckVersions } from './references.tables.ts';

/**
 * The referee's page, reached only through the link's token: the token names the company, so these
 * reads start from it; the writes take the company the token opened.
 */

/** One query from the token to the referee, their check and its questionnaire: saving is hot. */
export async function findRefereeLink(db: Db, token: string) {
  const [row] = await db
    .select({
      usable: linkTokenUsable,
      referee: referees,
      check: referenceChecks,
      questionnaire: questionnaireVersions.content,
    })
    .from(linkTokens)
    // The token's company must be the referee's: a token only ever opens its own company's rows.
    .innerJoin(referees, and(eq(referees.id, linkTokens.subjectId), eq(referees.companyId, linkTokens.companyId)))
    .innerJoin(referenceChecks, eq(referenceChecks.id, referees.checkId))
    // The version in the referee's language the check started with, or the check's own when the
    // questionnaire had none in it: later edits of the template never reach a running check.
    .leftJoin(
      referenceCheckVersions,
      and(
        eq(referenceCheckVersions.checkId, referenceChecks.id),
        eq(referenceCheckVersions.language, referees.language),
      ),
    )
    .innerJoin(
      questionnaireVersions,
      eq(questionnaireVersions.id, sql`coalesce(${referenceCheckVersions.versionId}, ${referenceChecks.versionId})`),
    )
    .where(linkTokenIs(token, 'reference_referee'));
  return row ?? null;
}

/** The questions a referee of the company's check answers in `language` (the check's own without that language). */
export async function findQuestionnaireIn(
  db: Db,
  companyId: string,
  checkId: string,
  language: TLanguage,
): Promise<TQuestionnaireContent | null> {
  const [row] = await db
    .select({ content: questionnaireVersions.content })
    .from(referenceChecks)
    .leftJoin(
      referenceCheckVersions,
      and(eq(referenceCheckVersions.checkId, referenceChecks.id), eq(referenceCheckVersions.language, language)),
    )
    .innerJoin(
      questionnaireVersions,
      eq(questionnaireVersions.id, sql`coalesce(${referenceCheckVersions.versionId}, ${referenceChecks.versionId})`),
    )
    .where(and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.id, checkId)));
  return row?.content ?? null;
}

/** The company's referee, locked. */
export async function lockRefereeById(db: Db, companyId: string, refereeId: string) {
  const [referee] = await db
    .select()
    .from(referees)
    .where(and(eq(referees.companyId, companyId), eq(referees.id, refereeId)))
    .for('update');
  return referee ?? null;
}

/**
 * Changes the company's referee while it is in one of `statuses` (any status with null) and returns
 * the row, or null when its status moved on meanwhile.
 */
export async function updateRefereeInStatus(
  db: Db,
  companyId: string,
  refereeId: string,
  statuses: TRefereeStatus[] | null,
  values: PgUpdateSetSource<typeof referees>,
) {
  const [updated] = await db
    .update(referees)
    .set(values)
    .where(
      and(
        eq(referees.companyId, companyId),
        eq(referees.id, refereeId),
        statuses ? inArray(referees.status, statuses) : undefined,
      ),
    )
    .returning();
  return updated ?? null;
}

/**
 * Merges answers into what was saved; a null clears one. One UPDATE does the merge in the database
 * (jsonb `||`, then nulls stripped), and its conditions re-check everything that can change: the
 * link, the referee's state, the consent, the check. Null when one of them no longer holds.
 */
export async function saveAnswerPatch(
  db: Db,
  companyId: string,
  refereeId: string,
  token: string,
  statuses: TRefereeStatus[],
  patch: Record<string, TAnswerValue | null>,
) {
  const [saved] = await db
    .update(referees)
    .set({
      answers: sql`jsonb_strip_nulls(${referees.answers} || ${JSON.stringify(patch)}::jsonb)`,
      startedAt: sql`coalesce(${referees.startedAt}, now())`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(referees.companyId, companyId),
        eq(referees.id, refereeId),
        inArray(referees.status, statuses),
        isNotNull(referees.consentAt),
        sql`exists (select 1 from ${referenceChecks} where ${referenceChecks.id} = ${referees.checkId} and ${referenceChecks.status} in ('awaiting_referees', 'in_progress') and ${referenceChecks.linksExpireAt} > now())`,
        sql`exists (select 1 from ${linkTokens} where ${linkTokenIs(token, 'reference_referee')} and ${linkTokenUsable})`,
      ),
    )
    .returning({ updatedAt: referees.updatedAt });
  return saved ?? null;
}
