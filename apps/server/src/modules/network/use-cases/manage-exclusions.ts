import type { TExclusionKind } from '@vouch/contracts';
import { AppError, fieldError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { isUniqueViolation } from '../../tenancy/index.ts';
import { domainKey, exclusionKeyOf } from '../exclusion-match.ts';
import {
  deleteExclusionRow,
  type ExclusionFields,
  type ExclusionKey,
  findTakenKeys,
  insertExclusion,
  loadExclusion,
  replaceExclusion,
} from '../exclusions.repo.ts';

type ExclusionInput = { kind: TExclusionKind; value: string; variants: string[]; reason: string };
type KeyWithField = ExclusionKey & { field: string };

/** Values as they are shown back: emails and domains folded, names and URLs as entered. */
function cleanFields(input: ExclusionInput): ExclusionFields {
  const value =
    input.kind === 'email'
      ? input.value.toLowerCase()
      : input.kind === 'email_domain'
        ? (domainKey(input.value) ?? '')
        : input.value;
  const seen = new Set<string>();
  const variants = input.variants.filter((v) => {
    const folded = v.toLowerCase();
    if (seen.has(folded) || folded === value.toLowerCase()) return false;
    seen.add(folded);
    return true;
  });
  return { kind: input.kind, value, variants, reason: input.reason };
}

/** Each key with the field it came from, so a conflict points at the right input. */
function keysOf(fields: ExclusionFields): KeyWithField[] {
  const keys: KeyWithField[] = [];
  const add = (raw: string, field: string) => {
    const key = exclusionKeyOf(fields.kind, raw);
    if (!key) throw fieldError(field, 'exclusion.nothing_to_match');
    if (!keys.some((k) => k.key === key)) keys.push({ kind: fields.kind, key, field });
  };
  add(fields.value, 'value');
  for (const [i, variant] of fields.variants.entries()) add(variant, `variants.${i}`);
  return keys;
}

async function refuseTakenKeys(ctx: Ctx, keys: KeyWithField[], exceptId?: string) {
  const taken = await findTakenKeys(ctx.db, ctx.tenantId, keys, exceptId);
  const first = keys.find((k) => taken.some((t) => t.kind === k.kind && t.key === k.key));
  if (first) throw fieldError(first.field, 'exclusion.already_listed');
}

/** The primary key decides when two admins add the same value at once. */
function conflictOnRace(error: unknown): never {
  if (isUniqueViolation(error)) throw fieldError('value', 'exclusion.already_listed');
  throw error;
}

const withoutField = (keys: KeyWithField[]): ExclusionKey[] => keys.map(({ kind, key }) => ({ kind, key }));

export async function createExclusion(ctx: Ctx, input: ExclusionInput) {
  const fields = cleanFields(input);
  const keys = keysOf(fields);
  await refuseTakenKeys(ctx, keys);
  const id = await ctx.db
    .transaction((tx) =>
      insertExclusion(tx, ctx.tenantId, { ...fields, createdById: ctx.actor.membershipId }, withoutField(keys)),
    )
    .catch(conflictOnRace);
  return loaded(ctx, id);
}

export async function updateExclusion(ctx: Ctx, exclusionId: string, input: ExclusionInput) {
  // Another company's id is a 404 before anything about the body is said.
  if (!(await loadExclusion(ctx.db, ctx.tenantId, exclusionId))) throw notFound();
  const fields = cleanFields(input);
  const keys = keysOf(fields);
  await refuseTakenKeys(ctx, keys, exclusionId);
  const found = await ctx.db
    .transaction((tx) => replaceExclusion(tx, ctx.tenantId, exclusionId, fields, withoutField(keys)))
    .catch(conflictOnRace);
  if (!found) throw notFound();
  return loaded(ctx, exclusionId);
}

export async function deleteExclusion(ctx: Ctx, exclusionId: string) {
  if (!(await deleteExclusionRow(ctx.db, ctx.tenantId, exclusionId))) throw notFound();
}

async function loaded(ctx: Ctx, exclusionId: string) {
  const row = await loadExclusion(ctx.db, ctx.tenantId, exclusionId);
  if (!row) throw new AppError('exclusion.read_back_failed');
  return row;
}
