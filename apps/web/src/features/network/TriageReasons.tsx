import { Badge, Group, Text } from '@mantine/core';
import type { TTriageCard, TTriageReason } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

/** A connection date is a calendar day; noon UTC keeps it on the same day in every time zone. */
const dayOf = (day: string) => `${day}T12:00:00Z`;

/** Why this contact came up now, in words, and when the employee connected with them. */
export function TriageReasons({ card }: { card: TTriageCard }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const wordsOf = (reason: TTriageReason) => {
    switch (reason.kind) {
      case 'shared_employer':
        return t('triage.reasons.shared_employer', { company: reason.company });
      case 'fits_job':
        return t('triage.reasons.fits_job', { job: reason.job.title });
      case 'recent_connection':
        return t('triage.reasons.recent_connection');
    }
  };
  const { connectedOn } = card.contact;
  return (
    <Group gap="xs" data-testid="triage-reasons">
      {card.reasons.map((reason) => (
        <Badge key={reason.kind} variant="light" color={reason.kind === 'shared_employer' ? 'teal' : 'blue'} tt="none">
          {wordsOf(reason)}
        </Badge>
      ))}
      <Text size="sm" c="dimmed">
        {connectedOn ? t('triage.connected', { date: fmt.date(dayOf(connectedOn)) }) : t('triage.notConnected')}
      </Text>
    </Group>
  );
}
