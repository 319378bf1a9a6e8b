import type { THighlightTerm } from '@vouch/contracts';

export type HighlightField = 'name' | 'title' | 'company' | 'skill';
export type Segment = { text: string; marked: boolean };

const LETTER = '[\\p{L}\\p{N}]';

/** Accents folded as the server's search folds them, so "muller" marks "Müller". */
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
const foldChar = (ch: string) => {
  const lower = ch.toLowerCase();
  return PLAIN_LETTERS[lower] ?? lower.normalize('NFKD').replace(/\p{M}/gu, '');
};

/** The folded text, and for each of its positions the position in the original (one past the end last). */
function folded(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) at.push(i);
    out += f;
    i += ch.length;
  }
  at.push(i);
  return { text: out, at };
}
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for the terms that apply to one field: whole words (or the typed start of a word, for prefix terms),
 * phrases with any spacing between their words, as the search itself matched them.
 */
function patternFor(terms: THighlightTerm[], field: HighlightField): RegExp | null {
  const sources = terms
    .filter((term) => term.field === null || term.field === field)
    .sort((a, b) => b.text.length - a.text.length)
    .map((term) => {
      const words = folded(term.text).text.trim().split(/\s+/u).filter(Boolean).map(escapeRegExp);
      if (!words.length) return null;
      const end = term.prefix ? '' : `(?!${LETTER})`;
      return `(?<!${LETTER})${words.join('[^\\p{L}\\p{N}]+')}${end}`;
    })
    .filter((source): source is string => !!source);
  return sources.length ? new RegExp(sources.join('|'), 'giu') : null;
}

/** The text cut into plain and marked parts; all plain when nothing matches. */
export function highlightSegments(text: string, terms: THighlightTerm[], field: HighlightField): Segment[] {
  const pattern = patternFor(terms, field);
  if (!pattern || !text) return [{ text, marked: false }];
  const segments: Segment[] = [];
  const plain = folded(text);
  let last = 0;
  for (const match of plain.text.matchAll(pattern)) {
    if (!match[0]) continue;
    // Matched in the folded text, cut from the original so "Müller" keeps its ü.
    const start = plain.at[match.index ?? 0];
    const end = plain.at[(match.index ?? 0) + match[0].length];
    if (start < last || end <= start) continue;
    if (start > last) segments.push({ text: text.slice(last, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    last = end;
  }
  if (last < text.length) segments.push({ text: text.slice(last), marked: false });
  return segments;
}
