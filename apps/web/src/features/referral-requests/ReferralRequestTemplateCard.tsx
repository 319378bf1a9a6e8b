import { Badge, Button, Card, Grid, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  LANGUAGES,
  REFERRAL_REQUEST_SAMPLE,
  type TLanguage,
  type TMessageTemplate,
  type TReferralRequestTemplates,
} from '@vouch/contracts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { fieldErrorText, notifyError, notifySuccess } from '../../app/errors.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { EmailPreview } from './EmailPreview.tsx';
import {
  referralRequestTemplatesQuery,
  resetReferralRequestTemplate,
  saveReferralRequestTemplate,
} from './referral-requests.api.ts';
import { problemMessage, renderTemplate } from './render-template.ts';
import { TemplateFields, type TemplateText } from './TemplateFields.tsx';

/** One language's editor: the text, checked and previewed with made-up data as the admin types. */
function TemplateEditor({ template }: { template: TMessageTemplate }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [text, setText] = useState<TemplateText>({ subject: template.subject, body: template.body });
  const [serverErrors, setServerErrors] = useState<Partial<Record<keyof TemplateText, string>>>({});
  const dirty = text.subject !== template.subject || text.body !== template.body;

  const rendered = useMemo(
    () => ({
      subject: renderTemplate(text.subject, REFERRAL_REQUEST_SAMPLE),
      body: renderTemplate(text.body, REFERRAL_REQUEST_SAMPLE),
    }),
    [text],
  );
  const errors = {
    subject: rendered.subject.problem ? problemMessage(t, rendered.subject.problem) : serverErrors.subject,
    body: rendered.body.problem ? problemMessage(t, rendered.body.problem) : serverErrors.body,
  };

  const stored = (saved: TMessageTemplate) => {
    client.setQueryData<TReferralRequestTemplates>(referralRequestTemplatesQuery.queryKey, (all) =>
      all ? { ...all, items: all.items.map((i) => (i.language === saved.language ? saved : i)) } : all,
    );
    setText({ subject: saved.subject, body: saved.body });
    setServerErrors({});
  };
  const save = useMutation({
    mutationFn: () => saveReferralRequestTemplate(template.language, text),
    onSuccess: (saved) => {
      stored(saved);
      notifySuccess(t('referralRequests.template.saved'));
    },
    onError: (error) => {
      const found: typeof serverErrors = {};
      if (isApiError(error))
        for (const fieldError of error.errors) {
          const { field } = fieldError;
          if (field === 'subject' || field === 'body') found[field] = fieldErrorText(fieldError);
        }
      if (Object.keys(found).length) setServerErrors(found);
      else notifyError(error);
    },
    meta: { silent: true },
  });
  const reset = useMutation({
    mutationFn: () => resetReferralRequestTemplate(template.language),
    onSuccess: (saved) => {
      stored(saved);
      notifySuccess(t('referralRequests.template.resetDone'));
    },
  });
  const askReset = async () => {
    if (
      await confirmAction({
        message: t('referralRequests.template.resetConfirm'),
        confirmLabel: t('referralRequests.template.reset'),
      })
    )
      reset.mutate();
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!rendered.subject.problem && !rendered.body.problem) save.mutate();
      }}
      noValidate
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TemplateFields
            value={text}
            onChange={(next) => {
              setText(next);
              setServerErrors({});
            }}
            errors={errors}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Text size="sm" fw={500} mb={4}>
            {t('referralRequests.template.previewSample')}
          </Text>
          <EmailPreview
            subject={rendered.subject.text}
            body={rendered.body.text}
            recruiterFirstName={REFERRAL_REQUEST_SAMPLE.recruiter.first_name}
            companyName={REFERRAL_REQUEST_SAMPLE.company.name}
            language={template.language}
          />
        </Grid.Col>
      </Grid>
      <Group justify="flex-end" mt="md">
        {!template.isDefault && (
          <Button variant="subtle" color="red" onClick={askReset} loading={reset.isPending}>
            {t('referralRequests.template.reset')}
          </Button>
        )}
        <Button type="submit" disabled={!dirty} loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}

/** Company settings: the referral request email per language, with its variables and a live preview. */
export function ReferralRequestTemplateCard() {
  const { t } = useTranslation();
  const templates = useQuery(referralRequestTemplatesQuery);
  const [language, setLanguage] = useState<TLanguage>('en');
  const template = templates.data?.items.find((i) => i.language === language);
  return (
    <Card withBorder padding="lg" data-testid="referral-request-template">
      <Stack gap="md">
        <Group justify="space-between">
          <Text size="sm" c="dimmed" maw={640}>
            {t('referralRequests.template.intro')}
          </Text>
          <Group gap="xs">
            {template && (
              <Badge variant="light" color={template.isDefault ? 'gray' : 'teal'}>
                {t(template.isDefault ? 'referralRequests.template.isDefault' : 'referralRequests.template.isCustom')}
              </Badge>
            )}
            <SegmentedControl
              value={language}
              onChange={(value) => setLanguage(value as TLanguage)}
              data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
              aria-label={t('referralRequests.template.language')}
            />
          </Group>
        </Group>
        <QueryState isLoading={templates.isLoading} error={templates.error} onRetry={() => templates.refetch()} />
        {/* Keyed by language and text, so switching language or resetting starts the editor afresh. */}
        {template && (
          <TemplateEditor key={`${language}:${template.isDefault}:${template.subject}`} template={template} />
        )}
      </Stack>
    </Card>
  );
}
