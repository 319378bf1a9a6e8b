import { Text } from '@mantine/core';
import type { TBonusTier } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../jobs/jobs.api.ts';

/** A tier's rule in a line: which jobs, the money payroll pays, and the waiting period. */
export function BonusRuleLine({ tier }: { tier: TBonusTier }) {
  const { t, i18n } = useTranslation();
  const departments = useDepartments();
  const department = tier.departmentId
    ? (departments.data ?? []).find((d) => d.id === tier.departmentId)?.name
    : undefined;
  const money =
    tier.amount !== null && tier.currency
      ? new Intl.NumberFormat(i18n.language, { style: 'currency', currency: tier.currency }).format(tier.amount)
      : null;
  return (
    <Text size="xs" c="dimmed" data-testid="bonus-tier-rule">
      {money ? `${money} · ` : ''}
      {t('bonusRule.ruleSummary', { jobs: department ?? t('bonusRule.allJobs'), days: tier.waitingDays })}
    </Text>
  );
}
