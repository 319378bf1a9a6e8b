/** Tenancy: companies, people, roles, sessions, invites, domains. The only surface other modules import. */
import type { FastifyPluginAsync } from 'fastify';
import { authRoutes } from './auth.routes.ts';
import { companyRoutes } from './company.routes.ts';
import { membersRoutes } from './members.routes.ts';
import { signupRoutes } from './signup.routes.ts';

export const tenancyRoutes: FastifyPluginAsync = async (app) => {
  await app.register(authRoutes);
  await app.register(companyRoutes);
  await app.register(membersRoutes);
  await app.register(signupRoutes);
};

export {
  consumeLinkToken,
  findLinkToken,
  issueLinkToken,
  linkTokenIs,
  linkTokenUsable,
  peekLinkToken,
  revokeLinkTokens,
} from './link-tokens.ts';
export { listPeople } from './people.ts';
export {
  anyCompanyExists,
  findDepartment,
  foreignDepartmentIds,
  getCompany,
  listMemberDepartmentIds,
} from './tenancy.repo.ts';
export { isUniqueViolation } from './use-cases/company-settings.ts';
export { createCompanyForOperator, OPERATOR_LINK_HOURS } from './use-cases/create-company.ts';
