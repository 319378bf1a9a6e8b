/** Every table, for Drizzle's query builder and drizzle-kit. Modules own their tables. */

export * from '../../modules/hiring/hiring.tables.ts';
export * from '../../modules/integrations/integrations.tables.ts';
export * from '../../modules/messaging/messaging.tables.ts';
export * from '../../modules/network/network.tables.ts';
export * from '../../modules/references/references.tables.ts';
export * from '../../modules/referrals/referrals.tables.ts';
export * from '../../modules/tenancy/tenancy.tables.ts';
export * from '../rate-limit/rate-limit.tables.ts';
export * from '../work/work.tables.ts';
