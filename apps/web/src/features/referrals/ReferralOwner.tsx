import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ZTransferOwnershipRequest } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.ts';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { useMembers } from '../users/users.api.ts';
import { useReferralOwner, useTransferOwnership } from './ownership.api.ts';

type Owner = { referralId: string; membershipId: string; name: string };

/** A candidate's Referrals tab: "Referred by <name> (owner of the candidate)", and for admins a transfer. */
export function CandidateOwnerLine({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const owner = useReferralOwner(candidateId, null);
  if (owner.data === undefined) return null;
  return (
    <Group justify="space-between" data-testid="candidate-owner">
      <Text fw={500}>{owner.data ? t('owner.referredBy', { name: owner.data.name }) : t('owner.none')}</Text>
      {owner.data && <TransferOwnershipButton owner={owner.data} />}
    </Group>
  );
}

/** One submission's owner (a job on the candidate's Jobs tab), empty when the policy shows none. */
export function SubmissionOwner({ candidateId, jobId }: { candidateId: string; jobId: string }) {
  const owner = useReferralOwner(candidateId, jobId);
  if (!owner.data) return null;
  return (
    <Group gap="xs" wrap="nowrap" data-testid="submission-owner">
      <Text size="sm">{owner.data.name}</Text>
      <TransferOwnershipButton owner={owner.data} compact />
    </Group>
  );
}

/** The board's drawer: for admins, a transfer when this referral is the owner its context shows. */
export function DrawerTransfer({
  referral,
}: {
  referral: { id: string; candidateId: string | null; job: { id: string } | null };
}) {
  const me = useMe();
  const isAdmin = me.role === 'admin';
  const owner = useReferralOwner(
    referral.candidateId ?? '',
    referral.job?.id ?? null,
    isAdmin && !!referral.candidateId,
  );
  if (!isAdmin || owner.data?.referralId !== referral.id) return null;
  return (
    <Group>
      <TransferOwnershipButton owner={owner.data} />
    </Group>
  );
}

/** Admins only: opens the transfer modal for the owning referral. */
export function TransferOwnershipButton({ owner, compact = false }: { owner: Owner; compact?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState(false);
  if (me.role !== 'admin') return null;
  return (
    <>
      <Button
        variant={compact ? 'subtle' : 'light'}
        size="xs"
        onClick={() => setOpen(true)}
        data-testid="transfer-ownership"
      >
        {t('owner.transfer')}
      </Button>
      {open && <TransferOwnershipModal owner={owner} onClose={() => setOpen(false)} />}
    </>
  );
}

type Values = { toMembershipId: string | null; reason: string };

/** Choose the new owner (an employee or agent) and say why; the server records both in the timeline. */
function TransferOwnershipModal({ owner, onClose }: { owner: Owner; onClose: () => void }) {
  const { t } = useTranslation();
  const members = useMembers({ status: 'active' });
  const transfer = useTransferOwnership();
  const form = useForm<Values>({
    initialValues: { toMembershipId: null, reason: '' },
    validate: zodValidate(ZTransferOwnershipRequest, (v: Values) => ({ ...v, toMembershipId: v.toMembershipId ?? '' })),
  });
  const options = (members.data?.items ?? [])
    .filter((m) => (m.role === 'employee' || m.role === 'agent') && m.id !== owner.membershipId)
    .map((m) => ({ value: m.id, label: `${m.name || m.email} · ${t(`roles.${m.role}`)}` }));

  const submit = (v: Values) =>
    transfer.mutate(
      { referralId: owner.referralId, toMembershipId: v.toMembershipId ?? '', reason: v.reason },
      {
        onSuccess: () => {
          const name = options.find((o) => o.value === v.toMembershipId)?.label.split(' · ')[0] ?? '';
          notifySuccess(t('owner.done', { name }));
          onClose();
        },
        onError: (error) =>
          handleFormError(form, error, {
            codeFields: { 'referral.transfer_same_referrer': { field: 'toMembershipId' } },
          }),
      },
    );

  return (
    <Modal opened onClose={onClose} title={t('owner.transferTitle', { name: owner.name })} size="md">
      <form onSubmit={form.onSubmit(submit)} noValidate data-testid="transfer-ownership-form">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('owner.transferHint')}
          </Text>
          <Select
            label={t('owner.to')}
            data={options}
            searchable
            required
            data-testid="transfer-to"
            {...form.getInputProps('toMembershipId')}
          />
          <Textarea
            label={t('owner.reason')}
            required
            autosize
            minRows={2}
            maxLength={1000}
            data-testid="transfer-reason"
            {...form.getInputProps('reason')}
          />
          <FormActions onCancel={onClose} submitLabel={t('owner.submit')} loading={transfer.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
