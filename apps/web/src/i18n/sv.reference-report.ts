import type { enReferenceReport } from './en.reference-report.ts';
import type { Strings } from './sv.ts';

/** Swedish strings of the reference report, fraud signals and figures; the same keys as English. */
export const svReferenceReport: Strings<typeof enReferenceReport> = {
  referenceReport: {},
};
