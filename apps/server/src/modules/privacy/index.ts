/**
 * Privacy: retention periods and the job that anonymises what passed them, and erasure of a person
 * on request, by one machinery (`erasePerson`, `anonymiseCandidateBatch`) built from the erasers
 * each module exports from its own index. The only surface other modules import.
 */
export { runDueErasureRequests } from './erasure-request-job.ts';
export { anonymiseCandidateBatch, erasePerson } from './machinery.ts';
export * from './privacy.tables.ts';
export { registerPrivacy } from './register.ts';
export { type RetentionRun, retentionJob, runRetention } from './retention-job.ts';
