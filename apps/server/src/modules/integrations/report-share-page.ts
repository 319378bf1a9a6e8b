import { allQuestions, type TLanguage, type TReport } from '@vouch/contracts';
import { answerText, PDF_LABELS, type PdfLabels, summaryText } from '../references/index.ts';

/**
 * The shared report as one server-rendered, read-only HTML page: no scripts, no forms, no links
 * out. Every value typed by a candidate, a referee or a recruiter goes through `esc`.
 */

export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const PAGE_WORDS = {
  en: {
    shared: 'Shared read-only view',
    goneTitle: 'This link no longer works',
    goneText: 'The link has expired or was withdrawn. Ask the person who shared it for a new one.',
    notFoundTitle: 'Link not found',
    notFoundText: 'Check that the whole link was copied, or ask the person who shared it for a new one.',
    noResponses: 'No referee has answered yet.',
  },
  sv: {
    shared: 'Delad vy, endast läsning',
    goneTitle: 'Länken fungerar inte längre',
    goneText: 'Länken har gått ut eller dragits tillbaka. Be den som delade den om en ny.',
    notFoundTitle: 'Länken hittades inte',
    notFoundText: 'Kontrollera att hela länken kopierades, eller be den som delade den om en ny.',
    noResponses: 'Ingen referens har svarat ännu.',
  },
} satisfies Record<TLanguage, Record<string, string>>;

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2939;margin:0;background:#f9fafb;line-height:1.5}
main{max-width:860px;margin:0 auto;padding:32px 20px;background:#fff;min-height:100vh;box-sizing:border-box}
h1{font-size:1.8rem;margin:.2rem 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid #eaecf0;padding-bottom:.3rem}
h3{font-size:1.05rem;margin:1.5rem 0 .3rem}.muted{color:#667085;font-size:.9rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}dt{color:#667085}dd{margin:0;white-space:pre-wrap}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border-bottom:1px solid #eaecf0;padding:.4rem;text-align:center}
th:first-child,td:first-child{text-align:left}thead th{background:#f2f4f7}
.q{font-weight:600;margin:.8rem 0 .1rem}.a{margin:0 0 0 .8rem;white-space:pre-wrap}
.summary{border:1px solid #eaecf0;border-radius:8px;padding:.8rem 1rem;margin-top:1.5rem}.summary h2{margin-top:0}
.disagreements{margin:.3rem 0 0;padding-left:1.2rem}.disagreements li{color:#b42318}
.cards{display:none;list-style:none;padding:0;margin:0}.cards>li{border:1px solid #eaecf0;border-radius:8px;padding:.5rem .8rem;margin:.5rem 0}
.cards dl{grid-template-columns:1fr max-content}
@media (max-width:600px){.wide{display:none}.cards{display:block}}
`;

function page(language: TLanguage, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body><main>
${body}
</main></body>
</html>`;
}

const fact = (label: string, value: string) => `<dt>${esc(label)}</dt><dd>${esc(value)}</dd>`;

/** The friendly page for an expired, revoked or unknown link (410 or 404). */
export function renderShareProblem(kind: 'gone' | 'not_found', language: TLanguage = 'en'): string {
  const w = PAGE_WORDS[language];
  const [title, text] = kind === 'gone' ? [w.goneTitle, w.goneText] : [w.notFoundTitle, w.notFoundText];
  return page(language, title, `<h1>${esc(title)}</h1>\n<p>${esc(text)}</p>`);
}

/** The report as the PDF shows it, without the fraud signals (an internal review aid). */
export function renderSharedReport(report: TReport, company: { name: string; timeZone: string }): string {
  const language = report.check.language;
  const l = PDF_LABELS[language];
  const w = PAGE_WORDS[language];
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  const day = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: company.timeZone }).format(new Date(iso))
      : '—';
  const c = report.check;

  const facts = [
    c.jobTitle ? fact(l.job, c.jobTitle) : '',
    fact(l.company, company.name),
    fact(l.questionnaire, `${c.templateName} (${l.version} ${c.templateVersion})`),
    fact(l.started, day(c.createdAt)),
    c.completedAt ? fact(l.completed, day(c.completedAt)) : '',
    fact(l.status, l.statuses[c.status]),
    fact(l.generated, day(report.generatedAt)),
  ].join('');

  const people = report.ratingSummaries[0]?.scores ?? [];
  const ratings =
    report.ratingSummaries.length && people.length
      ? `<table class="wide" data-testid="rating-table"><thead><tr><th>${esc(l.question)}</th>${people.map((p) => `<th>${esc(p.refereeName)}</th>`).join('')}<th>${esc(l.mean)}</th><th>${esc(l.spread)}</th></tr></thead><tbody>${report.ratingSummaries
          .map(
            (s) =>
              `<tr><td>${esc(`${s.label} (1–${s.scale})`)}</td>${s.scores
                .map((p) => `<td>${esc(p.score === null ? '—' : `${p.score} / ${s.scale}`)}</td>`)
                .join(
                  '',
                )}<td>${esc(s.mean === null ? '—' : s.mean.toFixed(1))}</td><td>${esc(s.spread === null ? '—' : s.spread)}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : `<p class="muted">${esc(l.noRatings)}</p>`;
  // On a phone a card per question names each referee beside their score, so no name scrolls away.
  const cards = people.length
    ? `<ul class="cards" data-testid="rating-cards">${report.ratingSummaries
        .map(
          (s) =>
            `<li><p class="q">${esc(`${s.label} (1–${s.scale})`)}</p><dl>${s.scores
              .map((p) => fact(p.refereeName, p.score === null ? '—' : `${p.score} / ${s.scale}`))
              .join('')}${fact(l.mean, s.mean === null ? '—' : s.mean.toFixed(1))}</dl></li>`,
        )
        .join('')}</ul>`
    : '';

  const responses = new Map(report.responses.map((r) => [r.referee.id, r]));
  const questions = allQuestions(report.questionnaire);
  const referees = c.referees
    .filter((r) => r.status !== 'removed')
    .map((r) => {
      const response = responses.get(r.id);
      const details = [
        fact(l.relationship, l.relationships[r.relationship]),
        r.company ? fact(l.refereeCompany, r.company) : '',
        r.workedTogether ? fact(l.workedTogether, r.workedTogether) : '',
        fact(l.verification, l.verifications[r.verification]),
        r.status === 'declined' ? fact(l.declineReason, r.declineReason ?? '—') : '',
        r.answeredAt ? fact(l.completed, day(r.answeredAt)) : '',
      ].join('');
      const answers = response
        ? questions
            .map(
              (q) =>
                `<p class="q">${esc(q.label)}</p><p class="a">${esc(answerText(q, response.answers[q.id], l))}</p>`,
            )
            .join('')
        : '';
      return `<section><h3>${esc(`${r.name} — ${l.refereeStatuses[r.status]}`)}</h3><dl>${details}</dl>${answers}</section>`;
    })
    .join('');

  return page(
    language,
    `${l.title}: ${c.candidateName}`,
    `<p class="muted">${esc(l.title)} · ${esc(w.shared)}</p>
<h1>${esc(c.candidateName)}</h1>
<dl>${facts}</dl>
${summaryBlock(report, l, locale)}
<h2>${esc(l.ratings)}</h2>
${ratings}${cards}
<h2>${esc(l.referees)}</h2>
${referees || `<p class="muted">${esc(w.noResponses)}</p>`}`,
  );
}

/** The report's summary block, in the words of the PDF's (the same facts, from the same summary). */
function summaryBlock(report: TReport, l: PdfLabels, locale: string): string {
  const s = summaryText(report.summary, l, locale);
  const facts = s.facts.map((f) => fact(f.label, f.value)).join('');
  const disagreements = s.disagreements.length
    ? `<ul class="disagreements">${s.disagreements.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>`
    : `<p class="muted">${esc(l.summary.noDisagreements)}</p>`;
  return `<section class="summary" data-testid="report-summary"><h2>${esc(l.summary.title)}</h2>
<p>${esc(s.counts)}</p><dl>${facts}</dl>
<h3>${esc(l.summary.disagreements)}</h3>${disagreements}</section>`;
}
