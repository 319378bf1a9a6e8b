import type { TLinkedinCsvImportResult } from '@vouch/contracts';
import type { HistoryRows } from '../linkedin-history.ts';

/**
 * The member's list with an import's new entries after it: an entry already there (by `keyOf`) is
 * counted as a duplicate, and past `max` entries the rest are reported as too many.
 */
export function mergeImported<T, Stored extends T>(
  current: Stored[],
  parsed: HistoryRows<T>,
  keyOf: (entry: T) => string,
  max: number,
) {
  const list: T[] = [...current];
  const seen = new Set(list.map(keyOf));
  const result: TLinkedinCsvImportResult = { imported: 0, duplicates: 0, rejected: [...parsed.rejected] };
  parsed.entries.forEach((entry, index) => {
    if (seen.has(keyOf(entry))) {
      result.duplicates++;
      return;
    }
    if (list.length >= max) {
      result.rejected.push({ line: parsed.lines[index], problem: 'too_many' });
      return;
    }
    seen.add(keyOf(entry));
    list.push(entry);
    result.imported++;
  });
  result.rejected.sort((a, b) => a.line - b.line);
  return { list, added: result.imported > 0, result };
}
