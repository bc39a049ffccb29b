export type { MessageKey, Namespace } from './catalogs.js';
export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale, localeFromTag } from './locale.js';
export { type MessageValues, type Translate, translatorFor } from './translate.js';
