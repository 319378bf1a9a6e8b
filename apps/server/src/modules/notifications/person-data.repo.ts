import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { PersonRows } from '../../platform/person-data.ts';
import { notificationSettings, notifications } from './notifications.tables.ts';

/** What a member was told in the app, and how they chose to be told. */
export async function memberNotificationData(db: Db, companyId: string, membershipId: string): Promise<PersonRows> {
  const theirs = <T extends typeof notifications | typeof notificationSettings>(t: T) =>
    and(eq(t.companyId, companyId), eq(t.membershipId, membershipId));
  return {
    notifications: await db.select().from(notifications).where(theirs(notifications)),
    notification_settings: await db.select().from(notificationSettings).where(theirs(notificationSettings)),
  };
}
