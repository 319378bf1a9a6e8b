/** Letters that do not come apart into a base letter and a mark. */
const SPELLED_OUT: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', đ: 'd', ł: 'l', þ: 'th', œ: 'oe' };

/** Longest slug made from a name; the careers settings allow 60, and a suffix needs room. */
const MAX_BASE = 50;

/**
 * A careers page address made from a company's name: "Acme AB" → "acme-ab", "Ölands Bröd" →
 * "olands-brod". Lower-case letters, digits and single dashes, as the database checks; a name with
 * nothing usable in it gives "company".
 */
export function slugFromName(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/[ßæøđłþœ]/g, (c) => SPELLED_OUT[c])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_BASE)
    .replace(/^-+|-+$/g, '');
  return slug.length >= 2 ? slug : slug ? `${slug}-company` : 'company';
}

/** The first of base, base-2, base-3 … that is not in `taken`. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
