import { Card, NumberInput, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type TCompanySettings, type TLanguage, ZUpdateCompanyRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { LanguageSelect } from '../../ui/LanguageSelect.tsx';
import { ButtonLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { CareersPageCard } from '../careers/CareersPageCard.tsx';
import { ExclusionsCard } from '../exclusions/ExclusionsCard.tsx';
import { ReferralPolicyCard } from '../intake/ReferralPolicyCard.tsx';
import { ReferralRequestTemplateCard } from '../referral-requests/ReferralRequestTemplateCard.tsx';
import { BonusTiersCard } from '../referrals/BonusTiersCard.tsx';
import { AgenciesCard } from './AgenciesCard.tsx';
import { companyQuery, updateCompany } from './company.api.ts';
import { DepartmentsCard } from './DepartmentsCard.tsx';

type Values = {
  name: string;
  domains: string[];
  defaultLanguage: TLanguage;
  senderName: string;
  replyTo: string;
  timeZone: string;
  introductionSlaHours: number | string;
  staleReferralDays: number | string;
  referenceLinkDays: number | string;
  /** As typed: "24, 48, 72"; the server reads the same text. */
  referenceReminderHours: string;
  reportShareLinksEnabled: boolean;
};

function timeZones(current: string): string[] {
  // Older browsers lack supportedValuesOf; the current zone is always offered.
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

function CompanyForm({ company }: { company: TCompanySettings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      name: company.name,
      domains: company.domains,
      defaultLanguage: company.defaultLanguage,
      senderName: company.senderName ?? '',
      replyTo: company.replyTo ?? '',
      timeZone: company.timeZone,
      introductionSlaHours: company.introductionSlaHours,
      staleReferralDays: company.staleReferralDays,
      referenceLinkDays: company.referenceLinkDays,
      referenceReminderHours: company.referenceReminderHours.join(', '),
      reportShareLinksEnabled: company.reportShareLinksEnabled,
    },
    validate: zodValidate(ZUpdateCompanyRequest),
  });
  const save = useMutation({
    mutationFn: (values: Values) => updateCompany(values),
    onSuccess: (saved) => {
      client.setQueryData(companyQuery.queryKey, saved);
      form.resetDirty();
      notifySuccess(t('company.saved'));
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });
  // Domain errors come back per item (`domains.1`); show them on the one input.
  const domainError = Object.entries(form.errors).find(([key]) => key.startsWith('domains'))?.[1];
  const reminderError = Object.entries(form.errors).find(([key]) => key.startsWith('referenceReminderHours'))?.[1];

  return (
    <Card withBorder padding="lg">
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('company.fields.name')} required autoFocus {...form.getInputProps('name')} />
            <LanguageSelect label={t('company.fields.defaultLanguage')} {...form.getInputProps('defaultLanguage')} />
          </SimpleGrid>
          <TagsInput
            label={t('company.fields.domains')}
            description={t('company.fields.domainsHint')}
            placeholder="acme.example"
            splitChars={[',', ' ']}
            {...form.getInputProps('domains')}
            error={domainError}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('company.fields.senderName')} {...form.getInputProps('senderName')} />
            <TextInput label={t('company.fields.replyTo')} type="email" {...form.getInputProps('replyTo')} />
            <Select
              label={t('company.fields.timeZone')}
              data={timeZones(company.timeZone)}
              searchable
              allowDeselect={false}
              limit={100}
              {...form.getInputProps('timeZone')}
            />
          </SimpleGrid>
          <Title order={3} size="h5" mt="xs">
            {t('company.fields.referralsSection')}
          </Title>
          <NumberInput
            label={t('company.fields.introductionSlaHours')}
            description={t('company.fields.introductionSlaHint')}
            min={1}
            max={720}
            allowDecimal={false}
            allowNegative={false}
            // Out-of-range values stay as typed, so the message beside the field says what is allowed.
            clampBehavior="none"
            rightSection={
              <Text size="sm" c="dimmed" pr="sm">
                {t('company.fields.hours')}
              </Text>
            }
            rightSectionWidth={72}
            maw={420}
            {...form.getInputProps('introductionSlaHours')}
          />
          <NumberInput
            label={t('company.fields.staleReferralDays')}
            description={t('company.fields.staleReferralHint')}
            min={1}
            max={365}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            rightSection={
              <Text size="sm" c="dimmed" pr="sm">
                {t('company.fields.days')}
              </Text>
            }
            rightSectionWidth={72}
            maw={420}
            {...form.getInputProps('staleReferralDays')}
          />
          <Title order={3} size="h5" mt="xs">
            {t('company.fields.referencesSection')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('company.fields.referenceLinkDays')}
              description={t('company.fields.referenceLinkHint')}
              min={1}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              rightSection={
                <Text size="sm" c="dimmed" pr="sm">
                  {t('company.fields.days')}
                </Text>
              }
              rightSectionWidth={72}
              {...form.getInputProps('referenceLinkDays')}
            />
            <TextInput
              label={t('company.fields.referenceReminderHours')}
              description={t('company.fields.referenceReminderHint')}
              placeholder="24, 48, 72"
              inputMode="numeric"
              rightSection={
                <Text size="sm" c="dimmed" pr="sm">
                  {t('company.fields.hours')}
                </Text>
              }
              rightSectionWidth={72}
              {...form.getInputProps('referenceReminderHours')}
              error={reminderError}
            />
          </SimpleGrid>
          <Switch
            label={t('company.fields.reportShareLinksEnabled')}
            description={t('company.fields.reportShareLinksHint')}
            {...form.getInputProps('reportShareLinksEnabled', { type: 'checkbox' })}
          />
          <FormActions submitLabel={t('common.save')} loading={save.isPending} />
        </Stack>
      </form>
    </Card>
  );
}

export function CompanySettingsPage() {
  const { t } = useTranslation();
  const company = useQuery(companyQuery);
  return (
    <>
      <PageHeader title={t('company.title')} />
      <QueryState isLoading={company.isLoading} error={company.error} onRetry={() => company.refetch()} />
      {company.data && (
        <Stack gap="lg">
          <CompanyForm key={company.data.id} company={company.data} />
          <CareersPageCard />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <div>
              <Title order={3} size="h4" mb="sm">
                {t('company.departments')}
              </Title>
              <DepartmentsCard departments={company.data.departments} />
            </div>
            <div>
              <Title order={3} size="h4" mb="sm">
                {t('company.agencies')}
              </Title>
              <AgenciesCard />
            </div>
          </SimpleGrid>
          <div>
            <Title order={3} size="h4" mb="sm">
              {t('policy.title')}
            </Title>
            <ReferralPolicyCard />
          </div>
          <div>
            <Title order={3} size="h4" mb="sm">
              {t('bonusTiers.title')}
            </Title>
            <BonusTiersCard />
          </div>
          <div>
            <Title order={3} size="h4" mb="sm">
              {t('referralRequests.template.title')}
            </Title>
            <ReferralRequestTemplateCard />
          </div>
          <div>
            <Title order={3} size="h4" mb="sm">
              {t('exclusions.title')}
            </Title>
            <ExclusionsCard />
          </div>
          <div>
            <Title order={3} size="h4" mb="sm">
              {t('audit.title')}
            </Title>
            <Card withBorder>
              <Text size="sm" c="dimmed" mb="sm">
                {t('audit.companyCardHint')}
              </Text>
              <ButtonLink to="/company/audit-log" variant="default" data-testid="open-audit-log">
                {t('audit.openLog')}
              </ButtonLink>
            </Card>
          </div>
        </Stack>
      )}
    </>
  );
}
