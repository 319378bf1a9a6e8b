import { Anchor, Badge, Mark, Table, Text, Tooltip } from '@mantine/core';
import type { THighlightTerm, TNetworkReferral, TReferralStatus } from '@vouch/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type HighlightField, highlightSegments } from './highlight.ts';

const STATUS_COLOR: Partial<Record<TReferralStatus, string>> = {
  passed_on: 'blue',
  introduction_requested: 'yellow',
  introduced: 'teal',
  recruiter_contacted: 'teal',
  refer_request_sent: 'yellow',
  referrer_contacted: 'teal',
  candidate_interested: 'teal',
  applied: 'indigo',
  interviewing: 'indigo',
  offer: 'violet',
  hired: 'green',
};

export function StatusBadge({ status }: { status: TReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLOR[status] ?? 'gray'}>
      {t(`referralsArea.status.${status}`)}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="filled" data-testid="overdue-badge">
      {t('referralsArea.overdue')}
    </Badge>
  );
}

export function InactiveBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="gray" variant="outline" data-testid="inactive-badge">
      {t('board.inactive')}
    </Badge>
  );
}

/** Warm or cold, on the prospects tab. */
export function MarkBadge({ source }: { source: TNetworkReferral['source'] }) {
  const { t } = useTranslation();
  if (source !== 'warm_prospect' && source !== 'cold_prospect') return null;
  return (
    <Badge variant="outline" size="sm" color={source === 'cold_prospect' ? 'cyan' : 'orange'}>
      {t(`referralsArea.marks.${source}`)}
    </Badge>
  );
}

/**
 * Who passed the person on. A cold prospect says it is anonymous and why; the server never sends
 * the name, so there is nothing else to show.
 */
export function Referrer({ referral }: { referral: Pick<TNetworkReferral, 'source' | 'referrer'> }) {
  const { t } = useTranslation();
  if (referral.source === 'cold_prospect') {
    return (
      <Tooltip label={t('referralsArea.anonymousHint')} multiline w={280} withArrow>
        <Text size="sm" fs="italic" c="dimmed" tabIndex={0} data-testid="referrer-anonymous">
          {t('referralsArea.anonymous')}
        </Text>
      </Tooltip>
    );
  }
  return <Text size="sm">{referral.referrer?.name ?? t('common.none')}</Text>;
}

/** Text with the searched words marked, as far as they apply to this field. */
export function Highlighted({
  text,
  terms,
  field,
}: {
  text: string | null;
  terms: THighlightTerm[];
  field: HighlightField;
}) {
  if (!text) return null;
  return (
    <>
      {highlightSegments(text, terms, field).map((segment, i) =>
        segment.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their place
          <Mark key={i}>{segment.text}</Mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

/** Only web addresses become links: an imported "URL" could be anything. */
export function safeHref(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function LinkedinLink({ url }: { url: string | null }) {
  const { t } = useTranslation();
  const href = safeHref(url);
  if (!href) return null;
  return (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" size="xs" onClick={(e) => e.stopPropagation()}>
      {t('referralsArea.linkedin')}
    </Anchor>
  );
}

export const fullName = (r: Pick<TNetworkReferral, 'firstName' | 'lastName'>) => `${r.firstName} ${r.lastName}`.trim();

/** A list's header cells, one per label, in column order. */
export function HeadCells({ labels }: { labels: readonly ReactNode[] }) {
  return labels.map((label, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed, so the place is the identity
    <Table.Th key={i}>{label}</Table.Th>
  ));
}

/**
 * A list row that opens its referral on click or Enter and is reached with Tab. With
 * `enterOnRowOnly`, Enter on a link or button inside the row does only that control's job.
 */
export function OpeningRow({
  onOpen,
  enterOnRowOnly = false,
  label,
  testId,
  children,
}: {
  onOpen: () => void;
  enterOnRowOnly?: boolean;
  label?: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Table.Tr
      style={{ cursor: 'pointer' }}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (!enterOnRowOnly || e.target === e.currentTarget)) onOpen();
      }}
      tabIndex={0}
      aria-label={label}
      data-testid={testId}
    >
      {children}
    </Table.Tr>
  );
}
