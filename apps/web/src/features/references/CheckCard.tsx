import { Button, Card, Group, Menu, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { TReferee, TReferenceCheck } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../app/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { Fact } from '../../ui/Fact.tsx';
import { ButtonLink } from '../../ui/links.tsx';
import { CheckStatusBadge } from './CheckStatusBadge.tsx';
import { CheckTimeline } from './CheckTimeline.tsx';
import { RefereeFormModal } from './RefereeFormModal.tsx';
import { RefereeRow } from './RefereeRow.tsx';
import { copyToClipboard, useCheckActions } from './references.api.ts';

/** One check on the candidate's References tab: what it is, its referees and every action on it. */
export function CheckCard({ check }: { check: TReferenceCheck }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const actions = useCheckActions(check);
  // The referee being edited, `null` for a new one, `undefined` when the form is closed.
  const [editing, setEditing] = useState<TReferee | null | undefined>(undefined);
  const open = check.status === 'awaiting_referees' || check.status === 'in_progress';
  const channel = (c: TReferenceCheck['candidateChannel']) => t(`referenceChecks.channels.${c}`);

  const candidateLink = (send: boolean) =>
    actions.candidateLink.mutate(send, {
      onSuccess: async ({ url }) => {
        if (send) return notifySuccess(t('referenceChecks.actions.candidateLinkSent'));
        try {
          await copyToClipboard(url);
          notifySuccess(t('referenceChecks.referee.linkCopied'));
        } catch (error) {
          notifyError(error);
        }
      },
    });
  const finish = async (kind: 'close' | 'cancel') => {
    const ok = await confirmAction({
      message: t(`referenceChecks.confirm.${kind}`),
      confirmLabel: t(`referenceChecks.actions.${kind}`),
    });
    if (!ok) return;
    actions[kind].mutate(undefined, {
      onSuccess: () => notifySuccess(t(kind === 'close' ? 'referenceChecks.closed' : 'referenceChecks.cancelled')),
    });
  };

  return (
    <Card withBorder padding="lg" data-testid={`check-card-${check.id}`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={3} size="h5">
              {check.jobTitle ?? t('referenceChecks.check.noJob')}
            </Title>
            <CheckStatusBadge summary={check} />
          </Stack>
          <Group gap="xs">
            {(check.status === 'completed' || check.referees.some((r) => r.status === 'answered')) && (
              <ButtonLink
                to="/reference-checks/$checkId/report"
                params={{ checkId: check.id }}
                variant={check.status === 'completed' ? 'filled' : 'default'}
                size="xs"
                data-testid="check-report"
              >
                {t('referenceChecks.actions.report')}
              </ButtonLink>
            )}
            {open && (
              <Button size="xs" variant="light" onClick={() => setEditing(null)} data-testid="check-add-referee">
                {t('referenceChecks.actions.addReferee')}
              </Button>
            )}
            {open && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button size="xs" variant="default" data-testid="check-menu">
                    {t('referenceChecks.actions.checkActions')} ▾
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {check.candidateChannel !== 'none' && (
                    <>
                      <Menu.Item onClick={() => candidateLink(false)} data-testid="check-copy-candidate-link">
                        {t('referenceChecks.actions.copyCandidateLink')}
                      </Menu.Item>
                      <Menu.Item onClick={() => candidateLink(true)} data-testid="check-resend-candidate-link">
                        {t('referenceChecks.actions.resendCandidateLink')}
                      </Menu.Item>
                      <Menu.Divider />
                    </>
                  )}
                  <Menu.Item onClick={() => finish('close')} data-testid="check-close">
                    {t('referenceChecks.actions.close')}
                  </Menu.Item>
                  <Menu.Item color="red" onClick={() => finish('cancel')} data-testid="check-cancel">
                    {t('referenceChecks.actions.cancel')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Fact label={t('referenceChecks.check.questionnaire')}>
            {t('referenceChecks.check.version', { name: check.templateName, version: check.templateVersion })}
          </Fact>
          <Fact label={t('referenceChecks.check.channels')}>
            {t('referenceChecks.check.channelLine', {
              candidate: channel(check.candidateChannel),
              referee: channel(check.refereeChannel),
            })}
          </Fact>
          <Fact label={t('referenceChecks.check.created')}>{fmt.dateTime(check.createdAt)}</Fact>
          <Fact label={t('referenceChecks.check.consent')}>
            {check.candidateChannel === 'none'
              ? t('common.none')
              : check.candidateConsentAt
                ? t('referenceChecks.check.consentGiven', { date: fmt.date(check.candidateConsentAt) })
                : t('referenceChecks.check.consentMissing')}
            {check.candidateNextReminderAt && (
              <Text size="xs" c="dimmed" data-testid="candidate-next-reminder">
                {t('referenceChecks.nextReminder', { at: fmt.dateTime(check.candidateNextReminderAt) })}
              </Text>
            )}
          </Fact>
        </SimpleGrid>
        {check.closedEarly && (
          <Text size="sm" c="dimmed">
            {t('referenceChecks.check.closedEarly')}
          </Text>
        )}
        {check.referees.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('referenceChecks.referee.noReferees')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('referenceChecks.referee.name')}</Table.Th>
                  <Table.Th>{t('referenceChecks.referee.relationship')}</Table.Th>
                  <Table.Th>{t('referenceChecks.list.status')}</Table.Th>
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {check.referees.map((r) => (
                  <RefereeRow key={r.id} referee={r} actions={actions} open={open} onEdit={setEditing} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <CheckTimeline checkId={check.id} />
      </Stack>
      {editing !== undefined && (
        <RefereeFormModal
          actions={actions}
          referee={editing}
          language={check.language}
          askConsent={check.candidateChannel === 'none'}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Card>
  );
}
