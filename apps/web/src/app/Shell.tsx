import { AppShell, Burger, Group, Loader, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationBell } from '../features/notifications/NotificationBell.tsx';
import { AnchorLink } from '../ui/links.tsx';
import { canSeeCandidates, useMe } from './auth.ts';
import { GlobalSearch } from './GlobalSearch.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { isActive, navFor } from './nav.ts';
import { UserMenu } from './UserMenu.tsx';

export function Shell() {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const items = navFor(me.role, (key) => t(key));
  // On a phone the header keeps room for the search box: the language switch moves into the menu.
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false }) ?? false;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggleMenu')} />
            <AnchorLink to="/" underline="never" fw={800} fz="xl" c="indigo">
              {t('app.name')}
            </AnchorLink>
            <Text c="dimmed" size="sm" visibleFrom="md" truncate>
              {me.companyName}
            </Text>
          </Group>
          {canSeeCandidates(me.role) && <GlobalSearch />}
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            {!phone && <LanguageSwitch />}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label={t('nav.mainMenu')}>
        <AppShell.Section grow component={ScrollArea}>
          {items.map((item) => (
            <NavLink
              key={item.key}
              component={Link}
              to={item.to}
              label={item.label}
              active={isActive(pathname, item.to)}
              onClick={close}
              data-testid={`nav-${item.key}`}
            />
          ))}
        </AppShell.Section>
        {phone && (
          <AppShell.Section pt="xs">
            <LanguageSwitch />
          </AppShell.Section>
        )}
      </AppShell.Navbar>

      <AppShell.Main>
        <Suspense fallback={<Loader m="xl" aria-label={t('app.loading')} />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
