import { Alert, Badge, Button, Code, Drawer, Group, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { messageKeys } from '../../app/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { retryMessage, useMessage } from './messages.api.ts';
import { STATUS_COLOR } from './status.ts';

type Props = { messageId: string | null; onClose: () => void };

export function MessageDrawer({ messageId, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const client = useQueryClient();
  const detail = useMessage(messageId);
  const retry = useMutation({
    mutationFn: retryMessage,
    onSuccess: async () => {
      notifySuccess(t('messages.retried'));
      await client.invalidateQueries({ queryKey: messageKeys.lists() });
      await client.invalidateQueries({ queryKey: messageKeys.detail(messageId) });
    },
  });
  const m = detail.data;

  return (
    <Drawer
      opened={!!messageId}
      onClose={onClose}
      position="right"
      size="xl"
      title={m?.subject ?? t('messages.detail')}
    >
      <QueryState isLoading={detail.isLoading} error={detail.error} />
      {m && (
        <Stack>
          <Group justify="space-between">
            <Badge color={STATUS_COLOR[m.status]} variant="light" size="lg">
              {t(`messages.status.${m.status}`)}
            </Badge>
            {(m.status === 'dead' || m.status === 'failed') && (
              <Button onClick={() => retry.mutate(m.id)} loading={retry.isPending}>
                {t('common.retry')}
              </Button>
            )}
          </Group>
          <SimpleGrid cols={2} spacing="xs">
            <Text size="sm" c="dimmed">
              {t('messages.fields.recipient')}
            </Text>
            <Text size="sm">{m.recipient}</Text>
            <Text size="sm" c="dimmed">
              {t('messages.fields.channel')}
            </Text>
            <Text size="sm">{t(`messages.channel.${m.channel}`)}</Text>
            <Text size="sm" c="dimmed">
              {t('messages.fields.template')}
            </Text>
            <Text size="sm">{m.template}</Text>
            <Text size="sm" c="dimmed">
              {t('messages.fields.transport')}
            </Text>
            <Text size="sm">{m.transport ?? t('common.none')}</Text>
            <Text size="sm" c="dimmed">
              {t('messages.fields.attempts')}
            </Text>
            <Text size="sm">{fmt.number(m.attempts)}</Text>
            <Text size="sm" c="dimmed">
              {t('messages.fields.created')}
            </Text>
            <Text size="sm">{fmt.dateTime(m.createdAt)}</Text>
            <Text size="sm" c="dimmed">
              {t('messages.fields.sent')}
            </Text>
            <Text size="sm">{fmt.dateTime(m.sentAt)}</Text>
            {m.nextAttemptAt && (
              <>
                <Text size="sm" c="dimmed">
                  {t('messages.fields.nextAttempt')}
                </Text>
                <Text size="sm">{fmt.dateTime(m.nextAttemptAt)}</Text>
              </>
            )}
          </SimpleGrid>
          {m.lastError && (
            <Code block color="red.0">
              {m.lastError}
            </Code>
          )}
          {m.visibility === 'private' ? (
            <Alert color="gray" role="note" data-testid="message-private">
              {t('messages.private')}
            </Alert>
          ) : (
            <>
              {m.visibility === 'links_hidden' && (
                <Alert color="blue" role="note" data-testid="message-links-hidden">
                  {t('messages.linksHidden')}
                </Alert>
              )}
              <MessageBody text={m.bodyText ?? ''} html={m.bodyHtml} />
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}

function MessageBody({ text, html }: { text: string; html: string | null }) {
  const { t } = useTranslation();
  return (
    <Tabs defaultValue={html ? 'html' : 'text'}>
      <Tabs.List>
        {html && <Tabs.Tab value="html">{t('messages.html')}</Tabs.Tab>}
        <Tabs.Tab value="text">{t('messages.text')}</Tabs.Tab>
      </Tabs.List>
      {html && (
        <Tabs.Panel value="html" pt="sm">
          {/* An empty sandbox: the email's HTML can show, but never run scripts or reach this page. */}
          <iframe
            title={t('messages.htmlPreview')}
            sandbox=""
            srcDoc={html}
            style={{
              width: '100%',
              height: 480,
              border: '1px solid var(--mantine-color-gray-3)',
              borderRadius: 8,
              background: '#fff',
            }}
          />
        </Tabs.Panel>
      )}
      <Tabs.Panel value="text" pt="sm">
        <Code block style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Code>
      </Tabs.Panel>
    </Tabs>
  );
}
