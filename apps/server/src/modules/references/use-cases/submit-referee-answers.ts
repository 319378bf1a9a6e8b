import { missingRequired } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { Config } from '../../../platform/config.ts';
import { sha256 } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, fieldProblem } from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import { assertCanAnswer, openLink, pageOf } from '../referee-link.ts';
import { lockRefereeById, updateRefereeInStatus } from '../referee-page.repo.ts';
import { afterCheckStatusChange } from './check-events.ts';
import { refreshCheckStatus } from './check-status.ts';
import { detectFraudSignals } from './detect-fraud-signals.ts';

/** Sends the answers: every required question answered, then the check's status and signals follow. */
export async function submitAnswers(db: Db, config: Pick<Config, 'publicUrl'>, token: string) {
  return db.transaction(async (tx) => {
    const opened = await openLink(tx, token);
    const referee = (await lockRefereeById(tx, opened.referee.companyId, opened.referee.id))!;
    assertCanAnswer(referee);
    const missing = missingRequired(opened.questionnaire, referee.answers);
    if (missing.length)
      throw new AppError(
        missing.length === 1 ? 'referee_page.required_missing_one' : 'referee_page.required_missing',
        { count: missing.length },
        { fieldErrors: missing.map((id) => fieldProblem(`answers.${id}`, 'field.required')) },
      );
    const updated = (await updateRefereeInStatus(tx, referee.companyId, referee.id, null, {
      status: 'answered',
      answeredAt: sql`now()`,
      // Which link answered: the report marks an answer given through a link staff copied.
      answeredLinkHash: sha256(token),
      nextReminderAt: null,
      updatedAt: sql`now()`,
    }))!;
    await detectFraudSignals(tx, opened.check.companyId, opened.check.id);
    const change = await refreshCheckStatus(tx, opened.check.companyId, opened.check.id);
    await publish(tx, {
      type: 'reference_check.referee_answered',
      companyId: updated.companyId,
      refereeId: updated.id,
    });
    await afterCheckStatusChange(tx, config, change);
    return pageOf(tx, { ...opened, referee: updated });
  });
}
