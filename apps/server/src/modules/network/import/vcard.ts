import { toParsedRow } from './contact-row.ts';
import { ImportFormatError } from './errors.ts';
import { readTextLines, type TextLine } from './text-lines.ts';
import type { ParsedRow, RawContact } from './types.ts';
import { BlankRun } from './unusable-lines.ts';

// Photos are folded over thousands of lines; nothing the importer reads is anywhere near this.
const MAX_PROPERTY_CHARS = 64 * 1024;

type Property = { name: string; params: string; value: string };

/**
 * Joins folded lines (RFC 6350 3.2: a line starting with a space or tab continues the previous
 * one) and vCard 2.1 quoted-printable soft breaks (a value ending in "=").
 */
async function* unfold(lines: AsyncIterable<TextLine>): AsyncGenerator<TextLine> {
  let current: TextLine | null = null;
  for await (const { line, text } of lines) {
    // A quoted-printable soft break goes first: the next line is part of the value as it is.
    if (current?.text.endsWith('=') && /quoted-printable/i.test(current.text.split(':', 1)[0])) {
      if (current.text.length < MAX_PROPERTY_CHARS) current.text = current.text.slice(0, -1) + text;
      continue;
    }
    if (current && (text.startsWith(' ') || text.startsWith('\t'))) {
      if (current.text.length < MAX_PROPERTY_CHARS) current.text += text.slice(1);
      continue;
    }
    if (current) yield current;
    current = { line, text };
  }
  if (current) yield current;
}

function parseProperty(text: string): Property | null {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    if (char !== ':' || quoted) continue;
    const head = text.slice(0, i);
    const separator = head.indexOf(';');
    const qualifiedName = separator < 0 ? head : head.slice(0, separator);
    // "item1.URL": Apple groups properties with a prefix that carries no meaning here.
    const name = qualifiedName
      .slice(qualifiedName.lastIndexOf('.') + 1)
      .trim()
      .toUpperCase();
    return { name, params: separator < 0 ? '' : head.slice(separator + 1), value: text.slice(i + 1) };
  }
  return null;
}

function decodeQuotedPrintable(value: string, params: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? value.slice(i + 1, i + 3) : '';
    if (/^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(value[i], 'utf8'));
    }
  }
  const charset = params.match(/charset=([^;]+)/i)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(Uint8Array.from(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
  }
}

/** Splits a structured value (N, ORG) on unescaped semicolons, then resolves the escapes. */
function components(value: string): string[] {
  return value.split(/(?<!\\);/).map(unescapeText);
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? ' ' : char));
}

function addProperty(raw: RawContact, { name, params, value: encoded }: Property): void {
  const value = /quoted-printable/i.test(params) ? decodeQuotedPrintable(encoded, params) : encoded;
  if (name === 'N') {
    const [family = '', given = ''] = components(value);
    raw.lastName ??= family;
    raw.firstName ??= given;
  } else if (name === 'FN') raw.fullName ??= unescapeText(value);
  // The first address is the one people list first, and usually the one they read.
  else if (name === 'EMAIL' && value.trim()) raw.email ??= unescapeText(value);
  else if (name === 'ORG') raw.company ??= components(value)[0];
  else if (name === 'TITLE') raw.position ??= unescapeText(value);
  else if (name === 'TEL' && value.trim()) raw.phone ??= unescapeText(value).replace(/^tel:/i, '');
  // URL, X-SOCIALPROFILE and the like: any property holding a LinkedIn address.
  else if (/linkedin\.com/i.test(value)) raw.linkedinUrl ??= unescapeText(value);
}

/** One row per vCard, on the line of its BEGIN:VCARD. Cards nested inside a card are ignored. */
export async function* readVcardRows(chunks: AsyncIterable<Buffer>): AsyncGenerator<ParsedRow> {
  let card: { line: number; raw: RawContact } | null = null;
  let nesting = 0;
  let cardsSeen = 0;
  // Lines that are blank, not a property, or outside any card; a long run of them is not a vCard file.
  const idle = new BlankRun('contact_import.unreadable_run');
  for await (const { line, text } of unfold(readTextLines(chunks))) {
    const property = parseProperty(text);
    const isCardMarker = property?.value.trim().toUpperCase() === 'VCARD';
    if (!property || (!card && !(property.name === 'BEGIN' && isCardMarker))) {
      idle.add(line);
      continue;
    }
    idle.reset();
    if (property.name === 'BEGIN' && isCardMarker) {
      if (card) nesting++;
      else card = { line, raw: {} };
    } else if (property.name === 'END' && isCardMarker && card) {
      if (nesting > 0) nesting--;
      else {
        cardsSeen++;
        yield toParsedRow(card.raw, card.line);
        card = null;
      }
    } else if (card && nesting === 0) addProperty(card.raw, property);
  }
  // A file cut off before its last END:VCARD still holds a usable contact.
  if (card) {
    cardsSeen++;
    yield toParsedRow(card.raw, card.line);
  }
  if (cardsSeen === 0) throw new ImportFormatError('contact_import.no_vcards');
}
