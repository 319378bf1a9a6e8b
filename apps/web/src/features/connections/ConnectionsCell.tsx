import { Group, Text, Tooltip } from '@mantine/core';
import type { TConnectionSummaries } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { RequestReferralButton } from '../referral-requests/RequestReferralButton.tsx';
import { useConnectionWords } from './connection-words.ts';

type Summary = TConnectionSummaries['items'][number];

/**
 * The candidate table's cell: the strongest colleague, why, how many more there are, and the
 * "Request referral" button (seed 000 puts it in the table view).
 */
export function ConnectionsCell({ candidateId, summary }: { candidateId: string; summary: Summary | undefined }) {
  const { t } = useTranslation();
  const words = useConnectionWords();
  if (!summary) return null;
  if (!summary.best)
    return (
      <Text size="sm" c="dimmed">
        {t('connections.none')}
      </Text>
    );
  const more = summary.count - 1;
  const best = summary.best;
  return (
    <Group data-testid="connections-cell" gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
      <div>
        <Text size="sm">
          {summary.best.colleague.name}
          {more > 0 && (
            <Tooltip label={t('connections.moreLabel', { count: more })}>
              <Text span size="xs" c="dimmed" ml={6} aria-label={t('connections.moreLabel', { count: more })}>
                {t('connections.more', { count: more })}
              </Text>
            </Tooltip>
          )}
        </Text>
        <Text size="xs" c="dimmed">
          {words.short(best)}
        </Text>
      </div>
      {/* The row opens the profile on click; the button and its composer (a portal) stay out of that. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: only stops clicks and keys reaching the row */}
      <div onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
        <RequestReferralButton candidateId={candidateId} connection={best} />
      </div>
    </Group>
  );
}
