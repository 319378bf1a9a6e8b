import { Alert, Button, Center, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { TIntroductionAnswerInfo } from '@vouch/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiBody } from '../../app/api-paths.ts';
import { errorMessage } from '../../app/errors.ts';
import { authKeys } from '../../app/query-keys.ts';
import { applyLanguage } from '../../i18n/index.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { isLinkGone } from '../auth/parts.tsx';
import { type AnswerEndpoint, answerLinkInfo, sendAnswer } from './answer-links.api.ts';

export type AnswerResult<A extends string> = TIntroductionAnswerInfo & {
  answer: A;
  statusChanged: boolean;
  recruiterTold: boolean;
};

type Names = { recruiter: string; contact: string; company: string };

type Props<A extends string> = {
  /** The public answer route, e.g. `/api/public/introduction-answers`. */
  endpoint: AnswerEndpoint;
  token: string | undefined;
  /** The answer the email's button carried: offered first. */
  answer: A | undefined;
  /** Both answers, in the email's order. */
  answers: readonly A[];
  label: (answer: A) => string;
  /** Prefix of the page's test ids: `<testId>-choice`, `<testId>-done`, `<testId>-gone`. */
  testId: string;
  /** What was asked, e.g. "Claire at Acme asked you to introduce Raymond Holt." */
  question: (names: Names) => string;
  /** The answer that agrees (shown in teal). */
  positive: A;
  /** The sentence after the answer, told whether it was the one that agrees. */
  thanks: (agreed: boolean, names: Names) => string;
};

/**
 * Where the buttons of an email with one-click answers lead (an introduction request, a referral
 * request). Opening the page only reads what the link is about: mail scanners (Outlook's Safe Links
 * and others) open links to check them, and must never answer for the person. The answer is sent
 * when the person presses a button, as a POST with the token in its body; once sent, the buttons
 * give way to the thanks, and the used link reads as used on a reload.
 */
export function OneClickAnswerPage<A extends string>(props: Props<A>) {
  const { t } = useTranslation();
  const { endpoint, token } = props;
  const info = useQuery({
    queryKey: authKeys.oneClickAnswer(endpoint, token),
    queryFn: (): Promise<TIntroductionAnswerInfo> => answerLinkInfo(endpoint, token ?? ''),
    enabled: !!token,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    meta: { silent: true },
  });
  const send = useMutation({
    // The page only shows its buttons with a token; the answer comes back as it was sent.
    mutationFn: (answer: A) =>
      sendAnswer(endpoint, { token: token!, answer } as ApiBody<AnswerEndpoint, 'post'>) as Promise<AnswerResult<A>>,
    meta: { silent: true },
  });
  // A double click must send one answer: the second press would find the link used and say so.
  const pressed = useRef(false);
  const press = (answer: A) => {
    if (pressed.current) return;
    pressed.current = true;
    send.mutate(answer);
  };
  // The page speaks the referrer's language, as the email did, whatever this browser prefers.
  const language = info.data?.language;
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);

  if (!token) {
    return (
      <AuthCard title={t('introductions.problemTitle')}>
        <Alert color="yellow">{t('introductions.incomplete')}</Alert>
      </AuthCard>
    );
  }
  const error = info.error ?? send.error;
  if (error) {
    return (
      <AuthCard title={t('introductions.problemTitle')}>
        <Alert color="yellow" data-testid={`${props.testId}-gone`}>
          {isLinkGone(error) ? t('introductions.gone') : errorMessage(error)}
        </Alert>
        {isLinkGone(error) && <Text c="dimmed">{t('introductions.goneHelp')}</Text>}
      </AuthCard>
    );
  }
  if (!info.data) {
    return (
      <AuthCard title={t('introductions.opening')}>
        <Center py="md">
          <Loader aria-label={t('introductions.opening')} />
        </Center>
      </AuthCard>
    );
  }

  const names = {
    recruiter: info.data.recruiterName,
    contact: info.data.contactName,
    company: info.data.companyName,
  };
  if (send.data) {
    const agreed = send.data.answer === props.positive;
    return (
      <AuthCard title={t('introductions.thanks')}>
        <Stack gap="md" data-testid={`${props.testId}-done`}>
          <ThemeIcon size={48} radius="xl" color={agreed ? 'teal' : 'indigo'} variant="light" aria-hidden>
            <Text fz={26} fw={700} lh={1}>
              ✓
            </Text>
          </ThemeIcon>
          <Text size="lg">
            {send.data.recruiterTold ? props.thanks(agreed, names) : t('introductions.noted', names)}
          </Text>
          {send.data.recruiterTold && !send.data.statusChanged && (
            <Text c="dimmed">{t('introductions.alreadyMoved', names)}</Text>
          )}
          <Text c="dimmed" size="sm">
            {t('introductions.closePage')}
          </Text>
        </Stack>
      </AuthCard>
    );
  }

  // The link's own answer first and highlighted; the other stays one press away, in case of a slip.
  const ordered = props.answer ? [props.answer, ...props.answers.filter((a) => a !== props.answer)] : props.answers;
  return (
    <AuthCard title={t('introductions.choiceTitle')}>
      <Stack gap="md" data-testid={`${props.testId}-choice`}>
        <Text size="lg">{props.question(names)}</Text>
        <Stack gap="sm">
          {ordered.map((answer, i) => (
            <Button
              key={answer}
              size="md"
              fullWidth
              // Long answers ("Jag kan inte presentera dem") wrap on a phone instead of being cut off.
              h="auto"
              py="xs"
              styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
              variant={i === 0 && props.answer ? 'filled' : 'default'}
              loading={send.isPending && send.variables === answer}
              disabled={send.isPending && send.variables !== answer}
              onClick={() => press(answer)}
            >
              {props.label(answer)}
            </Button>
          ))}
        </Stack>
        <Text c="dimmed" size="sm">
          {t('introductions.choiceHint')}
        </Text>
      </Stack>
    </AuthCard>
  );
}
