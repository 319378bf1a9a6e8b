import 'i18next';
import type { en } from './en.ts';

// `t()` knows every key of the English resources, so a key that does not exist fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
