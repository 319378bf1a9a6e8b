import { Badge, Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api.ts';
import { searchKeys } from './query-keys.ts';

/** Header search over candidates and jobs; arrows move, Enter opens, Escape closes, "/" focuses. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [debounced] = useDebouncedValue(value.trim(), 250);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  useHotkeys([
    ['/', () => inputRef.current?.focus()],
    ['mod+K', () => inputRef.current?.focus()],
  ]);

  const enabled = debounced.length >= 2;
  const search = useQuery({
    queryKey: searchKeys.results(debounced),
    queryFn: ({ signal }) => api.get('/api/search', { query: { q: debounced }, signal }),
    enabled,
    staleTime: 10_000,
    placeholderData: (previous) => previous,
  });

  const open = (target: string) => {
    const [kind, id] = target.split(':');
    setValue('');
    combobox.closeDropdown();
    inputRef.current?.blur();
    if (kind === 'c') void navigate({ to: '/candidates/$candidateId', params: { candidateId: id } });
    else void navigate({ to: '/jobs/$jobId', params: { jobId: id } });
  };

  const data = enabled ? search.data : undefined;
  const nothing = data && data.candidates.length === 0 && data.jobs.length === 0;

  return (
    <Combobox store={combobox} onOptionSubmit={open} withinPortal>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          ref={inputRef}
          // On a phone it takes the room the header has left; from a tablet up a fixed width.
          w={{ base: 'auto', sm: 320 }}
          flex={{ base: 1, sm: 'none' }}
          miw={0}
          aria-label={t('header.searchLabel')}
          placeholder={t('header.searchPlaceholder')}
          type="search"
          value={value}
          rightSection={search.isFetching ? <Loader size={14} /> : null}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(e) => {
            // Enter without choosing opens the first hit, the way people expect a search box to work.
            if (e.key === 'Enter' && combobox.getSelectedOptionIndex() === -1) combobox.selectFirstOption();
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={value.trim().length === 0}>
        <Combobox.Options>
          {!enabled && <Combobox.Empty>{t('header.searchHint')}</Combobox.Empty>}
          {nothing && <Combobox.Empty>{t('header.searchNothing')}</Combobox.Empty>}
          {data && data.candidates.length > 0 && (
            <Combobox.Group label={t('header.searchCandidates')}>
              {data.candidates.map((c) => (
                <Combobox.Option value={`c:${c.id}`} key={c.id}>
                  <Text size="sm">{c.name}</Text>
                  {c.detail && (
                    <Text size="xs" c="dimmed">
                      {c.detail}
                    </Text>
                  )}
                </Combobox.Option>
              ))}
            </Combobox.Group>
          )}
          {data && data.jobs.length > 0 && (
            <Combobox.Group label={t('header.searchJobs')}>
              {data.jobs.map((j) => (
                <Combobox.Option value={`j:${j.id}`} key={j.id}>
                  <Group justify="space-between" wrap="nowrap">
                    <Text size="sm">{j.title}</Text>
                    {j.status === 'archived' && (
                      <Badge size="xs" color="gray">
                        {t('jobs.status.archived')}
                      </Badge>
                    )}
                  </Group>
                </Combobox.Option>
              ))}
            </Combobox.Group>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
