import { Alert, Button, Card, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import {
  STATUSES_BY_SOURCE,
  type TNetworkReferral,
  type TNetworkReferralDetail,
  type TReferralStatus,
} from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, notifySuccess } from '../../app/errors.ts';
import { useDepartments } from '../jobs/jobs.api.ts';
import { useChangeStatus, useFileUnderDepartment, useRequestIntroduction } from './referrals.api.ts';

type Props = { referral: TNetworkReferralDetail };

/** Statuses from which the employee can still be asked (a resend while they have not answered). */
const REQUESTABLE: readonly TReferralStatus[] = ['passed_on', 'introduction_requested'];

type StatusChangeProps = {
  referral: Pick<TNetworkReferral, 'id' | 'status' | 'source'>;
  /** After a saved change, e.g. to close the popover it sits in. */
  onSaved?: () => void;
  /** Inside a popover the list opens in place, so choosing a status does not count as a click outside. */
  inPopover?: boolean;
};

/** "The pencil": a status that fits how the referral began, with a note for the timeline. */
export function StatusChange({ referral, onSaved, inPopover = false }: StatusChangeProps) {
  const { t } = useTranslation();
  const change = useChangeStatus();
  const [status, setStatus] = useState<TReferralStatus | null>(null);
  const [note, setNote] = useState('');
  const same = status === referral.status;
  const save = () => {
    if (!status || same) return;
    change.mutate(
      { id: referral.id, body: { status, note: note.trim() || null } },
      {
        onSuccess: () => {
          notifySuccess(t('referralsArea.drawer.statusChanged', { status: t(`referralsArea.status.${status}`) }));
          setStatus(null);
          setNote('');
          onSaved?.();
        },
      },
    );
  };
  return (
    <Stack gap="xs">
      <Title order={4}>{t('referralsArea.drawer.changeStatus')}</Title>
      <Select
        label={t('referralsArea.drawer.status')}
        data={STATUSES_BY_SOURCE[referral.source].map((s) => ({ value: s, label: t(`referralsArea.status.${s}`) }))}
        value={status}
        onChange={(value) => setStatus(value as TReferralStatus | null)}
        error={same ? t('referralsArea.drawer.sameStatus') : undefined}
        searchable
        comboboxProps={inPopover ? { withinPortal: false } : undefined}
        data-testid="status-select"
      />
      <Textarea
        label={t('referralsArea.drawer.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={1000}
        autosize
        minRows={2}
        data-testid="status-note"
      />
      {change.error && <Alert color="red">{errorMessage(change.error)}</Alert>}
      <Group>
        <Button onClick={save} disabled={!status || same} loading={change.isPending} data-testid="status-save">
          {t('referralsArea.drawer.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The recruiter's choice of department, which decides whose default view shows the referral. */
export function DepartmentSelect({ referral }: Props) {
  const { t } = useTranslation();
  const departments = useDepartments();
  const file = useFileUnderDepartment();
  return (
    <Stack gap={4}>
      <Select
        aria-label={t('referralsArea.drawer.department')}
        placeholder={t('referralsArea.drawer.noDepartment')}
        data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        value={referral.department?.id ?? null}
        onChange={(value) =>
          file.mutate(
            { id: referral.id, body: { departmentId: value } },
            { onSuccess: () => notifySuccess(t('referralsArea.drawer.departmentSaved')) },
          )
        }
        clearable
        disabled={file.isPending}
        size="xs"
        w={220}
        data-testid="department-select"
      />
      {file.error && (
        <Text size="xs" c="red">
          {errorMessage(file.error)}
        </Text>
      )}
    </Stack>
  );
}

/** Asks the employee, by email, to make the introduction they offered. */
export function RequestIntroduction({ referral }: Props) {
  const { t } = useTranslation();
  const request = useRequestIntroduction();
  const [message, setMessage] = useState('');
  if (!REQUESTABLE.includes(referral.status)) return null;
  const again = referral.status === 'introduction_requested';
  return (
    <Card withBorder padding="md" data-testid="request-introduction">
      <Stack gap="xs">
        <Title order={4}>{t('referralsArea.drawer.requestTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('referralsArea.drawer.requestHint')}
        </Text>
        <Textarea
          label={t('referralsArea.drawer.requestMessage')}
          placeholder={t('referralsArea.drawer.requestPlaceholder')}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
          data-testid="request-message"
        />
        {request.error && <Alert color="red">{errorMessage(request.error)}</Alert>}
        {request.isSuccess && <Alert color="teal">{t('referralsArea.drawer.requested')}</Alert>}
        <Group>
          <Button
            onClick={() =>
              request.mutate(
                { id: referral.id, body: { message: message.trim() || null } },
                { onSuccess: () => setMessage('') },
              )
            }
            loading={request.isPending}
            variant={again ? 'default' : 'filled'}
            data-testid="request-introduction-button"
          >
            {again ? t('referralsArea.drawer.requestAgain') : t('referralsArea.drawer.request')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
