import { Alert, Box, Button, Grid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useBlocker, useNavigate } from '@tanstack/react-router';
import {
  questionnaireProblems,
  type TQuestionnaireTemplateDetail,
  ZSaveQuestionnaireTemplateRequest,
} from '@vouch/contracts';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.ts';
import { handleFormError, notifyError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { problemText } from '../../app/problem-text.ts';
import { questionnaireKeys } from '../../app/query-keys.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { ReferencesNav } from '../references/ReferencesNav.tsx';
import { LanguageVersions } from './LanguageVersions.tsx';
import { QuestionnaireFields } from './QuestionnaireFields.tsx';
import { QuestionnairePreview } from './QuestionnairePreview.tsx';
import {
  detailToForm,
  emptyQuestionnaire,
  type QuestionnaireFormValues,
  toContent,
  toRequest,
} from './questionnaire-form.ts';
import { saveQuestionnaire, useQuestionnaire } from './questionnaires.api.ts';
import { VersionHistory } from './VersionHistory.tsx';

const route = getRouteApi('/_app/references/questionnaires/$templateId');

/** `/references/questionnaires/new` makes a blank one; any other id edits that template. */
export function QuestionnaireEditorPage() {
  const { templateId } = route.useParams();
  const isNew = templateId === 'new';
  const detail = useQuestionnaire(isNew ? undefined : templateId);
  if (!isNew && !detail.data) {
    return (
      <>
        <ReferencesNav active="questionnaires" />
        <QueryState isLoading={detail.isLoading} error={detail.error} onRetry={() => detail.refetch()} />
      </>
    );
  }
  return <Editor key={detail.data?.id ?? 'new'} detail={isNew ? null : (detail.data ?? null)} />;
}

const schemaErrors = zodValidate<QuestionnaireFormValues>(ZSaveQuestionnaireTemplateRequest, toRequest);
function validate(values: QuestionnaireFormValues) {
  const errors = schemaErrors(values);
  if (Object.keys(errors).length) return errors;
  for (const problem of questionnaireProblems(toContent(values))) {
    errors[problem.field] ??= problemText(currentLanguage(), problem.reason) ?? problem.message;
  }
  return errors;
}

function Editor({ detail }: { detail: TQuestionnaireTemplateDetail | null }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const leaving = useRef(false);
  const form = useForm<QuestionnaireFormValues>({
    initialValues: detail ? detailToForm(detail) : emptyQuestionnaire(me.language),
    validate,
    validateInputOnBlur: true,
  });

  useBlocker({
    shouldBlockFn: () => !leaving.current && form.isDirty() && !window.confirm(t('questionnaires.unsavedLeave')),
    enableBeforeUnload: () => !leaving.current && form.isDirty(),
  });

  const save = useMutation({
    mutationFn: (values: QuestionnaireFormValues) => saveQuestionnaire(detail?.id ?? null, toRequest(values)),
    onSuccess: async (saved) => {
      client.setQueryData(questionnaireKeys.detail(saved.id), saved);
      await client.invalidateQueries({ queryKey: questionnaireKeys.all(), refetchType: 'active' });
      if (!detail) {
        notifySuccess(t('questionnaires.created'));
        leaving.current = true;
        await navigate({ to: '/references/questionnaires/$templateId', params: { templateId: saved.id } });
        return;
      }
      notifySuccess(
        t(saved.version > detail.version ? 'questionnaires.savedAsVersion' : 'questionnaires.savedSameVersion', {
          n: saved.version,
        }),
      );
      const values = detailToForm(saved);
      form.setInitialValues(values);
      form.setValues(values);
      form.resetDirty(values);
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });

  // The preview follows the typing, a beat behind so long questionnaires stay smooth.
  const [debounced] = useDebouncedValue(form.values, 200);
  const previewContent = useMemo(() => toContent(debounced), [debounced]);
  // The parent passes the cached detail, which a save replaces: this is always the saved state.
  const current = detail;

  return (
    <>
      <ReferencesNav active="questionnaires" />
      <form
        noValidate
        data-testid="questionnaire-form"
        onSubmit={form.onSubmit(
          (values) => save.mutate(values),
          () => notifyError(new Error(t('questionnaires.fixErrors'))),
        )}
      >
        <PageHeader
          title={detail ? t('questionnaires.editTitle') : t('questionnaires.newTitle')}
          subtitle={current ? `${current.name} · ${t('questionnaires.versionN', { n: current.version })}` : undefined}
          before={
            <AnchorLink to="/references/questionnaires" size="sm">
              ← {t('questionnaires.back')}
            </AnchorLink>
          }
          actions={
            <Button type="submit" loading={save.isPending} data-testid="questionnaire-save">
              {detail ? t('questionnaires.save') : t('questionnaires.create')}
            </Button>
          }
        />
        <Stack gap="md" mb="md">
          {current?.archived && (
            <Alert color="yellow" data-testid="questionnaire-archived-notice">
              {t('questionnaires.archivedNotice')}
            </Alert>
          )}
          {current && current.checksUsingIt > 0 && (
            <Alert color="blue" data-testid="questionnaire-used-notice">
              {t('questionnaires.usedBy', { count: current.checksUsingIt, next: current.version + 1 })}
            </Alert>
          )}
          {current && <LanguageVersions current={current} />}
        </Stack>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <QuestionnaireFields form={form} subAccountName={current?.subAccountName} />
            <Box mt="md">
              <Button type="submit" loading={save.isPending}>
                {detail ? t('questionnaires.save') : t('questionnaires.create')}
              </Button>
            </Box>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Box
              pos={{ base: 'static', lg: 'sticky' }}
              top={76}
              mah={{ lg: 'calc(100vh - 92px)' }}
              style={{ overflowY: 'auto' }}
            >
              <Stack gap="md">
                <QuestionnairePreview content={previewContent} language={debounced.language} />
                {current && <VersionHistory templateId={current.id} current={current.version} />}
              </Stack>
            </Box>
          </Grid.Col>
        </Grid>
      </form>
    </>
  );
}
