import { Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { THighlightTerm, TNetworkReferral } from '@vouch/contracts';
import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { ListTable } from '../../ui/ListTable.tsx';
import {
  fullName,
  HeadCells,
  Highlighted,
  LinkedinLink,
  MarkBadge,
  OpeningRow,
  OverdueBadge,
  Referrer,
  StatusBadge,
} from './parts.tsx';

type Props = {
  list: ComponentProps<typeof ListTable>['query'];
  items: TNetworkReferral[];
  highlights: THighlightTerm[];
  emptyTitle: ReactNode;
  emptyAction?: ReactNode;
  onOpen: (id: string) => void;
};

export function ReferralsTable({ list, items, highlights, emptyTitle, emptyAction, onOpen }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ListTable
      query={list}
      items={items}
      minWidth={1080}
      emptyTitle={emptyTitle}
      emptyAction={emptyAction}
      head={
        <HeadCells
          labels={[
            t('referralsArea.fields.name'),
            t('referralsArea.fields.position'),
            t('referralsArea.fields.skills'),
            t('referralsArea.fields.referrer'),
            t('referralsArea.fields.note'),
            t('referralsArea.fields.job'),
            t('referralsArea.fields.status'),
            t('referralsArea.fields.created'),
          ]}
        />
      }
      row={(r) => (
        <OpeningRow key={r.id} onOpen={() => onOpen(r.id)} testId="referral-row">
          <Table.Td>
            <Group gap={6} wrap="nowrap">
              <Text size="sm" fw={600}>
                <Highlighted text={fullName(r)} terms={highlights} field="name" />
              </Text>
              {r.loveToWorkAgain && (
                <Tooltip label={t('referralsArea.loveToWorkAgain')}>
                  <Text span c="pink" aria-label={t('referralsArea.loveToWorkAgain')} role="img">
                    ♥
                  </Text>
                </Tooltip>
              )}
            </Group>
            <Group gap={6}>
              <MarkBadge source={r.source} />
              <LinkedinLink url={r.linkedinUrl} />
            </Group>
          </Table.Td>
          <Table.Td>
            <PositionAt referral={r} highlights={highlights} />
          </Table.Td>
          <Table.Td>
            <Group gap={4} maw={220}>
              {r.skills.map((skill) => (
                <Badge key={skill} variant="light" color="gray" size="sm" tt="none">
                  <Highlighted text={skill} terms={highlights} field="skill" />
                </Badge>
              ))}
            </Group>
          </Table.Td>
          <Table.Td>
            <Referrer referral={r} />
          </Table.Td>
          <Table.Td>
            <Text size="sm" lineClamp={2} maw={220}>
              {r.note ?? ''}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{r.job?.title ?? t('common.none')}</Text>
          </Table.Td>
          <Table.Td>
            <Stack gap={4} align="flex-start">
              <StatusBadge status={r.status} />
              {r.overdue && <OverdueBadge />}
            </Stack>
          </Table.Td>
          <Table.Td>
            <Text size="sm" c="dimmed">
              {fmt.date(r.createdAt)}
            </Text>
          </Table.Td>
        </OpeningRow>
      )}
    />
  );
}

/** Stands in for a marked part while the translated sentence is cut around it. */
const SLOT = '{{slot}}';

/** "Staff Engineer at Spotify", each part marked where the search found it. */
export function PositionAt({ referral, highlights }: { referral: TNetworkReferral; highlights: THighlightTerm[] }) {
  const { t } = useTranslation();
  const position = <Highlighted text={referral.position} terms={highlights} field="title" />;
  const company = <Highlighted text={referral.company} terms={highlights} field="company" />;
  if (!referral.position && !referral.company) return <Text size="sm">{t('common.none')}</Text>;
  if (!referral.position || !referral.company) {
    return <Text size="sm">{referral.position ? position : company}</Text>;
  }
  // The sentence comes from the translation; the marked parts go where its placeholders are.
  const [before, middle, after] = t('referralsArea.positionAt', { position: SLOT, company: SLOT }).split(SLOT);
  return (
    <Text size="sm">
      {before}
      {position}
      {middle}
      {company}
      {after}
    </Text>
  );
}
