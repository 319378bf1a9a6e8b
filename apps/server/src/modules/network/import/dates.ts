const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * LinkedIn writes "12 Mar 2024"; a file that went through a spreadsheet may come back as
 * "12-Mar-24" or "2024-03-12". An unreadable date is dropped, never a reason to lose the row.
 */
export function parseConnectedOn(value: string | null): string | null {
  if (!value) return null;
  const iso = value.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const named = value.match(/^(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2}|\d{4})$/);
  if (!named) return null;
  const month = MONTHS.indexOf(named[2].toLowerCase()) + 1;
  if (month === 0) return null;
  // Two-digit years: LinkedIn launched in 2003, so every connection date is in this century.
  const year = named[3].length === 2 ? 2000 + Number(named[3]) : Number(named[3]);
  return toIsoDate(year, month, Number(named[1]));
}

function toIsoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!valid || year < 1900) return null;
  return date.toISOString().slice(0, 10);
}
