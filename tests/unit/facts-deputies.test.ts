/**
 * A sentence that opens on another's deputy, "His deputy, X,", gives X the
 * deputy's office when whose deputy is certain: the one person the nearest
 * sentence before names, a Governor (or Speaker) now. "Deputy Governor" has no
 * place, as the README's "His Deputy, X" after "Machakos Governor Y". Two
 * people before, a former Governor, a Cabinet Secretary, or the deputy's own
 * words naming the office give nothing more. Each case is a short invented text.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedFacts } from './fact-readers';

const pack = await loadPack();
const facts = publishedFacts(pack);

describe('"His|Her deputy, X," after the one person named', () => {
  it.each([
    ['Governor Wanjiru Muthoni Rwambugi, who was elected in 2022, dismissed the pair.\n\nHer deputy, Munene Kithaka Rugendo, went further.', 'Deputy Governor (current)'],
    ['Embu Governor Wanjiru Muthoni Rwambugi dismissed the pair. Speaking at a funds drive, the county boss said her record would speak for her. Her deputy, Munene Kithaka Rugendo, went further.', 'Deputy Governor (current)'],
    ['Speaker Wanjiru Muthoni Rwambugi adjourned the sitting. Her deputy, Munene Kithaka Rugendo, took the chair.', 'Deputy Speaker (current)'],
  ])('%s', (text, role) => {
    expect(facts(text, 'Rugendo')).toEqual([role]);
  });

  it.each([
    ['two people before', 'Governor Wanjiru Muthoni Rwambugi met Senator Kamau Njoroge Wainaina on Monday. Her deputy, Munene Kithaka Rugendo, was absent.', []],
    ['a former Governor', 'Former Governor Wanjiru Muthoni Rwambugi spoke. Her deputy, Munene Kithaka Rugendo, was absent.', []],
    ['no deputy\'s title of its own', 'Trade CS Wanjiru Muthoni Rwambugi spoke. Her deputy, Munene Kithaka Rugendo, was absent.', []],
    ['the deputy\'s own words', 'Governor Wanjiru Muthoni Rwambugi spoke. Her deputy, Munene Kithaka Rugendo, the former Embu Deputy Governor, was absent.', ['Deputy Governor, Embu (former)']],
  ])('gives no deputy\'s office: %s', (_label, text, roles) => {
    expect(facts(text, 'Rugendo')).toEqual(roles);
  });
});
