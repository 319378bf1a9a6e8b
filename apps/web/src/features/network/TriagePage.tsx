import { Badge, Button, Card, Grid, Group, Kbd, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { TNetworkMark, TTriageCard } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { fieldErrorText, notifyError } from '../../app/errors.ts';
import { Empty } from '../../ui/Empty.tsx';
import { ButtonLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { VisibleBonusesCard } from '../referrals/VisibleBonusesCard.tsx';
import { importsQuery } from './network.api.ts';
import { TriageCard } from './TriageCard.tsx';
import { TriageExplained } from './TriageExplained.tsx';
import { type MarkForm, useTriageSession } from './useTriageSession.ts';

const nameOf = (card: TTriageCard) => `${card.contact.firstName} ${card.contact.lastName}`.trim();

/** "Who do you know?": the employee's contacts one card at a time, most likely known first. */
export function TriagePage() {
  const { t } = useTranslation();
  const session = useTriageSession();
  const [jobError, setJobError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const current = session.cards[0] ?? null;

  const run = async (action: () => Promise<unknown>) => {
    setJobError(null);
    setNotice(null);
    try {
      await action();
    } catch (error) {
      const onJob = isApiError(error) ? error.errors.find((e) => e.field === 'jobId') : undefined;
      if (onJob) setJobError(fieldErrorText(onJob));
      else notifyError(error);
    }
  };
  const mark = (card: TTriageCard) => (choice: TNetworkMark, form: MarkForm) =>
    run(() => session.markCard(card, choice, form));
  const undo = () =>
    run(async () => {
      const last = session.last;
      if (!last || session.busy) return;
      const undone = await session.undo();
      setNotice(undone ? t('triage.undone', { name: nameOf(last.card) }) : t('triage.undoClosed'));
    });
  useHotkeys([['u', undo]]);

  const last = session.last;
  return (
    <>
      <PageHeader
        title={t('triage.title')}
        subtitle={t('triage.subtitle')}
        actions={
          <>
            {session.queue.data && (
              <Badge size="lg" variant="light" tt="none" data-testid="triage-left">
                {t('triage.left', { count: session.remaining })}
              </Badge>
            )}
            <ButtonLink to="/network" variant="default">
              {t('triage.back')}
            </ButtonLink>
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <QueryState
              isLoading={session.queue.isLoading}
              error={session.queue.error}
              onRetry={() => session.queue.refetch()}
            />
            {current && (
              <TriageCard
                key={current.contact.id}
                card={current}
                busy={session.busy}
                jobError={jobError}
                onMark={mark(current)}
                onSkip={() => run(() => session.skipCard(current))}
              />
            )}
            {session.queue.isSuccess && !current && !session.queue.isFetching && <TriageDone />}
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" c="dimmed" data-testid="triage-last">
                {notice ??
                  (last &&
                    (last.kind === 'skip'
                      ? t('triage.lastSkipped', { name: nameOf(last.card) })
                      : t('triage.lastMarked', { name: nameOf(last.card), mark: t(`triage.marks.${last.mark}`) })))}
              </Text>
              <Button
                variant="subtle"
                leftSection={<Kbd>U</Kbd>}
                onClick={undo}
                disabled={!last || session.busy}
                style={{ flexShrink: 0 }}
                data-testid="triage-undo"
              >
                {t('triage.undo')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <TriageExplained />
            <VisibleBonusesCard />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** The end of the queue: done, or nothing imported yet. */
function TriageDone() {
  const { t } = useTranslation();
  const imports = useQuery(importsQuery);
  if (imports.isLoading) return null;
  const none = !imports.data?.length;
  return (
    <Card withBorder data-testid="triage-empty">
      <Empty
        title={none ? t('triage.empty.noneTitle') : t('triage.empty.doneTitle')}
        description={none ? t('triage.empty.noneText') : t('triage.empty.doneText')}
        action={
          none ? (
            <ButtonLink to="/network">{t('triage.empty.noneAction')}</ButtonLink>
          ) : (
            <ButtonLink to="/network" search={{ tab: 'referrals' }}>
              {t('triage.empty.doneAction')}
            </ButtonLink>
          )
        }
      />
    </Card>
  );
}
