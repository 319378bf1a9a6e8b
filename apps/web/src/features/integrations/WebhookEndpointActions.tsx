import { Button, Group, Menu } from '@mantine/core';
import type { TWebhookEndpoint } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { useWebhookMutation, type WebhookEndpointWithSecret, webhookCalls } from './webhooks.api.ts';

type Props = {
  endpoint: TWebhookEndpoint;
  onEdit: () => void;
  onLog: () => void;
  onSecret: (withSecret: WebhookEndpointWithSecret) => void;
};

/** The row's buttons: the delivery log first, the rest in a menu; destructive ones ask first. */
export function EndpointActions({ endpoint: e, onEdit, onLog, onSecret }: Props) {
  const { t } = useTranslation();
  const enabled = e.status !== 'disabled';
  const toggle = useWebhookMutation(
    () =>
      webhookCalls.update({
        id: e.id,
        url: e.url,
        description: e.description ?? '',
        eventTypes: e.eventTypes,
        enabled: !enabled,
      }),
    () => notifySuccess(t(enabled ? 'integrations.webhooks.disabled' : 'integrations.webhooks.enabled')),
  );
  const remove = useWebhookMutation(webhookCalls.remove, () => notifySuccess(t('integrations.webhooks.deleted')));
  const rotate = useWebhookMutation(webhookCalls.rotate, onSecret);
  const test = useWebhookMutation(webhookCalls.test, () => notifySuccess(t('integrations.webhooks.testQueued')));

  const confirmDelete = async () => {
    const ok = await confirmAction({
      message: t('integrations.webhooks.deleteConfirm', { url: e.url }),
      confirmLabel: t('common.delete'),
    });
    if (ok) remove.mutate(e.id);
  };
  const confirmRotate = async () => {
    const ok = await confirmAction({
      message: t('integrations.webhooks.rotateConfirm'),
      confirmLabel: t('integrations.webhooks.rotate'),
    });
    if (ok) rotate.mutate(e.id);
  };

  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <Button size="xs" variant="default" onClick={onLog} data-testid="webhook-open-log">
        {t('integrations.webhooks.log.open')}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="subtle"
            loading={toggle.isPending || remove.isPending || rotate.isPending || test.isPending}
            aria-label={t('integrations.webhooks.moreActions', { url: e.url })}
            data-testid="webhook-actions"
          >
            {t('common.actions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={onEdit} data-testid="webhook-edit">
            {t('common.edit')}
          </Menu.Item>
          <Menu.Item onClick={() => test.mutate(e.id)} disabled={!enabled} data-testid="webhook-test">
            {t('integrations.webhooks.sendTest')}
          </Menu.Item>
          <Menu.Item onClick={() => toggle.mutate(undefined)} data-testid="webhook-toggle">
            {t(enabled ? 'integrations.webhooks.disable' : 'integrations.webhooks.enable')}
          </Menu.Item>
          <Menu.Item onClick={confirmRotate} data-testid="webhook-rotate">
            {t('integrations.webhooks.rotate')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" onClick={confirmDelete} data-testid="webhook-delete">
            {t('common.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
