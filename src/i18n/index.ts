/**
 * The interface's words in the build's language: `t('nav.people')`,
 * `t('count.article', { count: 3 })`, and dates and numbers through `Intl`.
 * Usable from Astro components and plain modules alike; the language is
 * fixed per build (SIASA_LANG, see lang.ts).
 */
import type { Dictionary, MessageKey } from './dictionary';
import { en } from './en';
import { lang } from './lang';
import type { Lang, Message } from './messages';
import { sw } from './sw';

export { lang } from './lang';
export type { Lang } from './messages';
export type { MessageKey } from './dictionary';

const dictionaries: Record<Lang, Dictionary> = { en, sw };

/** What `Intl` calls each language; English dates are written the British way (4 March 2024). */
const locales: Record<Lang, string> = { en: 'en-GB', sw: 'sw' };

/** The locale `Intl` formats this build's dates and numbers in. */
export const locale = locales[lang];

const plurals = new Intl.PluralRules(locale);
const numbers = new Intl.NumberFormat(locale);
// Fixed time zone, so that a build is the same on every machine.
const longDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Values to put in a message's `{name}` places; `count` also picks the plural form. */
export type MessageParams = Record<string, string | number>;

/**
 * The interface string for `key` in the build's language, its `{name}` places filled.
 * @example t('count.article', { count: 3 }) // '3 articles' (en), 'makala 3' (sw)
 */
export function t(key: MessageKey, params: MessageParams = {}): string {
  return fill(pick(dictionaries[lang][key], params.count), params);
}

/**
 * A message cut at its `{name}` places, for a component that puts markup (a link) in them.
 * @example messageParts('site.editors') // ['Editors: see ', { name: 'link' }, '.']
 */
export function messageParts(key: MessageKey, params: MessageParams = {}): (string | { name: string })[] {
  const message = pick(dictionaries[lang][key], params.count);
  return message
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return part;
      return name in params ? formatValue(params[name]) : { name };
    });
}

/**
 * A number as this build's language writes it.
 * @example formatNumber(12345) // '12,345'
 */
export function formatNumber(value: number): string {
  return numbers.format(value);
}

/**
 * An ISO date as readers write it in this build's language.
 * @example formatDate('2024-03-04') // '4 March 2024' (en), '4 Machi 2024' (sw)
 */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  // A date the schema let through unchecked is shown as written rather than failing the build.
  return Number.isNaN(date.getTime()) ? isoDate : longDate.format(date);
}

function pick(message: Message, count: string | number | undefined): string {
  if (typeof message === 'string') return message;
  return typeof count === 'number' && plurals.select(count) === 'one' ? message.one : message.other;
}

function fill(message: string, params: MessageParams): string {
  return message.replace(/\{(\w+)\}/g, (place, name: string) => (name in params ? formatValue(params[name]) : place));
}

function formatValue(value: string | number | undefined): string {
  return typeof value === 'number' ? formatNumber(value) : String(value);
}
