import type { TAnswerValue, TFraudSignalKind, TRefereeDevice } from '@vouch/contracts';
import { phoneKey } from '../hiring/index.ts';
import type { referees } from './references.tables.ts';

/** The fraud rules' pure parts: thresholds, the evidence a signal carries, and what the rules compare. */

/**
 * The "answered too fast" rule: a submission is implausibly quick when the time from opening the
 * questionnaire (or, without that, the first saved answer) to submitting is under
 * `TOO_FAST_FLOOR_SECONDS + TOO_FAST_SECONDS_PER_ANSWER × answers given`. Reading a question and
 * choosing a rating takes a few seconds; a floor covers the intro and consent.
 */
export const TOO_FAST_FLOOR_SECONDS = 20;
export const TOO_FAST_SECONDS_PER_ANSWER = 4;

export type Evidence = Record<string, string | number | null>;

export type Found = { kind: TFraudSignalKind; refereeId: string | null; dedupeKey: string; evidence: Evidence };

type RefereeRow = typeof referees.$inferSelect;

export const sameDevice = (a: TRefereeDevice | null, b: TRefereeDevice | null) =>
  !!a && !!b && a.userAgent === b.userAgent && a.screen === b.screen && a.timeZone === b.timeZone;

export const deviceText = (d: TRefereeDevice) => `${d.userAgent} · ${d.screen} · ${d.timeZone}`;

const isAnswered = (value: TAnswerValue | undefined) =>
  value !== undefined &&
  value !== null &&
  !(typeof value === 'string' && value.trim() === '') &&
  !(Array.isArray(value) && value.length === 0);

/** Answers given, for the too-fast rule. */
export const answersGiven = (answers: Record<string, TAnswerValue>) => Object.values(answers).filter(isAnswered).length;

/** Seconds from opening (or the first save) to submitting; null while not submitted. */
export function secondsToAnswer(r: Pick<RefereeRow, 'openedAt' | 'startedAt' | 'answeredAt'>): number | null {
  const start = r.openedAt ?? r.startedAt;
  if (!start || !r.answeredAt) return null;
  return Math.max(0, Math.round((r.answeredAt.getTime() - start.getTime()) / 1000));
}

export const refPhone = (r: RefereeRow) => phoneKey(r.phone) ?? r.phone;

/** Each referee's contact keys: lower-cased email and E.164 phone. */
export function contacts(r: RefereeRow): { field: 'email' | 'phone'; value: string; shown: string }[] {
  const out: { field: 'email' | 'phone'; value: string; shown: string }[] = [];
  if (r.emailKey) out.push({ field: 'email', value: r.emailKey, shown: r.email ?? r.emailKey });
  const phone = refPhone(r);
  if (phone) out.push({ field: 'phone', value: phone, shown: r.phone ?? phone });
  return out;
}

/** Pairs of referees, each once, the earlier named first. */
export function pairs<T>(items: T[]): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) out.push([items[i], items[j]]);
  return out;
}
