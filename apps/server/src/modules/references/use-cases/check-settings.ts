import type { TReferenceCheckSettings } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { type FieldProblem, fieldProblem } from '../../../platform/errors.ts';
import { findTemplateState } from '../questionnaires.repo.ts';
import { findSubAccountState } from '../sub-accounts.repo.ts';

type TemplateState = Awaited<ReturnType<typeof findTemplateState>>;

/**
 * Why a step's (or a start request's) settings cannot be used by this company: an unknown or archived
 * sub-account, a questionnaire that is not the company's, in another language, or owned by another
 * sub-account. Fields are relative to the settings object; empty when they are fine. `known` is the
 * questionnaire's state when the caller read it already (null: not the company's).
 */
export async function checkSettingsProblems(
  db: Db,
  companyId: string,
  settings: Pick<TReferenceCheckSettings, 'subAccountId' | 'templateId' | 'language'>,
  known?: { template: TemplateState },
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (settings.subAccountId) {
    const account = await findSubAccountState(db, companyId, settings.subAccountId);
    if (!account) problems.push({ ...fieldProblem('subAccountId', 'sub_account.unknown_id'), unknownId: true });
    else if (account.archivedAt) problems.push(fieldProblem('subAccountId', 'sub_account.archived'));
  }
  const template = known ? known.template : await findTemplateState(db, companyId, settings.templateId);
  if (!template) problems.push({ ...fieldProblem('templateId', 'questionnaire.unknown'), unknownId: true });
  else if (template.archivedAt) problems.push(fieldProblem('templateId', 'questionnaire.archived'));
  else if (template.language !== settings.language)
    problems.push(fieldProblem('templateId', 'questionnaire.other_language'));
  else if (template.subAccountId && template.subAccountId !== settings.subAccountId)
    problems.push(fieldProblem('templateId', 'questionnaire.other_sub_account'));
  return problems;
}
