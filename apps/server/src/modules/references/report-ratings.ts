import { allQuestions, type TAnswerValue, type TRatingSummary, type TReport } from '@vouch/contracts';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Per rating question: every answering referee's score side by side, the mean (1 decimal) and the spread. */
export function ratingSummaries(
  content: TReport['questionnaire'],
  answering: { id: string; name: string; answers: Record<string, TAnswerValue> }[],
): TRatingSummary[] {
  return allQuestions(content).flatMap((q) => {
    if (q.type !== 'rating') return [];
    const scores = answering.map((r) => {
      const value = r.answers[q.id];
      return { refereeId: r.id, refereeName: r.name, score: typeof value === 'number' ? value : null };
    });
    const numbers = scores.map((s) => s.score).filter((s): s is number => s !== null);
    return [
      {
        questionId: q.id,
        label: q.label,
        scale: q.scale,
        minLabel: q.minLabel,
        maxLabel: q.maxLabel,
        scores,
        mean: numbers.length ? round1(numbers.reduce((a, b) => a + b, 0) / numbers.length) : null,
        spread: numbers.length ? Math.max(...numbers) - Math.min(...numbers) : null,
      },
    ];
  });
}
