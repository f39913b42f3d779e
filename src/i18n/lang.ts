/**
 * Which language this build speaks: SIASA_LANG (`en` by default, or `sw`),
 * read once. Pages render in Node at build time and read `process.env`; a
 * script running in the browser reads the page's own `<html lang>`, which
 * the build set from the same variable.
 */
import { languages, type Lang } from './messages';

/**
 * The language a value of SIASA_LANG names; anything else is a mistake worth stopping for.
 * @example parseLang(undefined) // 'en'
 */
export function parseLang(value: string | undefined): Lang {
  const wanted = (value ?? '').trim().toLowerCase() || 'en';
  if ((languages as readonly string[]).includes(wanted)) return wanted as Lang;
  throw new Error(`SIASA_LANG is "${value}", but the interface is written only in: ${languages.join(', ')}.`);
}

/** The build's language. */
export const lang: Lang = parseLang(
  typeof document !== 'undefined' ? document.documentElement.lang : typeof process !== 'undefined' ? process.env.SIASA_LANG : undefined,
);
