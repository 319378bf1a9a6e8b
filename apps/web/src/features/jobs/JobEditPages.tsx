import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { handleFormError, notifySuccess } from '../../app/errors.ts';
import { jobKeys } from '../../app/query-keys.ts';
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
import { createJob, updateJob, updateJobSteps, useJob } from './jobs.api.ts';

export function JobNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: ({ values }: { values: JobFormValues; form: JobForm }) => createJob(createRequest(values)),
    onSuccess: async (job) => {
      notifySuccess(t('jobs.created'));
      client.setQueryData(jobKeys.detail(job.id), job);
      await client.invalidateQueries({ queryKey: jobKeys.lists() });
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
    mutationFn: async ({ values }: { values: JobFormValues; form: JobForm }) => {
      const current = job.data!;
      let saved = await updateJob(jobId, jobFields(values));
      if (stepsChanged(jobToForm(current), values))
        saved = await updateJobSteps(jobId, { steps: stepsRequest(values) });
      return saved;
    },
    onSuccess: async (saved) => {
      notifySuccess(t('jobs.updated'));
      client.setQueryData(jobKeys.detail(jobId), saved);
      await client.invalidateQueries({ queryKey: jobKeys.lists() });
      await navigate({ to: '/jobs/$jobId', params: { jobId } });
    },
    onError: (error, { form }) => {
      const detail = isApiError(error) ? error.detail : undefined;
      handleFormError(form, error, { codeFields: { conflict: { field: 'steps', message: detail } } });
      // The fields may have saved before the steps failed; show what the server has now.
      void client.invalidateQueries({ queryKey: jobKeys.detail(jobId) });
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
