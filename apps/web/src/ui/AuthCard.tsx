import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/LanguageSwitch.tsx';
import { AnchorLink } from './links.tsx';

type Props = { title: ReactNode; intro?: ReactNode; children: ReactNode; footer?: ReactNode };

/** The frame for pages before sign-in: brand, language switch, one card. */
export function AuthCard({ title, intro, children, footer }: Props) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)" py={48} px="md">
      <Center>
        <Stack w="100%" maw={420} gap="lg">
          <Group justify="space-between">
            <AnchorLink to="/" underline="never" fw={800} fz={28} c="indigo">
              {t('app.name')}
            </AnchorLink>
            <LanguageSwitch />
          </Group>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            <Stack gap="md">
              <Title order={2} size="h3">
                {title}
              </Title>
              {intro && <Text c="dimmed">{intro}</Text>}
              {children}
            </Stack>
          </Paper>
          {footer && <Center>{footer}</Center>}
        </Stack>
      </Center>
    </Box>
  );
}
