import { Checkbox, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type TWebhookEndpoint, WEBHOOK_EVENT_TYPES, ZCreateWebhookEndpointRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import {
  useWebhookMutation,
  type WebhookEndpointInput,
  type WebhookEndpointWithSecret,
  webhookCalls,
} from './webhooks.api.ts';

/** `endpoint` null registers a new one; the new secret goes to `onCreated` to be shown once. */
type Props = {
  opened: boolean;
  endpoint: TWebhookEndpoint | null;
  onClose: () => void;
  onCreated: (created: WebhookEndpointWithSecret) => void;
};

const valuesOf = (endpoint: TWebhookEndpoint | null): WebhookEndpointInput => ({
  url: endpoint?.url ?? '',
  description: endpoint?.description ?? '',
  eventTypes: endpoint?.eventTypes ?? [],
});

export function WebhookEndpointModal({ opened, endpoint, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const form = useForm<WebhookEndpointInput>({
    initialValues: valuesOf(endpoint),
    validate: zodValidate(ZCreateWebhookEndpointRequest),
  });
  const save = useWebhookMutation(
    async (values: WebhookEndpointInput) =>
      endpoint
        ? {
            created: null,
            updated: await webhookCalls.update({ ...values, id: endpoint.id, enabled: endpoint.status !== 'disabled' }),
          }
        : { created: await webhookCalls.create(values) },
    (result) => {
      if (result.created) onCreated(result.created);
      else notifySuccess(t('integrations.webhooks.updated'));
      onClose();
    },
    true,
  );

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={t(endpoint ? 'integrations.webhooks.editTitle' : 'integrations.webhooks.newTitle')}
    >
      <form
        onSubmit={form.onSubmit((values) => save.mutate(values, { onError: (error) => handleFormError(form, error) }))}
        noValidate
        data-testid="webhook-endpoint-form"
      >
        <Stack>
          <TextInput
            label={t('integrations.webhooks.fields.url')}
            description={t('integrations.webhooks.urlHint')}
            placeholder="https://ats.example.com/hooks/vouch"
            required
            data-autofocus
            data-testid="webhook-url"
            {...form.getInputProps('url')}
          />
          <Textarea
            label={t('integrations.webhooks.fields.description')}
            autosize
            minRows={1}
            data-testid="webhook-description"
            {...form.getInputProps('description')}
          />
          <Checkbox.Group
            label={t('integrations.webhooks.fields.eventTypes')}
            required
            {...form.getInputProps('eventTypes')}
          >
            <Stack gap="xs" mt="xs">
              {WEBHOOK_EVENT_TYPES.map((type) => (
                <Checkbox
                  key={type}
                  value={type}
                  data-testid={`webhook-event-${type}`}
                  label={
                    <Text size="sm" ff="monospace">
                      {type}
                    </Text>
                  }
                  description={t(`integrations.webhooks.events.${type}`)}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <FormActions
            submitLabel={t(endpoint ? 'common.save' : 'integrations.webhooks.add')}
            loading={save.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
