import { Text, Tooltip } from '@mantine/core';
import type { TConnectionSummaries } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useConnectionWords } from './connection-words.ts';

type Summary = TConnectionSummaries['items'][number];

/** The candidate table's cell: the strongest colleague, why, and how many more there are. */
export function ConnectionsCell({ summary }: { summary: Summary | undefined }) {
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
  return (
    <div data-testid="connections-cell">
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
        {words.short(summary.best)}
      </Text>
    </div>
  );
}
