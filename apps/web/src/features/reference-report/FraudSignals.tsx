import { Alert, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFraudSignal, TReport } from '@vouch/contracts';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { referenceCheckKeys } from '../../app/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { reviewFraudSignal } from './report.api.ts';

/** A signal's evidence as a sentence: what matched what. */
const SIGNAL_FIELDS = ['email', 'phone', 'ip', 'device'] as const;
const isSignalField = (field: string): field is (typeof SIGNAL_FIELDS)[number] =>
  (SIGNAL_FIELDS as readonly string[]).includes(field);

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

/** The signals at the top of the report, each with its evidence and a "Reviewed" tick for recruiters. */
export function FraudSignals({ report, canReview }: { report: TReport; canReview: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const client = useQueryClient();
  const checkId = report.check.id;
  // The tick shows at once while the server stores it: set in the click itself, because a controlled
  // checkbox the click's own render leaves unchanged flips straight back (a failure puts it back too).
  const [ticked, setTicked] = useState<{ id: string; reviewed: boolean } | null>(null);
  const review = useMutation({
    mutationFn: ({ id, reviewed }: { id: string; reviewed: boolean }) => reviewFraudSignal(checkId, id, reviewed),
    onSuccess: (saved) => {
      client.setQueryData<TReport>(referenceCheckKeys.report(checkId), (old) =>
        old ? { ...old, fraudSignals: old.fraudSignals.map((s) => (s.id === saved.id ? saved : s)) } : old,
      );
      void client.invalidateQueries({ queryKey: referenceCheckKeys.all() });
    },
    // A failure is notified once, by the query client.
  });

  return (
    <Stack gap="xs" component="section" aria-labelledby="report-signals">
      <Title order={3} id="report-signals">
        {t('referenceReport.signals.title')}
      </Title>
      {report.fraudSignals.length === 0 ? (
        <Text c="dimmed">{t('referenceReport.signals.none')}</Text>
      ) : (
        report.fraudSignals.map((signal) => (
          <Alert
            key={signal.id}
            color={signal.reviewedAt ? 'gray' : 'red'}
            variant="light"
            data-testid="fraud-signal"
            title={t(`referenceReport.signals.kinds.${signal.kind}`)}
          >
            <Stack gap={4}>
              {signal.refereeName && (
                <Text size="sm" fw={500}>
                  {t('referenceReport.signals.about', { name: signal.refereeName })}
                </Text>
              )}
              <Text size="sm">{evidenceSentence(signal, t)}</Text>
              <Group gap="md">
                <Checkbox
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
          </Alert>
        ))
      )}
    </Stack>
  );
}
