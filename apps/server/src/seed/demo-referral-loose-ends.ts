import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { companyKey, emailKey, linkedinKey } from '../modules/hiring/index.ts';
import { searchVectorOf } from '../modules/network/index.ts';
import { markContactIn } from '../modules/referrals/index.ts';
import type { Db } from '../platform/db/db.ts';
import { candidates, contacts, memberships, users } from '../schema.ts';
import type { DemoPeople } from './demo-people.ts';

/**
 * One truth on the candidate's Referrals tab: Erik also has one of Acme's candidates among his
 * contacts and offers to introduce them. The mark is linked to the candidate by the duplicate rules
 * (same email), so it shows on their Referrals tab, and the recruiter's drawer shows their work history.
 */
export async function seedMarkOnCandidate(tx: Db, people: DemoPeople) {
  const { companyId } = people;
  const [candidate] = await tx
    .select()
    .from(candidates)
    .where(and(eq(candidates.companyId, companyId), isNotNull(candidates.email), isNotNull(candidates.currentCompany)))
    .orderBy(asc(candidates.lastName), asc(candidates.firstName))
    .limit(1);
  const [erik] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), eq(users.email, 'employee@acme.example')));
  if (!candidate || !erik) return;
  const [contact] = await tx
    .insert(contacts)
    .values({
      companyId,
      ownerMembershipId: erik.id,
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      email: candidate.email,
      emailKey: emailKey(candidate.email),
      linkedinUrl: candidate.linkedinUrl,
      linkedinKey: linkedinKey(candidate.linkedinUrl),
      company: candidate.currentCompany,
      companyKey: companyKey(candidate.currentCompany),
      position: candidate.currentTitle,
      sourceFormat: 'csv',
      searchVector: searchVectorOf({
        name: `${candidate.firstName} ${candidate.lastName}`,
        title: candidate.currentTitle,
        company: candidate.currentCompany,
        skills: [],
      }),
    })
    .returning({ id: contacts.id });
  await markContactIn(tx, { companyId, membershipId: erik.id }, contact.id, {
    mark: 'email_introduction',
    loveToWorkAgain: true,
    note: 'We shipped the payments migration together; happy to introduce.',
    jobId: null,
    skills: candidate.skills.slice(0, 3),
  });
}
