import { Alert, Button, CopyButton, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreatedReportShareLink, TReportShareLink } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { createShareLink, revokeShareLink, shareLinksQuery } from './report.api.ts';

/** "Share link" on the report: shown only while the company allows share links. */
export function ShareLinksButton({ checkId }: { checkId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const links = useQuery(shareLinksQuery(checkId));
  if (!links.data?.enabled) return null;
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)} data-testid="share-links">
        {t('referenceReport.share.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('referenceReport.share.title')} size="lg">
        <ShareLinksPanel checkId={checkId} links={links.data.items} />
      </Modal>
    </>
  );
}

function ShareLinksPanel({ checkId, links }: { checkId: string; links: TReportShareLink[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [days, setDays] = useState<number | string>(30);
  const [created, setCreated] = useState<TCreatedReportShareLink | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: shareLinksQuery(checkId).queryKey });
  const create = useMutation({
    mutationFn: () => createShareLink(checkId, Number(days)),
    onSuccess: (link) => {
      setCreated(link);
      void refresh();
    },
    meta: { silent: true },
  });
  const revoke = useMutation({
    mutationFn: (linkId: string) => revokeShareLink(checkId, linkId),
    onSuccess: () => void refresh(),
    // A failure is notified once, by the query client.
  });

  return (
    <Stack>
      <Text size="sm">{t('referenceReport.share.intro')}</Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Group align="flex-end">
          <NumberInput
            label={t('referenceReport.share.days')}
            min={1}
            max={365}
            value={days}
            onChange={setDays}
            rightSection={<Text size="sm">{t('referenceReport.share.daysUnit')}</Text>}
            rightSectionWidth={56}
            error={create.error ? errorMessage(create.error) : undefined}
            w={200}
          />
          <Button type="submit" loading={create.isPending}>
            {t('referenceReport.share.create')}
          </Button>
        </Group>
      </form>
      {created && (
        <Alert color="green" title={t('referenceReport.share.created')}>
          <Group wrap="nowrap">
            <TextInput value={created.url} readOnly style={{ flex: 1 }} aria-label={t('referenceReport.share.title')} />
            <CopyButton value={created.url}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy}>
                  {copied ? t('referenceReport.share.copied') : t('referenceReport.share.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
      <LinkList links={links} onRevoke={(id) => revoke.mutate(id)} revoking={revoke.isPending} />
    </Stack>
  );
}

function LinkList(props: { links: TReportShareLink[]; onRevoke: (id: string) => void; revoking: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!props.links.length) return <Text c="dimmed">{t('referenceReport.share.none')}</Text>;
  return (
    <Stack gap="xs">
      {props.links.map((link) => {
        const expired = Date.parse(link.expiresAt) <= Date.now();
        const state = link.revokedAt
          ? t('referenceReport.share.revoked', { date: fmt.date(link.revokedAt) })
          : t(expired ? 'referenceReport.share.expired' : 'referenceReport.share.expires', {
              date: fmt.date(link.expiresAt),
            });
        return (
          <Group key={link.id} justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm">{state}</Text>
              <Text size="xs" c="dimmed">
                {[link.createdByName, fmt.date(link.createdAt), t('referenceReport.share.opens', { count: link.opens })]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </div>
            {!link.revokedAt && !expired && (
              <Button
                variant="subtle"
                color="red"
                size="xs"
                loading={props.revoking}
                onClick={() => props.onRevoke(link.id)}
              >
                {t('referenceReport.share.revoke')}
              </Button>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
