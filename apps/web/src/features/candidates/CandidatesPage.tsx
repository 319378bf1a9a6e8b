import { Badge, Checkbox, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { CANDIDATE_SORTS } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canManageHiring, useMe } from '../../app/auth.ts';
import type { CandidateSearch } from '../../app/search.ts';
import { useFormat } from '../../i18n/format.ts';
import { ClearFiltersButton } from '../../ui/Empty.tsx';
import { ListTable } from '../../ui/ListTable.tsx';
import { AnchorLink, ButtonLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useDebouncedText } from '../../ui/useDebouncedText.ts';
import { ConnectionsCell } from '../connections/ConnectionsCell.tsx';
import { usePageConnections } from '../connections/connections.api.ts';
import { useJob, useJobOptions } from '../jobs/jobs.api.ts';
import { BulkStartButton } from '../references/BulkStartButton.tsx';
import { CheckStatusBadge } from '../references/CheckStatusBadge.tsx';
import { useCandidateList } from './candidates.api.ts';

const route = getRouteApi('/_app/candidates');

export function CandidatesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const manage = canManageHiring(me.role);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const setFilters = (patch: Partial<CandidateSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  const list = useCandidateList(search);
  const jobs = useJobOptions();
  const job = useJob(search.jobId);
  const q = useDebouncedText(search.q, (v) => setFilters({ q: v }));
  const tag = useDebouncedText(search.tag, (v) => setFilters({ tag: v }));
  const skill = useDebouncedText(search.skill, (v) => setFilters({ skill: v }));

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const connections = usePageConnections(list.data?.pages ?? []);
  const filtered = Object.entries(search).some(([key, value]) => key !== 'sort' && value);
  const openProfile = (candidateId: string) => navigate({ to: '/candidates/$candidateId', params: { candidateId } });
  // Chosen for a bulk action, by id with the name the result list shows.
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const toggle = (id: string, name: string) =>
    setSelected((prev) => {
      const next = new Map(prev);
      if (next.has(id)) next.delete(id);
      else next.set(id, name);
      return next;
    });
  const allShown = items.length > 0 && items.every((c) => selected.has(c.id));
  const toggleAll = () =>
    setSelected(allShown ? new Map() : new Map(items.map((c) => [c.id, `${c.firstName} ${c.lastName}`])));

  return (
    <>
      <PageHeader
        title={t('candidates.title')}
        actions={
          manage && (
            <Group gap="sm">
              <BulkStartButton selected={selected} jobId={null} onDone={() => setSelected(new Map())} />
              <ButtonLink to="/candidates/new">{t('candidates.create')}</ButtonLink>
            </Group>
          )
        }
      />
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap">
        <TextInput label={t('candidates.filters.search')} type="search" w={220} {...q} />
        <Select
          label={t('candidates.filters.job')}
          placeholder={t('common.all')}
          data={jobs.data ?? []}
          value={search.jobId ?? null}
          onChange={(value) => setFilters({ jobId: value ?? undefined, stepId: undefined })}
          searchable
          clearable
          w={200}
        />
        <Select
          label={t('candidates.filters.step')}
          placeholder={t('common.all')}
          data={(job.data?.steps ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={search.stepId ?? null}
          onChange={(value) => setFilters({ stepId: value ?? undefined })}
          disabled={!search.jobId}
          clearable
          w={170}
        />
        <TextInput label={t('candidates.filters.tag')} w={130} {...tag} />
        <TextInput label={t('candidates.filters.skill')} w={130} {...skill} />
        <Select
          label={t('candidates.filters.sort')}
          data={CANDIDATE_SORTS.map((s) => ({ value: s, label: t(`candidates.sorts.${s}`) }))}
          value={search.sort ?? 'updated_desc'}
          onChange={(value) =>
            setFilters({ sort: value === 'updated_desc' ? undefined : (value as CandidateSearch['sort']) })
          }
          allowDeselect={false}
          w={200}
        />
      </Group>

      <ListTable
        query={list}
        items={items}
        minWidth={820}
        emptyTitle={t('candidates.empty')}
        emptyAction={
          filtered ? (
            <ClearFiltersButton onClick={() => navigate({ search: {}, replace: true })} />
          ) : manage ? (
            <ButtonLink to="/candidates/new">{t('candidates.emptyAction')}</ButtonLink>
          ) : null
        }
        head={
          <>
            {manage && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('referenceChecks.bulk.selectAll')}
                  checked={allShown}
                  indeterminate={!allShown && selected.size > 0}
                  onChange={toggleAll}
                  data-testid="candidates-select-all"
                />
              </Table.Th>
            )}
            <Table.Th>{t('candidates.fields.name')}</Table.Th>
            <Table.Th>{t('candidates.fields.currentCompany')}</Table.Th>
            <Table.Th>{t('candidates.fields.location')}</Table.Th>
            <Table.Th>{t('candidates.fields.jobs')}</Table.Th>
            <Table.Th>{t('connections.column')}</Table.Th>
            <Table.Th>{t('referenceChecks.tab')}</Table.Th>
            <Table.Th>{t('candidates.fields.tags')}</Table.Th>
            <Table.Th>{t('candidates.fields.updated')}</Table.Th>
          </>
        }
        row={(c) => (
          <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => openProfile(c.id)}>
            {manage && (
              <Table.Td onClick={(e) => e.stopPropagation()}>
                <Checkbox
                  aria-label={t('referenceChecks.bulk.select', { name: `${c.firstName} ${c.lastName}` })}
                  checked={selected.has(c.id)}
                  onChange={() => toggle(c.id, `${c.firstName} ${c.lastName}`)}
                  data-testid={`candidate-select-${c.id}`}
                />
              </Table.Td>
            )}
            <Table.Td>
              <AnchorLink
                to="/candidates/$candidateId"
                params={{ candidateId: c.id }}
                fw={600}
                onClick={(e) => e.stopPropagation()}
              >
                {c.firstName} {c.lastName}
              </AnchorLink>
              {c.currentTitle && (
                <Text size="xs" c="dimmed">
                  {c.currentTitle}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{c.currentCompany ?? t('common.none')}</Table.Td>
            <Table.Td>{c.location ?? t('common.none')}</Table.Td>
            <Table.Td>
              {c.placements.map((p) => (
                <Text size="sm" key={p.jobId}>
                  {p.jobTitle} ·{' '}
                  <Text span c="dimmed" size="sm">
                    {p.stepName}
                  </Text>
                </Text>
              ))}
            </Table.Td>
            <Table.Td>
              <ConnectionsCell candidateId={c.id} summary={connections.get(c.id)} />
            </Table.Td>
            <Table.Td data-testid={`candidate-check-${c.id}`}>
              <CheckStatusBadge summary={c.referenceCheck} size="xs" />
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {c.tags.map((tagName) => (
                  <Badge key={tagName} variant="light" size="sm">
                    {tagName}
                  </Badge>
                ))}
              </Group>
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
