import i18next from 'i18next';
import { CATALOGS, type MessageKey } from './catalogs.js';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locale.js';
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

/** One locale's messages, by namespace, as i18next reads them. */
function bundlesOf(locale: Locale): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(CATALOGS).map(([namespace, catalog]) => [namespace, flatten(catalog[locale])]),
  );
}

const i18n = i18next.createInstance();
// Synchronous: the catalogs are in memory, so `t` works as soon as this module is loaded.
// English only at first (it is also every locale's fallback); another locale's messages are
// added the first time a reply is worded in it, so a one-shot English command skips them.
void i18n.init({
  initAsync: false,
  resources: { [DEFAULT_LOCALE]: bundlesOf(DEFAULT_LOCALE) },
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

function addMessages(locale: Locale): void {
  // A locale Assay does not speak reads English, as i18next's fallback has it.
  if (locale === DEFAULT_LOCALE || !isLocale(locale)) return;
  for (const [namespace, bundle] of Object.entries(bundlesOf(locale)))
    i18n.addResourceBundle(locale, namespace, bundle);
}

const translators = new Map<Locale, Translate>();

/** The message function for one locale (made once per locale). */
export function translatorFor(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    addMessages(locale);
    const fixed = i18n.getFixedT(locale);
    translate = (key, values) => fixed(key, values as Record<string, unknown>) as string;
    translators.set(locale, translate);
  }
  return translate;
}

/** Adds every locale's messages now (the bot, so that no first reply waits for them). */
export function loadEveryLocale(): void {
  for (const locale of LOCALES) translatorFor(locale);
}
