import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { publish } from '../../../platform/events.ts';
import { type NamedConsentGiven, namedConsentColumns } from '../named-consent.ts';
import type { AddedBy, CheckRow } from '../referee-state.ts';
import { insertReferees } from '../referees.repo.ts';
import { inviteReferees } from './invite-referee.ts';
import { normaliseReferees, type RefereeFields } from './referee-input.ts';

/** Names referees on a check (after the shared rules) and invites each at once. Returns their ids. */
export async function addReferees(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  check: CheckRow,
  inputs: RefereeFields[],
  addedBy: AddedBy,
  path?: string,
  /** How the candidate agreed, when the recruiter names the referees (recorded on each). */
  consent: NamedConsentGiven = { consent: null, byMembershipId: null },
): Promise<string[]> {
  if (!inputs.length) return [];
  const rows = await normaliseReferees(db, check.companyId, check.id, inputs, {
    path,
    byCandidate: addedBy === 'candidate',
  });
  // A millisecond apart, so lists keep the order they were given in (one transaction shares now()).
  const at = Date.now();
  const inserted = await insertReferees(
    db,
    check.companyId,
    check.id,
    rows.map((r, i) => ({
      createdAt: new Date(at + i),
      name: r.name,
      email: r.email,
      emailKey: r.emailKey,
      phone: r.phone,
      relationship: r.relationship,
      company: r.company,
      workedTogether: r.workedTogether,
      language: r.language,
      addedBy,
      ...namedConsentColumns(consent),
    })),
  );
  await inviteReferees(db, config, check, inserted);
  for (const { id } of inserted)
    await publish(db, { type: 'reference_check.referee_named', companyId: check.companyId, refereeId: id, addedBy });
  return inserted.map((r) => r.id);
}
