import { Alert, Button, Loader, Stack, Text, Timeline } from '@mantine/core';
import type { TCheckEventKind } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { useCheckTimeline } from './references.api.ts';

/** A copied link is someone's only credential in staff hands: those lines stand out. */
const FLAGGED: TCheckEventKind[] = ['referee_link_copied', 'candidate_link_copied'];

/**
 * A check's history on the References tab, shut until asked for: when it started and by whom, every
 * link a staff member copied or sent again, each referee's answer or decline, and how it ended.
 */
export function CheckTimeline({ checkId }: { checkId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [shown, setShown] = useState(false);
  const timeline = useCheckTimeline(checkId, shown);
  const items = timeline.data?.items ?? [];
  return (
    <Stack gap="xs">
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        onClick={() => setShown((s) => !s)}
        aria-expanded={shown}
        data-testid="check-history-toggle"
      >
        {shown ? t('referenceChecks.timeline.hide') : t('referenceChecks.timeline.show')}
      </Button>
      {shown && timeline.isPending && <Loader size="sm" aria-label={t('referenceChecks.timeline.title')} />}
      {shown && timeline.isError && <Alert color="red">{errorMessage(timeline.error)}</Alert>}
      {shown && timeline.data && (
        <Timeline active={items.length - 1} bulletSize={12} lineWidth={2} data-testid="check-history">
          {items.map((event) => (
            <Timeline.Item
              key={event.id}
              color={FLAGGED.includes(event.kind) ? 'orange' : undefined}
              title={t(`referenceChecks.timeline.kinds.${event.kind}`, { referee: event.referee?.name ?? '' })}
            >
              <Text size="xs" c="dimmed">
                {[event.actor?.name, fmt.dateTime(event.at)].filter(Boolean).join(' · ')}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
