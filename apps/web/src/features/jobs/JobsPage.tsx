import { Badge, Group, SegmentedControl, Select, Switch, Table, Text, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { canManageHiring, useMe } from '../../app/auth.ts';
import type { JobSearch } from '../../app/search.ts';
import { useFormat } from '../../i18n/format.ts';
import { ClearFiltersButton } from '../../ui/Empty.tsx';
import { ListTable } from '../../ui/ListTable.tsx';
import { AnchorLink, ButtonLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useDebouncedText } from '../../ui/useDebouncedText.ts';
import { useMyShareLinks } from '../careers/careers.api.ts';
import { ShareJobButton } from '../careers/ShareJobButton.tsx';
import { useDepartments, useJobList } from './jobs.api.ts';

const route = getRouteApi('/_app/jobs');

export function JobsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const manage = canManageHiring(me.role);
  // Employees and agents only ever see open jobs; the list is read-only for them.
  const readOnly = me.role === 'employee' || me.role === 'agent';
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filters: JobSearch = { ...search, status: readOnly ? 'open' : (search.status ?? 'open') };
  const jobs = useJobList(filters);
  const departments = useDepartments();
  // Everyone who works here has a personal share link per open job; agents submit candidates instead.
  const sharer = me.role !== 'agent';
  const shareLinks = useMyShareLinks(sharer);

  const setFilters = (patch: Partial<JobSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const q = useDebouncedText(search.q, (v) => setFilters({ q: v }));

  const items = jobs.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = !!(search.q || search.departmentId || search.mine || search.status === 'archived');

  return (
    <>
      <PageHeader
        title={readOnly ? t('jobs.openTitle') : t('jobs.title')}
        actions={manage && <ButtonLink to="/jobs/new">{t('jobs.create')}</ButtonLink>}
      />
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap">
        <TextInput label={t('jobs.filters.search')} type="search" w={240} {...q} />
        {!readOnly && (
          <SegmentedControl
            aria-label={t('jobs.fields.status')}
            value={filters.status}
            onChange={(value) => setFilters({ status: value === 'archived' ? 'archived' : undefined })}
            data={[
              { value: 'open', label: t('jobs.status.open') },
              { value: 'archived', label: t('jobs.status.archived') },
            ]}
          />
        )}
        <Select
          label={t('jobs.fields.department')}
          placeholder={t('jobs.filters.anyDepartment')}
          data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={search.departmentId ?? null}
          onChange={(value) => setFilters({ departmentId: value ?? undefined })}
          clearable
          w={220}
        />
        {manage && (
          <Switch
            label={t('jobs.filters.mine')}
            checked={!!search.mine}
            onChange={(e) => setFilters({ mine: e.currentTarget.checked || undefined })}
            mb={8}
          />
        )}
      </Group>

      <ListTable
        query={jobs}
        items={items}
        minWidth={640}
        emptyTitle={t('jobs.empty')}
        emptyAction={
          manage && !filtered ? (
            <ButtonLink to="/jobs/new">{t('jobs.emptyAction')}</ButtonLink>
          ) : filtered ? (
            <ClearFiltersButton onClick={() => navigate({ search: {}, replace: true })} />
          ) : null
        }
        head={
          <>
            <Table.Th>{t('jobs.fields.title')}</Table.Th>
            <Table.Th>{t('jobs.fields.department')}</Table.Th>
            <Table.Th>{t('jobs.fields.location')}</Table.Th>
            {!readOnly && <Table.Th>{t('jobs.fields.hiringManager')}</Table.Th>}
            {!readOnly && <Table.Th ta="right">{t('jobs.fields.candidates')}</Table.Th>}
            <Table.Th>{t('jobs.fields.created')}</Table.Th>
            {sharer && <Table.Th>{t('careers.share.button')}</Table.Th>}
          </>
        }
        row={(job) => (
          <Table.Tr key={job.id}>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <AnchorLink to="/jobs/$jobId" params={{ jobId: job.id }} fw={600}>
                  {job.title}
                </AnchorLink>
                {job.status === 'archived' && (
                  <Badge color="gray" size="sm">
                    {t('jobs.status.archived')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>{job.departmentName ?? t('common.none')}</Table.Td>
            <Table.Td>{job.location ?? t('common.none')}</Table.Td>
            {!readOnly && <Table.Td>{job.hiringManager?.name ?? t('common.none')}</Table.Td>}
            {!readOnly && <Table.Td ta="right">{fmt.number(job.candidateCount)}</Table.Td>}
            <Table.Td>
              <Text size="sm" c="dimmed">
                {fmt.date(job.createdAt)}
              </Text>
            </Table.Td>
            {sharer && (
              <Table.Td>
                {job.status === 'open' && <ShareJobButton job={job} link={shareLinks.data?.get(job.id)} />}
              </Table.Td>
            )}
          </Table.Tr>
        )}
      />
    </>
  );
}
