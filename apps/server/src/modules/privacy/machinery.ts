import type { Db } from '../../platform/db/db.ts';
import { addErased, type Erased, needlesOf, noKeys, type PersonKeys } from '../../platform/person-keys.ts';
import { anonymiseCandidates, candidatesMatching, eraseMemberHistory } from '../hiring/index.ts';
import { eraseIntegrationCopies } from '../integrations/index.ts';
import { eraseMessagesAbout } from '../messaging/index.ts';
import { contactsMatching, dropExclusionsNaming, erasePersonFromNetworks, forgetNetworkOf } from '../network/index.ts';
import { anonymiseChecks, checksOfCandidates, eraseReferees, refereesMatching } from '../references/index.ts';
import { anonymiseReferralsOf } from '../referrals/index.ts';
import { eraseMembers, eraseRegistrations, revokeLinksTo } from '../tenancy/index.ts';
import { emptyExtensionReasons } from './privacy.repo.ts';

const unique = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];

/**
 * Retention's part of the machinery, for a batch of candidates past their period: their profiles,
 * their checks (referees' details and free text), the person copied onto referrals, messages sent
 * to them, exclusions naming them. Bodies of other messages and webhook copies have shorter periods
 * of their own and go by age (see the job). Set-based: a handful of statements for the whole batch.
 */
export async function anonymiseCandidateBatch(db: Db, companyId: string, candidateIds: string[], now: Date) {
  const found = await candidatesMatching(db, companyId, noKeysWith({ candidateIds }));
  const keys: PersonKeys = {
    ...noKeysWith({ candidateIds }),
    emails: unique(found.map((c) => c.emailKey)),
    phones: unique(found.flatMap((c) => [c.phone, c.phoneKey])),
    linkedinKeys: unique(found.map((c) => c.linkedinKey)),
  };
  const erased: Erased = {};
  addErased(erased, await anonymiseReferralsOf(db, companyId, keys));
  addErased(erased, await anonymiseChecks(db, companyId, await checksOfCandidates(db, companyId, candidateIds), now));
  addErased(erased, await anonymiseCandidates(db, companyId, candidateIds, now));
  addErased(erased, await eraseMessagesAbout(db, companyId, { emails: keys.emails, phones: keys.phones, needles: [] }));
  addErased(erased, await dropExclusionsNaming(db, companyId, keys));
  await emptyExtensionReasons(db, companyId, candidateIds);
  return erased;
}

function noKeysWith(some: Partial<PersonKeys>): PersonKeys {
  return { ...noKeys(), ...some };
}

/**
 * Erasure on request: the person everywhere they appear in the company, starting from the keys of
 * one record (a candidate, referee, contact or member) widened once by what those records hold (the
 * candidate's email finds the same person as a referee or in a colleague's contacts). A referee's
 * answers go whole, even on an open check, which then reads "answer withdrawn".
 */
export async function erasePerson(db: Db, companyId: string, start: PersonKeys, now: Date): Promise<Erased> {
  // Twice: the start's own records give the emails and phones that find the rest.
  const keys = await widen(db, companyId, await widen(db, companyId, start));
  const erased: Erased = {};
  // Referrals first: deleting a contact empties the link a referral keeps to it.
  addErased(erased, await anonymiseReferralsOf(db, companyId, keys));
  const checkIds = await checksOfCandidates(db, companyId, keys.candidateIds);
  addErased(erased, await anonymiseChecks(db, companyId, checkIds, now));
  addErased(erased, await eraseReferees(db, companyId, keys.refereeIds, now));
  await revokeLinksTo(db, companyId, [...checkIds, ...keys.refereeIds]);
  addErased(erased, await anonymiseCandidates(db, companyId, keys.candidateIds, now));
  await emptyExtensionReasons(db, companyId, keys.candidateIds);
  addErased(erased, await erasePersonFromNetworks(db, companyId, keys));
  for (const member of keys.membershipIds) addErased(erased, await forgetNetworkOf(db, companyId, member));
  addErased(erased, await eraseMemberHistory(db, companyId, keys.membershipIds));
  addErased(erased, await eraseMembers(db, companyId, keys.membershipIds, now));
  const needles = needlesOf(keys);
  addErased(erased, await eraseMessagesAbout(db, companyId, { emails: keys.emails, phones: keys.phones, needles }));
  addErased(erased, await eraseIntegrationCopies(db, companyId, needles));
  addErased(erased, await eraseRegistrations(db, companyId, { emails: keys.emails }));
  return erased;
}

/** The start's keys plus what the candidates, referees and contacts they name hold. */
async function widen(db: Db, companyId: string, start: PersonKeys): Promise<PersonKeys> {
  // One after another: a transaction is one connection.
  const candidates = await candidatesMatching(db, companyId, start);
  const referees = await refereesMatching(db, companyId, start);
  const contacts = await contactsMatching(db, companyId, start);
  return {
    candidateIds: unique([...start.candidateIds, ...candidates.map((c) => c.id)]),
    refereeIds: unique([...start.refereeIds, ...referees.map((r) => r.id)]),
    contactIds: unique([...start.contactIds, ...contacts.map((c) => c.id)]),
    membershipIds: start.membershipIds,
    emails: unique([
      ...start.emails,
      ...candidates.map((c) => c.emailKey),
      ...referees.map((r) => r.emailKey),
      ...contacts.map((c) => c.emailKey),
    ]),
    phones: unique([
      ...start.phones,
      ...candidates.flatMap((c) => [c.phone, c.phoneKey]),
      ...referees.map((r) => r.phone),
      ...contacts.map((c) => c.phone),
    ]),
    linkedinKeys: unique([
      ...start.linkedinKeys,
      ...candidates.map((c) => c.linkedinKey),
      ...contacts.map((c) => c.linkedinKey),
    ]),
  };
}
