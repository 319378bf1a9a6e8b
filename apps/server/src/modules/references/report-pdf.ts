import fs from 'node:fs';
import { createRequire } from 'node:module';
import { allQuestions, type TLanguage, type TReport } from '@vouch/contracts';
import { onFirstUse } from '../../platform/on-first-use.ts';
import { answerText, evidenceText, PDF_LABELS, type PdfLabels } from './report-labels.ts';
import { writeSummary } from './report-pdf-summary.ts';

/**
 * The report as a PDF. The font ships with the app (DejaVu from npm, never the system's), so Swedish
 * letters, ✓, “quotes” and dashes render the same everywhere.
 */
const require = createRequire(import.meta.url);
const pdfkit = onFirstUse(() => import('pdfkit'));
const fontFile = (name: string) => fs.readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));
// Read once per process: reading the files again for every document was half of a report's time.
let fonts: { body: Buffer; bold: Buffer } | null = null;
const loadFonts = () => {
  fonts ??= { body: fontFile('DejaVuSans.ttf'), bold: fontFile('DejaVuSans-Bold.ttf') };
  return fonts;
};

const MARGIN = 50;
const GREY = '#555555';
const RED = '#b42318';

type Doc = PDFKit.PDFDocument;

/** A filename from the candidate's name: letters, digits and dashes only. */
export function reportFilename(candidateName: string): string {
  const slug = candidateName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `reference-report-${slug || 'candidate'}.pdf`;
}

export async function renderReportPdf(report: TReport, company: { name: string; timeZone: string }): Promise<Buffer> {
  const { default: PDFDocument } = await pdfkit();
  const language: TLanguage = report.check.language;
  const l = PDF_LABELS[language];
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  const day = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: company.timeZone }).format(new Date(iso))
      : '—';

  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${l.title}: ${report.check.candidateName}`, Creator: 'Vouch' },
  });
  const { body, bold } = loadFonts();
  doc.registerFont('body', body);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - MARGIN * 2;
  const heading = (text: string, size = 14) => {
    ensureSpace(doc, size * 3);
    doc.moveDown(0.8).font('bold').fontSize(size).fillColor('black').text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.3);
  };
  const fact = (label: string, value: string) => {
    doc.font('bold').fontSize(10).fillColor(GREY).text(`${label}: `, MARGIN, doc.y, { continued: true, width });
    doc.font('body').fillColor('black').text(value, { width });
  };

  // Header
  const c = report.check;
  doc.font('body').fontSize(10).fillColor(GREY).text(l.title, { width });
  doc.font('bold').fontSize(22).fillColor('black').text(c.candidateName, { width });
  doc.moveDown(0.4);
  if (c.jobTitle) fact(l.job, c.jobTitle);
  fact(l.company, company.name);
  if (c.subAccountName) fact(l.subAccount, c.subAccountName);
  fact(l.questionnaire, `${c.templateName} (${l.version} ${c.templateVersion})`);
  fact(l.started, day(c.createdAt));
  if (c.completedAt) fact(l.completed, day(c.completedAt));
  fact(l.status, l.statuses[c.status]);
  fact(l.generated, day(report.generatedAt));

  writeSummary(doc, report, l, locale, heading, fact, MARGIN, width);
  writeSignals(doc, report, l, heading, width);
  writeRatings(doc, report, l, heading, width);
  writeReferees(doc, report, l, day, heading, fact, width);

  // Page numbers on every page, written inside the bottom margin without starting a new page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(8)
      .fillColor(GREY)
      .text(`${c.candidateName} · ${l.page} ${i + 1} ${l.of} ${range.count}`, MARGIN, doc.page.height - 35, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** One line per kind of signal (severity, count, whom, how many unreviewed) and one example: a summary, not a page of boxes. */
function writeSignals(doc: Doc, report: TReport, l: PdfLabels, heading: (text: string) => void, width: number) {
  heading(l.fraudSignals);
  if (!report.fraudSignalGroups.length) {
    doc.font('body').fontSize(10).fillColor(GREY).text(l.noSignals, MARGIN, doc.y, { width });
    return;
  }
  for (const group of report.fraudSignalGroups) {
    ensureSpace(doc, 36);
    const names = [...new Set(group.signals.map((s) => s.refereeName).filter(Boolean))].join(', ');
    doc
      .font('bold')
      .fontSize(10)
      .fillColor(group.unreviewed ? RED : 'black')
      .text(
        `${l.severities[group.severity]} · ${l.kinds[group.kind]} (${group.count})${names ? ` — ${names}` : ''}`,
        MARGIN,
        doc.y,
        { width },
      );
    doc
      .font('body')
      .fontSize(9)
      .fillColor(GREY)
      .text(
        `${l.groupStatus(group.unreviewed)} · ${l.example} ${evidenceText(group.signals[0], l)}`,
        MARGIN + 14,
        doc.y,
        {
          width: width - 14,
        },
      );
    doc.moveDown(0.3);
  }
}

function writeRatings(doc: Doc, report: TReport, l: PdfLabels, heading: (text: string) => void, width: number) {
  heading(l.ratings);
  const summaries = report.ratingSummaries;
  const people = summaries[0]?.scores ?? [];
  if (!summaries.length || !people.length) {
    doc.font('body').fontSize(10).fillColor(GREY).text(l.noRatings, MARGIN, doc.y, { width });
    return;
  }
  const fontSize = people.length > 4 ? 8 : 9;
  const numberWidth = 58;
  const questionWidth = Math.max(140, width - numberWidth * 2 - people.length * 64);
  const personWidth = (width - questionWidth - numberWidth * 2) / people.length;
  const columns = [questionWidth, ...people.map(() => personWidth), numberWidth, numberWidth];
  const row = (cells: string[], bold: boolean, shade: boolean) => {
    doc.font(bold ? 'bold' : 'body').fontSize(fontSize);
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i] - 6 }))) + 6;
    ensureSpace(doc, height);
    const top = doc.y;
    if (shade) doc.rect(MARGIN, top, width, height).fill('#f2f4f7');
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.fillColor('black').text(cell, x + 3, top + 3, { width: columns[i] - 6, align: i === 0 ? 'left' : 'center' });
      x += columns[i];
    });
    doc.y = top + height;
  };
  row([l.question, ...people.map((p) => p.refereeName), l.mean, l.spread], true, true);
  for (const s of summaries) {
    row(
      [
        `${s.label} (1–${s.scale})`,
        ...s.scores.map((p) => (p.score === null ? '—' : `${p.score} / ${s.scale}`)),
        s.mean === null ? '—' : s.mean.toFixed(1),
        s.spread === null ? '—' : String(s.spread),
      ],
      false,
      false,
    );
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .lineWidth(0.5)
      .strokeColor('#d0d5dd')
      .stroke();
  }
  doc.x = MARGIN;
}

function writeReferees(
  doc: Doc,
  report: TReport,
  l: PdfLabels,
  day: (iso: string | null) => string,
  heading: (text: string, size?: number) => void,
  fact: (label: string, value: string) => void,
  width: number,
) {
  heading(l.referees);
  const responses = new Map(report.responses.map((r) => [r.referee.id, r]));
  const copies = new Map(report.linkCopies.map((c) => [c.refereeId, c]));
  const questions = allQuestions(report.questionnaire);
  for (const referee of report.check.referees.filter((r) => r.status !== 'removed')) {
    heading(`${referee.name} — ${l.refereeStatuses[referee.status]}`, 12);
    const copy = copies.get(referee.id);
    if (copy) {
      doc.font('bold').fontSize(10).fillColor('#b54708').text(l.linkCopied(copy.copiedBy), MARGIN, doc.y, { width });
      doc.fillColor('black');
    }
    fact(l.relationship, l.relationships[referee.relationship]);
    if (referee.company) fact(l.refereeCompany, referee.company);
    if (referee.workedTogether) fact(l.workedTogether, referee.workedTogether);
    // As on the page: a referee who entered a one-time code shows how they proved themselves.
    const byCode = referee.verifiedBy ? ` · ${l.codeVerified[referee.verifiedBy]}` : '';
    fact(l.verification, `${l.verifications[referee.verification]}${byCode}`);
    if (referee.status === 'declined') fact(l.declineReason, referee.declineReason ?? '—');
    if (referee.answersWithdrawnAt) {
      doc.font('body').fontSize(10).fillColor('#555555').text(l.answerWithdrawn, MARGIN, doc.y, { width });
      doc.fillColor('black');
      continue;
    }
    const response = responses.get(referee.id);
    if (!response) continue;
    if (response.secondsToAnswer !== null) fact(l.timeToAnswer, `${response.secondsToAnswer} ${l.seconds}`);
    if (referee.answeredAt) fact(l.completed, day(referee.answeredAt));
    doc.moveDown(0.4);
    for (const q of questions) {
      ensureSpace(doc, 36);
      doc.font('bold').fontSize(10).fillColor('black').text(q.label, MARGIN, doc.y, { width });
      doc
        .font('body')
        .fontSize(10)
        .fillColor('#222222')
        .text(answerText(q, response.answers[q.id], l), MARGIN + 10, doc.y, { width: width - 10 });
      doc.moveDown(0.4);
    }
  }
}
