import { getRouteApi } from '@tanstack/react-router';
import { INTRODUCTION_ANSWERS, type TIntroductionAnswer } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { OneClickAnswerPage } from '../answer-links/OneClickAnswerPage.tsx';

const route = getRouteApi('/introductions/answer');

/** The employee's answer to an introduction request, from the email's buttons. */
export function IntroductionAnswerPage() {
  const { t } = useTranslation();
  const { token, answer } = route.useSearch();
  return (
    <OneClickAnswerPage<TIntroductionAnswer>
      endpoint="/api/public/introduction-answers"
      token={token}
      answer={answer}
      answers={INTRODUCTION_ANSWERS}
      label={(a) => t(`board.answers.${a}`)}
      testId="introduction-answer"
      question={(names) => t('introductions.question', names)}
      positive="introduced"
      thanks={(agreed, names) => (agreed ? t('introductions.introduced', names) : t('introductions.declined', names))}
    />
  );
}
