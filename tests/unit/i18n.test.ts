import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en';
import { sw } from '../../src/i18n/sw';
import { parseLang } from '../../src/i18n/lang';

/** The i18n module as a build with this SIASA_LANG would load it. */
async function i18nFor(value: string | undefined) {
  vi.resetModules();
  vi.stubEnv('SIASA_LANG', value as string);
  return import('../../src/i18n/index');
}

// Modules loaded for a language stay loaded in this process, which the next test file shares (vitest.config.ts):
// load them afresh, in the language of no stub.
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('parseLang', () => {
  it('defaults to English and accepts Kiswahili in any case', () => {
    expect(parseLang(undefined)).toBe('en');
    expect(parseLang('')).toBe('en');
    expect(parseLang(' SW ')).toBe('sw');
  });

  it('stops on a language the interface is not written in, naming the ones it is', () => {
    expect(() => parseLang('fr')).toThrow(/SIASA_LANG is "fr".*en, sw/);
  });
});

describe('t', () => {
  it('fills places and picks the plural form in English', async () => {
    const { t, lang } = await i18nFor(undefined);
    expect(lang).toBe('en');
    expect(t('count.article', { count: 1 })).toBe('1 article');
    expect(t('count.person', { count: 12345 })).toBe('12,345 people');
    expect(t('site.feedTitle', { site: 'siasa' })).toBe('siasa: articles');
  });

  it('speaks Kiswahili when the build asks for it: number after the noun, noun classes by count', async () => {
    const { t, lang, formatDate } = await i18nFor('sw');
    expect(lang).toBe('sw');
    expect(t('nav.people')).toBe('Watu');
    expect(t('count.person', { count: 1 })).toBe('mtu 1');
    expect(t('count.person', { count: 3 })).toBe('watu 3');
    expect(t('count.party', { count: 2 })).toBe('vyama 2');
    expect(formatDate('2024-03-04')).toBe('4 Machi 2024');
  });

  it('leaves an unfilled place visible rather than inventing a value', async () => {
    const { t } = await i18nFor('en');
    expect(t('site.feedTitle')).toBe('{site}: articles');
  });
});

describe('messageParts', () => {
  it('cuts a message at the places a component fills with markup', async () => {
    const { messageParts } = await i18nFor('en');
    expect(messageParts('site.editors')).toEqual(['Editors: see ', { name: 'link' }, '.']);
  });
});

describe('the dictionaries', () => {
  it('give every key in both languages, with the same places', () => {
    expect(Object.keys(sw).sort()).toEqual(Object.keys(en).sort());
    const places = (message: unknown) => [...JSON.stringify(message).matchAll(/\{\w+\}/g)].map(([place]) => place).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(new Set(places(sw[key])), key).toEqual(new Set(places(en[key])));
    }
  });
});
