export * from './auth.ts';
export * from './common.ts';
export * from './errors.ts';
export * from './hiring.ts';
export * from './messaging.ts';
export * from './tenancy.ts';
