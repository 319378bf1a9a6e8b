import { Group, Input, SegmentedControl, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { CHECK_STATUSES, type TCheckStatus } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { ClearFiltersButton } from '../../ui/Empty.tsx';
import { ListTable } from '../../ui/ListTable.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { CheckStatusBadge } from './CheckStatusBadge.tsx';
import { ReferencesNav } from './ReferencesNav.tsx';
import { useCheckList } from './references.api.ts';
import { StalledSteps } from './StalledSteps.tsx';

type StatusFilter = TCheckStatus | 'all' | 'attention';

/** Every reference check of the company: by status, by candidate name, newest activity first. */
export function ReferenceChecksPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useCheckList({
    ...(status === 'attention' ? { attention: 'true' } : status === 'all' ? {} : { status }),
    q: q || undefined,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const stalls = list.data?.pages.flatMap((p) => p.stalls) ?? [];
  const filtered = status !== 'all' || q !== '';
  const phone = useMediaQuery('(max-width: 75em)', false, { getInitialValueInEffect: false });
  const statusOptions = (['all', 'attention', ...CHECK_STATUSES] as const).map((s) => ({
    value: s,
    label: t(`referenceChecks.statusFilter.${s}`),
  }));
  const openCandidate = (candidateId: string) =>
    navigate({ to: '/candidates/$candidateId', params: { candidateId }, search: { tab: 'references' } });

  return (
    <>
      <PageHeader title={t('referenceChecks.title')} />
      <ReferencesNav active="checks" />
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('referenceChecks.list.search')}
          type="search"
          w={240}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-testid="checks-search"
        />
        {phone ? (
          // Seven choices side by side need a wide screen (the menu takes part of it): else a list to pick from.
          <Select
            label={t('referenceChecks.list.status')}
            w={240}
            value={status}
            onChange={(value) => setStatus((value ?? 'all') as StatusFilter)}
            allowDeselect={false}
            data={statusOptions}
            data-testid="checks-status"
          />
        ) : (
          <div>
            <Input.Label id="checks-status-label" display="block">
              {t('referenceChecks.list.status')}
            </Input.Label>
            <SegmentedControl
              aria-labelledby="checks-status-label"
              value={status}
              onChange={(value) => setStatus(value as StatusFilter)}
              data={statusOptions}
              data-testid="checks-status"
            />
          </div>
        )}
      </Group>
      <StalledSteps stalls={stalls} />
      <ListTable
        query={list}
        items={items}
        minWidth={760}
        emptyTitle={filtered ? t('referenceChecks.list.emptyFiltered') : t('referenceChecks.list.empty')}
        emptyAction={
          filtered ? (
            <ClearFiltersButton
              onClick={() => {
                setStatus('all');
                setSearch('');
              }}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('referenceChecks.list.emptyHint')}
            </Text>
          )
        }
        head={
          <>
            <Table.Th>{t('referenceChecks.list.candidate')}</Table.Th>
            <Table.Th>{t('referenceChecks.list.job')}</Table.Th>
            <Table.Th>{t('referenceChecks.list.questionnaire')}</Table.Th>
            <Table.Th>{t('referenceChecks.list.status')}</Table.Th>
            <Table.Th>{t('referenceChecks.list.updated')}</Table.Th>
          </>
        }
        row={(c) => (
          <Table.Tr
            key={c.id}
            style={{ cursor: 'pointer' }}
            onClick={() => openCandidate(c.candidateId)}
            data-testid={`check-row-${c.id}`}
          >
            <Table.Td>
              <AnchorLink
                to="/candidates/$candidateId"
                params={{ candidateId: c.candidateId }}
                search={{ tab: 'references' }}
                fw={600}
                onClick={(e) => e.stopPropagation()}
              >
                {c.candidateName}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{c.jobTitle ?? t('referenceChecks.check.noJob')}</Table.Td>
            <Table.Td>
              <Text size="sm">{c.templateName}</Text>
              {c.subAccountName && (
                <Text size="xs" c="dimmed">
                  {c.subAccountName}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <CheckStatusBadge summary={c} size="xs" />
            </Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {fmt.date(c.updatedAt)}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
      />
    </>
  );
}
