import { QUERY_LIMITS, QuerySyntaxError, SEARCH_FIELDS, type SearchField } from './query-ast.ts';

export type Token = { position: number; length: number } & (
  | { type: 'word'; text: string; prefix: boolean }
  | { type: 'phrase'; text: string }
  | { type: 'field'; field: SearchField }
  | { type: 'and' | 'or' | 'not' | 'minus' | 'open' | 'close' }
);

/** Only upper-case AND/OR/NOT are operators, as on Google and LinkedIn: "research and development" stays words. */
const OPERATORS: Record<string, 'and' | 'or' | 'not'> = { AND: 'and', OR: 'or', NOT: 'not' };
const SEARCHABLE = /[\p{L}\p{N}]/u;
const FIELD_PREFIX = /^\p{L}+:/u;
const WORD_END = /[\s()"]/u;
const MIN_PREFIX_LENGTH = 2;

/** Where in the query, counting characters from 1 as people do. */
export const characterAt = (position: number) => position + 1;

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let terms = 0;
  const countTerm = (position: number, length: number) => {
    terms += 1;
    if (terms > QUERY_LIMITS.maxTerms) {
      throw new QuerySyntaxError('search.too_many_words', { max: QUERY_LIMITS.maxTerms }, position, length);
    }
  };

  let i = 0;
  while (i < input.length) {
    const char = input[i]!;
    if (/\s/u.test(char)) {
      i += 1;
    } else if (char === '(' || char === ')') {
      tokens.push({ type: char === '(' ? 'open' : 'close', position: i, length: 1 });
      i += 1;
    } else if (char === '"') {
      const end = input.indexOf('"', i + 1);
      if (end < 0) throw new QuerySyntaxError('search.unclosed_quote', { at: characterAt(i) }, i, 1);
      const text = input
        .slice(i + 1, end)
        .trim()
        .split(/\s+/u)
        .join(' ')
        .toLowerCase();
      if (!SEARCHABLE.test(text)) {
        throw new QuerySyntaxError('search.empty_quotes', { at: characterAt(i) }, i, end - i + 1);
      }
      countTerm(i, end - i + 1);
      tokens.push({ type: 'phrase', text, position: i, length: end - i + 1 });
      i = end + 1;
    } else if (char === '-' && i + 1 < input.length && !/[\s)]/u.test(input[i + 1]!)) {
      // A dash starts a negation only at the start of a word: "e-commerce" stays one word.
      tokens.push({ type: 'minus', position: i, length: 1 });
      i += 1;
    } else {
      i = readWord(input, i, tokens, countTerm);
    }
  }
  return tokens;
}

function readWord(
  input: string,
  start: number,
  tokens: Token[],
  countTerm: (position: number, length: number) => void,
): number {
  const field = FIELD_PREFIX.exec(input.slice(start))?.[0];
  if (field) {
    const name = field.slice(0, -1).toLowerCase();
    if (!(SEARCH_FIELDS as readonly string[]).includes(name)) {
      const known = SEARCH_FIELDS.map((f) => `${f}:`);
      throw new QuerySyntaxError(
        'search.unknown_field',
        { field, fields: known.slice(0, -1).join(', '), last: known.at(-1) ?? '' },
        start,
        field.length,
      );
    }
    tokens.push({ type: 'field', field: name as SearchField, position: start, length: field.length });
    return start + field.length;
  }

  let end = start;
  while (end < input.length && !WORD_END.test(input[end]!)) end += 1;
  const raw = input.slice(start, end);
  const operator = OPERATORS[raw];
  if (operator) {
    tokens.push({ type: operator, position: start, length: raw.length });
    return end;
  }
  const stem = raw.replace(/\*+$/u, '');
  const text = stem.toLowerCase();
  // Stray punctuation ("Sales & Marketing", a lone "-") has nothing the index could match: skip it.
  if (!SEARCHABLE.test(text)) return end;
  const prefix = stem.length < raw.length;
  if (prefix && [...text].length < MIN_PREFIX_LENGTH) {
    // "a*" would expand to a large share of all words and defeat the index.
    throw new QuerySyntaxError(
      'search.prefix_too_short',
      { min: MIN_PREFIX_LENGTH, at: characterAt(start) },
      start,
      raw.length,
    );
  }
  countTerm(start, raw.length);
  tokens.push({ type: 'word', text, prefix, position: start, length: raw.length });
  return end;
}
