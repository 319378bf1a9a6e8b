import { Select, Stack, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { NAMED_CONSENT_METHODS } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../app/errors.ts';

/** The form's values for it: no method chosen yet is null (the server then says it is required). */
export type NamedConsentValues = { method: (typeof NAMED_CONSENT_METHODS)[number] | null; note: string };
export const emptyNamedConsent = (): NamedConsentValues => ({ method: null, note: '' });

/** What a form says before sending when no method is chosen: the server's own words for it. */
export const namedConsentMissing = () =>
  fieldErrorText({ field: 'consent', message: 'Required', reason: 'reference_check.named_consent_required' });

/** The request's `consent`: left out until a method is chosen, so the server names the missing field. */
export const namedConsentRequest = (v: NamedConsentValues) =>
  v.method ? { method: v.method, note: v.note } : undefined;

/**
 * When the recruiter names the referees (candidate channel "none"), how the candidate agreed to them
 * being contacted: recorded with the recruiter's name and the time.
 */
export function NamedConsentFields({
  form,
  path,
  idPrefix,
}: {
  // biome-ignore lint/suspicious/noExplicitAny: the start form and the referee form both hold it, at a path
  form: UseFormReturnType<any>;
  path: string;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid={`${idPrefix}-consent`}>
      <Select
        id={`${idPrefix}-consent-method`}
        data-testid={`${idPrefix}-consent-method`}
        label={t('referenceChecks.namedConsent.method')}
        required
        data={NAMED_CONSENT_METHODS.map((m) => ({ value: m, label: t(`referenceChecks.namedConsent.methods.${m}`) }))}
        {...form.getInputProps(`${path}.method`)}
        // The server names the whole object when it is missing.
        error={form.errors[`${path}.method`] ?? form.errors[path]}
      />
      <Text size="xs" c="dimmed">
        {t('referenceChecks.namedConsent.hint')}
      </Text>
      <Textarea
        id={`${idPrefix}-consent-note`}
        data-testid={`${idPrefix}-consent-note`}
        label={t('referenceChecks.namedConsent.note')}
        placeholder={t('referenceChecks.namedConsent.notePlaceholder')}
        autosize
        minRows={1}
        maxLength={500}
        {...form.getInputProps(`${path}.note`)}
      />
    </Stack>
  );
}
