import { Alert, Group, Stack, Text } from '@mantine/core';
import type { TCheckStallListItem } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { CheckStallBadge } from './CheckStallBadge.tsx';

/**
 * Candidates in a "Reference check" step whose check could not start (no email or phone): above the
 * checks list, each with why and a link to their profile, where the contact details are added.
 */
export function StalledSteps({ stalls }: { stalls: TCheckStallListItem[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!stalls.length) return null;
  return (
    <Alert color="red" variant="light" mb="md" title={t('referenceChecks.stall.listTitle')} data-testid="stalled-steps">
      <Text size="sm" mb="xs">
        {t('referenceChecks.stall.listHint')}
      </Text>
      <Stack gap="xs">
        {stalls.map((s) => (
          <Group key={s.placementId} gap="sm" wrap="wrap" data-testid={`stalled-step-${s.placementId}`}>
            <AnchorLink to="/candidates/$candidateId" params={{ candidateId: s.candidateId }} fw={600}>
              {s.candidateName}
            </AnchorLink>
            <Text size="sm">{s.jobTitle ?? t('referenceChecks.check.noJob')}</Text>
            <CheckStallBadge reason={s.reason} />
            <Text size="sm" c="dimmed">
              {t(`referenceChecks.stall.${s.reason}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {fmt.date(s.createdAt)}
            </Text>
            <AnchorLink
              to="/candidates/$candidateId"
              params={{ candidateId: s.candidateId }}
              size="sm"
              aria-label={`${t('referenceChecks.stall.openCandidate')}: ${s.candidateName}`}
            >
              {t('referenceChecks.stall.openCandidate')}
            </AnchorLink>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
