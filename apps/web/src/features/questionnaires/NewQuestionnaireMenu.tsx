import { Button, Menu } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { LANGUAGES, TEMPLATE_PRESETS, type TLanguage } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { questionnaireKeys } from '../../app/query-keys.ts';
import { createQuestionnaire } from './questionnaires.api.ts';

type Preset = (typeof TEMPLATE_PRESETS)[number];

/** "New questionnaire": blank, or a copy of a ready-made one in either language (into the sub-account filtered on). */
export function NewQuestionnaireMenu({ subAccountId }: { subAccountId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const copy = useMutation({
    mutationFn: (body: { preset: Preset; language: TLanguage }) => createQuestionnaire({ ...body, subAccountId }),
    onSuccess: async (created) => {
      notifySuccess(t('questionnaires.created'));
      client.setQueryData(questionnaireKeys.detail(created.id), created);
      await client.invalidateQueries({ queryKey: questionnaireKeys.all() });
      await navigate({ to: '/references/questionnaires/$templateId', params: { templateId: created.id } });
    },
  });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button data-testid="questionnaire-new" loading={copy.isPending}>
          {t('questionnaires.new')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          data-testid="questionnaire-new-blank"
          onClick={() => navigate({ to: '/references/questionnaires/$templateId', params: { templateId: 'new' } })}
        >
          {t('questionnaires.newBlank')}
        </Menu.Item>
        {LANGUAGES.map((language) => (
          <div key={language}>
            <Menu.Divider />
            <Menu.Label>
              {t('questionnaires.fromDefault')} · {t(`languages.${language}`)}
            </Menu.Label>
            {TEMPLATE_PRESETS.map((preset) => (
              <Menu.Item
                key={preset}
                data-testid={`questionnaire-new-${preset}-${language}`}
                onClick={() => copy.mutate({ preset, language })}
              >
                {t(`questionnaires.presets.${preset}`)}
              </Menu.Item>
            ))}
          </div>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
