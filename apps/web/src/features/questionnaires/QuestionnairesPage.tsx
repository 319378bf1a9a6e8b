import { ActionIcon, Badge, Group, Menu, Select, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LANGUAGES, type TLanguage, type TQuestionnaireTemplate } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { questionnaireKeys } from '../../app/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { ListTable } from '../../ui/ListTable.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ReferencesNav } from '../references/ReferencesNav.tsx';
import { NewQuestionnaireMenu } from './NewQuestionnaireMenu.tsx';
import {
  duplicateQuestionnaire,
  setQuestionnaireArchived,
  useQuestionnaireList,
  useSubAccountList,
} from './questionnaires.api.ts';

/** The company's questionnaires by language and sub-account, with their current version. */
export function QuestionnairesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const client = useQueryClient();
  const [language, setLanguage] = useState<TLanguage | undefined>();
  const [subAccountId, setSubAccountId] = useState<string | undefined>();
  const [includeArchived, setIncludeArchived] = useState(false);
  const list = useQuestionnaireList({ language, subAccountId, includeArchived });
  const subAccounts = useSubAccountList();
  const items = list.data ?? [];

  const refresh = () => client.invalidateQueries({ queryKey: questionnaireKeys.all() });
  const duplicate = useMutation({
    mutationFn: (q: TQuestionnaireTemplate) => duplicateQuestionnaire(q.id),
    onSuccess: async () => {
      notifySuccess(t('questionnaires.duplicated'));
      await refresh();
    },
  });
  const archive = useMutation({
    mutationFn: ({ q, archived }: { q: TQuestionnaireTemplate; archived: boolean }) =>
      setQuestionnaireArchived(q.id, archived),
    onSuccess: async (_d, { archived }) => {
      notifySuccess(t(archived ? 'questionnaires.archivedDone' : 'questionnaires.restored'));
      await refresh();
    },
  });
  const askArchive = async (q: TQuestionnaireTemplate) => {
    const ok = await confirmAction({
      message: t('questionnaires.archiveConfirm', { name: q.name }),
      confirmLabel: t('questionnaires.archive'),
    });
    if (ok) archive.mutate({ q, archived: true });
  };

  return (
    <>
      <ReferencesNav active="questionnaires" />
      <PageHeader
        title={t('questionnaires.title')}
        subtitle={t('questionnaires.subtitle')}
        actions={<NewQuestionnaireMenu subAccountId={subAccountId} />}
      />
      <Group gap="sm" align="flex-end" wrap="wrap" mb="md">
        <Select
          label={t('questionnaires.filters.language')}
          placeholder={t('questionnaires.filters.anyLanguage')}
          data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
          value={language ?? null}
          onChange={(v) => setLanguage((v as TLanguage) ?? undefined)}
          clearable
          w={180}
          data-testid="questionnaire-filter-language"
        />
        {(subAccounts.data?.length ?? 0) > 0 && (
          <Select
            label={t('questionnaires.filters.subAccount')}
            placeholder={t('questionnaires.filters.anySubAccount')}
            data={(subAccounts.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={subAccountId ?? null}
            onChange={(v) => setSubAccountId(v ?? undefined)}
            clearable
            searchable
            w={220}
            data-testid="questionnaire-filter-sub-account"
          />
        )}
        <Switch
          label={t('questionnaires.filters.showArchived')}
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
          mb={8}
          data-testid="questionnaire-filter-archived"
        />
      </Group>
      <ListTable
        query={list}
        items={items}
        minWidth={820}
        emptyTitle={t('questionnaires.empty')}
        emptyAction={<NewQuestionnaireMenu subAccountId={subAccountId} />}
        head={
          <>
            <Table.Th>{t('questionnaires.columns.name')}</Table.Th>
            <Table.Th>{t('questionnaires.columns.language')}</Table.Th>
            <Table.Th>{t('questionnaires.columns.subAccount')}</Table.Th>
            <Table.Th>{t('questionnaires.columns.version')}</Table.Th>
            <Table.Th>{t('questionnaires.columns.questions')}</Table.Th>
            <Table.Th>{t('questionnaires.columns.updated')}</Table.Th>
            <Table.Th w={60}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </>
        }
        row={(q) => (
          <Table.Tr key={q.id} data-testid="questionnaire-row">
            <Table.Td>
              <Group gap="xs">
                <AnchorLink
                  to="/references/questionnaires/$templateId"
                  params={{ templateId: q.id }}
                  fw={600}
                  size="sm"
                  data-testid="questionnaire-open"
                >
                  {q.name}
                </AnchorLink>
                {q.preset && (
                  <Badge variant="light" color="gray" size="sm">
                    {t('questionnaires.readyMade')}
                  </Badge>
                )}
                {q.archived && (
                  <Badge variant="light" color="yellow" size="sm">
                    {t('questionnaires.archived')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>{t(`languages.${q.language}`)}</Table.Td>
            <Table.Td>
              {q.subAccountName ?? (
                <Text span c="dimmed" size="sm">
                  {t('questionnaires.companyWide')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{t('questionnaires.versionN', { n: q.version })}</Table.Td>
            <Table.Td>{fmt.number(q.questionCount)}</Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {fmt.date(q.updatedAt)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`${t('common.actions')}: ${q.name}`}
                    data-testid="questionnaire-actions"
                  >
                    ⋯
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => duplicate.mutate(q)} data-testid="questionnaire-duplicate">
                    {t('questionnaires.duplicate')}
                  </Menu.Item>
                  {q.archived ? (
                    <Menu.Item
                      onClick={() => archive.mutate({ q, archived: false })}
                      data-testid="questionnaire-unarchive"
                    >
                      {t('questionnaires.unarchive')}
                    </Menu.Item>
                  ) : (
                    <Menu.Item color="red" onClick={() => askArchive(q)} data-testid="questionnaire-archive">
                      {t('questionnaires.archive')}
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            </Table.Td>
          </Table.Tr>
        )}
      />
    </>
  );
}
