import { Anchor, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { TShareLink } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.ts';
import { useFormat } from '../../i18n/format.ts';
import { shareTargets, useShareLink } from './careers.api.ts';

/**
 * "Share" on an open job: the employee's personal link (made on first click), to copy or share on
 * LinkedIn, by email or WhatsApp, with what it has brought so far.
 */
export function ShareJobButton({ job, link }: { job: { id: string; title: string }; link?: TShareLink }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const [opened, setOpened] = useState(false);
  const share = useShareLink();
  const current = share.data?.jobId === job.id ? share.data : link;

  const open = () => {
    setOpened(true);
    share.mutate(job.id);
  };
  const targets = current
    ? shareTargets(current.url, {
        subject: t('careers.share.emailSubject', { company: me.companyName, job: job.title }),
        message: t('careers.share.message', { job: job.title }),
      })
    : null;

  return (
    <>
      <Group gap="xs" wrap="nowrap">
        <Button size="xs" variant="light" onClick={open} aria-label={`${t('careers.share.button')}: ${job.title}`}>
          {t('careers.share.button')}
        </Button>
        {link && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('careers.share.stats', { views: fmt.number(link.views), applications: fmt.number(link.applications) })}
          </Text>
        )}
      </Group>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('careers.share.title', { job: job.title })}>
        <Stack gap="sm">
          <Text size="sm">{t('careers.share.hint')}</Text>
          {share.isError && <Text c="red">{share.error.message}</Text>}
          {current && targets && (
            <>
              <Group gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  aria-label={t('careers.share.copy')}
                  value={current.url}
                  readOnly
                  onFocus={(e) => e.currentTarget.select()}
                  style={{ flex: 1 }}
                />
                <CopyButton value={current.url}>
                  {({ copied, copy }) => (
                    <Button color={copied ? 'teal' : undefined} onClick={copy}>
                      {copied ? t('careers.share.copied') : t('careers.share.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Group gap="md">
                <Anchor href={targets.linkedin} target="_blank" rel="noopener noreferrer">
                  {t('careers.share.linkedin')}
                </Anchor>
                <Anchor href={targets.email}>{t('careers.share.email')}</Anchor>
                <Anchor href={targets.whatsapp} target="_blank" rel="noopener noreferrer">
                  {t('careers.share.whatsapp')}
                </Anchor>
              </Group>
              <Group gap="lg">
                <Text size="sm">
                  {t('careers.share.views')}: <b>{fmt.number(current.views)}</b>
                </Text>
                <Text size="sm">
                  {t('careers.share.applications')}: <b>{fmt.number(current.applications)}</b>
                </Text>
              </Group>
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}
