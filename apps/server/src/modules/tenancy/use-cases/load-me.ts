import type { TLanguage, TMe, TRole } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { notFound } from '../../../platform/errors.ts';
import {
  findAgency,
  findMembershipOfUser,
  findUser,
  getCompany,
  listMemberDepartmentIds,
  listMembershipsOfUser,
} from '../tenancy.repo.ts';

/** The signed-in person as the web app needs them: identity, role here, other companies, CSRF token. */
export async function loadMe(db: Db, input: { userId: string; companyId: string; csrfToken: string }): Promise<TMe> {
  const [user, membership, company, all] = await Promise.all([
    findUser(db, input.userId),
    findMembershipOfUser(db, input.companyId, input.userId),
    getCompany(db, input.companyId),
    listMembershipsOfUser(db, input.userId),
  ]);
  if (!user || !membership || !company) throw notFound();
  const agency = membership.agencyId ? await findAgency(db, company.id, membership.agencyId) : null;
  return {
    userId: user.id,
    membershipId: membership.id,
    email: user.email,
    name: user.name,
    language: user.language as TLanguage,
    role: membership.role as TRole,
    companyId: company.id,
    companyName: company.name,
    agencyName: agency?.name ?? null,
    departmentIds: await listMemberDepartmentIds(db, membership.id),
    memberships: all
      .filter((m) => m.status === 'active')
      .map((m) => ({ companyId: m.companyId, companyName: m.companyName, role: m.role as TRole })),
    csrfToken: input.csrfToken,
  };
}
