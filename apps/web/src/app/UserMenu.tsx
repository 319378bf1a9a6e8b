import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { adoptMe, signOut, switchCompany, useMe } from './auth.ts';
import { queryClient } from './query-client.ts';

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const switchTo = useMutation({
    mutationFn: switchCompany,
    onSuccess: async (next) => {
      // Everything cached belongs to the other company: start clean.
      queryClient.clear();
      adoptMe(next);
      await navigate({ to: '/' });
    },
  });
  const others = me.memberships.filter((m) => m.companyId !== me.companyId);

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('header.userMenu')} data-testid="user-menu">
          <Avatar color="indigo" radius="xl" size={34}>
            {initials(me.name) || '?'}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {me.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {me.email} · {t(`roles.${me.role}`)}
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/settings">
          {t('nav.settings')}
        </Menu.Item>
        {others.length > 0 && (
          <>
            <Menu.Divider />
            <Menu.Label>{t('header.switchCompany')}</Menu.Label>
            {others.map((m) => (
              <Menu.Item key={m.companyId} onClick={() => switchTo.mutate(m.companyId)}>
                {m.companyName}
              </Menu.Item>
            ))}
          </>
        )}
        <Menu.Divider />
        <Menu.Item
          color="red"
          onClick={async () => {
            await signOut();
            await navigate({ to: '/sign-in' });
          }}
        >
          {t('header.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
