import { Badge, Group, type MantineColor, Tooltip } from '@mantine/core';
import type { TCheckStatus, TCheckSummary } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/links.tsx';

const COLORS: Record<TCheckStatus, MantineColor> = {
  awaiting_referees: 'yellow',
  in_progress: 'blue',
  completed: 'teal',
  cancelled: 'gray',
  expired: 'gray',
};

type Props = {
  summary: TCheckSummary | null | undefined;
  /** Badges stay small on cards and in tables. */
  size?: 'xs' | 'sm' | 'md';
  /** "Completed" links to the report, except inside another control (a tab). */
  link?: boolean;
};

/**
 * A check's one-line status: "References 2 of 3", "Completed" (a link to the report), declined and
 * bounced referees, "Needs attention" when it cannot finish on its own, and a warning mark with the number of fraud signals nobody has looked at.
 */
export function CheckStatusBadge({ summary, size = 'sm', link = true }: Props) {
  const { t } = useTranslation();
  if (!summary) return null;
  const main = t(`referenceChecks.status.${summary.status}`, {
    answered: summary.answered,
    wanted: summary.refereesWanted,
  });
  const live = summary.status === 'in_progress' || summary.status === 'awaiting_referees';
  return (
    <Group
      gap={4}
      wrap="wrap"
      data-testid={`check-status-${summary.id}`}
      // A click on the report link must not also open the row or card around it.
      onClick={link ? (e) => e.stopPropagation() : undefined}
    >
      {link && summary.status === 'completed' ? (
        <AnchorLink to="/reference-checks/$checkId/report" params={{ checkId: summary.id }} underline="never">
          <Badge color={COLORS.completed} size={size} variant="light" style={{ cursor: 'pointer' }}>
            {main}
          </Badge>
        </AnchorLink>
      ) : (
        <Badge color={COLORS[summary.status]} size={size} variant="light">
          {main}
        </Badge>
      )}
      {summary.attention && (
        <Tooltip label={t(`referenceChecks.attention.${summary.attention}`)}>
          <Badge
            color="red"
            size={size}
            variant="light"
            aria-label={`${t('referenceChecks.badges.attention')}: ${t(`referenceChecks.attention.${summary.attention}`)}`}
            data-testid="check-needs-attention"
          >
            {t('referenceChecks.badges.attention')}
          </Badge>
        </Tooltip>
      )}
      {live && summary.declined > 0 && (
        <Badge color="orange" size={size} variant="outline">
          {t('referenceChecks.badges.declined', { count: summary.declined })}
        </Badge>
      )}
      {live && summary.bounced > 0 && (
        <Badge color="red" size={size} variant="outline">
          {t('referenceChecks.badges.bounced', { count: summary.bounced })}
        </Badge>
      )}
      {summary.fraudSignals > 0 && (
        <Tooltip label={t('referenceChecks.badges.fraud', { count: summary.fraudSignals })}>
          <Badge
            color="red"
            size={size}
            variant="filled"
            aria-label={t('referenceChecks.badges.fraud', { count: summary.fraudSignals })}
            data-testid="check-fraud-mark"
          >
            ⚠ {summary.fraudSignals}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
