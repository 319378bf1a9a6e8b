/** Notifications: what members are told of their referrals, in the app and by email. The only surface other modules import. */
export * from './notifications.tables.ts';
export { memberNotificationData } from './person-data.repo.ts';
export { registerNotifications } from './register.ts';
export { runNotificationDigests } from './use-cases/digest.ts';
