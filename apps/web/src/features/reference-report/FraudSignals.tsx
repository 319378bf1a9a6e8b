import { Accordion, Badge, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  RELATIONSHIPS,
  type TFraudSeverity,
  type TFraudSignal,
  type TRelationship,
  type TReport,
} from '@vouch/contracts';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { referenceCheckKeys } from '../../app/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { reviewAllFraudSignals, reviewFraudSignal } from './report.api.ts';

/** A signal's evidence as a sentence: what matched what. */
const SIGNAL_FIELDS = ['email', 'phone', 'ip', 'device'] as const;
const isSignalField = (field: string): field is (typeof SIGNAL_FIELDS)[number] =>
  (SIGNAL_FIELDS as readonly string[]).includes(field);
const isRelationship = (value: string): value is TRelationship => (RELATIONSHIPS as readonly string[]).includes(value);

export function evidenceSentence(signal: TFraudSignal, t: TFunction): string {
  const e = signal.evidence;
  const s = (key: string) => (e[key] === null || e[key] === undefined ? '' : String(e[key]));
  if (signal.kind === 'free_mail_with_company') {
    return t('referenceReport.signals.freeMail', { email: s('value'), company: s('company') });
  }
  if (signal.kind === 'answered_too_fast') {
    return t('referenceReport.signals.tooFast', {
      answers: e.answers ?? 0,
      seconds: e.seconds ?? 0,
      minimum: e.minimumSeconds ?? 0,
    });
  }
  if (signal.kind === 'contact_lookalike_of_candidate') {
    const key = e.how === 'alias' ? 'alias' : 'lookalike';
    return t(`referenceReport.signals.${key}`, { email: s('value'), candidate: s('candidateValue') });
  }
  if (signal.kind === 'relationship_mismatch') {
    const relationship = (key: string) =>
      isRelationship(s(key)) ? t(`referenceReport.signals.relationships.${s(key) as TRelationship}`) : s(key);
    return t('referenceReport.signals.relationshipMismatch', {
      claimed: relationship('claimed'),
      stated: relationship('stated'),
    });
  }
  const named = s('field');
  const field = isSignalField(named) ? t(`referenceReport.signals.fields.${named}`) : named;
  if (e.matches === 'candidate') return t('referenceReport.signals.matchesCandidate', { field, value: s('value') });
  if (e.matches === 'referee') {
    return t('referenceReport.signals.matchesReferee', { field, value: s('value'), name: s('otherRefereeName') });
  }
  return t('referenceReport.signals.matchesOtherCandidate', {
    field,
    value: s('value'),
    name: s('otherCandidateName'),
  });
}

const SEVERITY_COLOR: Record<TFraudSeverity, string> = { high: 'red', medium: 'orange', low: 'gray' };

/**
 * The signals at the top of the report, by kind: severity, how many, how many still unreviewed, and
 * one expandable evidence list per kind with a "Reviewed" tick per signal; "Mark all reviewed" for
 * recruiters once they have looked.
 */
export function FraudSignals({ report, canReview }: { report: TReport; canReview: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const checkId = report.check.id;
  const refresh = () => void client.invalidateQueries({ queryKey: referenceCheckKeys.all() });
  const replaceSignals = (changed: TFraudSignal[]) =>
    client.setQueryData<TReport>(referenceCheckKeys.report(checkId), (old) => {
      if (!old) return old;
      const byId = new Map(changed.map((s) => [s.id, s]));
      const swap = (list: TFraudSignal[]) => list.map((s) => byId.get(s.id) ?? s);
      return {
        ...old,
        fraudSignals: swap(old.fraudSignals),
        fraudSignalGroups: old.fraudSignalGroups.map((g) => {
          const signals = swap(g.signals);
          return { ...g, signals, unreviewed: signals.filter((s) => !s.reviewedAt).length };
        }),
      };
    });
  const markAll = useMutation({
    mutationFn: () => reviewAllFraudSignals(checkId),
    onSuccess: ({ groups }) => {
      replaceSignals(groups.flatMap((g) => g.signals));
      notifySuccess(t('referenceReport.signals.markedAll'));
      refresh();
    },
  });
  const groups = report.fraudSignalGroups;
  const unreviewed = groups.reduce((sum, g) => sum + g.unreviewed, 0);

  return (
    <Stack gap="xs" component="section" aria-labelledby="report-signals">
      <Group justify="space-between">
        <Title order={3} id="report-signals">
          {t('referenceReport.signals.title')}
        </Title>
        {canReview && unreviewed > 0 && (
          <Button
            size="xs"
            variant="light"
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
            data-testid="fraud-mark-all"
          >
            {t('referenceReport.signals.markAll')}
          </Button>
        )}
      </Group>
      {groups.length === 0 ? (
        <Text c="dimmed">{t('referenceReport.signals.none')}</Text>
      ) : (
        <Accordion multiple variant="separated" data-testid="fraud-groups">
          {groups.map((group) => (
            <Accordion.Item key={group.kind} value={group.kind} data-testid="fraud-group" data-kind={group.kind}>
              <Accordion.Control
                aria-label={`${t(`referenceReport.signals.kinds.${group.kind}`)}: ${t('referenceReport.signals.showEvidence')}`}
              >
                <Group gap="sm" wrap="wrap">
                  <Badge color={SEVERITY_COLOR[group.severity]} variant={group.unreviewed ? 'filled' : 'light'}>
                    {t(`referenceReport.signals.severities.${group.severity}`)}
                  </Badge>
                  <Text fw={600}>{t(`referenceReport.signals.kinds.${group.kind}`)}</Text>
                  <Text size="sm" c="dimmed">
                    {t('referenceReport.signals.count', { count: group.count })} ·{' '}
                    {group.unreviewed
                      ? t('referenceReport.signals.unreviewed', { count: group.unreviewed })
                      : t('referenceReport.signals.allReviewed')}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <SignalEvidence
                  signals={group.signals}
                  checkId={checkId}
                  canReview={canReview}
                  onSaved={replaceSignals}
                />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}

/** One kind's evidence: a line per signal (whom, what matched) with its own "Reviewed" tick. */
function SignalEvidence({
  signals,
  checkId,
  canReview,
  onSaved,
}: {
  signals: TFraudSignal[];
  checkId: string;
  canReview: boolean;
  onSaved: (changed: TFraudSignal[]) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const client = useQueryClient();
  // The tick shows at once while the server stores it: set in the click itself, because a controlled
  // checkbox the click's own render leaves unchanged flips straight back (a failure puts it back too).
  const [ticked, setTicked] = useState<{ id: string; reviewed: boolean } | null>(null);
  const review = useMutation({
    mutationFn: ({ id, reviewed }: { id: string; reviewed: boolean }) => reviewFraudSignal(checkId, id, reviewed),
    onSuccess: (saved) => {
      onSaved([saved]);
      void client.invalidateQueries({ queryKey: referenceCheckKeys.all() });
    },
    // A failure is notified once, by the query client.
  });
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {signals.map((signal) => (
        <li key={signal.id} data-testid="fraud-signal">
          <Stack gap={2}>
            <Text size="sm">
              {signal.refereeName && (
                <Text span fw={500}>
                  {t('referenceReport.signals.about', { name: signal.refereeName })} ·{' '}
                </Text>
              )}
              {evidenceSentence(signal, t)}
            </Text>
            <Group gap="md">
              <Checkbox
                size="xs"
                label={t('referenceReport.signals.reviewed')}
                checked={ticked?.id === signal.id ? ticked.reviewed : !!signal.reviewedAt}
                disabled={!canReview || review.isPending}
                onChange={(event) => {
                  const change = { id: signal.id, reviewed: event.currentTarget.checked };
                  setTicked(change);
                  review.mutate(change, { onSettled: () => setTicked(null) });
                }}
              />
              {signal.reviewedAt && (
                <Text size="xs" c="dimmed">
                  {t('referenceReport.signals.reviewedBy', {
                    name: signal.reviewedByName ?? '—',
                    date: fmt.dateTime(signal.reviewedAt),
                  })}
                </Text>
              )}
            </Group>
          </Stack>
        </li>
      ))}
    </Stack>
  );
}
