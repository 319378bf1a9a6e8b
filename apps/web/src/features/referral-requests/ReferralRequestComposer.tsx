import { Alert, Button, Grid, Group, Kbd, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCandidateConnection, TReferralRequestResult, TReferralRequestVariables } from '@vouch/contracts';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { errorMessage, fieldErrorText, notifySuccess } from '../../app/errors.ts';
import { candidateKeys, referralKeys } from '../../app/query-keys.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { useJobOptions } from '../jobs/jobs.api.ts';
import { EmailPreview } from './EmailPreview.tsx';
import { fetchDraft, mailtoUrl, sendReferralRequest } from './referral-requests.api.ts';
import { problemMessage, renderTemplate } from './render-template.ts';
import { TemplateFields, type TemplateText } from './TemplateFields.tsx';

type Props = { candidateId: string; connection: TCandidateConnection; onClose: () => void };
type Delivery = 'email' | 'mailto';

/**
 * The referral request composer: a role and a "why they may fit" line, the email in the template
 * language on the left (from the company's template in the colleague's language) and, on the right,
 * the email as the colleague will get it, rendered in the browser as you type. The server renders it
 * again from its own data when it is sent, and refuses what does not render.
 */
export function ReferralRequestComposer({ candidateId, connection, onClose }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const colleague = connection.colleague;
  const jobs = useJobOptions();
  const [jobId, setJobId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [text, setText] = useState<TemplateText | null>(null);
  const [serverErrors, setServerErrors] = useState<Partial<Record<keyof TemplateText | 'jobId', string>>>({});

  // The server's data for this colleague and role; the reason is typed here and joins it below.
  const draft = useQuery({
    queryKey: referralKeys.requestDraft(candidateId, colleague.membershipId, jobId),
    queryFn: () => fetchDraft(candidateId, { colleagueMembershipId: colleague.membershipId, jobId }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    meta: { silent: true },
  });
  // The company's template fills the editor once; a later role change keeps what was written.
  useEffect(() => {
    if (draft.data && !text) setText({ subject: draft.data.subject, body: draft.data.body });
  }, [draft.data, text]);

  const rendered = useMemo(() => {
    if (!text || !draft.data) return null;
    const variables: TReferralRequestVariables = { ...draft.data.variables, reason: reason.trim() || null };
    return { subject: renderTemplate(text.subject, variables), body: renderTemplate(text.body, variables) };
  }, [text, draft.data, reason]);
  const fieldErrors = {
    subject: rendered?.subject.problem ? problemMessage(t, rendered.subject.problem) : serverErrors.subject,
    body: rendered?.body.problem ? problemMessage(t, rendered.body.problem) : serverErrors.body,
  };
  const renders = !!rendered && !rendered.subject.problem && !rendered.body.problem;

  const send = useMutation({
    mutationFn: (delivery: Delivery) =>
      sendReferralRequest(candidateId, {
        colleagueMembershipId: colleague.membershipId,
        jobId,
        reason,
        subject: text?.subject ?? '',
        body: text?.body ?? '',
        delivery,
      }),
    onSuccess: (result: TReferralRequestResult) => {
      client.invalidateQueries({ queryKey: referralKeys.sent() });
      client.invalidateQueries({ queryKey: candidateKeys.detail(candidateId) });
      client.invalidateQueries({ queryKey: referralKeys.ofCandidate(candidateId) });
      if (result.delivery === 'mailto') {
        // What the server rendered, so the recruiter's own email says exactly what was recorded.
        window.location.href = mailtoUrl(result.to, result.subject, result.body);
        notifySuccess(t('referralRequests.composer.recorded', { name: colleague.name }));
      } else {
        notifySuccess(t('referralRequests.composer.sent', { name: colleague.name }));
      }
      onClose();
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      const found: typeof serverErrors = {};
      for (const fieldError of error.errors) {
        const { field } = fieldError;
        if (field === 'subject' || field === 'body' || field === 'jobId') found[field] = fieldErrorText(fieldError);
      }
      setServerErrors(found);
    },
    meta: { silent: true },
  });
  const sendError = send.error && !Object.keys(serverErrors).length ? errorMessage(send.error) : null;
  const submit = (delivery: Delivery) => {
    if (renders && !send.isPending) send.mutate(delivery);
  };

  const edit = (next: TemplateText) => {
    setText(next);
    setServerErrors((e) => ({ jobId: e.jobId }));
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="90rem"
      title={t('referralRequests.composer.title', { name: colleague.name })}
      onKeyDown={getHotkeyHandler([['mod+Enter', () => submit('email')]])}
    >
      {!draft.data ? (
        draft.error ? (
          <Alert color="red" data-testid="composer-error">
            {errorMessage(draft.error)}
          </Alert>
        ) : (
          <QueryState isLoading error={null} />
        )
      ) : (
        <Stack>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="sm">
                <Select
                  label={t('referralRequests.composer.role')}
                  placeholder={t('referralRequests.composer.noRole')}
                  description={t('referralRequests.composer.roleHint')}
                  data={jobs.data ?? []}
                  value={jobId}
                  onChange={(value) => {
                    setJobId(value);
                    setServerErrors(({ jobId: _, ...rest }) => rest);
                  }}
                  error={serverErrors.jobId}
                  searchable
                  clearable
                  data-autofocus
                  nothingFoundMessage={t('referralRequests.composer.noOpenJobs')}
                />
                <TextInput
                  label={t('referralRequests.composer.reason')}
                  placeholder={t('referralRequests.composer.reasonPlaceholder')}
                  value={reason}
                  maxLength={500}
                  onChange={(e) => setReason(e.currentTarget.value)}
                />
                {text && <TemplateFields value={text} onChange={edit} errors={fieldErrors} />}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Text size="sm" fw={500} mb={4}>
                {t('referralRequests.composer.preview')}
              </Text>
              <EmailPreview
                to={`${colleague.name} <${colleague.email}>`}
                subject={rendered?.subject.text ?? null}
                body={rendered?.body.text ?? null}
                recruiterFirstName={draft.data.variables.recruiter.first_name}
                companyName={draft.data.variables.company.name}
                language={draft.data.language}
              />
              <Text size="xs" c="dimmed" mt="xs">
                {t('referralRequests.composer.languageNote', { language: t(`languages.${draft.data.language}`) })}
              </Text>
            </Grid.Col>
          </Grid>
          {sendError && <Alert color="red">{sendError}</Alert>}
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              <Kbd>Ctrl</Kbd> + <Kbd>Enter</Kbd> {t('referralRequests.composer.shortcut')}
            </Text>
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                variant="light"
                onClick={() => submit('mailto')}
                disabled={!renders}
                loading={send.isPending && send.variables === 'mailto'}
              >
                {t('referralRequests.composer.sendViaMail')}
              </Button>
              <Button
                onClick={() => submit('email')}
                disabled={!renders}
                loading={send.isPending && send.variables === 'email'}
              >
                {t('referralRequests.composer.sendNow')}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
