import { Button, Card, Group, NumberInput, Select, Table, Text, TextInput } from '@mantine/core';
import {
  AUDIT_ACTIONS,
  AUDIT_RETENTION_YEARS,
  AUDIT_TARGET_KINDS,
  type TAuditAction,
  type TAuditEntry,
  type TAuditTargetKind,
} from '@vouch/contracts';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { errorMessage, notifySuccess } from '../../app/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { translateMessage } from '../../i18n/index.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ListTable } from '../../ui/ListTable.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useApiKeys } from '../integrations/api-keys.api.ts';
import { useMembers } from '../users/users.api.ts';
import { type AuditFilters, auditExportUrl, useAuditLog, useAuditSettings, useSaveAuditSettings } from './audit.api.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const shortId = (id: string) => id.slice(0, 8);

/**
 * Company settings → Audit log: who did what to personal data, newest first, with filters, a CSV of
 * what the filters show, and how long entries are kept. Entries hold ids only; names come from the
 * members and API keys lists (a person erased since shows as a short id).
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [targetIdText, setTargetIdText] = useState('');
  const list = useAuditLog(filters);
  const members = useMembers({});
  const keys = useApiKeys();

  // A target id is sent once it looks like one; a half-typed id would only be a field error.
  useEffect(() => {
    const id = targetIdText.trim();
    setFilters((f) => ({ ...f, targetId: UUID.test(id) ? id : undefined }));
  }, [targetIdText]);

  const names = useMemo(() => {
    const byId = new Map<string, string>();
    for (const m of members.data?.items ?? []) {
      byId.set(m.id, m.name || m.email);
      byId.set(m.userId, m.name || m.email);
    }
    for (const k of keys.data ?? []) byId.set(k.id, k.name);
    return byId;
  }, [members.data, keys.data]);

  const fieldError = (field: keyof AuditFilters) => {
    if (!isApiError(list.error)) return undefined;
    const error = list.error.errors.find((e) => e.field === field);
    return error ? translateMessage(error.message) : undefined;
  };
  const set = <K extends keyof AuditFilters>(key: K, value: AuditFilters[K] | null) =>
    setFilters((f) => ({ ...f, [key]: value || undefined }));

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Object.values(filters).some(Boolean);
  const actorOptions = (members.data?.items ?? []).map((m) => ({ value: m.id, label: m.name || m.email }));

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        before={<AnchorLink to="/company">{t('audit.backToCompany')}</AnchorLink>}
        actions={
          <Button component="a" href={auditExportUrl(filters)} download variant="default" data-testid="audit-export">
            {t('audit.export')}
          </Button>
        }
      />
      <Group mb="md" gap="sm" align="flex-start" wrap="wrap" data-testid="audit-filters">
        <Select
          label={t('audit.fields.actor')}
          placeholder={t('audit.fields.anyone')}
          data={actorOptions}
          value={filters.actorId ?? null}
          onChange={(v) => set('actorId', v)}
          error={fieldError('actorId')}
          searchable
          clearable
          w={220}
        />
        <Select
          label={t('audit.fields.action')}
          placeholder={t('audit.fields.anyAction')}
          data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.action.${a}`) }))}
          value={filters.action ?? null}
          onChange={(v) => set('action', v as TAuditAction | null)}
          error={fieldError('action')}
          searchable
          clearable
          w={240}
        />
        <Select
          label={t('audit.fields.targetKind')}
          placeholder={t('audit.fields.anyTarget')}
          data={AUDIT_TARGET_KINDS.map((k) => ({ value: k, label: t(`audit.target.${k}`) }))}
          value={filters.targetKind ?? null}
          onChange={(v) => set('targetKind', v as TAuditTargetKind | null)}
          error={fieldError('targetKind')}
          clearable
          w={200}
        />
        <TextInput
          label={t('audit.fields.targetId')}
          value={targetIdText}
          onChange={(e) => setTargetIdText(e.currentTarget.value)}
          error={
            fieldError('targetId') ??
            (targetIdText.trim() && !UUID.test(targetIdText.trim()) ? t('audit.badId') : undefined)
          }
          w={300}
        />
        <DateField
          label={t('audit.fields.from')}
          value={filters.from}
          onChange={(day) => set('from', day)}
          error={fieldError('from')}
          w={160}
        />
        <DateField
          label={t('audit.fields.to')}
          value={filters.to}
          onChange={(day) => set('to', day)}
          error={fieldError('to')}
          w={160}
        />
      </Group>

      <ListTable
        query={isApiError(list.error) && list.error.errors.length ? { ...list, error: null } : list}
        items={items}
        minWidth={900}
        emptyTitle={filtered ? t('common.noMatch') : t('audit.empty')}
        head={
          <>
            <Table.Th>{t('audit.fields.time')}</Table.Th>
            <Table.Th>{t('audit.fields.actor')}</Table.Th>
            <Table.Th>{t('audit.fields.action')}</Table.Th>
            <Table.Th>{t('audit.fields.target')}</Table.Th>
            <Table.Th>{t('audit.fields.detail')}</Table.Th>
            <Table.Th>{t('audit.fields.ip')}</Table.Th>
          </>
        }
        row={(entry) => <AuditRow key={entry.id} entry={entry} names={names} time={fmt.dateTime(entry.createdAt)} />}
      />
      <RetentionCard />
    </>
  );
}

function AuditRow({ entry, names, time }: { entry: TAuditEntry; names: Map<string, string>; time: string }) {
  const { t } = useTranslation();
  const actor =
    entry.actor.kind === 'system'
      ? t('audit.actor.system')
      : `${names.get(entry.actor.id ?? '') ?? shortId(entry.actor.id ?? '')}${
          entry.actor.kind === 'api_key' ? ` (${t('audit.actor.api_key')})` : ''
        }`;
  const known = (AUDIT_ACTIONS as readonly string[]).includes(entry.action);
  return (
    <Table.Tr data-testid="audit-row">
      <Table.Td>
        <Text size="sm">{time}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{actor}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{known ? t(`audit.action.${entry.action as TAuditAction}`) : entry.action}</Text>
      </Table.Td>
      <Table.Td>{entry.target && <Target kind={entry.target.kind} id={entry.target.id} names={names} />}</Table.Td>
      <Table.Td maw={260}>
        <Text size="xs" c="dimmed">
          {Object.entries(entry.detail)
            .filter(([, value]) => value !== null && value !== '')
            .map(([key, value]) => `${t(`audit.detail.${key}`, { defaultValue: key })}: ${value}`)
            .join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs" ff="monospace">
          {entry.ip}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

function Target({ kind, id, names }: { kind: string; id: string; names: Map<string, string> }) {
  const { t } = useTranslation();
  const label = (AUDIT_TARGET_KINDS as readonly string[]).includes(kind)
    ? t(`audit.target.${kind as TAuditTargetKind}`)
    : kind;
  const name = names.get(id) ?? shortId(id);
  if (kind === 'reference_check')
    return (
      <AnchorLink size="sm" to="/reference-checks/$checkId/report" params={{ checkId: id }}>
        {label} {name}
      </AnchorLink>
    );
  return (
    <Text size="sm">
      {label} {name}
    </Text>
  );
}

/** How long entries are kept before the daily purge removes them (1–10 years). */
function RetentionCard() {
  const { t } = useTranslation();
  const settings = useAuditSettings();
  const save = useSaveAuditSettings();
  const [years, setYears] = useState<number | string>('');
  useEffect(() => {
    if (settings.data) setYears(settings.data.retentionYears);
  }, [settings.data]);
  const error = isApiError(save.error) ? errorMessage(save.error) : undefined;
  return (
    <Card withBorder mt="lg" data-testid="audit-retention">
      <Text fw={600}>{t('audit.retention.title')}</Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t('audit.retention.hint')}
      </Text>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('audit.retention.years')}
          min={AUDIT_RETENTION_YEARS.min}
          max={AUDIT_RETENTION_YEARS.max}
          allowDecimal={false}
          value={years}
          onChange={setYears}
          error={error}
          w={160}
        />
        <Button
          loading={save.isPending}
          disabled={!settings.data || years === settings.data.retentionYears}
          onClick={() =>
            save.mutate(
              { retentionYears: Number(years) },
              { onSuccess: () => notifySuccess(t('audit.retention.saved')) },
            )
          }
        >
          {t('common.save')}
        </Button>
      </Group>
    </Card>
  );
}
