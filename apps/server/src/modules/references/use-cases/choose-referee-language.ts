import type { TLanguage, TRefereePage } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { ACTIVE, alreadyDone, assertActive, openLink, pageOf } from '../referee-link.ts';
import { updateRefereeInStatus } from '../referee-page.repo.ts';

/**
 * The referee reads their page in another language: their questions become the check's version in
 * it (the check's own when the questionnaire has none), and later messages to them use it. Answers
 * already saved stay: the language versions share their question ids.
 */
export async function chooseRefereeLanguage(db: Db, token: string, language: TLanguage): Promise<TRefereePage> {
  return db.transaction(async (tx) => {
    const opened = await openLink(tx, token);
    assertActive(opened);
    if (opened.referee.language !== language) {
      const updated = await updateRefereeInStatus(tx, opened.referee.companyId, opened.referee.id, ACTIVE, {
        language,
        updatedAt: sql`now()`,
      });
      if (!updated) throw alreadyDone(opened.referee.status);
    }
    // Opened again: the questions in the language just chosen.
    return pageOf(tx, await openLink(tx, token));
  });
}
