import { and, eq, gt, isNull, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { randomToken, sha256 } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db/db.ts';
import { preparedInsert } from '../../platform/db/prepared.ts';
import { linkTokens } from './tenancy.tables.ts';

export type LinkPurpose =
  | 'password_reset'
  | 'invite'
  | 'introduction_answer'
  | 'referral_request_answer'
  /** A candidate's page of one reference check: subject is the check. Reused until the check ends. */
  | 'reference_candidate'
  /** A referee's questionnaire: subject is the referee. Reused until they answer or decline. */
  | 'reference_referee'
  /** Proves an address before joining or creating a company: subject is the registration. */
  | 'verify_email'
  /** A referred person's withdraw link: subject is the referral. */
  | 'referral_withdraw';

type IssueInput = {
  purpose: LinkPurpose;
  ttlMs: number;
  companyId?: string | null;
  userId?: string | null;
  membershipId?: string | null;
  subjectId?: string | null;
};

const insertLinkToken = preparedInsert('insert_link_token', (db, row: typeof linkTokens.$inferInsert, name) =>
  db.insert(linkTokens).values(row).prepare(name),
);

/** A random 256-bit token for a link and the SHA-256 that is stored of it, before its row is written. */
export function newLinkToken() {
  const token = randomToken();
  return { token, tokenHash: sha256(token) };
}

/**
 * The insert of a link token's row as SQL, for a `WITH` that writes it beside another row in one
 * statement (e.g. a new check and its candidate's link). The values are SQL (placeholders, say);
 * nothing is written when `tokenHash` is null.
 */
export const linkTokenInsertSql = (row: {
  tokenHash: SQL | Placeholder;
  purpose: LinkPurpose;
  companyId: SQL | Placeholder;
  subjectId: SQL | Placeholder;
  expiresAt: SQL | Placeholder;
}) =>
  sql`insert into ${linkTokens} ("token_hash", "purpose", "company_id", "subject_id", "expires_at")
    select ${row.tokenHash}::text, ${row.purpose}, ${row.companyId}::uuid, ${row.subjectId}::uuid, ${row.expiresAt}::timestamptz
    where ${row.tokenHash}::text is not null`;

/** A random 256-bit token for a link; only its SHA-256 is stored. The raw token is returned once. */
export async function issueLinkToken(db: Db, input: IssueInput) {
  const { token, tokenHash } = newLinkToken();
  await insertLinkToken(db, {
    tokenHash,
    purpose: input.purpose,
    companyId: input.companyId ?? null,
    userId: input.userId ?? null,
    membershipId: input.membershipId ?? null,
    subjectId: input.subjectId ?? null,
    expiresAt: new Date(Date.now() + input.ttlMs),
  });
  return token;
}

/** This token, for this purpose, not used yet and not expired: the only kind a link may act on. */
function usable(token: string, purpose: LinkPurpose) {
  return and(
    eq(linkTokens.tokenHash, sha256(token)),
    eq(linkTokens.purpose, purpose),
    isNull(linkTokens.usedAt),
    gt(linkTokens.expiresAt, sql`now()`),
  );
}

/** Looks at a token without using it (e.g. to show whom an invite is for). */
export async function peekLinkToken(db: Db, token: string, purpose: LinkPurpose) {
  const [row] = await db.select().from(linkTokens).where(usable(token, purpose));
  return row ?? null;
}

/** The token's row, used or not, expired or not: join on it to look a link up in the same query. */
export const linkTokenIs = (token: string, purpose: LinkPurpose) =>
  and(eq(linkTokens.tokenHash, sha256(token)), eq(linkTokens.purpose, purpose));
/** True while the token's row is neither used nor expired: what `peekLinkToken` would find. */
export const linkTokenUsable = sql<boolean>`(${linkTokens.usedAt} is null and ${linkTokens.expiresAt} > now())`;

/**
 * Looks a token up whether or not it still works, so a page can say kindly that the link ran out
 * (and whom to ask) instead of "not found". `usable` is what `peekLinkToken` would answer.
 */
export async function findLinkToken(db: Db, token: string, purpose: LinkPurpose) {
  const [row] = await db
    .select({ link: linkTokens, usable: linkTokenUsable })
    .from(linkTokens)
    .where(linkTokenIs(token, purpose));
  return row ? { ...row.link, usable: Boolean(row.usable) } : null;
}

/**
 * Uses a token up. One conditional UPDATE, so of two concurrent redemptions exactly one wins.
 * Returns null when the token is unknown, used or expired.
 */
export async function consumeLinkToken(db: Db, token: string, purpose: LinkPurpose) {
  const [row] = await db.update(linkTokens).set({ usedAt: sql`now()` }).where(usable(token, purpose)).returning();
  return row ?? null;
}

/** Older links of the same purpose stop working when a new one is sent (e.g. a resent invite). */
export async function revokeLinkTokens(
  db: Db,
  purpose: LinkPurpose,
  where: { companyId: string; membershipId?: string; subjectId?: string } | { userId: string },
) {
  // A subject narrows to one record's links: an employee may have several introductions pending.
  // A company's links name it; a person's own (a password reset) belong to no company.
  const owner =
    'userId' in where
      ? eq(linkTokens.userId, where.userId)
      : where.subjectId
        ? and(eq(linkTokens.companyId, where.companyId), eq(linkTokens.subjectId, where.subjectId))
        : where.membershipId
          ? and(eq(linkTokens.companyId, where.companyId), eq(linkTokens.membershipId, where.membershipId))
          : undefined;
  if (!owner) return;
  await db
    .update(linkTokens)
    .set({ usedAt: sql`now()` })
    .where(and(owner, eq(linkTokens.purpose, purpose), isNull(linkTokens.usedAt)));
}
