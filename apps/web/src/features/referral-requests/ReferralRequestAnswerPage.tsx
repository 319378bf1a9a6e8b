import { getRouteApi } from '@tanstack/react-router';
import { REFERRAL_REQUEST_ANSWERS, type TReferralRequestAnswer } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { OneClickAnswerPage } from '../answer-links/OneClickAnswerPage.tsx';

const route = getRouteApi('/referral-requests/answer');

/** The colleague's answer to a referral request, from the email's buttons. */
export function ReferralRequestAnswerPage() {
  const { t } = useTranslation();
  const { token, answer } = route.useSearch();
  return (
    <OneClickAnswerPage<TReferralRequestAnswer>
      endpoint="/api/public/referral-request-answers"
      token={token}
      answer={answer}
      answers={REFERRAL_REQUEST_ANSWERS}
      label={(a) => t(`board.answers.${a}`)}
      testId="referral-request-answer"
      question={(names) => t('referralRequests.answer.question', names)}
      positive="will_reach_out"
      thanks={(agreed, names) =>
        agreed ? t('referralRequests.answer.willReachOut', names) : t('referralRequests.answer.notWellEnough', names)
      }
    />
  );
}
