/**
 * The shape every language's dictionary shares. A message is a string with
 * `{name}` placeholders, or a plural pair chosen by `count` through
 * `Intl.PluralRules` (both languages here need only "one" and "other").
 */

/** One interface string, or the forms a count chooses between. */
export type Message = string | { one: string; other: string };

/** The languages the interface is written in; the build picks one (SIASA_LANG). */
export const languages = ['en', 'sw'] as const;
export type Lang = (typeof languages)[number];
