import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import {
  INTRODUCTION_ANSWERS,
  REFERRAL_REQUEST_ANSWERS,
  type TIntroductionAnswer,
  type TReferralRequestAnswer,
  type TRole,
} from '@vouch/contracts';
import { AcceptInvitePage } from '../features/auth/AcceptInvitePage.tsx';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage.tsx';
import { JoinPage } from '../features/auth/JoinPage.tsx';
import { NewCompanyPage } from '../features/auth/NewCompanyPage.tsx';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage.tsx';
import { SetupPage } from '../features/auth/SetupPage.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { setupQuery } from '../features/auth/setup-status.ts';
import { VerifyEmailPage } from '../features/auth/VerifyEmailPage.tsx';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { WithdrawReferralPage } from '../features/intake/WithdrawReferralPage.tsx';
import { referralsSearch } from '../features/referrals/referrals-search.ts';
import { NotFound } from '../ui/NotFound.tsx';
import { setUnauthenticatedHandler } from './api.ts';
import { CAN_MANAGE_HIRING, CAN_SEE_CANDIDATES, meQuery } from './auth.ts';
import { queryClient } from './query-client.ts';
import { Shell } from './Shell.tsx';
import { candidateSearch, jobSearch, optionalString, safeRedirect } from './search.ts';

// Signed-in pages load on first visit, so the sign-in page stays small.
const CandidateEditPage = lazyRouteComponent(
  () => import('../features/candidates/CandidateEditPages.tsx'),
  'CandidateEditPage',
);
const CandidateNewPage = lazyRouteComponent(
  () => import('../features/candidates/CandidateEditPages.tsx'),
  'CandidateNewPage',
);
const CandidateProfilePage = lazyRouteComponent(
  () => import('../features/candidates/CandidateProfilePage.tsx'),
  'CandidateProfilePage',
);
const CandidatesPage = lazyRouteComponent(() => import('../features/candidates/CandidatesPage.tsx'), 'CandidatesPage');
const AuditLogPage = lazyRouteComponent(() => import('../features/audit/AuditLogPage.tsx'), 'AuditLogPage');
const CompanySettingsPage = lazyRouteComponent(
  () => import('../features/company/CompanySettingsPage.tsx'),
  'CompanySettingsPage',
);
const JobDetailPage = lazyRouteComponent(() => import('../features/jobs/JobDetailPage.tsx'), 'JobDetailPage');
const JobEditPage = lazyRouteComponent(() => import('../features/jobs/JobEditPages.tsx'), 'JobEditPage');
const JobNewPage = lazyRouteComponent(() => import('../features/jobs/JobEditPages.tsx'), 'JobNewPage');
const JobsPage = lazyRouteComponent(() => import('../features/jobs/JobsPage.tsx'), 'JobsPage');
const IntroductionAnswerPage = lazyRouteComponent(
  () => import('../features/introductions/IntroductionAnswerPage.tsx'),
  'IntroductionAnswerPage',
);
const ReferralRequestAnswerPage = lazyRouteComponent(
  () => import('../features/referral-requests/ReferralRequestAnswerPage.tsx'),
  'ReferralRequestAnswerPage',
);
const PayoutsPage = lazyRouteComponent(() => import('../features/payouts/PayoutsPage.tsx'), 'PayoutsPage');
const MessagesPage = lazyRouteComponent(() => import('../features/messages/MessagesPage.tsx'), 'MessagesPage');
const NetworkPage = lazyRouteComponent(() => import('../features/network/NetworkPage.tsx'), 'NetworkPage');
const TriagePage = lazyRouteComponent(() => import('../features/network/TriagePage.tsx'), 'TriagePage');
const ReferralsPage = lazyRouteComponent(() => import('../features/referrals/ReferralsPage.tsx'), 'ReferralsPage');
const PrivacyPage = lazyRouteComponent(() => import('../features/privacy/PrivacyPage.tsx'), 'PrivacyPage');
const MySettingsPage = lazyRouteComponent(() => import('../features/settings/MySettingsPage.tsx'), 'MySettingsPage');
const ReferenceChecksPage = lazyRouteComponent(
  () => import('../features/references/ReferenceChecksPage.tsx'),
  'ReferenceChecksPage',
);
const QuestionnairesPage = lazyRouteComponent(
  () => import('../features/questionnaires/QuestionnairesPage.tsx'),
  'QuestionnairesPage',
);
const QuestionnaireEditorPage = lazyRouteComponent(
  () => import('../features/questionnaires/QuestionnaireEditorPage.tsx'),
  'QuestionnaireEditorPage',
);
const SubAccountsPage = lazyRouteComponent(
  () => import('../features/questionnaires/SubAccountsPage.tsx'),
  'SubAccountsPage',
);
const ReportPage = lazyRouteComponent(() => import('../features/reference-report/ReportPage.tsx'), 'ReportPage');
const FiguresPage = lazyRouteComponent(() => import('../features/reference-report/FiguresPage.tsx'), 'FiguresPage');
const IntegrationsPage = lazyRouteComponent(
  () => import('../features/integrations/IntegrationsPage.tsx'),
  'IntegrationsPage',
);
const UsersPage = lazyRouteComponent(() => import('../features/users/UsersPage.tsx'), 'UsersPage');

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

// Pages reachable without signing in: the links in emails and the sign-in itself.
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (s: Record<string, unknown>): { redirect?: string } => ({ redirect: optionalString(s.redirect) }),
  // Asks the server afresh, so an expired session never bounces between here and the shell.
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
    if (me) throw redirect({ href: safeRedirect(search.redirect) });
    // A fresh install has nobody to sign in: its first person creates the company instead.
    const setup = await context.queryClient.fetchQuery({ ...setupQuery, staleTime: 0 });
    if (setup.setupNeeded) throw redirect({ to: '/setup' });
  },
  component: SignInPage,
});
/** First-run setup: only while no company exists; afterwards the page is gone. */
const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  beforeLoad: async ({ context }) => {
    const setup = await context.queryClient.fetchQuery({ ...setupQuery, staleTime: 0 });
    if (!setup.setupNeeded) throw redirect({ to: '/sign-in' });
  },
  component: SetupPage,
});
/** Open sign-up: only when the operator allows it. */
const newCompanyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  beforeLoad: async ({ context }) => {
    const setup = await context.queryClient.fetchQuery({ ...setupQuery, staleTime: 0 });
    if (setup.setupNeeded) throw redirect({ to: '/setup' });
    if (!setup.openSignup) throw redirect({ to: '/sign-in' });
  },
  component: NewCompanyPage,
});
const forgotRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: ForgotPasswordPage,
});
const tokenSearch = (s: Record<string, unknown>): { token?: string } => ({ token: optionalString(s.token) });
const resetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: tokenSearch,
  component: ResetPasswordPage,
});
const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite',
  validateSearch: tokenSearch,
  component: AcceptInvitePage,
});
const joinRoute = createRoute({ getParentRoute: () => rootRoute, path: '/join/$code', component: JoinPage });
const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify-email',
  validateSearch: tokenSearch,
  component: VerifyEmailPage,
});
// The employee's one-click answer from an introduction request: works signed in or not.
const introductionAnswerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/introductions/answer',
  validateSearch: (s: Record<string, unknown>): { token?: string; answer?: TIntroductionAnswer } => ({
    token: optionalString(s.token),
    answer: INTRODUCTION_ANSWERS.find((a) => a === s.answer),
  }),
  component: IntroductionAnswerPage,
});
// The colleague's one-click answer from a referral request: works signed in or not.
const referralRequestAnswerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/referral-requests/answer',
  validateSearch: (s: Record<string, unknown>): { token?: string; answer?: TReferralRequestAnswer } => ({
    token: optionalString(s.token),
    answer: REFERRAL_REQUEST_ANSWERS.find((a) => a === s.answer),
  }),
  component: ReferralRequestAnswerPage,
});

// A referred person's withdraw link from their email: no sign-in.
const withdrawReferralRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/withdraw-referral',
  validateSearch: (s: Record<string, unknown>): { token?: string } => ({ token: optionalString(s.token) }),
  component: function WithdrawRoute() {
    return <WithdrawReferralPage token={withdrawReferralRoute.useSearch().token} />;
  },
});

/** Everything else needs a session; the shell shows what the role may use. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { me };
  },
  component: Shell,
});

/** The server refuses anyway; this only spares people pages full of 403s. */
const onlyFor =
  (roles: readonly TRole[]) =>
  ({ context }: { context: { me: { role: TRole } } }) => {
    if (!roles.includes(context.me.role)) throw redirect({ to: '/' });
  };

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: DashboardPage });
const jobsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/jobs',
  validateSearch: jobSearch,
  component: JobsPage,
});
const jobNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/jobs/new',
  beforeLoad: onlyFor(CAN_MANAGE_HIRING),
  component: JobNewPage,
});
const jobDetailRoute = createRoute({ getParentRoute: () => appRoute, path: '/jobs/$jobId', component: JobDetailPage });
const jobEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/jobs/$jobId/edit',
  beforeLoad: onlyFor(CAN_MANAGE_HIRING),
  component: JobEditPage,
});
const candidatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/candidates',
  validateSearch: candidateSearch,
  beforeLoad: onlyFor(CAN_SEE_CANDIDATES),
  component: CandidatesPage,
});
const candidateNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/candidates/new',
  validateSearch: (s: Record<string, unknown>): { jobId?: string } => ({ jobId: optionalString(s.jobId) }),
  beforeLoad: onlyFor(CAN_MANAGE_HIRING),
  component: CandidateNewPage,
});
const candidateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/candidates/$candidateId',
  validateSearch: (s: Record<string, unknown>): { tab?: string } => ({ tab: optionalString(s.tab) }),
  beforeLoad: onlyFor(CAN_SEE_CANDIDATES),
  component: CandidateProfilePage,
});
const candidateEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/candidates/$candidateId/edit',
  beforeLoad: onlyFor(CAN_MANAGE_HIRING),
  component: CandidateEditPage,
});
const adminOnly = onlyFor(['admin']);
const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users',
  beforeLoad: adminOnly,
  component: UsersPage,
});
const messagesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/messages',
  beforeLoad: adminOnly,
  component: MessagesPage,
});
const payoutsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/payouts',
  beforeLoad: adminOnly,
  component: PayoutsPage,
});
const companyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/company',
  beforeLoad: adminOnly,
  component: CompanySettingsPage,
});
const auditLogRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/company/audit-log',
  beforeLoad: adminOnly,
  component: AuditLogPage,
});
const privacyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/privacy',
  beforeLoad: adminOnly,
  component: PrivacyPage,
});
const networkers = onlyFor(['admin', 'recruiter', 'hiring_manager', 'employee']);
const networkRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/network',
  validateSearch: (s: Record<string, unknown>): { tab?: 'referrals' } => ({
    tab: s.tab === 'referrals' ? 'referrals' : undefined,
  }),
  beforeLoad: networkers,
  component: NetworkPage,
});
const triageRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/network/triage',
  beforeLoad: networkers,
  component: TriagePage,
});
const referralsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/referrals',
  validateSearch: referralsSearch,
  beforeLoad: onlyFor(CAN_MANAGE_HIRING),
  component: ReferralsPage,
});
// Reference checks: the recruiters' list, questionnaires, sub-accounts (admins), figures (admins), a report.
const referenceChecksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/references',
  beforeLoad: onlyFor(CAN_MANAGE_HIRING),
  component: ReferenceChecksPage,
});
const questionnairesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/references/questionnaires',
  beforeLoad: onlyFor(CAN_MANAGE_HIRING),
  component: QuestionnairesPage,
});
const questionnaireEditorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/references/questionnaires/$templateId',
  beforeLoad: onlyFor(CAN_MANAGE_HIRING),
  component: QuestionnaireEditorPage,
});
const subAccountsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/references/sub-accounts',
  beforeLoad: adminOnly,
  component: SubAccountsPage,
});
const figuresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/references/figures',
  beforeLoad: adminOnly,
  component: FiguresPage,
});
// The job's hiring manager may open a report too; the server decides per check.
const reportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reference-checks/$checkId/report',
  beforeLoad: onlyFor(CAN_SEE_CANDIDATES),
  component: ReportPage,
});
const integrationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/integrations',
  beforeLoad: adminOnly,
  component: IntegrationsPage,
});
const ReferPage = lazyRouteComponent(() => import('../features/intake/ReferPage.tsx'), 'ReferPage');
const referRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/refer',
  validateSearch: (s: Record<string, unknown>): { jobIds?: string[] } => ({
    jobIds: Array.isArray(s.jobIds) ? s.jobIds.filter((v): v is string => typeof v === 'string') : undefined,
  }),
  beforeLoad: onlyFor(['employee', 'agent', 'recruiter', 'admin', 'hiring_manager']),
  component: function ReferRoute() {
    return <ReferPage jobIds={referRoute.useSearch().jobIds} />;
  },
});
const settingsRoute = createRoute({ getParentRoute: () => appRoute, path: '/settings', component: MySettingsPage });

const routeTree = rootRoute.addChildren([
  signInRoute,
  forgotRoute,
  resetRoute,
  inviteRoute,
  joinRoute,
  verifyEmailRoute,
  setupRoute,
  newCompanyRoute,
  introductionAnswerRoute,
  referralRequestAnswerRoute,
  withdrawReferralRoute,
  appRoute.addChildren([
    homeRoute,
    jobsRoute,
    jobNewRoute,
    jobDetailRoute,
    jobEditRoute,
    candidatesRoute,
    candidateNewRoute,
    candidateRoute,
    candidateEditRoute,
    usersRoute,
    messagesRoute,
    payoutsRoute,
    companyRoute,
    auditLogRoute,
    privacyRoute,
    networkRoute,
    triageRoute,
    referralsRoute,
    referenceChecksRoute,
    questionnairesRoute,
    questionnaireEditorRoute,
    subAccountsRoute,
    figuresRoute,
    reportRoute,
    integrationsRoute,
    settingsRoute,
    referRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  scrollRestoration: true,
});

// Any 401 from the API: back to sign-in, remembering where the person was.
setUnauthenticatedHandler(() => {
  const here = router.state.location;
  if (here.pathname === '/sign-in') return;
  void router.navigate({ to: '/sign-in', search: { redirect: here.href } });
});

// Module augmentation is the router's documented way to type links app-wide; it needs an interface.
declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
