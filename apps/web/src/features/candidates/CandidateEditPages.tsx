import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.ts';
import { handleFormError, notifySuccess } from '../../app/errors.ts';
import { candidateKeys, dashboardKeys, jobKeys } from '../../app/query-keys.ts';
import { i18n } from '../../i18n/index.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { CandidateForm, type CandidateFormApi } from './CandidateForm.tsx';
import {
  CANDIDATE_FIELD_MAP,
  type CandidateFormValues,
  candidateRequest,
  candidateToForm,
  createCandidateRequest,
  emptyCandidate,
} from './candidate-form.ts';
import { candidateQuery, createCandidate, updateCandidate } from './candidates.api.ts';

type Submit = { values: CandidateFormValues; form: CandidateFormApi };

// A taken email is refused with 409; show it beside the email field.
const errorOptions = () => ({
  fieldMap: CANDIDATE_FIELD_MAP,
  codeFields: { email_taken: { field: 'email', message: i18n.t('candidates.emailTaken') } },
});

const newRoute = getRouteApi('/_app/candidates/new');

export function CandidateNewPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { jobId } = newRoute.useSearch();
  const create = useMutation({
    mutationFn: ({ values }: Submit) => createCandidate(createCandidateRequest(values)),
    onSuccess: async ({ candidate }) => {
      notifySuccess(t('candidates.created'));
      client.setQueryData(candidateKeys.detail(candidate.id), candidate);
      await Promise.all([
        client.invalidateQueries({ queryKey: candidateKeys.lists() }),
        client.invalidateQueries({ queryKey: jobKeys.lists() }),
        client.invalidateQueries({ queryKey: jobKeys.details() }),
        client.invalidateQueries({ queryKey: dashboardKeys.all() }),
      ]);
      await navigate({ to: '/candidates/$candidateId', params: { candidateId: candidate.id } });
    },
    onError: (error, { form }) => handleFormError(form, error, errorOptions()),
    meta: { silent: true },
  });

  return (
    <>
      <PageHeader
        title={t('candidates.newTitle')}
        before={
          <AnchorLink to="/candidates" size="sm">
            ← {t('candidates.title')}
          </AnchorLink>
        }
      />
      <CandidateForm
        initial={emptyCandidate(me.language, jobId)}
        submitLabel={t('candidates.create')}
        loading={create.isPending}
        onSubmit={(values, form) => create.mutate({ values, form })}
        onCancel={() => (jobId ? navigate({ to: '/jobs/$jobId', params: { jobId } }) : navigate({ to: '/candidates' }))}
      />
    </>
  );
}

const editRoute = getRouteApi('/_app/candidates/$candidateId/edit');

export function CandidateEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { candidateId } = editRoute.useParams();
  const candidate = useQuery(candidateQuery(candidateId));
  const save = useMutation({
    mutationFn: ({ values }: Submit) => updateCandidate(candidateId, candidateRequest(values)),
    onSuccess: async (saved) => {
      notifySuccess(t('candidates.updated'));
      client.setQueryData(candidateKeys.detail(candidateId), saved);
      await client.invalidateQueries({ queryKey: candidateKeys.lists() });
      await navigate({ to: '/candidates/$candidateId', params: { candidateId } });
    },
    onError: (error, { form }) => handleFormError(form, error, errorOptions()),
    meta: { silent: true },
  });
  const name = candidate.data ? `${candidate.data.firstName} ${candidate.data.lastName}` : t('candidates.title');

  return (
    <>
      <PageHeader
        title={t('candidates.editTitle')}
        before={
          <AnchorLink to="/candidates/$candidateId" params={{ candidateId }} size="sm">
            ← {name}
          </AnchorLink>
        }
      />
      <QueryState isLoading={candidate.isLoading} error={candidate.error} />
      {candidate.data && (
        <CandidateForm
          key={candidate.data.id}
          candidateId={candidateId}
          initial={candidateToForm(candidate.data)}
          submitLabel={t('common.save')}
          loading={save.isPending}
          onSubmit={(values, form) => save.mutate({ values, form })}
          onCancel={() => navigate({ to: '/candidates/$candidateId', params: { candidateId } })}
        />
      )}
    </>
  );
}
