/** English strings of the reference report, fraud signals and figures; spread into en.ts. */
export const enReferenceReport = {
  referenceReport: {},
};
