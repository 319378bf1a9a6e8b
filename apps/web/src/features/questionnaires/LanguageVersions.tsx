import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { LANGUAGES, type TLanguage, type TQuestionnaireTemplateDetail } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { questionnaireKeys } from '../../app/query-keys.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { addLanguageVersion } from './questionnaires.api.ts';

/**
 * The questionnaire's versions in other languages: a link to each, and a button for each language it
 * lacks, which copies these questions (same ids) for translating and opens the copy.
 */
export function LanguageVersions({ current }: { current: TQuestionnaireTemplateDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const name = (language: TLanguage) => t(`questionnaires.languageNames.${language}`);
  const word = (language: TLanguage) => t(`questionnaires.languageWords.${language}`);
  const has = new Set(current.languageVersions.map((v) => v.language));
  const missing = LANGUAGES.filter((l) => !has.has(l));
  const add = useMutation({
    mutationFn: (language: TLanguage) => addLanguageVersion(current.id, language),
    onSuccess: async (added) => {
      client.setQueryData(questionnaireKeys.detail(added.id), added);
      await client.invalidateQueries({ queryKey: questionnaireKeys.all(), refetchType: 'active' });
      notifySuccess(t('questionnaires.languageVersionAdded', { language: word(added.language) }));
      await navigate({ to: '/references/questionnaires/$templateId', params: { templateId: added.id } });
    },
  });
  return (
    <Card withBorder data-testid="language-versions">
      <Stack gap="xs">
        <Text fw={600}>{t('questionnaires.languageVersions')}</Text>
        <Text size="sm" c="dimmed">
          {t('questionnaires.languageVersionsHint')}
        </Text>
        <Group gap="sm">
          {current.languageVersions.map((v) =>
            v.id === current.id ? (
              <Text key={v.id} size="sm" fw={600} data-testid={`language-version-${v.language}`}>
                {name(v.language)}: {v.name}
              </Text>
            ) : (
              <AnchorLink
                key={v.id}
                size="sm"
                to="/references/questionnaires/$templateId"
                params={{ templateId: v.id }}
                data-testid={`language-version-${v.language}`}
              >
                {name(v.language)}: {v.name}
              </AnchorLink>
            ),
          )}
          {!current.archived &&
            missing.map((language) => (
              <Button
                key={language}
                size="xs"
                variant="light"
                loading={add.isPending && add.variables === language}
                onClick={() => add.mutate(language)}
                data-testid={`add-language-version-${language}`}
              >
                {t('questionnaires.addLanguageVersion', { language: word(language) })}
              </Button>
            ))}
        </Group>
      </Stack>
    </Card>
  );
}
