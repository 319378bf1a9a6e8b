/** English strings of reference checks: step settings, starting a check, the References tab, status badges; spread into en.ts. */
export const enReferenceChecks = {
  referencesNav: {
    checks: 'Checks',
    questionnaires: 'Questionnaires',
    'sub-accounts': 'Sub-accounts',
    figures: 'Figures',
  },
  referenceChecks: {},
};
