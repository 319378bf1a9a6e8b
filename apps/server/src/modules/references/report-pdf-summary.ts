import type { TReport, TReportDisagreement } from '@vouch/contracts';
import type { PdfLabels } from './report-labels.ts';

type Doc = PDFKit.PDFDocument;
type Fact = (label: string, value: string) => void;

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

/** The summary block at the top of the PDF, the same facts as the page's. */
export function writeSummary(
  doc: Doc,
  report: TReport,
  l: PdfLabels,
  locale: string,
  heading: (text: string) => void,
  fact: Fact,
  margin: number,
  width: number,
) {
  const s = report.summary;
  const one = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  heading(l.summary.title);
  const counts = [l.summary.answered(s.answered, s.refereesWanted)];
  if (s.declined) counts.push(l.summary.declined(s.declined));
  if (s.bounced) counts.push(l.summary.bounced(s.bounced));
  doc.font('body').fontSize(10).fillColor('black').text(counts.join(' · '), margin, doc.y, { width });
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
  doc.moveDown(0.3);
  doc.font('bold').fontSize(10).fillColor('black').text(l.summary.disagreements, margin, doc.y, { width });
  if (!s.disagreements.length) {
    doc.font('body').fillColor('#555555').text(l.summary.noDisagreements, margin, doc.y, { width });
    return;
  }
  for (const d of s.disagreements) {
    doc
      .font('body')
      .fillColor('#b42318')
      .text(`⚠ ${disagreementText(d, l)}`, margin + 10, doc.y, { width: width - 10 });
  }
  doc.fillColor('black');
}
