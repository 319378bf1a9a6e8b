import { Tabs } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.ts';

export type ReferencesSection = 'checks' | 'questionnaires' | 'sub-accounts' | 'figures';

const PATHS: Record<ReferencesSection, string> = {
  checks: '/references',
  questionnaires: '/references/questionnaires',
  'sub-accounts': '/references/sub-accounts',
  figures: '/references/figures',
};
const ADMIN_ONLY: ReferencesSection[] = ['sub-accounts', 'figures'];

/** The tabs across the reference-check pages; sub-accounts and figures are for admins. */
export function ReferencesNav({ active }: { active: ReferencesSection }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const sections = (Object.keys(PATHS) as ReferencesSection[]).filter(
    (s) => me.role === 'admin' || !ADMIN_ONLY.includes(s),
  );
  return (
    <Tabs value={active} onChange={(value) => value && navigate({ to: PATHS[value as ReferencesSection] })} mb="md">
      <Tabs.List>
        {sections.map((section) => (
          <Tabs.Tab key={section} value={section} data-testid={`references-tab-${section}`}>
            {t(`referencesNav.${section}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
