import { CATALOGS } from '../i18n/catalogs.js';
import { LOCALES, type Locale, type MessageKey, translatorFor } from '../i18n/index.js';

// What commands and options are for, read from the commands namespace of the catalog
// (src/i18n/messages/commands.ts) in every language: the one place these texts live.

/** A text in every language Assay speaks. */
export type Localized = Readonly<Record<Locale, string>>;

const english = CATALOGS.commands.en as Readonly<Record<string, string>>;

export const hasCommandText = (key: string): boolean => Object.hasOwn(english, key);

/** Throws when the catalog lacks `key`: a bug, found at load. */
export function requireCommandText(key: string): void {
  if (!hasCommandText(key))
    throw new Error(`src/i18n/messages/commands.ts has no "${key}": add it in every language`);
}

/** The text under `key` in every language; a key the catalog lacks is a bug, found at load. */
export function commandText(key: string): Localized {
  requireCommandText(key);
  const texts = LOCALES.map((locale) => {
    const text = translatorFor(locale)(`commands:${key}` as MessageKey);
    return [locale, text] as const;
  });
  return Object.fromEntries(texts) as Localized;
}

/** An option's key: its command's own text when it has one, else the shared filter's. */
export function optionTextKey(command: string, option: string): string {
  const own = `${command}.${option}`;
  return hasCommandText(own) ? own : `option.${option}`;
}

/** A fixed choice's names, when the catalog words it (`choice.status.ongoing`). */
export function choiceNames(option: string, value: string): Localized | undefined {
  const key = `choice.${option}.${value}`;
  return hasCommandText(key) ? commandText(key) : undefined;
}
