import { getRouteApi } from '@tanstack/react-router';
import type { TIntroductionAnswer } from '@vouch/contracts';
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
      testId="introduction-answer"
      positive="introduced"
      thanks={(agreed, names) => (agreed ? t('introductions.introduced', names) : t('introductions.declined', names))}
    />
  );
}
