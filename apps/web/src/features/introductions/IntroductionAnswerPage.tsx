import { Alert, Center, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { TIntroductionAnswer, TIntroductionAnswerResult } from '@vouch/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { errorMessage } from '../../app/errors.ts';
import { applyLanguage } from '../../i18n/index.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { isLinkGone } from '../auth/parts.tsx';

const route = getRouteApi('/introductions/answer');

/**
 * Where the two buttons of an introduction request lead: the answer is recorded as the page opens,
 * with no further click. The POST runs as a query on purpose: the cache runs it once per link, so
 * React's double effects in development, a re-render or a remount never send it twice.
 */
function useAnswer(token: string | undefined, answer: TIntroductionAnswer | undefined) {
  return useQuery({
    queryKey: ['introduction-answer', token, answer],
    queryFn: () =>
      api<TIntroductionAnswerResult>(`/api/public/introduction-answers/${encodeURIComponent(token ?? '')}`, {
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
}

export function IntroductionAnswerPage() {
  const { t } = useTranslation();
  const { token, answer } = route.useSearch();
  const result = useAnswer(token, answer);
  // The page speaks the employee's language, as the email did, whatever this browser prefers.
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
        <Alert color="yellow" data-testid="introduction-answer-gone">
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

  const { recruiterName: recruiter, contactName: contact } = result.data;
  const introduced = result.data.answer === 'introduced';
  return (
    <AuthCard title={t('introductions.thanks')}>
      <Stack gap="md" data-testid="introduction-answer-done">
        <ThemeIcon size={48} radius="xl" color={introduced ? 'teal' : 'indigo'} variant="light" aria-hidden>
          <Text fz={26} fw={700} lh={1}>
            ✓
          </Text>
        </ThemeIcon>
        <Text size="lg">
          {introduced
            ? t('introductions.introduced', { recruiter, contact })
            : t('introductions.declined', { recruiter, contact })}
        </Text>
        {!result.data.recorded && <Text c="dimmed">{t('introductions.alreadyMoved', { recruiter, contact })}</Text>}
        <Text c="dimmed" size="sm">
          {t('introductions.closePage')}
        </Text>
      </Stack>
    </AuthCard>
  );
}
