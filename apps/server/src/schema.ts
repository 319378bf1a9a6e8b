/**
 * Every table, for drizzle-kit (migrations) and the demo seed. Modules own their tables; like the
 * route list, this list sits beside the app, not in the platform, which imports no module.
 */

export * from './modules/audit/audit.tables.ts';
export * from './modules/hiring/hiring.tables.ts';
export * from './modules/integrations/integrations.tables.ts';
export * from './modules/messaging/messaging.tables.ts';
export * from './modules/network/network.tables.ts';
export * from './modules/notifications/notifications.tables.ts';
export * from './modules/person-export/person-export.tables.ts';
export * from './modules/privacy/privacy.tables.ts';
export * from './modules/references/references.tables.ts';
export * from './modules/referrals/referrals.tables.ts';
export * from './modules/tenancy/tenancy.tables.ts';
export * from './platform/rate-limit/rate-limit.tables.ts';
export * from './platform/work/work.tables.ts';
