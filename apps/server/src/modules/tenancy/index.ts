/** Tenancy: companies, people, roles, sessions, invites, domains. The only surface other modules import. */

export {
  dropExpiredRegistrations,
  eraseMembers,
  eraseRegistrations,
  findMemberForErasure,
  membersDeactivatedBefore,
  revokeLinksTo,
} from './erasure.repo.ts';
export {
  consumeLinkToken,
  findLinkToken,
  issueLinkToken,
  type LinkPurpose,
  linkTokenInsertSql,
  linkTokenIs,
  linkTokenUsable,
  newLinkToken,
  peekLinkToken,
  revokeLinkTokens,
} from './link-tokens.ts';
export { listPeople, peopleRefJson, personRefJson } from './people.ts';
export { memberTenancyData } from './person-data.repo.ts';
export { sessionAuthenticator } from './sessions.ts';
export {
  anyCompanyExists,
  findDepartment,
  foreignDepartmentIds,
  getCompany,
  listMemberDepartmentIds,
} from './tenancy.repo.ts';
export * from './tenancy.tables.ts';
export { isUniqueViolation } from './use-cases/company-settings.ts';
export { createCompanyForOperator, OPERATOR_LINK_HOURS } from './use-cases/create-company.ts';
export { assertNotLastAdmin } from './use-cases/manage-members.ts';
