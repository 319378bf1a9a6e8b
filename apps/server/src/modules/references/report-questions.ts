import { allQuestions, type TLanguage, type TQuestionnaireContent } from '@vouch/contracts';

/**
 * The questions a report lists. Language versions of a questionnaire share question ids, so every
 * referee's answer sits under the same question whatever language they answered in, worded as in
 * the check's own version. A question only another version has (added while translating) follows
 * in a section of its own, so no answer goes missing.
 */

const ONLY_IN: Record<TLanguage, Record<TLanguage, string>> = {
  en: { en: 'Only in the English version', sv: 'Only in the Swedish version' },
  sv: { en: 'Bara i den engelska versionen', sv: 'Bara i den svenska versionen' },
};

export function reportQuestions(
  own: TQuestionnaireContent,
  ownLanguage: TLanguage,
  others: { language: TLanguage; content: TQuestionnaireContent }[],
): TQuestionnaireContent {
  const seen = new Set(allQuestions(own).map((q) => q.id));
  const extra = others.flatMap(({ language, content }) => {
    const questions = allQuestions(content).filter((q) => !seen.has(q.id));
    for (const q of questions) seen.add(q.id);
    if (!questions.length) return [];
    return [{ id: `only-${language}`, title: ONLY_IN[ownLanguage][language], help: null, questions }];
  });
  return extra.length ? { ...own, sections: [...own.sections, ...extra] } : own;
}
