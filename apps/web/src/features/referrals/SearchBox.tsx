import { ActionIcon, Code, Popover, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
  /** The server's word on a query it could not read, shown under the box. */
  error: string | null;
};

const EXAMPLES = [
  ['engineer typescript', 'and'],
  ['react OR vue', 'or'],
  ['engineer -manager', 'not'],
  ['"staff engineer"', 'phrase'],
  ['(react OR vue) typescript', 'group'],
  ['title:engineer company:spotify skill:rust name:åsa', 'fields'],
  ['title:dev*', 'prefix'],
] as const;

/** The boolean search: runs a moment after typing stops, or at once on Enter. */
export function SearchBox({ value, onSearch, error }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const commit = (v: string) => onSearch(v.trim() || undefined);
  const debounced = useDebouncedCallback(commit, 400);
  // Follows the address when it changes elsewhere (clearing the filters, going back).
  useEffect(() => {
    setText((current) => (current.trim() === (value ?? '') ? current : (value ?? '')));
  }, [value]);

  return (
    <TextInput
      type="search"
      label={t('referralsArea.search.label')}
      placeholder={t('referralsArea.search.placeholder')}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        debounced(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        debounced.cancel();
        commit(text);
      }}
      error={error ? `${t('referralsArea.search.invalid')}: ${error}` : undefined}
      rightSection={<SearchHelp />}
      rightSectionPointerEvents="all"
      style={{ flex: 1, minWidth: 280 }}
      data-testid="referrals-search"
    />
  );
}

function SearchHelp() {
  const { t } = useTranslation();
  return (
    <Popover width={420} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon variant="subtle" aria-label={t('referralsArea.search.help')} data-testid="search-help">
          ?
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('referralsArea.search.helpTitle')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('referralsArea.search.helpIntro')}
          </Text>
          <Table verticalSpacing={4} fz="xs">
            <Table.Tbody>
              {EXAMPLES.map(([example, key]) => (
                <Table.Tr key={key}>
                  <Table.Td>
                    <Code>{example}</Code>
                  </Table.Td>
                  <Table.Td>{t(`referralsArea.search.examples.${key}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
