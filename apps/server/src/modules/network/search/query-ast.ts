import type { TProblemParams, TProblemReason } from '@vouch/contracts';
import { englishOf } from '../../../platform/errors.ts';

/** The reasons a query cannot be read, as the problem names them. */
export type SearchProblem = Extract<TProblemReason, `search.${string}`>;

/** The fields a term can be limited to, as typed before the colon (`title:engineer`). */
export const SEARCH_FIELDS = ['title', 'company', 'skill', 'name'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export const QUERY_LIMITS = { maxLength: 500, maxTerms: 30, maxDepth: 10 } as const;

/**
 * A parsed query. `and`/`or` are flat (never an `and` directly inside an `and`), and a field
 * typed on a group is pushed down to every term in it, so the compiler only sees fields on leaves.
 * Text is lower-cased as typed; normalising it for the index happens when compiling.
 */
export type QueryNode =
  | { kind: 'term'; text: string; field: SearchField | null; prefix: boolean }
  | { kind: 'phrase'; text: string; field: SearchField | null }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

/**
 * A query the user can fix. `position` (0-based) and `length` mark the offending characters so the
 * UI can underline them; the message counts characters from 1, as people do.
 */
export class QuerySyntaxError<R extends SearchProblem = SearchProblem> extends Error {
  readonly reason: R;
  readonly params: TProblemParams<R>;
  readonly position: number;
  readonly length: number;
  constructor(reason: R, params: TProblemParams<R>, position: number, length = 1) {
    super(englishOf(reason, params));
    this.reason = reason;
    this.params = params;
    this.name = 'QuerySyntaxError';
    this.position = position;
    this.length = Math.max(1, length);
  }
}

/** Writes a node back as query text that parses to the same node (used for display and tests). */
export function formatQuery(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return `${fieldPrefix(node.field)}${node.text}${node.prefix ? '*' : ''}`;
    case 'phrase':
      return `${fieldPrefix(node.field)}"${node.text}"`;
    case 'and':
      return node.children
        .map((child) => (child.kind === 'or' ? `(${formatQuery(child)})` : formatQuery(child)))
        .join(' ');
    case 'or':
      return node.children.map(formatQuery).join(' OR ');
    case 'not': {
      const inner = formatQuery(node.child);
      return node.child.kind === 'and' || node.child.kind === 'or' ? `-(${inner})` : `-${inner}`;
    }
  }
}

function fieldPrefix(field: SearchField | null) {
  return field ? `${field}:` : '';
}

/** The leaves a matching row must contain, i.e. those not under a negation: for ranking and highlighting. */
export function positiveLeaves(node: QueryNode): Array<Extract<QueryNode, { kind: 'term' | 'phrase' }>> {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return [node];
    case 'and':
    case 'or':
      return node.children.flatMap(positiveLeaves);
    case 'not':
      return [];
  }
}

/**
 * Whether the query would match a row containing none of its words ("-foo", "a OR -b"). Such a
 * query matches almost everything and cannot use the index, so the parser refuses it.
 */
export function matchesWithoutAnyTerm(node: QueryNode): boolean {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return false;
    case 'and':
      return node.children.every(matchesWithoutAnyTerm);
    case 'or':
      return node.children.some(matchesWithoutAnyTerm);
    case 'not':
      return !matchesWithoutAnyTerm(node.child);
  }
}
