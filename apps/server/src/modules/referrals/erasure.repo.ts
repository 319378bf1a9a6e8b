import { and, eq, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { Erased, PersonKeys } from '../../platform/person-keys.ts';
import { referralEvents, referrals } from './referrals.tables.ts';

const ANONYMOUS = 'Anonymised';

/**
 * Empties the person copied onto referrals (name, contact details, the referrer's note, the keys
 * exclusions match on, the search vector) and the notes on their timelines. The rows stay: the
 * board's and bonuses' counts need them, now about nobody.
 */
async function anonymiseReferralRows(db: Db, companyId: string, ids: string[]): Promise<Erased> {
  if (!ids.length) return {};
  const done = await db
    .update(referrals)
    .set({
      firstName: ANONYMOUS,
      lastName: '',
      email: null,
      linkedinUrl: null,
      phone: null,
      company: null,
      position: null,
      emailKey: null,
      linkedinKey: null,
      companyKey: null,
      searchVector: sql`''::tsvector`,
      referrerNote: null,
      relationship: null,
    })
    .where(and(eq(referrals.companyId, companyId), inArray(referrals.id, ids)))
    .returning({ id: referrals.id });
  await db
    .update(referralEvents)
    .set({ note: null })
    .where(and(eq(referralEvents.companyId, companyId), inArray(referralEvents.referralId, ids)));
  return { referrals: done.length };
}

/** Referrals about the person the keys name: of their candidate, from their contact, or by email, phone or profile. */
export async function anonymiseReferralsOf(db: Db, companyId: string, keys: PersonKeys): Promise<Erased> {
  const by = [
    keys.candidateIds.length ? inArray(referrals.candidateId, keys.candidateIds) : undefined,
    keys.contactIds.length ? inArray(referrals.contactId, keys.contactIds) : undefined,
    keys.emails.length ? inArray(referrals.emailKey, keys.emails) : undefined,
    keys.phones.length ? inArray(referrals.phone, keys.phones) : undefined,
    keys.linkedinKeys.length ? inArray(referrals.linkedinKey, keys.linkedinKeys) : undefined,
  ].filter((c) => c !== undefined);
  if (!by.length) return {};
  const rows = await db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.companyId, companyId), or(...by)));
  return anonymiseReferralRows(
    db,
    companyId,
    rows.map((r) => r.id),
  );
}

/**
 * Referrals that never became a candidate (marks, introductions nobody acted on) and saw no activity
 * since `before`: they follow the candidates' retention. A slice of `limit` at a time.
 */
export async function anonymiseIdleReferrals(db: Db, companyId: string, before: Date, limit: number) {
  const rows = await db
    .select({ id: referrals.id })
    .from(referrals)
    .where(
      and(
        eq(referrals.companyId, companyId),
        isNull(referrals.candidateId),
        lt(referrals.updatedAt, before),
        ne(referrals.firstName, ANONYMOUS),
      ),
    )
    .limit(limit)
    .for('update', { skipLocked: true });
  return anonymiseReferralRows(
    db,
    companyId,
    rows.map((r) => r.id),
  );
}
