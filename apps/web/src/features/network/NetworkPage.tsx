import { Alert, Group, Stack, Tabs, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ContactsCard } from './ContactsCard.tsx';
import { ImportCard } from './ImportCard.tsx';
import { ImportHistoryCard } from './ImportHistoryCard.tsx';
import { MyReferralsCard } from './MyReferralsCard.tsx';
import { useTriageRemaining } from './triage.api.ts';

const route = getRouteApi('/_app/network');

/** "My network": an employee's own contacts, which nobody else sees, and what they passed on. */
export function NetworkPage() {
  const { t } = useTranslation();
  const { tab } = route.useSearch();
  const navigate = route.useNavigate();
  const active = tab === 'referrals' ? 'referrals' : 'contacts';
  return (
    <>
      <PageHeader
        title={t('network.title')}
        subtitle={t('network.subtitle')}
        actions={
          <ButtonLink to="/network/triage" data-testid="network-triage-link">
            {t('triage.title')}
          </ButtonLink>
        }
      />
      <Stack gap="lg">
        <TriageCallout />
        <Tabs
          value={active}
          onChange={(value) =>
            navigate({ search: { tab: value === 'referrals' ? 'referrals' : undefined }, replace: true })
          }
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="contacts" data-testid="network-tab-contacts">
              {t('myReferrals.contactsTab')}
            </Tabs.Tab>
            <Tabs.Tab value="referrals" data-testid="network-tab-referrals">
              {t('myReferrals.tab')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="contacts">
            <Stack gap="lg">
              <ImportCard />
              <ContactsCard />
              <ImportHistoryCard />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="referrals">
            <MyReferralsCard />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}

/** While contacts wait for triage, the way there is the first thing on the page. */
function TriageCallout() {
  const { t } = useTranslation();
  const remaining = useTriageRemaining();
  if (!remaining.data) return null;
  return (
    <Alert color="teal" variant="light" data-testid="triage-callout">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm">{t('triage.callout', { count: remaining.data })}</Text>
        <ButtonLink to="/network/triage" size="xs" data-testid="triage-start">
          {t('triage.calloutAction')}
        </ButtonLink>
      </Group>
    </Alert>
  );
}
