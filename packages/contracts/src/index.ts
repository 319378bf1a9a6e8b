export * from './auth.ts';
export * from './bonus-tiers.ts';
export * from './common.ts';
export * from './errors.ts';
export * from './exclusions.ts';
export * from './hiring.ts';
export * from './messaging.ts';
export * from './tenancy.ts';
