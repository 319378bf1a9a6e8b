import { Button, Group, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../../ui/LanguageSelect.tsx';
import { newSection, type QuestionnaireFormValues } from './questionnaire-form.ts';
import { useSubAccountList } from './questionnaires.api.ts';
import { SectionEditor } from './SectionEditor.tsx';

type Props = { form: UseFormReturnType<QuestionnaireFormValues>; subAccountName?: string | null };

/** The editor's left side: name, language, sub-account, introduction, then the sections. */
export function QuestionnaireFields({ form, subAccountName }: Props) {
  const { t } = useTranslation();
  const subAccounts = useSubAccountList();
  const sections = form.values.content.sections;
  const subAccountOptions = (subAccounts.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  const chosen = form.values.subAccountId;
  const addSection = () => {
    const section = newSection();
    form.insertListItem('content.sections', section);
    requestAnimationFrame(() =>
      document.querySelectorAll<HTMLInputElement>('[data-testid="section-title"]')[sections.length]?.focus(),
    );
  };

  return (
    <Stack gap="md">
      <TextInput
        label={t('questionnaires.fields.name')}
        required
        data-testid="questionnaire-name"
        {...form.getInputProps('name')}
      />
      <Group grow align="flex-start" wrap="wrap">
        <LanguageSelect
          label={t('questionnaires.fields.language')}
          data-testid="questionnaire-language"
          {...form.getInputProps('language')}
        />
        {(subAccountOptions.length > 0 || chosen) && (
          <Select
            label={t('questionnaires.fields.subAccount')}
            description={t('questionnaires.fields.subAccountHint')}
            placeholder={t('questionnaires.companyWide')}
            data={
              chosen && !subAccountOptions.some((o) => o.value === chosen)
                ? [...subAccountOptions, { value: chosen, label: subAccountName ?? chosen }]
                : subAccountOptions
            }
            clearable
            data-testid="questionnaire-sub-account"
            {...form.getInputProps('subAccountId')}
          />
        )}
      </Group>
      <Textarea
        label={t('questionnaires.fields.intro')}
        description={t('questionnaires.fields.introHint')}
        autosize
        minRows={2}
        data-testid="questionnaire-intro"
        {...form.getInputProps('content.intro')}
      />
      <Title order={3} size="h4" mt="sm">
        {t('questionnaires.sections')}
      </Title>
      {sections.map((section, index) => (
        <SectionEditor key={section.key} form={form} index={index} count={sections.length} section={section} />
      ))}
      <Button
        variant="default"
        w="fit-content"
        onClick={addSection}
        disabled={sections.length >= 20}
        data-testid="section-add"
      >
        + {t('questionnaires.addSection')}
      </Button>
    </Stack>
  );
}
