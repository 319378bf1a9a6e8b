/** English strings of questionnaires and sub-accounts; spread into en.ts. */
export const enQuestionnaires = {
  questionnaires: {},
};
