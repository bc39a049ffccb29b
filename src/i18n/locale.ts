// The languages Assay answers in, and how a platform's or a shell's language tag maps onto them.
// Discord sends `fr`, `es-ES`, `es-419`, `pt-BR`, `en-GB`; Slack `fr-FR`; a shell `fr_FR.UTF-8`.

export const LOCALES = ['en', 'fr', 'es', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The locale a language tag asks for, or null for a language Assay does not speak. */
export function localeFromTag(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const language =
    tag
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? '';
  return isLocale(language) ? language : null;
}
