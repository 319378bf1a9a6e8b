export type { QueryNode, SearchField } from './query-ast.ts';
export { formatQuery, QUERY_LIMITS, QuerySyntaxError, SEARCH_FIELDS } from './query-ast.ts';
export type { HighlightTerm, SearchableContact, SearchColumns } from './query-compiler.ts';
export { compileQuery, highlightTerms, rankOf, searchVectorOf, searchVectorOfNormalized } from './query-compiler.ts';
export { parseQuery } from './query-parser.ts';
export { normalizeSearchText } from './tsquery-text.ts';
