// A namespace of messages in the four languages, typed so that a missing key or plural form in
// any language fails the build (and tests/i18n checks it again at run time).

/** Plural forms as CLDR names them: English has one and other; French, Spanish and Portuguese add many (1,000,000). */
export interface EnglishPlural {
  one: string;
  other: string;
}
export interface RomancePlural extends EnglishPlural {
  many: string;
}

export type Message = string | EnglishPlural;
export type Messages = Readonly<Record<string, Message>>;

/** The same keys as English, each a string where English has one and a Romance plural where it has a plural. */
export type Translation<M extends Messages> = {
  readonly [K in keyof M]: M[K] extends string ? string : RomancePlural;
};

export interface Catalog<M extends Messages> {
  en: M;
  fr: Translation<M>;
  es: Translation<M>;
  pt: Translation<M>;
}

/** Declares a namespace; `const` keeps the keys literal so `t('ns:key')` is checked. */
export function defineCatalog<const M extends Messages>(catalog: Catalog<M>): Catalog<M> {
  return catalog;
}
