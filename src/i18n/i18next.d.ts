import 'i18next';
import type { CATALOGUES } from './catalogues.ts';

/** Keys are checked at compile time against the English catalogues. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof CATALOGUES)['en'];
  }
}
