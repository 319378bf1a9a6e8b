import { Anchor, Card, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { TContact } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { ListTable } from '../../ui/ListTable.tsx';
import { useContacts } from './network.api.ts';

/** The employee's own contacts: search and pages (deleting them is on the imported data card). */
export function ContactsCard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const contacts = useContacts(q);
  const items = contacts.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card withBorder padding="lg" data-testid="contacts-card">
      <Stack>
        <Title order={3}>{t('network.contacts.title')}</Title>
        <TextInput
          placeholder={t('network.contacts.search')}
          aria-label={t('network.contacts.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-testid="contacts-search"
        />
        <ListTable<TContact>
          query={contacts}
          items={items}
          minWidth={680}
          emptyTitle={q ? t('network.contacts.noMatch') : t('network.contacts.empty')}
          head={
            <>
              <Table.Th>{t('network.contacts.name')}</Table.Th>
              <Table.Th>{t('network.contacts.position')}</Table.Th>
              <Table.Th>{t('network.contacts.company')}</Table.Th>
              <Table.Th>{t('network.contacts.email')}</Table.Th>
              <Table.Th>{t('network.contacts.connectedOn')}</Table.Th>
            </>
          }
          row={(c) => (
            <Table.Tr key={c.id} data-testid="contact-row">
              <Table.Td>
                {c.linkedinUrl ? (
                  <Anchor href={c.linkedinUrl} target="_blank" rel="noopener noreferrer" size="sm">
                    {`${c.firstName} ${c.lastName}`.trim()}
                  </Anchor>
                ) : (
                  <Text size="sm">{`${c.firstName} ${c.lastName}`.trim()}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.position ?? t('common.none')}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.company ?? t('common.none')}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {c.email ?? t('common.none')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.connectedOn ? fmt.date(`${c.connectedOn}T12:00:00Z`) : t('common.none')}</Text>
              </Table.Td>
            </Table.Tr>
          )}
        />
      </Stack>
    </Card>
  );
}
