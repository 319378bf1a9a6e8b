import { Alert, Center, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TIntroductionAnswerInfo } from '@vouch/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { errorMessage } from '../../app/errors.ts';
import { applyLanguage } from '../../i18n/index.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { isLinkGone } from '../auth/parts.tsx';

export type AnswerResult<A extends string> = TIntroductionAnswerInfo & { answer: A; recorded: boolean };

type Props<A extends string> = {
  /** The public answer route, e.g. `/api/public/introduction-answers`; the token follows. */
  endpoint: string;
  token: string | undefined;
  answer: A | undefined;
  /** Prefix of the page's test ids: `<testId>-done`, `<testId>-gone`. */
  testId: string;
  /** The answer that agrees (shown in teal). */
  positive: A;
  /** The sentence after the answer, told whether it was the one that agrees. */
  thanks: (agreed: boolean, names: { recruiter: string; contact: string }) => string;
};

/**
 * Where the buttons of an email with one-click answers lead (an introduction request, a referral
 * request): the answer is recorded as the page opens, with no further click. The POST runs as a
 * query on purpose: the cache runs it once per link, so React's double effects in development, a
 * re-render or a remount never send it twice.
 */
export function OneClickAnswerPage<A extends string>(props: Props<A>) {
  const { t } = useTranslation();
  const { endpoint, token, answer } = props;
  const result = useQuery({
    queryKey: ['one-click-answer', endpoint, token, answer],
    queryFn: () =>
      api<AnswerResult<A>>(`${endpoint}/${encodeURIComponent(token ?? '')}`, {
        method: 'POST',
        body: { answer },
        allowSignedOut: true,
      }),
    enabled: !!token && !!answer,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    refetchOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    meta: { silent: true },
  });
  // The page speaks the referrer's language, as the email did, whatever this browser prefers.
  const language = result.data?.language;
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);

  if (!token || !answer) {
    return (
      <AuthCard title={t('introductions.problemTitle')}>
        <Alert color="yellow">{t('introductions.incomplete')}</Alert>
      </AuthCard>
    );
  }
  if (result.isError) {
    return (
      <AuthCard title={t('introductions.problemTitle')}>
        <Alert color="yellow" data-testid={`${props.testId}-gone`}>
          {isLinkGone(result.error) ? t('introductions.gone') : errorMessage(result.error)}
        </Alert>
        {isLinkGone(result.error) && <Text c="dimmed">{t('introductions.goneHelp')}</Text>}
      </AuthCard>
    );
  }
  if (!result.data) {
    return (
      <AuthCard title={t('introductions.recording')}>
        <Center py="md">
          <Loader aria-label={t('introductions.recording')} />
        </Center>
      </AuthCard>
    );
  }

  const agreed = result.data.answer === props.positive;
  const names = { recruiter: result.data.recruiterName, contact: result.data.contactName };
  return (
    <AuthCard title={t('introductions.thanks')}>
      <Stack gap="md" data-testid={`${props.testId}-done`}>
        <ThemeIcon size={48} radius="xl" color={agreed ? 'teal' : 'indigo'} variant="light" aria-hidden>
          <Text fz={26} fw={700} lh={1}>
            ✓
          </Text>
        </ThemeIcon>
        <Text size="lg">{props.thanks(agreed, names)}</Text>
        {!result.data.recorded && <Text c="dimmed">{t('introductions.alreadyMoved', names)}</Text>}
        <Text c="dimmed" size="sm">
          {t('introductions.closePage')}
        </Text>
      </Stack>
    </AuthCard>
  );
}
