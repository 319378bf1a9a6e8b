import type { TRole } from '@vouch/contracts';

export type NavKey =
  | 'home'
  | 'jobs'
  | 'refer'
  | 'candidates'
  | 'referrals'
  | 'payouts'
  | 'references'
  | 'integrations'
  | 'network'
  | 'users'
  | 'messages'
  | 'company'
  | 'privacy'
  | 'settings';
export type NavItem = { key: NavKey; to: string; label: string };

// Which pages each role sees; the server enforces the same rules, this only hides what a role can't use.
const NAV_BY_ROLE: Record<TRole, NavKey[]> = {
  admin: [
    'home',
    'jobs',
    'candidates',
    'referrals',
    'payouts',
    'references',
    'network',
    'users',
    'messages',
    'integrations',
    'company',
    'privacy',
    'settings',
  ],
  recruiter: ['home', 'jobs', 'candidates', 'referrals', 'references', 'network', 'settings'],
  hiring_manager: ['home', 'jobs', 'candidates', 'network', 'settings'],
  employee: ['home', 'jobs', 'refer', 'network', 'settings'],
  agent: ['home', 'jobs', 'refer', 'settings'],
};

const PATHS: Record<NavKey, string> = {
  home: '/',
  jobs: '/jobs',
  refer: '/refer',
  candidates: '/candidates',
  referrals: '/referrals',
  payouts: '/payouts',
  references: '/references',
  integrations: '/integrations',
  network: '/network',
  users: '/users',
  messages: '/messages',
  company: '/company',
  privacy: '/privacy',
  settings: '/settings',
};

/** Employees and agents only read the open jobs, so their link says so. */
type NavLabelKey = `nav.${NavKey}` | 'nav.openJobs';

function labelKey(key: NavKey, role: TRole): NavLabelKey {
  if (key === 'jobs' && (role === 'employee' || role === 'agent')) return 'nav.openJobs';
  return `nav.${key}`;
}

export function navFor(role: TRole, t: (key: NavLabelKey) => string): NavItem[] {
  return NAV_BY_ROLE[role].map((key) => ({ key, to: PATHS[key], label: t(labelKey(key, role)) }));
}

export function isActive(pathname: string, to: string): boolean {
  if (to === '/') return pathname === '/';
  return pathname === to || pathname.startsWith(`${to}/`);
}
