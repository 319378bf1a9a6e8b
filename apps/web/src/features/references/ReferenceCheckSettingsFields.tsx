import { NumberInput, Select, SimpleGrid, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  CHECK_CHANNELS,
  LANGUAGES,
  REFEREE_VERIFICATIONS,
  STEP_INSTRUCTION_MAX,
  type TCheckChannel,
  type TLanguage,
  type TQuestionnaireTemplate,
  type TRefereeVerificationSetting,
  type TReferenceCheckSettings,
} from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../../ui/LanguageSelect.tsx';
import { useQuestionnaireOptions, useSubAccounts } from './references.api.ts';

/** The settings as a form holds them: the questionnaire may not be chosen yet. */
export type SettingsFormValues = {
  subAccountId: string | null;
  language: TLanguage;
  templateId: string | null;
  candidateChannel: TCheckChannel;
  refereesWanted: number;
  refereeChannel: TCheckChannel;
  refereeVerification: TRefereeVerificationSetting;
  /** The step's instruction to the candidate; empty for none. */
  instruction: string;
};

export function defaultSettings(language: TLanguage): SettingsFormValues {
  return {
    subAccountId: null,
    language,
    templateId: null,
    candidateChannel: 'email_and_sms',
    refereesWanted: 3,
    refereeChannel: 'email_and_sms',
    refereeVerification: 'none',
    instruction: '',
  };
}

/** Steps saved before referees could be asked for a code have no `refereeVerification`: none. */
export function settingsToForm(
  settings: Omit<TReferenceCheckSettings, 'refereeVerification'> & {
    refereeVerification?: TRefereeVerificationSetting;
  },
): SettingsFormValues {
  return {
    ...settings,
    refereeVerification: settings.refereeVerification ?? 'none',
    instruction: settings.instruction ?? '',
  };
}

/** What the server gets: null until a questionnaire is chosen (a step then starts no checks). */
export function settingsRequest(values: SettingsFormValues | null | undefined): TReferenceCheckSettings | null {
  if (!values?.templateId) return null;
  return {
    subAccountId: values.subAccountId,
    language: values.language,
    templateId: values.templateId,
    candidateChannel: values.candidateChannel,
    refereesWanted: values.refereesWanted,
    refereeChannel: values.refereeChannel,
    refereeVerification: values.refereeVerification,
    instruction: values.instruction.trim() || null,
  };
}

type Props = {
  // biome-ignore lint/suspicious/noExplicitAny: the job form and the start form both hold settings, at a path
  form: UseFormReturnType<any>;
  /** Where the settings sit in the form's values, e.g. `steps.4.settings`; empty when at the top. */
  path: string;
  /** Prefix for ids and test ids, unique on the page. */
  idPrefix: string;
  /** On a job's step: say that without a questionnaire the step starts no checks. */
  stepHint?: boolean;
};

/** Sub-account, language, questionnaire (of that language and sub-account), channels and how many referees. */
export function ReferenceCheckSettingsFields({ form, path, idPrefix, stepHint = false }: Props) {
  const { t } = useTranslation();
  const at = (key: keyof SettingsFormValues) => (path ? `${path}.${key}` : key);
  const values = (path ? readPath(form.getValues(), path) : form.getValues()) as SettingsFormValues;
  const subAccounts = useSubAccounts();
  const questionnaires = useQuestionnaireOptions(values.language, values.subAccountId);
  const channels = CHECK_CHANNELS.map((c) => ({ value: c, label: t(`referenceChecks.channels.${c}`) }));
  const templateOptions = (questionnaires.data ?? []).map((q) => ({
    value: q.id,
    label: q.subAccountName ? `${q.name} (${q.subAccountName})` : q.name,
  }));
  // A questionnaire chosen before the language or sub-account changed may no longer fit.
  const clearTemplate = () => form.setFieldValue(at('templateId'), null);
  const accountOptions = (subAccounts.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  const chosen = questionnaires.data?.find((q) => q.id === values.templateId);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} data-testid={`${idPrefix}-settings`}>
      {accountOptions.length > 0 && (
        <Select
          id={`${idPrefix}-sub-account`}
          data-testid={`${idPrefix}-sub-account`}
          label={t('referenceChecks.settings.subAccount')}
          placeholder={t('referenceChecks.settings.noSubAccount')}
          data={accountOptions}
          clearable
          {...form.getInputProps(at('subAccountId'))}
          onChange={(value) => {
            form.setFieldValue(at('subAccountId'), value);
            clearTemplate();
          }}
        />
      )}
      <LanguageSelect
        id={`${idPrefix}-language`}
        data-testid={`${idPrefix}-language`}
        label={t('referenceChecks.settings.language')}
        {...form.getInputProps(at('language'))}
        onChange={(value) => {
          if (!value || value === values.language) return;
          form.setFieldValue(at('language'), value);
          clearTemplate();
        }}
      />
      <Select
        id={`${idPrefix}-template`}
        data-testid={`${idPrefix}-template`}
        label={t('referenceChecks.settings.template')}
        data={templateOptions}
        searchable
        nothingFoundMessage={t('referenceChecks.settings.noTemplates')}
        placeholder={
          questionnaires.isSuccess && !templateOptions.length ? t('referenceChecks.settings.noTemplates') : undefined
        }
        description={chosen ? <MissingLanguages questionnaire={chosen} /> : undefined}
        // Under the field, so the row's inputs stay aligned.
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        {...form.getInputProps(at('templateId'))}
      />
      <Select
        id={`${idPrefix}-candidate-channel`}
        data-testid={`${idPrefix}-candidate-channel`}
        label={t('referenceChecks.settings.candidateChannel')}
        data={channels}
        allowDeselect={false}
        description={values.candidateChannel === 'none' ? t('referenceChecks.channelHints.none') : undefined}
        {...form.getInputProps(at('candidateChannel'))}
      />
      <NumberInput
        id={`${idPrefix}-referees-wanted`}
        data-testid={`${idPrefix}-referees-wanted`}
        label={t('referenceChecks.settings.refereesWanted')}
        min={1}
        max={10}
        clampBehavior="strict"
        allowDecimal={false}
        {...form.getInputProps(at('refereesWanted'))}
      />
      <Select
        id={`${idPrefix}-referee-channel`}
        data-testid={`${idPrefix}-referee-channel`}
        label={t('referenceChecks.settings.refereeChannel')}
        data={channels}
        allowDeselect={false}
        {...form.getInputProps(at('refereeChannel'))}
      />
      <Select
        id={`${idPrefix}-referee-verification`}
        data-testid={`${idPrefix}-referee-verification`}
        label={t('referenceChecks.settings.refereeVerification')}
        data={REFEREE_VERIFICATIONS.map((v) => ({ value: v, label: t(`referenceChecks.verifications.${v}`) }))}
        allowDeselect={false}
        {...form.getInputProps(at('refereeVerification'))}
      />
      <Textarea
        id={`${idPrefix}-instruction`}
        data-testid={`${idPrefix}-instruction`}
        label={t('referenceChecks.settings.instruction')}
        description={t('referenceChecks.settings.instructionHint')}
        autosize
        minRows={2}
        maxLength={STEP_INSTRUCTION_MAX}
        style={{ gridColumn: '1 / -1' }}
        {...form.getInputProps(at('instruction'))}
      />
      {stepHint && !values.templateId && (
        <Text size="xs" c="dimmed" style={{ gridColumn: '1 / -1' }}>
          {t('referenceChecks.settings.noTemplateHint')}
        </Text>
      )}
    </SimpleGrid>
  );
}

/** Which languages the questionnaire has no version in: those referees get the check's language instead. */
function MissingLanguages({ questionnaire }: { questionnaire: TQuestionnaireTemplate }) {
  const { t, i18n } = useTranslation();
  const has = new Set(questionnaire.languageVersions.map((v) => v.language));
  const missing = LANGUAGES.filter((l) => !has.has(l));
  if (!missing.length) return null;
  const name = (l: TLanguage) => t(`referenceChecks.settings.languageNames.${l}`);
  const list = new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(missing.map(name));
  return (
    <span data-testid="missing-languages">
      {t('referenceChecks.settings.missingLanguages', { missing: list, language: name(questionnaire.language) })}
    </span>
  );
}

function readPath(values: unknown, path: string): unknown {
  let node = values;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}
