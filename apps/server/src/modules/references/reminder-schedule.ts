/**
 * When an unanswered referee hears from us again: pure time maths, so it is tested without a clock.
 *
 * A referee invited at T is reminded at T + each of the company's reminder hours (24, 48, 72 by
 * default), then a last time a day after the final one; a day after that, the candidate is told.
 * People are written to only in the daytime of the company's time zone (09:00–18:00 local, any day
 * of the week: a reference is often given from home, so weekends are not skipped): a step that falls
 * due at night waits for the next morning.
 */

const HOUR_MS = 3_600_000;
export const LAST_REMINDER_AFTER_HOURS = 24;
export const CANDIDATE_TOLD_AFTER_HOURS = 24;
export const DAYTIME = { startHour: 9, endHour: 18 } as const;

/** Which reminder a step is: its number, or `last`. */
export type ReminderStep = number | 'last';

/** Hours after the invitation of every reminder, the last one included: [24, 48, 72] → [24, 48, 72, 96]. */
export function reminderOffsets(hours: readonly number[]): number[] {
  const sorted = [...hours].sort((a, b) => a - b);
  if (!sorted.length) return [];
  return [...sorted, sorted[sorted.length - 1] + LAST_REMINDER_AFTER_HOURS];
}

/** The step the `n`-th reminder (1-based) is: numbered, or `last` for the final one. */
export function stepOf(n: number, hours: readonly number[]): ReminderStep {
  return n >= reminderOffsets(hours).length ? 'last' : n;
}

/** The wall-clock parts of an instant in a time zone. */
function localParts(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** How far the zone's clock is ahead of UTC at this instant, in ms (e.g. +1 h in Stockholm in winter). */
function offsetMs(at: Date, timeZone: string) {
  const p = localParts(at, timeZone);
  const seconds = at.getUTCSeconds() * 1000 + at.getUTCMilliseconds();
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) + seconds - at.getTime();
}

/** The instant a local wall-clock time happens in a zone (the later guess is corrected across a DST change). */
export function zonedTime(
  local: { year: number; month: number; day: number; hour: number; minute?: number },
  timeZone: string,
): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute ?? 0);
  let guess = wall - offsetMs(new Date(wall), timeZone);
  guess = wall - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** `at` when it falls in the daytime of the zone; otherwise the next 09:00 there. */
export function nextDaytime(at: Date, timeZone: string): Date {
  const local = localParts(at, timeZone);
  if (local.hour >= DAYTIME.startHour && local.hour < DAYTIME.endHour) return at;
  // Before the morning: today's 09:00; in the evening: tomorrow's (Date.UTC rolls the day over months).
  const dayShift = local.hour >= DAYTIME.endHour ? 1 : 0;
  const next = new Date(Date.UTC(local.year, local.month - 1, local.day + dayShift));
  return zonedTime(
    {
      year: next.getUTCFullYear(),
      month: next.getUTCMonth() + 1,
      day: next.getUTCDate(),
      hour: DAYTIME.startHour,
    },
    timeZone,
  );
}

/**
 * When the reminder after `sent` reminders falls due (daytime-adjusted), or null when all were sent.
 * Each step is measured from the invitation, not from when the previous one went out.
 */
export function reminderDueAt(invitedAt: Date, sent: number, hours: readonly number[], timeZone: string) {
  const offsets = reminderOffsets(hours);
  if (sent >= offsets.length) return null;
  return nextDaytime(new Date(invitedAt.getTime() + offsets[sent] * HOUR_MS), timeZone);
}

/**
 * The reminder to send now: the latest step already due, so a scheduler that was down for a while
 * sends one reminder rather than several in a row. Null when none is due.
 */
export function dueReminder(
  invitedAt: Date,
  sent: number,
  hours: readonly number[],
  timeZone: string,
  now: Date,
): { n: number; step: ReminderStep } | null {
  const offsets = reminderOffsets(hours);
  let n = sent;
  while (n < offsets.length) {
    const due = reminderDueAt(invitedAt, n, hours, timeZone);
    if (!due || due > now) break;
    n++;
  }
  return n > sent ? { n, step: stepOf(n, hours) } : null;
}

/** When the candidate is told a referee has not answered: a day after the last reminder's time. */
export function candidateToldDueAt(invitedAt: Date, hours: readonly number[], timeZone: string): Date | null {
  const offsets = reminderOffsets(hours);
  if (!offsets.length) return null;
  const last = offsets[offsets.length - 1];
  return nextDaytime(new Date(invitedAt.getTime() + (last + CANDIDATE_TOLD_AFTER_HOURS) * HOUR_MS), timeZone);
}
