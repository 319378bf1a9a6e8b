import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { MyReferralsCard } from '../network/MyReferralsCard.tsx';
import { ReferForm } from './ReferForm.tsx';

/** Refer someone (employees) or submit a candidate (agents), and what one referred so far. */
export function ReferPage({ jobIds }: { jobIds?: string[] }) {
  const { t } = useTranslation();
  const agent = useMe().role === 'agent';
  return (
    <Stack gap="lg">
      <PageHeader title={agent ? t('refer.agentTitle') : t('refer.title')} subtitle={t('refer.subtitle')} />
      <ReferForm agent={agent} jobIds={jobIds} />
      <MyReferralsCard agent={agent} />
    </Stack>
  );
}
