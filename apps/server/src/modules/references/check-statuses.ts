import type { TCheckStatus } from '@vouch/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import { referees } from './references.tables.ts';

/** Which check and referee statuses are final or still open, and what a change of a check's status is. */

/** A check in one of these states no longer changes by itself (a recruiter may still add referees to a completed one). */
export const FINAL_STATUSES: TCheckStatus[] = ['completed', 'cancelled', 'expired'];

export type StatusChange = { companyId: string; checkId: string; from: TCheckStatus; to: TCheckStatus };

/** Referees still able to answer. */
export const OPEN_REFEREE_STATUSES = ['invited', 'opened'] as const;

export const openReferees = (companyId: string, checkId: string) =>
  and(
    eq(referees.companyId, companyId),
    eq(referees.checkId, checkId),
    inArray(referees.status, [...OPEN_REFEREE_STATUSES]),
  );
