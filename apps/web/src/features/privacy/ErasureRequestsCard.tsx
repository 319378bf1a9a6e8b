import { Badge, Button, Card, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { type TErasureRequestItem, ZKeepDataRequest } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { erasureRequestsQuery, useEraseRequestedNow, useKeepRequestedData } from './privacy.api.ts';

/** The admin records why the data must stay (a legal claim, a duty to keep records); the job then skips it. */
function KeepModal({ request, onClose }: { request: TErasureRequestItem; onClose: () => void }) {
  const { t } = useTranslation();
  const keep = useKeepRequestedData();
  const form = useForm({ initialValues: { reason: '' }, validate: zodValidate(ZKeepDataRequest) });
  return (
    <Modal opened onClose={onClose} title={t('privacy.requests.keepTitle', { name: request.name })}>
      <form
        noValidate
        onSubmit={form.onSubmit((body) =>
          keep.mutate(
            { id: request.id, body },
            {
              onSuccess: () => {
                notifySuccess(t('privacy.requests.kept'));
                onClose();
              },
              onError: (error) => handleFormError(form, error),
            },
          ),
        )}
      >
        <Stack>
          <Textarea
            label={t('privacy.requests.reason')}
            description={t('privacy.requests.reasonHint')}
            autosize
            minRows={2}
            data-testid="keep-reason"
            {...form.getInputProps('reason')}
          />
          <FormActions submitLabel={t('privacy.requests.keep')} loading={keep.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

function StatusOf({ request }: { request: TErasureRequestItem }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (request.erasedAt)
    return <Badge color="gray">{t('privacy.requests.erasedOn', { date: f.date(request.erasedAt) })}</Badge>;
  if (request.keptAt)
    return (
      <Text size="sm">
        {t('privacy.requests.keptBy', {
          name: request.keptByName ?? t('common.none'),
          reason: request.keepReason ?? '',
          interpolation: { escapeValue: false },
        })}
      </Text>
    );
  return <Badge color="orange">{t('privacy.requests.waiting')}</Badge>;
}

/** Company settings → Privacy: candidates' and referees' own erasure requests, with their due dates. */
export function ErasureRequestsCard() {
  const { t } = useTranslation();
  const f = useFormat();
  const requests = useQuery(erasureRequestsQuery);
  const eraseNow = useEraseRequestedNow();
  const [keeping, setKeeping] = useState<TErasureRequestItem | null>(null);
  const rows = requests.data ?? [];
  const erase = async (request: TErasureRequestItem) => {
    const ok = await confirmAction({
      message: t('privacy.requests.eraseConfirm', { name: request.name }),
      confirmLabel: t('privacy.requests.eraseNow'),
    });
    if (ok) eraseNow.mutate(request.id, { onSuccess: () => notifySuccess(t('privacy.requests.erased')) });
  };
  return (
    <Card withBorder padding="lg">
      <Text size="sm" c="dimmed" mb="sm">
        {t('privacy.requests.intro')}
      </Text>
      <QueryState isLoading={requests.isLoading} error={requests.error} onRetry={() => requests.refetch()} />
      {requests.data && rows.length === 0 && <Text size="sm">{t('privacy.requests.none')}</Text>}
      {rows.length > 0 && (
        <Table data-testid="erasure-requests">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('privacy.requests.person')}</Table.Th>
              <Table.Th>{t('privacy.requests.asked')}</Table.Th>
              <Table.Th>{t('privacy.requests.due')}</Table.Th>
              <Table.Th>{t('privacy.requests.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  {r.name || t('privacy.requests.erasedPerson')}{' '}
                  <Text span size="sm" c="dimmed">
                    ({t(`privacy.subjects.${r.subjectKind}`)})
                  </Text>
                </Table.Td>
                <Table.Td>{f.date(r.requestedAt)}</Table.Td>
                <Table.Td>{f.date(r.dueAt)}</Table.Td>
                <Table.Td>
                  <StatusOf request={r} />
                </Table.Td>
                <Table.Td>
                  {!r.erasedAt && (
                    <Group gap="xs" wrap="nowrap">
                      {!r.keptAt && (
                        <Button size="xs" variant="light" onClick={() => setKeeping(r)}>
                          {t('privacy.requests.keep')}
                        </Button>
                      )}
                      <Button
                        size="xs"
                        color="red"
                        variant="subtle"
                        onClick={() => erase(r)}
                        loading={eraseNow.isPending}
                      >
                        {t('privacy.requests.eraseNow')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {keeping && <KeepModal request={keeping} onClose={() => setKeeping(null)} />}
    </Card>
  );
}
