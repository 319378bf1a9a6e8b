export * from './common.ts';
export * from './errors.ts';
export * from './auth.ts';
export * from './tenancy.ts';
export * from './hiring.ts';
export * from './messaging.ts';
