import { ActionIcon, Badge, type MantineColor, Menu, Stack, Table, Text } from '@mantine/core';
import type { TReferee, TRefereeStatus } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.ts';
import { notifyError, notifySuccess } from '../../app/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { PersonExportModal } from '../privacy/PersonExportCard.tsx';
import { useErasePerson } from '../privacy/privacy.api.ts';
import { copyToClipboard, type useCheckActions } from './references.api.ts';

const COLORS: Record<TRefereeStatus, MantineColor> = {
  invited: 'gray',
  opened: 'blue',
  answered: 'teal',
  declined: 'orange',
  bounced: 'red',
  removed: 'gray',
};

type Props = {
  referee: TReferee;
  actions: ReturnType<typeof useCheckActions>;
  /** False once the check is over: nothing more can be done with its referees. */
  open: boolean;
  onEdit: (referee: TReferee) => void;
};

/** One referee of a check: who they are, where they stand, and what the recruiter can do. */
export function RefereeRow({ referee: r, actions, open, onEdit }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const erase = useErasePerson();
  const [exporting, setExporting] = useState(false);
  const active = open && r.status !== 'removed';
  const waiting = active && r.status !== 'answered' && r.status !== 'declined';

  const copyLink = () =>
    actions.refereeLink.mutate(r.id, {
      onSuccess: async ({ url }) => {
        try {
          await copyToClipboard(url);
          notifySuccess(t('referenceChecks.referee.linkCopied'));
        } catch (error) {
          notifyError(error);
        }
      },
    });
  const resend = () =>
    actions.resendReferee.mutate(r.id, {
      onSuccess: () => notifySuccess(t('referenceChecks.referee.resent')),
    });
  const remove = async () => {
    const ok = await confirmAction({
      message: t('referenceChecks.confirm.remove', { name: r.name }),
      confirmLabel: t('referenceChecks.actions.remove'),
    });
    if (!ok) return;
    actions.removeReferee.mutate(r.id, {
      onSuccess: () => notifySuccess(t('referenceChecks.referee.removed')),
    });
  };

  // On the referee's request, even while the check is open: the report then says "answer withdrawn".
  const eraseOnRequest = async () => {
    const ok = await confirmAction({
      message: t('privacy.erase.confirm', { name: r.name }),
      confirmLabel: t('privacy.erase.confirmLabel'),
    });
    if (!ok) return;
    erase.mutate(
      { kind: 'referee', id: r.id },
      { onSuccess: () => notifySuccess(t('privacy.erase.done', { name: r.name })) },
    );
  };

  return (
    <Table.Tr data-testid={`referee-row-${r.id}`} style={r.status === 'removed' ? { opacity: 0.6 } : undefined}>
      <Table.Td>
        <Text size="sm" fw={600}>
          {r.name}
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {[r.email, r.phone].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`referenceChecks.relationships.${r.relationship}`)}</Text>
        <Text size="xs" c="dimmed">
          {[r.company, r.workedTogether].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Badge color={COLORS[r.status]} variant="light" size="sm" data-testid="referee-status">
            {t(`referenceChecks.refereeStatus.${r.status}`)}
          </Badge>
          {r.verifiedBy && (
            <Badge color="teal" variant="outline" size="sm" data-testid="referee-verified">
              {t(
                r.verifiedBy === 'email'
                  ? 'referenceChecks.refereeBadges.emailVerified'
                  : 'referenceChecks.refereeBadges.phoneVerified',
              )}
            </Badge>
          )}
          {r.namedConsent && (
            <Text size="xs" c="dimmed" data-testid="referee-named-consent">
              {t('referenceChecks.namedConsent.shown', {
                method: t(`referenceChecks.namedConsent.methods.${r.namedConsent.method}`),
                name:
                  r.namedConsent.confirmedByName ??
                  (r.namedConsent.apiKeyId ? t('referenceChecks.namedConsent.byApi') : '—'),
                date: fmt.dateTime(r.namedConsent.confirmedAt),
              })}
              {r.namedConsent.note && ` — ${r.namedConsent.note}`}
            </Text>
          )}
          {r.answersWithdrawnAt && (
            <Badge color="gray" variant="outline" size="sm" data-testid="referee-answer-withdrawn">
              {t('privacy.answerWithdrawn')}
            </Badge>
          )}
          {r.status === 'bounced' && (
            <Text size="xs" c="red">
              {t('referenceChecks.referee.bouncedNote')}
            </Text>
          )}
          {r.declineReason && (
            <Text size="xs" c="dimmed">
              {t('referenceChecks.referee.declineReason', { reason: r.declineReason })}
            </Text>
          )}
          {r.remindersSent > 0 && (
            <Text size="xs" c="dimmed">
              {t('referenceChecks.referee.reminders', { count: r.remindersSent })}
            </Text>
          )}
          {r.nextReminderAt && (
            <Text size="xs" c="dimmed" data-testid="referee-next-reminder">
              {t('referenceChecks.nextReminder', { at: fmt.dateTime(r.nextReminderAt) })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {fmt.date(r.answeredAt ?? r.declinedAt ?? r.openedAt ?? r.invitedAt)}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        {active && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('referenceChecks.actions.more', { name: r.name })}
                data-testid="referee-menu"
              >
                ⋯
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {waiting && !r.startedAt && (
                <Menu.Item onClick={() => onEdit(r)} data-testid="referee-edit">
                  {t('referenceChecks.actions.edit')}
                </Menu.Item>
              )}
              {waiting && (
                <Menu.Item onClick={resend} data-testid="referee-resend">
                  {t('referenceChecks.actions.resend')}
                </Menu.Item>
              )}
              {waiting && (
                <Menu.Item onClick={copyLink} data-testid="referee-copy-link">
                  {t('referenceChecks.actions.copyLink')}
                </Menu.Item>
              )}
              <Menu.Item color="red" onClick={remove} data-testid="referee-remove">
                {t('referenceChecks.actions.remove')}
              </Menu.Item>
              {me.role === 'admin' && r.name !== 'Anonymised' && (
                <Menu.Item onClick={() => setExporting(true)} data-testid="referee-export">
                  {t('personExport.menu')}
                </Menu.Item>
              )}
              {me.role === 'admin' && r.name !== 'Anonymised' && (
                <Menu.Item color="red" onClick={eraseOnRequest} data-testid="referee-erase">
                  {t('privacy.erase.button')}
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        )}
        {exporting && (
          <PersonExportModal
            subject={{ kind: 'referee', id: r.id }}
            name={r.name}
            onClose={() => setExporting(false)}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}
