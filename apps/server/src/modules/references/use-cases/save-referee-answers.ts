import { allQuestions, answerProblem, type TAnswerValue, type TQuestion } from '@vouch/contracts';
import { sha256 } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, type FieldError, fieldProblem } from '../../../platform/errors.ts';
import { ACTIVE, assertCanAnswer, openLink } from '../referee-link.ts';
import { saveAnswerPatch } from '../referee-page.repo.ts';

/** Token hash → what never changes about a link: its referee and the check's pinned questions. */
type SavePath = { companyId: string; refereeId: string; questions: Map<string, TQuestion> };

const savePaths = new Map<string, SavePath>();

const SAVE_PATHS_MAX = 10_000;

function remember(key: string, path: SavePath) {
  if (savePaths.size >= SAVE_PATHS_MAX) savePaths.delete(savePaths.keys().next().value as string);
  savePaths.set(key, path);
}

/**
 * Merges answers into what was saved; a null clears one. One UPDATE does the merge in the database
 * (jsonb `||`, then nulls stripped), so two saves from two tabs never lose each other's answers.
 * Saving runs on every few keystrokes, so after the first save of a link the referee and the
 * pinned questions come from memory (neither can change) and the save is that one UPDATE, whose
 * conditions re-check everything that can: the link, the referee's state, the consent, the check.
 */
export async function saveAnswers(
  db: Db,
  token: string,
  patch: Record<string, TAnswerValue | null>,
): Promise<{ savedAt: string }> {
  const key = sha256(token);
  let path = savePaths.get(key);
  if (!path) {
    const opened = await openLink(db, token);
    assertCanAnswer(opened.referee);
    path = {
      companyId: opened.referee.companyId,
      refereeId: opened.referee.id,
      questions: new Map(allQuestions(opened.questionnaire).map((q) => [q.id, q])),
    };
    remember(key, path);
  }
  const errors: FieldError[] = [];
  for (const [id, value] of Object.entries(patch)) {
    const question = path.questions.get(id);
    if (!question) errors.push(fieldProblem(`answers.${id}`, 'referee_page.not_a_question'));
    else if (value !== null) {
      const problem = answerProblem(question, value);
      if (problem) errors.push({ field: `answers.${id}`, message: problem });
    }
  }
  if (errors.length)
    throw new AppError(
      'unprocessable',
      {},
      { fieldErrors: errors, detail: `${errors[0].field}: ${errors[0].message}` },
    );
  const saved = await saveAnswerPatch(db, path.companyId, path.refereeId, token, ACTIVE, patch);
  if (saved) return { savedAt: saved.updatedAt.toISOString() };
  // Something changed since: the full look-up says what (404, 410 with whom to contact, or 409).
  savePaths.delete(key);
  const opened = await openLink(db, token);
  assertCanAnswer(opened.referee);
  throw new AppError('referee_page.answers_locked');
}
