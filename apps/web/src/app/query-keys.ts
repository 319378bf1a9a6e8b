import type { TRole } from '@vouch/contracts';

/**
 * Every cached query's key, one factory per feature. A key is an array and invalidation matches its
 * start: `candidateKeys.detail(id)` also refreshes that candidate's history, connections and checks,
 * `candidateKeys.lists()` every candidate list whatever its filters. Mutations invalidate through these
 * factories, never through arrays written in place, so a view and what refreshes it cannot drift apart.
 */

export const authKeys = {
  me: () => ['me'] as const,
  setup: () => ['setup'] as const,
  signup: (code: string) => ['signup', code] as const,
  invite: (token: string | undefined) => ['invite', token] as const,
  verifyEmail: (token: string | undefined) => ['verify-email', token] as const,
  oneClickAnswer: (endpoint: string, token: string | undefined) => ['one-click-answer-info', endpoint, token] as const,
};

export const searchKeys = {
  results: (q: string) => ['search', q] as const,
};

export const dashboardKeys = {
  all: () => ['dashboard'] as const,
};

export const candidateKeys = {
  /** Every candidate list, whatever its filters (and the connection summaries shown in them). */
  lists: () => ['candidates'] as const,
  list: (filters: object, limit: number) => ['candidates', filters, limit] as const,
  connectionSummaries: (ids: string) => ['candidates', 'connections', ids] as const,
  /** Every candidate's profile and what hangs off it. */
  details: () => ['candidate'] as const,
  detail: (id: string) => ['candidate', id] as const,
  history: (id: string) => ['candidate', id, 'history'] as const,
  connections: (id: string) => ['candidate', id, 'connections'] as const,
  referenceChecks: (id: string) => ['candidate', id, 'reference-checks'] as const,
  files: (id: string) => ['candidate', id, 'files'] as const,
  duplicateCheck: (key: string, excludeId: string | undefined) => ['duplicate-check', key, excludeId] as const,
};

export const jobKeys = {
  /** Every job list and the pickers made of them. */
  lists: () => ['jobs'] as const,
  list: (filters: object, limit: number) => ['jobs', filters, limit] as const,
  openOptions: () => ['jobs', 'options'] as const,
  allOptions: () => ['jobs', 'options', 'all'] as const,
  details: () => ['job'] as const,
  detail: (id: string) => ['job', id] as const,
};

export const companyKeys = {
  settings: () => ['company'] as const,
  departments: () => ['departments'] as const,
  agencies: () => ['agencies'] as const,
  /** Every list of people (by role, or everyone). */
  people: () => ['people'] as const,
  peopleWithRole: (role: TRole) => ['people', role] as const,
  everyone: () => ['people', 'all'] as const,
};

export const memberKeys = {
  lists: () => ['members'] as const,
  list: (filters: object) => ['members', filters] as const,
};

export const auditKeys = {
  lists: () => ['audit-log'] as const,
  list: (filters: object) => ['audit-log', filters] as const,
  settings: () => ['audit-log-settings'] as const,
};

export const messageKeys = {
  lists: () => ['messages'] as const,
  list: (filters: object) => ['messages', filters] as const,
  detail: (id: string | null) => ['message', id] as const,
  health: () => ['health'] as const,
  referralRequestTemplates: () => ['message-templates', 'referral-request'] as const,
};

export const referralKeys = {
  board: () => ['board'] as const,
  boardPage: (query: object) => ['board', query] as const,
  network: () => ['network-referrals'] as const,
  networkPage: (query: object) => ['network-referrals', query] as const,
  /** Every referral's drawer. */
  details: () => ['network-referral'] as const,
  detail: (id: string | undefined) => ['network-referral', id] as const,
  /** Every candidate's referrals tab. */
  ofCandidates: () => ['candidate-referrals'] as const,
  ofCandidate: (candidateId: string) => ['candidate-referrals', candidateId] as const,
  /** Who owns the candidate (no job) or one submission, under the candidate's tab so a refresh reaches it. */
  owner: (candidateId: string, jobId: string | null) => ['candidate-referrals', candidateId, 'owner', jobId] as const,
  sent: () => ['referrals'] as const,
  requestDraft: (candidateId: string, colleagueMembershipId: string, jobId: string | null) =>
    ['referral-request-draft', candidateId, colleagueMembershipId, jobId] as const,
  bonusTiers: () => ['bonus-tiers'] as const,
  allBonusTiers: () => ['bonus-tiers', 'all'] as const,
  visibleBonusTiers: () => ['bonus-tiers', 'visible'] as const,
};

export const payoutKeys = {
  all: () => ['payouts'] as const,
  list: (view: string) => ['payouts', view] as const,
};

export const networkKeys = {
  contacts: () => ['contacts'] as const,
  contactSearch: (q: string) => ['contacts', q] as const,
  imports: () => ['contact-imports'] as const,
  triage: () => ['triage'] as const,
  triageRemaining: () => ['triage', 'remaining'] as const,
  myReferrals: () => ['my-referrals'] as const,
  exclusions: () => ['exclusions'] as const,
};

export const referenceCheckKeys = {
  /** Every check list, and every check's timeline. */
  all: () => ['reference-checks'] as const,
  list: (filter: object, limit: number) => ['reference-checks', filter, limit] as const,
  timeline: (checkId: string) => ['reference-checks', checkId, 'timeline'] as const,
  report: (checkId: string) => ['reference-report', checkId] as const,
  shareLinks: (checkId: string) => ['reference-report', checkId, 'share-links'] as const,
  figures: (from: string, to: string) => ['reference-figures', from, to] as const,
};

export const questionnaireKeys = {
  all: () => ['questionnaires'] as const,
  list: (filters: object) => ['questionnaires', 'list', filters] as const,
  options: (language: string, subAccountId: string | null) =>
    ['questionnaires', 'options', language, subAccountId] as const,
  detail: (id: string | undefined) => ['questionnaires', 'detail', id] as const,
  versions: (id: string | undefined) => ['questionnaires', 'versions', id] as const,
  subAccounts: () => ['sub-accounts'] as const,
  subAccountList: (includeArchived: boolean) => ['sub-accounts', 'list', includeArchived] as const,
  subAccountMembers: (id: string | null) => ['sub-accounts', 'members', id] as const,
};

export const integrationKeys = {
  apiKeys: () => ['api-keys'] as const,
  webhookEndpoints: () => ['webhook-endpoints'] as const,
  deliveries: (endpointId: string | null) => ['webhook-endpoints', endpointId, 'deliveries'] as const,
};

export const notificationKeys = {
  /** The list and the unread count alike: marking read refreshes both. */
  all: () => ['notifications'] as const,
  list: () => ['notifications', 'list'] as const,
  unread: () => ['notifications', 'unread'] as const,
  settings: () => ['notification-settings'] as const,
};

export const myHistoryKeys = {
  work: () => ['my-work-history'] as const,
  education: () => ['my-education'] as const,
};
