import type {
  TAnswerValue,
  TFraudSeverity,
  TFraudSignal,
  TFraudSignalGroup,
  TFraudSignalKind,
  TStoredDevice,
} from '@vouch/contracts';
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

/**
 * One device: the same browser cookie when both have one (two people with the same phone model share
 * user agent, screen and time zone, never the cookie); only without a cookie on either side (a record
 * from before the cookie, or a browser refusing it) the three parts the browser reported.
 */
export function sameDevice(a: TStoredDevice | null, b: TStoredDevice | null): boolean {
  if (!a || !b) return false;
  if (a.browserId && b.browserId) return a.browserId === b.browserId;
  return a.userAgent === b.userAgent && a.screen === b.screen && a.timeZone === b.timeZone;
}

export const deviceText = (d: TStoredDevice) => `${d.userAgent} · ${d.screen} · ${d.timeZone}`;

/** How much a signal weighs, from its kind and evidence (so signals stored before severity have one too). */
export function signalSeverity(kind: TFraudSignalKind, evidence: Evidence): TFraudSeverity {
  switch (kind) {
    case 'contact_matches_candidate':
    case 'contact_lookalike_of_candidate':
    case 'contact_shared_by_referees':
      return 'high';
    case 'same_device':
      return evidence.matches === 'candidate' ? 'high' : 'medium';
    case 'same_ip':
      // Colleagues answering from one office network is ordinary; the candidate's own network is not.
      return typeof evidence.sameCompany === 'string' ? 'low' : 'medium';
    default:
      return 'medium';
  }
}

const SEVERITY_ORDER: Record<TFraudSeverity, number> = { high: 0, medium: 1, low: 2 };

/**
 * The signals by kind, so ten same-network hits read as one line with a count: each group takes its
 * most severe signal's severity; groups run from high to low, then by how many are still unreviewed.
 */
export function groupSignals(signals: TFraudSignal[]): TFraudSignalGroup[] {
  const groups = new Map<TFraudSignalKind, TFraudSignalGroup>();
  for (const s of signals) {
    const group = groups.get(s.kind) ?? { kind: s.kind, severity: s.severity, count: 0, unreviewed: 0, signals: [] };
    if (SEVERITY_ORDER[s.severity] < SEVERITY_ORDER[group.severity]) group.severity = s.severity;
    group.count += 1;
    if (!s.reviewedAt) group.unreviewed += 1;
    group.signals.push(s);
    groups.set(s.kind, group);
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.unreviewed - a.unreviewed,
  );
}

/** Lower-cased company name without punctuation, to tell two referees from one employer. */
export const companyKey = (company: string | null) =>
  company
    ?.toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .trim() || null;

/** "Anna.Berg+ref@gmail.com" → { local: "annaberg", domain: "gmail.com" }: tag dropped, Gmail's dots too. */
function mailbox(email: string): { local: string; domain: string } | null {
  const at = email.lastIndexOf('@');
  if (at < 1) return null;
  const domain = email.slice(at + 1).toLowerCase();
  let local = email.slice(0, at).toLowerCase().split('+')[0];
  if (domain === 'gmail.com' || domain === 'googlemail.com') local = local.replaceAll('.', '');
  return { local, domain: domain === 'googlemail.com' ? 'gmail.com' : domain };
}

/** Edits (insert, delete, replace, swap of neighbours) turning one string into the other. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * How a referee's address copies the candidate's, when it is not the same address: `alias` (the same
 * mailbox through a `+` tag or Gmail's dots) or `lookalike` (one typo away in the name at the same
 * provider, or the same name at a domain one typo away). Null when it does not.
 */
export function emailLookalike(referee: string, candidate: string): 'alias' | 'lookalike' | null {
  if (referee.toLowerCase() === candidate.toLowerCase()) return null;
  const r = mailbox(referee);
  const c = mailbox(candidate);
  if (!r || !c) return null;
  if (r.local === c.local && r.domain === c.domain) return 'alias';
  // Short names are too easily one letter apart by chance ("bo" and "jo").
  if (r.domain === c.domain && c.local.length >= 5 && editDistance(r.local, c.local) === 1) return 'lookalike';
  if (r.local === c.local && c.local.length >= 3 && editDistance(r.domain, c.domain) === 1) return 'lookalike';
  return null;
}

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
