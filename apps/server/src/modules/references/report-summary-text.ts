import type { TReportDisagreement, TReportSummary } from '@vouch/contracts';
import type { PdfLabels } from './report-labels.ts';

/** Hours as a reader says them: under an hour in minutes, under two days in hours, then days. */
export function durationText(hours: number, l: PdfLabels, locale: string): string {
  const one = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  if (hours < 1) return l.summary.minutes(Math.max(1, Math.round(hours * 60)));
  if (hours < 48) return l.summary.hours(one(hours));
  return l.summary.days(one(hours / 24));
}

function disagreementText(d: TReportDisagreement, l: PdfLabels): string {
  const value = (v: number | boolean) => (typeof v === 'boolean' ? (v ? l.yes : l.no) : `${v} / ${d.scale}`);
  return `${d.label}: ${d.low.refereeName} ${value(d.low.value)} · ${d.high.refereeName} ${value(d.high.value)}`;
}

export type SummaryText = {
  /** "2 of 3 referees answered · 1 declined". */
  counts: string;
  facts: { label: string; value: string }[];
  /** One line per disagreement, the widest first; empty when the referees broadly agree. */
  disagreements: string[];
};

/**
 * The summary block's words, the same wherever a reader meets it outside the app (the PDF and the
 * shared page): only the layout differs.
 */
export function summaryText(s: TReportSummary, l: PdfLabels, locale: string): SummaryText {
  const one = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  const counts = [l.summary.answered(s.answered, s.refereesWanted)];
  if (s.declined) counts.push(l.summary.declined(s.declined));
  if (s.bounced) counts.push(l.summary.bounced(s.bounced));
  const facts: SummaryText['facts'] = [];
  const fact = (label: string, value: string) => facts.push({ label, value });
  if (s.overall.mean !== null && s.overall.scale !== null) {
    const spread = s.overall.spread === null ? '' : ` (${l.summary.spread(one(s.overall.spread))})`;
    fact(l.summary.overall, `${l.summary.overallValue(one(s.overall.mean), s.overall.scale)}${spread}`);
  }
  if (s.rehire) fact(l.summary.rehire, l.summary.rehireValue(s.rehire.yes, s.rehire.no, s.rehire.unanswered));
  const r = s.responseHours;
  if (r.median !== null && r.fastest !== null && r.slowest !== null) {
    const text = (h: number) => durationText(h, l, locale);
    fact(l.summary.responseTimes, l.summary.responseValue(text(r.median), text(r.fastest), text(r.slowest)));
  }
  const byCode = (['email', 'phone'] as const).filter((by) => s.verifiedByCode[by] > 0);
  const verification = [
    ...s.verification.map((v) => `${l.verifications[v.state]}: ${v.count}`),
    ...byCode.map((by) => `${l.codeVerified[by]}: ${s.verifiedByCode[by]}`),
  ];
  if (verification.length) fact(l.summary.verification, verification.join(' · '));
  return { counts: counts.join(' · '), facts, disagreements: s.disagreements.map((d) => disagreementText(d, l)) };
}
