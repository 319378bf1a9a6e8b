import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  candidateToldDueAt,
  dueReminder,
  nextDaytime,
  reminderDueAt,
  reminderOffsets,
  stepOf,
  zonedTime,
} from './reminder-schedule.ts';

const STOCKHOLM = 'Europe/Stockholm';
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('reminder schedule', () => {
  test('the offsets end with a last reminder a day after the final one', () => {
    assert.deepEqual(reminderOffsets([24, 48, 72]), [24, 48, 72, 96]);
    assert.deepEqual(reminderOffsets([72, 24]), [24, 72, 96]);
    assert.deepEqual(reminderOffsets([]), []);
    assert.equal(stepOf(1, [24, 48, 72]), 1);
    assert.equal(stepOf(3, [24, 48, 72]), 3);
    assert.equal(stepOf(4, [24, 48, 72]), 'last');
  });

  test('a local wall-clock time becomes the right instant in winter and summer', () => {
    // Stockholm is UTC+1 in winter and UTC+2 in summer.
    assert.equal(iso(zonedTime({ year: 2026, month: 1, day: 15, hour: 9 }, STOCKHOLM)), '2026-01-15T08:00:00.000Z');
    assert.equal(iso(zonedTime({ year: 2026, month: 7, day: 15, hour: 9 }, STOCKHOLM)), '2026-07-15T07:00:00.000Z');
    assert.equal(
      iso(zonedTime({ year: 2026, month: 1, day: 15, hour: 9 }, 'America/New_York')),
      '2026-01-15T14:00:00.000Z',
    );
  });

  test('daytime stays; night waits for the next local morning', () => {
    const noon = new Date('2026-01-15T11:00:00Z'); // 12:00 in Stockholm
    assert.equal(nextDaytime(noon, STOCKHOLM), noon);
    // 22:00 local → 09:00 local the next day.
    assert.equal(iso(nextDaytime(new Date('2026-01-15T21:00:00Z'), STOCKHOLM)), '2026-01-16T08:00:00.000Z');
    // 03:00 local → 09:00 the same day.
    assert.equal(iso(nextDaytime(new Date('2026-01-16T02:00:00Z'), STOCKHOLM)), '2026-01-16T08:00:00.000Z');
    // 18:00 local is evening already.
    assert.equal(iso(nextDaytime(new Date('2026-01-15T17:00:00Z'), STOCKHOLM)), '2026-01-16T08:00:00.000Z');
    // The end of a month rolls over.
    assert.equal(iso(nextDaytime(new Date('2026-01-31T22:00:00Z'), STOCKHOLM)), '2026-02-01T08:00:00.000Z');
  });

  test('across the spring DST change the morning is still 09:00 local', () => {
    // Clocks go forward on 29 March 2026 at 02:00 in Stockholm: the evening before is UTC+1, the morning after UTC+2.
    const evening = new Date('2026-03-28T21:30:00Z'); // 22:30 local, UTC+1
    assert.equal(iso(nextDaytime(evening, STOCKHOLM)), '2026-03-29T07:00:00.000Z');
    const night = new Date('2026-03-29T01:30:00Z'); // 03:30 local, already UTC+2
    assert.equal(iso(nextDaytime(night, STOCKHOLM)), '2026-03-29T07:00:00.000Z');
  });

  test('across the autumn DST change the morning is still 09:00 local', () => {
    // Clocks go back on 25 October 2026 at 03:00 in Stockholm: UTC+2 before, UTC+1 after.
    const evening = new Date('2026-10-24T20:00:00Z'); // 22:00 local, UTC+2
    assert.equal(iso(nextDaytime(evening, STOCKHOLM)), '2026-10-25T08:00:00.000Z');
  });

  test('a reminder due at night is postponed; the next is measured from the invitation', () => {
    const invitedAt = new Date('2026-01-14T21:00:00Z'); // 22:00 local
    const hours = [24, 48, 72];
    // Falls due at 22:00 local → waits until 09:00 the day after.
    assert.equal(iso(reminderDueAt(invitedAt, 0, hours, STOCKHOLM)), '2026-01-16T08:00:00.000Z');
    assert.equal(iso(reminderDueAt(invitedAt, 3, hours, STOCKHOLM)), '2026-01-19T08:00:00.000Z');
    assert.equal(reminderDueAt(invitedAt, 4, hours, STOCKHOLM), null);
    assert.equal(dueReminder(invitedAt, 0, hours, STOCKHOLM, new Date('2026-01-15T23:00:00Z')), null);
    assert.deepEqual(dueReminder(invitedAt, 0, hours, STOCKHOLM, new Date('2026-01-16T08:00:00Z')), {
      n: 1,
      step: 1,
    });
  });

  test('a scheduler that was away sends the latest due reminder only', () => {
    const invitedAt = new Date('2026-01-14T10:00:00Z');
    const hours = [24, 48, 72];
    const later = new Date('2026-01-18T11:00:00Z'); // past 96 h
    assert.deepEqual(dueReminder(invitedAt, 0, hours, STOCKHOLM, later), { n: 4, step: 'last' });
    assert.equal(dueReminder(invitedAt, 4, hours, STOCKHOLM, later), null);
    assert.equal(iso(candidateToldDueAt(invitedAt, hours, STOCKHOLM)), '2026-01-19T10:00:00.000Z');
  });
});
