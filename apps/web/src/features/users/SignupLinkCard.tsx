import { Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCompanySettings } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { confirmAction } from '../../ui/confirm.tsx';
import { companyQuery } from '../company/company.api.ts';
import { setSignupLink } from './users.api.ts';

export function SignupLinkCard() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const company = useQuery(companyQuery);
  const url = company.data?.signupUrl ?? null;
  const setLink = useMutation({
    mutationFn: (enabled: boolean) => setSignupLink(enabled),
    onSuccess: ({ signupUrl }) => {
      client.setQueryData<TCompanySettings>(companyQuery.queryKey, (old) => (old ? { ...old, signupUrl } : old));
    },
  });

  const regenerate = async () => {
    if (await confirmAction({ message: t('users.signupRegenerateConfirm'), confirmLabel: t('users.signupRegenerate') }))
      setLink.mutate(true);
  };
  const disable = async () => {
    if (await confirmAction({ message: t('users.signupDisableConfirm'), confirmLabel: t('users.signupDisable') }))
      setLink.mutate(false);
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('users.signupLink')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('users.signupHint')}
        </Text>
        {url ? (
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              aria-label={t('users.signupLink')}
              value={url}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
              style={{ flex: 1, minWidth: 260 }}
            />
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button color={copied ? 'teal' : undefined} onClick={copy}>
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={regenerate} loading={setLink.isPending && setLink.variables}>
              {t('users.signupRegenerate')}
            </Button>
            <Button variant="light" color="red" onClick={disable} loading={setLink.isPending && !setLink.variables}>
              {t('users.signupDisable')}
            </Button>
          </Group>
        ) : (
          <Group>
            <Text size="sm">{t('users.signupOff')}</Text>
            <Button onClick={() => setLink.mutate(true)} loading={setLink.isPending} disabled={company.isLoading}>
              {t('users.signupEnable')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
