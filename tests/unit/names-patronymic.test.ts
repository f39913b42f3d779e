/**
 * Names joined by the Kikuyu patronymic "wa" ("son/daughter of"): "Njoroge wa
 * Kiarie". After a title the run is title + name, as it is for any other name:
 * "Governor Njoroge wa Kiarie" had made a person called "Governor Njoroge wa
 * Kiarie" with no role, and "Nominated MCA Muthoni wa Kimani" no one at all.
 * Short invented texts; the people and roles written by hand.
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
    roles: one.roles.map((role) => [role.title, role.tense ?? 'current'].join(' ')),
  }));

describe('a title before a name joined by "wa"', () => {
  it.each([
    ['Governor Njoroge wa Kiarie, however, was not amused.', 'Njoroge wa Kiarie', 'Governor current'],
    ['Senator Wanjiku wa Gitau said the Bill was dead.', 'Wanjiku wa Gitau', 'Senator current'],
    ['Nominated MCA Muthoni wa Kimani also spoke.', 'Muthoni wa Kimani', 'MCA current'],
    ['Former Governor Kamotho wa Ndirangu addressed residents.', 'Kamotho wa Ndirangu', 'Governor former'],
  ])('%s', (text, name, role) => {
    expect(people(text)).toEqual([{ name, roles: [role] }]);
  });

  it('keeps a name that opens with its own given name as it was', () => {
    expect(people('Mr Ngugi wa Mbugua also spoke, as did Wanjiru wa Kamau, a former MCA.').map((one) => one.name).sort()).toEqual(['Ngugi wa Mbugua', 'Wanjiru wa Kamau']);
  });

  it('makes no one of a Kiswahili title and its place', () => {
    expect(people('Mbunge wa Mvita alisema. The Gavana wa Kiambu was absent.')).toEqual([]);
  });
});
