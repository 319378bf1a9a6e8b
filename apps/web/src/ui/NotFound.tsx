import { Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './links.tsx';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Center py={80}>
      <Stack align="center">
        <Title order={1}>404</Title>
        <Text c="dimmed">{t('common.notFound')}</Text>
        <ButtonLink to="/">{t('common.goHome')}</ButtonLink>
      </Stack>
    </Center>
  );
}
