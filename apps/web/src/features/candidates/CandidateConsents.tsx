import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TConsentRecord } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { useFormat } from '../../i18n/format.ts';
import { QueryState } from '../../ui/QueryState.tsx';

/**
 * What the candidate and their referees agreed to (an application on the careers page, with the
 * words they saw; a reference check), when, and to which version of the consent text (rows kept
 * before versions were say "version unknown").
 */
export function CandidateConsents({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const consents = useQuery({
    queryKey: ['candidate', candidateId, 'consents'],
    queryFn: () => api.get('/api/candidates/{id}/consents', { path: { id: candidateId } }),
  });
  const items = consents.data?.items ?? [];
  const what = (r: TConsentRecord) => {
    if (r.purpose === 'careers_application')
      return r.jobTitle ? t('consents.applicationForJob', { job: r.jobTitle }) : t('consents.application');
    return r.jobTitle ? t('consents.forJob', { job: r.jobTitle }) : t('consents.referenceCheck');
  };
  return (
    <Card withBorder padding="lg" data-testid="candidate-consents">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('consents.title')}
        </Title>
        <QueryState isLoading={consents.isLoading} error={consents.error} onRetry={() => consents.refetch()} />
        {consents.isSuccess && items.length === 0 && <Text c="dimmed">{t('consents.empty')}</Text>}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('consents.who')}</Table.Th>
                  <Table.Th>{t('consents.what')}</Table.Th>
                  <Table.Th>{t('consents.when')}</Table.Th>
                  <Table.Th>{t('consents.version')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={`${r.checkId ?? r.givenAt}-${r.refereeId ?? 'candidate'}`} data-testid="consent-row">
                    <Table.Td>{r.person === 'candidate' ? t('consents.candidate') : r.refereeName}</Table.Td>
                    <Table.Td>
                      {what(r)}
                      {r.wording && (
                        <Text size="xs" c="dimmed" data-testid="consent-wording">
                          “{r.wording}”
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{fmt.dateTime(r.givenAt)}</Table.Td>
                    <Table.Td>
                      {r.textVersion ?? (
                        <Text span c="dimmed" size="sm">
                          {t('consents.versionUnknown')}
                        </Text>
                      )}{' '}
                      {r.textVersion && !r.currentText && (
                        <Badge variant="light" color="gray" size="sm">
                          {t('consents.outdated')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
