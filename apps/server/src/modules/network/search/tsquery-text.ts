import { positiveLeaves, type QueryNode, type SearchField } from './query-ast.ts';

/**
 * Each field is stored in the one search vector under its own weight label, so `title:x` is the
 * tsquery `'x':A` and the whole boolean query becomes a single tsquery answered by one GIN index.
 * PostgreSQL has exactly four labels, one per field.
 */
export const FIELD_WEIGHTS: Record<SearchField, 'A' | 'B' | 'C' | 'D'> = {
  title: 'A',
  company: 'B',
  skill: 'C',
  name: 'D',
};

/** Letters that carry no combining mark to drop but are read as plain ones ("Ø" as "o"). */
const PLAIN_LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/**
 * Accents folded away: "Müller", "muller" and "MÜLLER" are one word, as people type names without
 * the accents they cannot reach. In JavaScript rather than with PostgreSQL's unaccent, which the
 * embedded database does not ship.
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßđðłþı]/g, (c) => PLAIN_LETTERS[c] ?? c)
    .normalize('NFC');
}

/**
 * The same normalisation for stored text and typed text. Lower-casing here rather than relying on
 * the 'simple' dictionary keeps matching independent of the database's locale; accents are folded
 * on both sides (`foldAccents`); control characters (PostgreSQL rejects NUL in text) and lone
 * surrogates become spaces.
 */
export function normalizeSearchText(text: string): string {
  return foldAccents(text.normalize('NFKC').toLowerCase()).replace(/[\p{Cc}\p{Cs}]/gu, ' ');
}

/**
 * A quoted tsquery operand. Inside quotes `&|!():*<->` are plain characters, so only the quote and
 * the backslash need escaping; PostgreSQL then runs the text through the same parser as the stored
 * text ("node.js", "o'brien" and "e-commerce" match themselves).
 */
export function quoteLexeme(text: string): string {
  return `'${normalizeSearchText(text).replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

type Leaf = Extract<QueryNode, { kind: 'term' | 'phrase' }>;

function leafText(leaf: Leaf): string {
  const quoted = quoteLexeme(leaf.text);
  const prefix = leaf.kind === 'term' && leaf.prefix ? '*' : '';
  if (leaf.field) return `${quoted}:${prefix}${FIELD_WEIGHTS[leaf.field]}`;
  return prefix ? `${quoted}:${prefix}` : quoted;
}

/** The tsquery text for to_tsquery('simple', …): passed as one bound parameter, never spliced into SQL. */
export function toTsQueryText(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return leafText(node);
    case 'and':
      return `(${node.children.map(toTsQueryText).join(' & ')})`;
    case 'or':
      return `(${node.children.map(toTsQueryText).join(' | ')})`;
    case 'not':
      return `!${toTsQueryText(node.child)}`;
  }
}

/** Any of the words the user asked for, without the exclusions: what ranking should reward. */
export function toRankTsQueryText(node: QueryNode): string {
  return positiveLeaves(node).map(leafText).join(' | ');
}
