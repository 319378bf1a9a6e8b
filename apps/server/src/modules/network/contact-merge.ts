import { companyKey, emailKey, linkedinKey } from '../hiring/index.ts';
import type { Contact } from './import/index.ts';

/**
 * How a batch of imported rows merges into the contacts an employee already has. Pure, so the rules
 * are unit-tested without a database:
 * - the same person is the same LinkedIn key, else the same email key, among this owner's contacts;
 * - a value in the file replaces the stored one (a new company or position updates the contact);
 *   an empty value in the file keeps what is stored, so a vCard without a company does not erase
 *   the company a LinkedIn export gave;
 * - an email or profile that already belongs to another of the owner's contacts is not moved over,
 *   which would break the one-person-per-key rule;
 * - a row that matches the company's exclude list never adds a person, but it does update the one
 *   the employee already has: their new employer or address must reach the stored contact, which
 *   the exclusion then hides (a moved person kept at the old employer would slip past the list);
 * - every row counts once: added (a new contact), updated (it changed one), unchanged or excluded.
 */

export type ContactValues = {
  firstName: string;
  lastName: string;
  email: string | null;
  emailKey: string | null;
  linkedinUrl: string | null;
  linkedinKey: string | null;
  company: string | null;
  companyKey: string | null;
  position: string | null;
  phone: string | null;
  connectedOn: string | null;
};

export type StoredContact = ContactValues & { id: string };

export type BatchPlan = {
  inserts: ContactValues[];
  updates: StoredContact[];
  /** Contacts the file named without changing them; they still move to this import. */
  untouchedIds: string[];
  /** Stored contacts an excluded row named (updated or not): what they were passed on as must go too. */
  excludedIds: string[];
  counts: { added: number; updated: number; unchanged: number; excluded: number };
};

type Entry = { id: string | null; values: ContactValues; changed: boolean; seen: boolean; excluded: boolean };

const FIELDS = [
  'firstName',
  'lastName',
  'email',
  'linkedinUrl',
  'company',
  'position',
  'phone',
  'connectedOn',
] as const satisfies readonly (keyof ContactValues)[];

export function valuesOf(contact: Contact): ContactValues {
  return withKeys({
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    linkedinUrl: contact.linkedinUrl,
    company: contact.company,
    position: contact.position,
    phone: contact.phone ?? null,
    connectedOn: contact.connectedOn,
  });
}

function withKeys(values: Omit<ContactValues, 'emailKey' | 'linkedinKey' | 'companyKey'>): ContactValues {
  return {
    ...values,
    emailKey: emailKey(values.email),
    linkedinKey: linkedinKey(values.linkedinUrl),
    companyKey: companyKey(values.company) || null,
  };
}

function merged(stored: ContactValues, incoming: ContactValues, keep: { email: boolean; linkedin: boolean }) {
  const next = { ...stored };
  if (incoming.firstName) {
    next.firstName = incoming.firstName;
    next.lastName = incoming.lastName;
  }
  for (const field of ['company', 'position', 'phone', 'connectedOn'] as const) {
    if (incoming[field]) next[field] = incoming[field];
  }
  // The same address or profile written another way is no change.
  if (incoming.email && !keep.email && incoming.emailKey !== stored.emailKey) next.email = incoming.email;
  if (incoming.linkedinUrl && !keep.linkedin && incoming.linkedinKey !== stored.linkedinKey) {
    next.linkedinUrl = incoming.linkedinUrl;
  }
  return withKeys(next);
}

const differs = (a: ContactValues, b: ContactValues) => FIELDS.some((f) => (a[f] ?? null) !== (b[f] ?? null));

/**
 * Rows as `valuesOf` gives them. `existing` must hold every stored contact of the owner that shares
 * a LinkedIn or email key with a row. `isExcluded` tells a row on the company's exclude list.
 */
export function planBatch(
  rows: readonly ContactValues[],
  existing: readonly StoredContact[],
  isExcluded: (row: ContactValues) => boolean = () => false,
): BatchPlan {
  const byLinkedin = new Map<string, Entry>();
  const byEmail = new Map<string, Entry>();
  const entries: Entry[] = [];
  const register = (entry: Entry) => {
    if (entry.values.linkedinKey) byLinkedin.set(entry.values.linkedinKey, entry);
    if (entry.values.emailKey) byEmail.set(entry.values.emailKey, entry);
  };
  for (const { id, ...values } of existing) {
    const entry = { id, values, changed: false, seen: false, excluded: false };
    entries.push(entry);
    register(entry);
  }
  const counts = { added: 0, updated: 0, unchanged: 0, excluded: 0 };
  for (const incoming of rows) {
    const excluded = isExcluded(incoming);
    const byProfile = incoming.linkedinKey ? byLinkedin.get(incoming.linkedinKey) : undefined;
    const byAddress = incoming.emailKey ? byEmail.get(incoming.emailKey) : undefined;
    const target = byProfile ?? byAddress;
    if (excluded) counts.excluded++;
    if (!target) {
      if (excluded) continue;
      const entry = { id: null, values: incoming, changed: false, seen: true, excluded: false };
      entries.push(entry);
      register(entry);
      counts.added++;
      continue;
    }
    target.seen = true;
    target.excluded ||= excluded;
    const next = merged(target.values, incoming, {
      email: !!byAddress && byAddress !== target,
      linkedin: !!byProfile && byProfile !== target,
    });
    if (!differs(target.values, next)) {
      if (!excluded) counts.unchanged++;
      continue;
    }
    target.values = next;
    target.changed = true;
    register(target);
    if (!excluded) counts.updated++;
  }
  const stored = entries.filter((e) => e.id !== null);
  return {
    inserts: entries.filter((e) => e.id === null).map((e) => e.values),
    updates: stored.filter((e) => e.changed).map((e) => ({ id: e.id as string, ...e.values })),
    untouchedIds: stored.filter((e) => e.seen && !e.changed).map((e) => e.id as string),
    excludedIds: stored.filter((e) => e.excluded).map((e) => e.id as string),
    counts,
  };
}
