import {
  allQuestions,
  type TReferenceCheck,
  type TReport,
  type TReportDisagreement,
  type TReportSummary,
  type TV1ReferenceCheck,
  type TV1Report,
  type TV1ReportSummary,
} from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import type { CheckViewWithExternalIds } from '../../references/index.ts';
import { candidateExternalIds, jobExternalIds } from '../external-ids.repo.ts';

/** The API's snake_case documents of a reference check and its report, from the references module's views. */

type ExternalIds = { candidates: Map<string, string | null>; jobs: Map<string, string | null> };

/** The ATS's ids of the checks' candidates and jobs, in two queries for a whole page. */
export async function externalIdsOf(db: Db, companyId: string, checks: TReferenceCheck[]): Promise<ExternalIds> {
  const candidateIds = [...new Set(checks.map((c) => c.candidateId))];
  const jobIds = [...new Set(checks.map((c) => c.jobId).filter((id): id is string => id !== null))];
  const candidateRows = candidateIds.length ? await candidateExternalIds(db, companyId, candidateIds) : [];
  const jobRows = jobIds.length ? await jobExternalIds(db, companyId, jobIds) : [];
  return {
    candidates: new Map(candidateRows.map((r) => [r.id, r.externalId])),
    jobs: new Map(jobRows.map((r) => [r.id, r.externalId])),
  };
}

/** The same, from checks loaded with their external ids (no query). */
export function externalIdsFrom(found: CheckViewWithExternalIds[]): ExternalIds {
  return {
    candidates: new Map(found.map((f) => [f.view.candidateId, f.candidateExternalId])),
    jobs: new Map(found.flatMap((f) => (f.view.jobId ? [[f.view.jobId, f.jobExternalId]] : []))),
  };
}

export function v1CheckOf(
  check: TReferenceCheck,
  ids: ExternalIds,
  config: Pick<Config, 'publicUrl'>,
): TV1ReferenceCheck {
  return {
    id: check.id,
    external_id: check.externalId,
    status: check.status,
    referees_wanted: check.refereesWanted,
    referees_answered: check.answered,
    referees: check.referees.flatMap((r) =>
      r.status === 'removed'
        ? []
        : [
            {
              id: r.id,
              name: r.name,
              relationship: r.relationship,
              status: r.status,
              answered_at: r.answeredAt,
              named_consent: r.namedConsent && {
                method: r.namedConsent.method,
                note: r.namedConsent.note,
                confirmed_at: r.namedConsent.confirmedAt,
                api_key_id: r.namedConsent.apiKeyId,
              },
            },
          ],
    ),
    report_url: check.status === 'completed' ? `${config.publicUrl}/reference-checks/${check.id}/report` : null,
    candidate_url: `${config.publicUrl}/candidates/${check.candidateId}?tab=references`,
    candidate: { id: check.candidateId, external_id: ids.candidates.get(check.candidateId) ?? null },
    job: check.jobId
      ? { id: check.jobId, external_id: ids.jobs.get(check.jobId) ?? null, title: check.jobTitle ?? '' }
      : null,
    template_id: check.templateId,
    sub_account_id: check.subAccountId,
    fraud_signal_count: check.fraudSignals,
    created_at: check.createdAt,
    updated_at: check.updatedAt,
    completed_at: check.completedAt,
  };
}

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
