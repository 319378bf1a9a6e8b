import type { enReferenceChecks } from './en.reference-checks.ts';
import type { Strings } from './sv.ts';

/** Swedish strings of reference checks: step settings, starting a check, the References tab, status badges; the same keys as English. */
export const svReferenceChecks: Strings<typeof enReferenceChecks> = {
  referencesNav: {
    checks: 'Referenstagningar',
    questionnaires: 'Frågeformulär',
    'sub-accounts': 'Underkonton',
    figures: 'Nyckeltal',
  },
  referenceChecks: {},
};
