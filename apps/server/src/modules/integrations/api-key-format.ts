import { randomBytes } from 'node:crypto';

/** `vch_` and the next 8 characters: shown in lists, useless to call with. */
export const PREFIX_LENGTH = 12;

/** A new key: `vch_` + 32 random bytes as base64url (43 characters), the shape `API_KEY_PATTERN` accepts. */
export const newApiKey = () => `vch_${randomBytes(32).toString('base64url')}`;
