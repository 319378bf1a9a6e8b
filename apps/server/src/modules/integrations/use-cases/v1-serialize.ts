import {
  allQuestions,
  type TReport,
  type TReportDisagreement,
  type TReportSummary,
  type TV1ReferenceCheck,
  type TV1Report,
  type TV1ReportSummary,
} from '@vouch/contracts';

/** The API's snake_case report, from the references module's report (its check: see v1-check-documents.repo.ts). */

export function v1ReportOf(report: TReport, v1Check: TV1ReferenceCheck): TV1Report {
  const sectionOf = new Map(report.questionnaire.sections.flatMap((s) => s.questions.map((q) => [q.id, s.title])));
  return {
    check: v1Check,
    summary: v1SummaryOf(report.summary),
    questions: allQuestions(report.questionnaire).map((q) => ({
      id: q.id,
      section: sectionOf.get(q.id) ?? '',
      type: q.type,
      label: q.label,
      options: 'options' in q ? q.options.map((o) => ({ id: o.id, label: o.label })) : null,
    })),
    rating_summaries: report.ratingSummaries.map((s) => ({
      question_id: s.questionId,
      label: s.label,
      scale: s.scale,
      mean: s.mean,
      spread: s.spread,
      scores: s.scores.map((x) => ({ referee_id: x.refereeId, score: x.score })),
    })),
    responses: report.responses.map((r) => ({
      referee: {
        id: r.referee.id,
        name: r.referee.name,
        relationship: r.referee.relationship,
        company: r.referee.company,
        email: r.referee.email,
        answered_at: r.referee.answeredAt,
      },
      answers: r.answers,
      seconds_to_answer: r.secondsToAnswer,
    })),
    fraud_signals: report.fraudSignals.map((f) => ({
      kind: f.kind,
      referee_id: f.refereeId,
      reviewed: f.reviewedAt !== null,
      created_at: f.createdAt,
    })),
    generated_at: report.generatedAt,
  };
}

const v1End = (e: TReportDisagreement['low']) => ({
  referee_id: e.refereeId,
  referee_name: e.refereeName,
  value: e.value,
});

/** The report's summary (the one the page and PDF show) in the API's names. */
function v1SummaryOf(s: TReportSummary): TV1ReportSummary {
  return {
    referees_wanted: s.refereesWanted,
    referees_answered: s.answered,
    referees_declined: s.declined,
    referees_bounced: s.bounced,
    overall: {
      scale: s.overall.scale,
      mean: s.overall.mean,
      spread: s.overall.spread,
      referees: s.overall.referees.map((r) => ({ referee_id: r.refereeId, referee_name: r.refereeName, mean: r.mean })),
    },
    rehire: s.rehire,
    disagreements: s.disagreements.map((d) => ({
      question_id: d.questionId,
      label: d.label,
      kind: d.kind,
      scale: d.scale,
      spread: d.spread,
      low: v1End(d.low),
      high: v1End(d.high),
    })),
    response_hours: s.responseHours,
    verification: s.verification,
    verified_by_code: s.verifiedByCode,
  };
}
