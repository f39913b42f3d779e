/**
 * Titles written short before a name: "Sen. Nyambura Wangari Mbugua", "Gov.
 * Halake Guyo Boru", "Sen Mwangi Kariuki Njenga". The full stop had ended the
 * run, so the title was lost, and without one "Sen" became part of the name. A
 * short form that ends a name is still a surname ("Amartya Sen"). Short
 * invented texts; the people and roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const people = (text: string) =>
  summarise(analyseCorpus([seed('x.txt', ['Headline', text].join('\n\n'))], pack)).people.map((one) => ({
    name: one.name,
    roles: one.roles.map((role) => [role.title, role.organisation].filter(Boolean).join(', ')),
  }));

describe('a title written short before a name', () => {
  it.each([
    ['Sen. Nyambura Wangari Mbugua spoke next.', 'Nyambura Wangari Mbugua', 'Senator'],
    ['Sen Mwangi Kariuki Njenga attended.', 'Mwangi Kariuki Njenga', 'Senator'],
    ['Gov. Halake Guyo Boru attended.', 'Halake Guyo Boru', 'Governor'],
    ['Kakamega Sen. Wafula Nekesa Simiyu attended.', 'Wafula Nekesa Simiyu', 'Senator, Kakamega'],
    ['The forum heard from Bungoma Gov. Wanjala Khisa Makokha.', 'Wanjala Khisa Makokha', 'Governor, Bungoma'],
  ])('%s', (text, name, role) => {
    expect(people(text)).toEqual([{ name, roles: [role] }]);
  });

  it('leaves a surname that is also a short title alone', () => {
    expect(people('Economist Wekesa Barasa quoted the work of Amartya Sen at the forum.').map((one) => one.name).sort()).toEqual(['Amartya Sen', 'Wekesa Barasa']);
  });
});
