import i18next from 'i18next';
import { CATALOGS, type MessageKey } from './catalogs.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale.js';
import type { Message } from './message-catalog.js';

/** Values a message interpolates; numbers are formatted for the locale with `{{n, number}}`. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Words a message in one locale; `count` picks the plural form. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

// i18next wants plural forms as suffixed keys (`title_one`, `title_many`).
function flatten(messages: Readonly<Record<string, Message>>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, message] of Object.entries(messages)) {
    if (typeof message === 'string') flat[key] = message;
    else for (const [form, text] of Object.entries(message)) flat[`${key}_${form}`] = text;
  }
  return flat;
}

function resources() {
  const byLocale: Record<string, Record<string, Record<string, string>>> = {};
  for (const locale of LOCALES) {
    byLocale[locale] = Object.fromEntries(
      Object.entries(CATALOGS).map(([namespace, catalog]) => [namespace, flatten(catalog[locale])]),
    );
  }
  return byLocale;
}

const i18n = i18next.createInstance();
// Synchronous: every catalog is in memory, so `t` works as soon as this module is loaded.
void i18n.init({
  initAsync: false,
  resources: resources(),
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  ns: Object.keys(CATALOGS),
  defaultNS: false,
  keySeparator: false,
  nsSeparator: ':',
  // Replies are plain text; each renderer escapes for its platform.
  interpolation: { escapeValue: false },
  returnNull: false,
  returnEmptyString: false,
});

const translators = new Map<Locale, Translate>();

/** The message function for one locale (made once per locale). */
export function translatorFor(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    const fixed = i18n.getFixedT(locale);
    translate = (key, values) => fixed(key, values as Record<string, unknown>) as string;
    translators.set(locale, translate);
  }
  return translate;
}
