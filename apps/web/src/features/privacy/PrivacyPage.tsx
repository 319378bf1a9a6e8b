import { Badge, Button, Card, Group, Modal, NumberInput, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { type TUpcomingAnonymisations, ZRetentionExtensionRequest } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { ErasureRequestsCard } from './ErasureRequestsCard.tsx';
import { extensionsQuery, receiptsQuery, retentionQuery, upcomingQuery, useExtendRetention } from './privacy.api.ts';
import { RetentionCard } from './RetentionCard.tsx';

type Upcoming = TUpcomingAnonymisations['candidates'][number];

/** Keep one candidate past the period, with the reason (their consent to keep), recorded with who and when. */
function ExtendModal({ candidate, onClose }: { candidate: Upcoming; onClose: () => void }) {
  const { t } = useTranslation();
  const extend = useExtendRetention();
  const form = useForm({
    initialValues: { candidateId: candidate.candidateId, months: 12 as number | string, reason: '' },
    validate: zodValidate(ZRetentionExtensionRequest),
  });
  return (
    <Modal opened onClose={onClose} title={t('privacy.upcoming.extendTitle', { name: candidate.name })}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          extend.mutate(
            { ...values, months: Number(values.months) },
            {
              onSuccess: () => {
                notifySuccess(t('privacy.upcoming.extended'));
                onClose();
              },
              onError: (error) => handleFormError(form, error),
            },
          ),
        )}
      >
        <Stack>
          <NumberInput
            label={t('privacy.upcoming.months')}
            min={1}
            max={36}
            allowDecimal={false}
            clampBehavior="none"
            {...form.getInputProps('months')}
          />
          <Textarea
            label={t('privacy.upcoming.reason')}
            description={t('privacy.upcoming.reasonHint')}
            autosize
            minRows={2}
            data-testid="extension-reason"
            {...form.getInputProps('reason')}
          />
          <FormActions submitLabel={t('privacy.upcoming.extend')} loading={extend.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

function UpcomingCard() {
  const { t } = useTranslation();
  const f = useFormat();
  const upcoming = useQuery(upcomingQuery);
  const [extending, setExtending] = useState<Upcoming | null>(null);
  const rows = upcoming.data?.candidates ?? [];
  return (
    <Card withBorder padding="lg">
      <Text size="sm" c="dimmed" mb="sm">
        {t('privacy.upcoming.intro', { days: upcoming.data?.days ?? 7 })}
      </Text>
      <QueryState isLoading={upcoming.isLoading} error={upcoming.error} onRetry={() => upcoming.refetch()} />
      {upcoming.data && (
        <Group gap="xs" mb="sm" data-testid="upcoming-counts">
          {(['candidates', 'checks', 'departedContacts', 'messages', 'webhookPayloads'] as const).map((kind) => (
            <Badge key={kind} variant="light" color={upcoming.data.counts[kind] ? 'orange' : 'gray'}>
              {t(`privacy.upcoming.counts.${kind}`, { count: upcoming.data.counts[kind] })}
            </Badge>
          ))}
        </Group>
      )}
      {upcoming.data && rows.length === 0 && <Text size="sm">{t('privacy.upcoming.none')}</Text>}
      {rows.length > 0 && (
        <Table data-testid="upcoming-anonymisations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('privacy.upcoming.candidate')}</Table.Th>
              <Table.Th>{t('privacy.upcoming.lastActivity')}</Table.Th>
              <Table.Th>{t('privacy.upcoming.due')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.candidateId}>
                <Table.Td>
                  <AnchorLink to="/candidates/$candidateId" params={{ candidateId: c.candidateId }}>
                    {c.name}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{f.date(c.lastActivityAt)}</Table.Td>
                <Table.Td>{f.date(c.dueAt)}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => setExtending(c)}>
                    {t('privacy.upcoming.extend')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {extending && <ExtendModal candidate={extending} onClose={() => setExtending(null)} />}
    </Card>
  );
}

function ExtensionsCard() {
  const { t } = useTranslation();
  const f = useFormat();
  const extensions = useQuery(extensionsQuery);
  const rows = extensions.data ?? [];
  return (
    <Card withBorder padding="lg">
      <QueryState isLoading={extensions.isLoading} error={extensions.error} onRetry={() => extensions.refetch()} />
      {extensions.data && rows.length === 0 && <Text size="sm">{t('privacy.extensions.none')}</Text>}
      {rows.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('privacy.upcoming.candidate')}</Table.Th>
              <Table.Th>{t('privacy.extensions.keepUntil')}</Table.Th>
              <Table.Th>{t('privacy.upcoming.reason')}</Table.Th>
              <Table.Th>{t('privacy.extensions.recorded')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <AnchorLink to="/candidates/$candidateId" params={{ candidateId: e.candidateId }}>
                    {e.candidateName}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{f.date(e.keepUntil)}</Table.Td>
                <Table.Td>{e.reason}</Table.Td>
                <Table.Td>
                  {f.dateTime(e.createdAt)} · {e.createdByName ?? t('common.none')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function ReceiptsCard() {
  const { t } = useTranslation();
  const f = useFormat();
  const receipts = useQuery(receiptsQuery);
  const rows = receipts.data ?? [];
  return (
    <Card withBorder padding="lg">
      <Text size="sm" c="dimmed" mb="sm">
        {t('privacy.receipts.intro')}
      </Text>
      <QueryState isLoading={receipts.isLoading} error={receipts.error} onRetry={() => receipts.refetch()} />
      {receipts.data && rows.length === 0 && <Text size="sm">{t('privacy.receipts.none')}</Text>}
      {rows.length > 0 && (
        <Table data-testid="erasure-receipts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('privacy.receipts.when')}</Table.Th>
              <Table.Th>{t('privacy.receipts.subject')}</Table.Th>
              <Table.Th>{t('privacy.receipts.erased')}</Table.Th>
              <Table.Th>{t('privacy.receipts.by')}</Table.Th>
              <Table.Th>{t('privacy.receipts.emailHash')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{f.dateTime(r.erasedAt)}</Table.Td>
                <Table.Td>{t(`privacy.subjects.${r.subjectKind}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {Object.entries(r.erased).map(([kind, n]) => (
                      <Badge key={kind} variant="light" size="sm">
                        {kind.replaceAll('_', ' ')} · {n}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{r.erasedByName ?? t('common.none')}</Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace" title={r.emailSha256 ?? undefined}>
                    {r.emailSha256 ? `${r.emailSha256.slice(0, 12)}…` : t('common.none')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** Company settings → Privacy (admins): retention, next week's dry run, extensions, people's erasure requests and receipts. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const retention = useQuery(retentionQuery);
  return (
    <>
      <PageHeader title={t('privacy.title')} subtitle={t('privacy.subtitle')} />
      <Stack gap="lg">
        <div>
          <Title order={3} size="h4" mb="sm">
            {t('privacy.retention.title')}
          </Title>
          <QueryState isLoading={retention.isLoading} error={retention.error} onRetry={() => retention.refetch()} />
          {retention.data && <RetentionCard settings={retention.data} />}
        </div>
        <div>
          <Title order={3} size="h4" mb="sm">
            {t('privacy.upcoming.title')}
          </Title>
          <UpcomingCard />
        </div>
        <div>
          <Title order={3} size="h4" mb="sm">
            {t('privacy.extensions.title')}
          </Title>
          <ExtensionsCard />
        </div>
        <div>
          <Title order={3} size="h4" mb="sm">
            {t('privacy.requests.title')}
          </Title>
          <ErasureRequestsCard />
        </div>
        <div>
          <Title order={3} size="h4" mb="sm">
            {t('privacy.receipts.title')}
          </Title>
          <ReceiptsCard />
        </div>
      </Stack>
    </>
  );
}
