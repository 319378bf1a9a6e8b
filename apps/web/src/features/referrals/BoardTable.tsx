import { Badge, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { TBoardReferral, TReferralSource } from '@vouch/contracts';
import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { ListTable } from '../../ui/ListTable.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { ActiveToggle, StatusPencil } from './BoardRowActions.tsx';
import { fullName, HeadCells, OpeningRow, Referrer, StatusBadge } from './parts.tsx';

type Props = {
  list: ComponentProps<typeof ListTable>['query'];
  items: TBoardReferral[];
  emptyTitle: ReactNode;
  emptyAction?: ReactNode;
  onOpen: (id: string) => void;
};

const SOURCE_COLOR: Record<TReferralSource, string> = {
  email_introduction: 'grape',
  warm_prospect: 'orange',
  cold_prospect: 'cyan',
  referral_request: 'blue',
  submission: 'teal',
  employee_referral: 'green',
  agent_submission: 'indigo',
  share_link: 'lime',
};

export function SourceBadge({ source }: { source: TReferralSource }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" size="sm" color={SOURCE_COLOR[source]} tt="none">
      {t(`board.sources.${source}`)}
    </Badge>
  );
}

export function StaleBadge() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('board.staleHint')} multiline w={260} withArrow>
      <Badge color="orange" variant="filled" size="sm" data-testid="stale-badge">
        {t('board.stale')}
      </Badge>
    </Tooltip>
  );
}

/** "Data Engineer at Spotify", or whichever half is known. */
function PositionLine({ referral: r }: { referral: TBoardReferral }) {
  const { t } = useTranslation();
  const line =
    r.position && r.company
      ? t('referralsArea.positionAt', { position: r.position, company: r.company })
      : (r.position ?? r.company ?? '');
  return (
    <Text size="xs" c="dimmed">
      {line}
    </Text>
  );
}

/** The board's rows: who, who referred them, how it began, where it stands, for which role. */
export function BoardTable({ list, items, emptyTitle, emptyAction, onOpen }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ListTable
      query={list}
      items={items}
      minWidth={980}
      emptyTitle={emptyTitle}
      emptyAction={emptyAction}
      head={
        <HeadCells
          labels={[
            t('board.fields.candidate'),
            t('board.fields.referrer'),
            t('board.fields.source'),
            t('board.fields.status'),
            t('board.fields.role'),
            <VisuallyHidden key="actions">{t('common.actions')}</VisuallyHidden>,
          ]}
        />
      }
      row={(r) => (
        // Enter on the row's own link and buttons must not open the drawer as well.
        <OpeningRow
          key={r.id}
          onOpen={() => onOpen(r.id)}
          enterOnRowOnly
          label={t('board.openRow', { name: fullName(r) })}
          testId="board-row"
        >
          <Table.Td>
            {r.candidate ? (
              <AnchorLink
                to="/candidates/$candidateId"
                params={{ candidateId: r.candidate.id }}
                size="sm"
                fw={600}
                onClick={(e) => e.stopPropagation()}
              >
                {fullName(r)}
              </AnchorLink>
            ) : (
              <Text size="sm" fw={600}>
                {fullName(r)}
              </Text>
            )}
            <PositionLine referral={r} />
          </Table.Td>
          <Table.Td>
            <Referrer referral={r} />
          </Table.Td>
          <Table.Td>
            <SourceBadge source={r.source} />
          </Table.Td>
          <Table.Td>
            <Group gap={6}>
              <StatusBadge status={r.status} />
              {r.stale && <StaleBadge />}
            </Group>
            <Tooltip label={fmt.dateTime(r.statusChangedAt)} withArrow>
              <Text size="xs" c="dimmed" mt={2} w="fit-content" tabIndex={0} data-testid="status-changed-at">
                {fmt.relative(r.statusChangedAt)}
              </Text>
            </Tooltip>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{r.job?.title ?? t('common.none')}</Text>
            {r.department && (
              <Text size="xs" c="dimmed">
                {r.department.name}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Group gap={2} wrap="nowrap" justify="flex-end">
              <StatusPencil referral={r} />
              <ActiveToggle referral={r} />
            </Group>
          </Table.Td>
        </OpeningRow>
      )}
    />
  );
}
