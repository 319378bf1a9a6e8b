import type { THighlightTerm } from '@vouch/contracts';

export type HighlightField = 'name' | 'title' | 'company' | 'skill';
export type Segment = { text: string; marked: boolean };

const LETTER = '[\\p{L}\\p{N}]';
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
      const words = term.text.trim().split(/\s+/u).filter(Boolean).map(escapeRegExp);
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
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (!match[0]) continue;
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), marked: false });
    segments.push({ text: match[0], marked: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), marked: false });
  return segments;
}
