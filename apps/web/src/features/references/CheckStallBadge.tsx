import { Badge, Tooltip } from '@mantine/core';
import type { TCheckStallReason } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';

/**
 * "Needs attention" on a candidate whose "Reference check" step could start no check (no email or
 * phone for the step's candidate channel): the reason in a tooltip and for screen readers.
 */
export function CheckStallBadge({ reason }: { reason: TCheckStallReason | null }) {
  const { t } = useTranslation();
  if (!reason) return null;
  const why = t(`referenceChecks.stall.${reason}`);
  return (
    <Tooltip label={why}>
      <Badge
        color="red"
        size="xs"
        variant="light"
        aria-label={`${t('referenceChecks.badges.attention')}: ${why}`}
        data-testid="check-stalled"
      >
        {t('referenceChecks.stall.badge')}
      </Badge>
    </Tooltip>
  );
}
