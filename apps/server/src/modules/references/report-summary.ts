import {
  allQuestions,
  type TAnswerValue,
  type TReferee,
  type TReport,
  type TReportDisagreement,
  type TReportSummary,
  VERIFICATION_STATES,
} from '@vouch/contracts';

type Answering = { id: string; name: string; answers: Record<string, TAnswerValue> };

/**
 * A rating question counts as a disagreement when its scores lie at least this share of the scale
 * apart: 2 steps on a 1–5 scale, 3 on 1–7, 4 on 1–10. One step is taste; two is a different person.
 */
const DISAGREEMENT_SHARE = 0.4;
const MAX_DISAGREEMENTS = 5;

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (ns: number[]) => (ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : null);

function median(ns: number[]): number | null {
  if (!ns.length) return null;
  const sorted = [...ns].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The scale most rating questions use (the earlier question's on a tie), so an overall mean reads like an answer. */
function commonScale(scales: number[]): number | null {
  const counts = new Map<number, number>();
  for (const s of scales) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: number | null = null;
  for (const [scale, count] of counts) {
    if (best === null || count > counts.get(best)!) best = scale;
  }
  return best;
}

/** A score on a 1–`from` scale put on 1–`to`, so a 6 of 7 and a 4 of 5 can be averaged. */
const rescale = (score: number, from: number, to: number) =>
  from === to ? score : 1 + ((score - 1) * (to - 1)) / (from - 1);

/** The report's summary block from what the report already holds: the check, the questions, the answers. */
export function reportSummary(
  check: { refereesWanted: number; referees: TReferee[] },
  content: TReport['questionnaire'],
  answering: Answering[],
): TReportSummary {
  const questions = allQuestions(content);
  const named = check.referees.filter((r) => r.status !== 'removed');
  return {
    refereesWanted: check.refereesWanted,
    answered: named.filter((r) => r.status === 'answered').length,
    declined: named.filter((r) => r.status === 'declined').length,
    bounced: named.filter((r) => r.status === 'bounced').length,
    overall: overallRating(questions, answering),
    rehire: rehireCounts(questions, answering),
    disagreements: disagreements(questions, answering),
    responseHours: responseHours(named),
    verification: VERIFICATION_STATES.map((state) => ({
      state,
      count: named.filter((r) => r.verification === state).length,
    })).filter((v) => v.count > 0),
    verifiedByCode: {
      email: named.filter((r) => r.verifiedBy === 'email').length,
      phone: named.filter((r) => r.verifiedBy === 'phone').length,
    },
  };
}

type Question = ReturnType<typeof allQuestions>[number];

function overallRating(questions: Question[], answering: Answering[]): TReportSummary['overall'] {
  const ratings = questions.flatMap((q) => (q.type === 'rating' ? [q] : []));
  const scale = commonScale(ratings.map((q) => q.scale));
  const perReferee = answering.map((r) => {
    const scores = ratings.flatMap((q) => {
      const value = r.answers[q.id];
      return typeof value === 'number' && scale ? [rescale(value, q.scale, scale)] : [];
    });
    return { refereeId: r.id, refereeName: r.name, scores, mean: mean(scores) };
  });
  const all = perReferee.flatMap((r) => r.scores);
  const means = perReferee.flatMap((r) => (r.mean === null ? [] : [r.mean]));
  const overall = mean(all);
  return {
    scale,
    mean: overall === null ? null : round1(overall),
    spread: means.length < 2 ? null : round1(Math.max(...means) - Math.min(...means)),
    referees: perReferee.map((r) => ({
      refereeId: r.refereeId,
      refereeName: r.refereeName,
      mean: r.mean === null ? null : round1(r.mean),
    })),
  };
}

function rehireCounts(questions: Question[], answering: Answering[]): TReportSummary['rehire'] {
  const question = questions.find((q) => q.id === 'rehire' && q.type === 'yes_no');
  if (!question) return null;
  const values = answering.map((r) => r.answers[question.id]);
  const yes = values.filter((v) => v === true).length;
  const no = values.filter((v) => v === false).length;
  return { label: question.label, yes, no, unanswered: values.length - yes - no };
}

/** Rating questions scored far apart and yes/no questions answered both ways, the widest first. */
function disagreements(questions: Question[], answering: Answering[]): TReportDisagreement[] {
  const found: (TReportDisagreement & { share: number })[] = [];
  for (const q of questions) {
    if (q.type !== 'rating' && q.type !== 'yes_no') continue;
    const given = answering.flatMap((r) => {
      const value = r.answers[q.id];
      const fits = q.type === 'rating' ? typeof value === 'number' : typeof value === 'boolean';
      return fits ? [{ refereeId: r.id, refereeName: r.name, value: value as number | boolean }] : [];
    });
    if (given.length < 2) continue;
    const sorted = [...given].sort((a, b) => Number(a.value) - Number(b.value));
    const low = sorted[0];
    const high = sorted[sorted.length - 1];
    if (q.type === 'yes_no') {
      if (low.value !== high.value) found.push({ ...base(q), scale: null, spread: null, low, high, share: 1 });
      continue;
    }
    const spread = Number(high.value) - Number(low.value);
    const share = spread / (q.scale - 1);
    if (share >= DISAGREEMENT_SHARE)
      found.push({ ...base(q), kind: 'rating', scale: q.scale, spread, low, high, share });
  }
  return found
    .sort((a, b) => b.share - a.share)
    .slice(0, MAX_DISAGREEMENTS)
    .map(({ share: _share, ...d }) => d);
}

const base = (q: Question) => ({ questionId: q.id, label: q.label, kind: q.type as 'rating' | 'yes_no' });

function responseHours(referees: TReferee[]): TReportSummary['responseHours'] {
  const hours = referees.flatMap((r) =>
    r.status === 'answered' && r.invitedAt && r.answeredAt
      ? [Math.max(0, Date.parse(r.answeredAt) - Date.parse(r.invitedAt)) / 3_600_000]
      : [],
  );
  const m = median(hours);
  return {
    median: m === null ? null : round2(m),
    fastest: hours.length ? round2(Math.min(...hours)) : null,
    slowest: hours.length ? round2(Math.max(...hours)) : null,
  };
}
