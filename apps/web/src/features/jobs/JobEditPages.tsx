import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { TJob } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../app/api.ts';
import { handleFormError, notifySuccess } from '../../app/errors.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { type JobForm, JobFormView } from './JobForm.tsx';
import {
  createRequest,
  emptyJob,
  type JobFormValues,
  jobFields,
  jobToForm,
  stepsChanged,
  stepsRequest,
} from './job-form.ts';
import { useJob } from './jobs.api.ts';

export function JobNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: ({ values }: { values: JobFormValues; form: JobForm }) =>
      api<TJob>('/api/jobs', { method: 'POST', body: createRequest(values) }),
    onSuccess: async (job) => {
      notifySuccess(t('jobs.created'));
      client.setQueryData(['job', job.id], job);
      await client.invalidateQueries({ queryKey: ['jobs'] });
      await navigate({ to: '/jobs/$jobId', params: { jobId: job.id } });
    },
    onError: (error, { form }) => handleFormError(form, error),
    meta: { silent: true },
  });

  return (
    <>
      <PageHeader
        title={t('jobs.newTitle')}
        before={
          <AnchorLink to="/jobs" size="sm">
            ← {t('jobs.title')}
          </AnchorLink>
        }
      />
      <JobFormView
        initial={emptyJob()}
        submitLabel={t('jobs.create')}
        loading={create.isPending}
        onSubmit={(values, form) => create.mutate({ values, form })}
        onCancel={() => navigate({ to: '/jobs' })}
      />
    </>
  );
}

const editRoute = getRouteApi('/_app/jobs/$jobId/edit');

export function JobEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { jobId } = editRoute.useParams();
  const job = useJob(jobId);
  const save = useMutation({
    // Fields and steps are two endpoints; steps can refuse when a removed step still holds candidates.
    mutationFn: async ({ values }: { values: JobFormValues; form: JobForm }) => {
      const current = job.data!;
      let saved = await api<TJob>(`/api/jobs/${jobId}`, { method: 'PUT', body: jobFields(values) });
      if (stepsChanged(jobToForm(current), values)) {
        saved = await api<TJob>(`/api/jobs/${jobId}/steps`, { method: 'PUT', body: { steps: stepsRequest(values) } });
      }
      return saved;
    },
    onSuccess: async (saved) => {
      notifySuccess(t('jobs.updated'));
      client.setQueryData(['job', jobId], saved);
      await client.invalidateQueries({ queryKey: ['jobs'] });
      await navigate({ to: '/jobs/$jobId', params: { jobId } });
    },
    onError: (error, { form }) => {
      const detail = isApiError(error) ? error.detail : undefined;
      handleFormError(form, error, { codeFields: { conflict: { field: 'steps', message: detail } } });
      // The fields may have saved before the steps failed; show what the server has now.
      void client.invalidateQueries({ queryKey: ['job', jobId] });
    },
    meta: { silent: true },
  });

  return (
    <>
      <PageHeader
        title={t('jobs.editTitle')}
        before={
          <AnchorLink to="/jobs/$jobId" params={{ jobId }} size="sm">
            ← {job.data?.title ?? t('jobs.title')}
          </AnchorLink>
        }
      />
      <QueryState isLoading={job.isLoading} error={job.error} />
      {job.data && (
        <JobFormView
          key={job.data.id}
          initial={jobToForm(job.data)}
          known={[...job.data.recruiters, ...(job.data.hiringManager ? [job.data.hiringManager] : [])]}
          submitLabel={t('common.save')}
          loading={save.isPending}
          onSubmit={(values, form) => save.mutate({ values, form })}
          onCancel={() => navigate({ to: '/jobs/$jobId', params: { jobId } })}
        />
      )}
    </>
  );
}
