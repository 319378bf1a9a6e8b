import {
  matchesWithoutAnyTerm,
  QUERY_LIMITS,
  type QueryNode,
  QuerySyntaxError,
  type SearchField,
} from './query-ast.ts';
import { characterAt, type Token, tokenize } from './query-lexer.ts';

/**
 * Parses a boolean search query. Grammar (NOT binds tighter than AND, AND tighter than OR):
 *
 *   query   = or
 *   or      = and ("OR" and)*
 *   and     = unary (["AND"] unary)*          adjacent terms are ANDed
 *   unary   = ("NOT" | "-") unary | primary
 *   primary = [field ":"] (word ["*"] | '"' phrase '"' | "(" or ")")
 *
 * Throws QuerySyntaxError, never anything else, for any input.
 */
export function parseQuery(input: string): QueryNode {
  if (input.length > QUERY_LIMITS.maxLength) {
    throw new QuerySyntaxError(
      'search.too_long_query',
      { max: QUERY_LIMITS.maxLength, length: input.length },
      QUERY_LIMITS.maxLength,
      input.length - QUERY_LIMITS.maxLength,
    );
  }
  const tokens = tokenize(input);
  if (tokens.length === 0) throw new QuerySyntaxError('search.nothing_to_search', {}, 0, input.length);
  const parser = new Parser(tokens);
  const node = parser.or(0, null);
  const rest = parser.peek();
  if (rest) throw new QuerySyntaxError('search.unmatched_close', { at: characterAt(rest.position) }, rest.position);
  if (matchesWithoutAnyTerm(node)) {
    throw new QuerySyntaxError('search.only_exclusions', {}, 0, input.length);
  }
  return node;
}

const OPERATOR_NAMES = { and: 'AND', or: 'OR', not: 'NOT', minus: '-' } as const;

class Parser {
  private index = 0;
  private readonly tokens: Token[];
  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(): Token | undefined {
    const token = this.tokens[this.index];
    this.index += 1;
    return token;
  }

  or(depth: number, field: SearchField | null): QueryNode {
    const children = [this.and(depth, field)];
    for (let token = this.peek(); token?.type === 'or'; token = this.peek()) {
      this.next();
      this.expectOperand(token, 'search.term_expected_after', 'OR');
      children.push(this.and(depth, field));
    }
    return combine('or', children);
  }

  private and(depth: number, field: SearchField | null): QueryNode {
    const children = [this.unary(depth, field)];
    for (let token = this.peek(); token && token.type !== 'or' && token.type !== 'close'; token = this.peek()) {
      if (token.type === 'and') {
        this.next();
        this.expectOperand(token, 'search.term_expected_after', 'AND');
      }
      children.push(this.unary(depth, field));
    }
    return combine('and', children);
  }

  private unary(depth: number, field: SearchField | null): QueryNode {
    const token = this.peek();
    if (token?.type !== 'not' && token?.type !== 'minus') return this.primary(depth, field);
    this.next();
    this.checkDepth(depth + 1, token);
    const name = OPERATOR_NAMES[token.type];
    this.expectOperand(token, 'search.not_needs_operand', name);
    return { kind: 'not', child: this.unary(depth + 1, field) };
  }

  private primary(depth: number, field: SearchField | null): QueryNode {
    const token = this.next();
    if (!token) {
      // Callers check for an operand first; this keeps the "only QuerySyntaxError" promise regardless.
      const last = this.tokens.at(-1)!;
      throw new QuerySyntaxError('search.term_expected_at_end', {}, last.position + last.length);
    }
    switch (token.type) {
      case 'word':
        return { kind: 'term', text: token.text, field, prefix: token.prefix };
      case 'phrase':
        return { kind: 'phrase', text: token.text, field };
      case 'field':
        return this.fielded(token, depth, field);
      case 'open':
        return this.group(token, depth, field);
      case 'close':
        throw new QuerySyntaxError('search.unmatched_close', { at: characterAt(token.position) }, token.position);
      default:
        throw new QuerySyntaxError(
          'search.term_expected_before',
          { operator: OPERATOR_NAMES[token.type], at: characterAt(token.position) },
          token.position,
          token.length,
        );
    }
  }

  private fielded(token: Token & { type: 'field' }, depth: number, outer: SearchField | null): QueryNode {
    const name = `${token.field}:`;
    if (outer) {
      throw new QuerySyntaxError('search.field_inside_field', { field: name, outer }, token.position, token.length);
    }
    const operand = this.peek();
    const adjacent = operand?.position === token.position + token.length;
    if (!operand || !adjacent || !['word', 'phrase', 'open'].includes(operand.type)) {
      throw new QuerySyntaxError(
        'search.field_needs_operand',
        { field: name, at: characterAt(token.position) },
        token.position,
        token.length,
      );
    }
    return this.primary(depth, token.field);
  }

  private group(open: Token, depth: number, field: SearchField | null): QueryNode {
    this.checkDepth(depth + 1, open);
    if (!this.peek()) {
      throw new QuerySyntaxError('search.unclosed_parenthesis', { at: characterAt(open.position) }, open.position);
    }
    if (this.peek()?.type === 'close') {
      throw new QuerySyntaxError('search.empty_parentheses', { at: characterAt(open.position) }, open.position, 2);
    }
    const node = this.or(depth + 1, field);
    if (this.next()?.type !== 'close') {
      throw new QuerySyntaxError('search.unclosed_parenthesis', { at: characterAt(open.position) }, open.position);
    }
    return node;
  }

  /** After an operator there must be a term, not the end, ")" or another AND/OR. */
  private expectOperand(
    operator: Token,
    reason: 'search.term_expected_after' | 'search.not_needs_operand',
    name: string,
  ) {
    const token = this.peek();
    if (!token || token.type === 'close' || token.type === 'and' || token.type === 'or') {
      const at = characterAt(operator.position);
      throw new QuerySyntaxError(reason, { operator: name, at }, operator.position, operator.length);
    }
  }

  private checkDepth(depth: number, token: Token) {
    if (depth > QUERY_LIMITS.maxDepth) {
      throw new QuerySyntaxError(
        'search.too_deep',
        { max: QUERY_LIMITS.maxDepth, at: characterAt(token.position) },
        token.position,
        token.length,
      );
    }
  }
}

function combine(kind: 'and' | 'or', children: QueryNode[]): QueryNode {
  if (children.length === 1) return children[0]!;
  return { kind, children: children.flatMap((child) => (child.kind === kind ? child.children : [child])) } as QueryNode;
}
