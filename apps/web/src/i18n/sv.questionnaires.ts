import type { enQuestionnaires } from './en.questionnaires.ts';
import type { Strings } from './sv.ts';

/** Swedish strings of questionnaires and sub-accounts; the same keys as English. */
export const svQuestionnaires: Strings<typeof enQuestionnaires> = {
  questionnaires: {},
};
