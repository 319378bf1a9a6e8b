import type { TReport } from '@vouch/contracts';
import type { PdfLabels } from './report-labels.ts';
import { summaryText } from './report-summary-text.ts';

type Doc = PDFKit.PDFDocument;
type Fact = (label: string, value: string) => void;

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
  const s = summaryText(report.summary, l, locale);
  heading(l.summary.title);
  doc.font('body').fontSize(10).fillColor('black').text(s.counts, margin, doc.y, { width });
  for (const f of s.facts) fact(f.label, f.value);
  doc.moveDown(0.3);
  doc.font('bold').fontSize(10).fillColor('black').text(l.summary.disagreements, margin, doc.y, { width });
  if (!s.disagreements.length) {
    doc.font('body').fillColor('#555555').text(l.summary.noDisagreements, margin, doc.y, { width });
    return;
  }
  for (const line of s.disagreements) {
    doc
      .font('body')
      .fillColor('#b42318')
      .text(`⚠ ${line}`, margin + 10, doc.y, { width: width - 10 });
  }
  doc.fillColor('black');
}
