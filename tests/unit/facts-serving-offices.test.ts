/**
 * An office the words say is held now, told with a verb: "X, who is now
 * serving his first term as Nyeri Governor,", "X is serving her second term as
 * Homa Bay Woman Representative", "X, now in his second term as Bungoma
 * Governor,", "X, who serves as Nyeri Senator,", "X, who is serving his second
 * term as MP for Kesses," (the seat after "for"). Near misses give nothing: an
 * office served in the past ("who was serving … when he died"), a jail term,
 * one to come ("will be serving as"), someone else's words ("Y said X is
 * serving …"). Short invented texts, roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedPerson, roleLine } from './fact-readers';

const pack = await loadPack();
const personIn = publishedPerson(pack);
const rolesOf = (sentence: string, name: string) => (personIn(`Headline\n\nPublished on 9 August 2025\n\n${sentence}`, name)?.roles ?? []).map(roleLine).sort();

describe('an office the words say is served now', () => {
  it.each([
    ['"who is now serving his first term as"', 'Mbugua Kariuki Wanjohi, who is now serving his first term as Nyeri Governor, says he will not seek re-election.', ['Governor of Nyeri (current)']],
    ['"is serving her second term as"', 'Mbugua Kariuki Wanjohi is serving her second term as Homa Bay Woman Representative.', ['Woman Representative of Homa Bay (current)']],
    ['"now in his second term as"', 'Mbugua Kariuki Wanjohi, now in his second term as Bungoma Governor, opened the market.', ['Governor of Bungoma (current)']],
    ['"who serves as"', 'Mbugua Kariuki Wanjohi, who serves as Nyeri Senator, chaired the meeting.', ['Senator of Nyeri (current)']],
    ['"T for PLACE": the seat\'s place', 'Mbugua Kariuki Wanjohi, who is serving his second term as MP for Kesses, spoke.', ['MP of Kesses (current)']],
    ['beside a former title', 'Former Governor Mbugua Kariuki Wanjohi, now serving as Nakuru Senator, spoke.', ['Governor (former)', 'Senator of Nakuru (current)']],
    ['"has been T since": held from then to now', 'Mbugua Kariuki Wanjohi has been Kitui Senator since 2017.', ['Senator of Kitui (current)']],
  ])('is a current office: %s', (_label, sentence, roles) => {
    expect(rolesOf(sentence, 'Mbugua Kariuki Wanjohi')).toEqual(roles);
  });

  it.each([
    ['served in the past', 'Mbugua Kariuki Wanjohi, who was serving his second term as Othaya MP when he died, was buried on Saturday.'],
    ['"served as", no date', 'Mbugua Kariuki Wanjohi, who served as Siaya Governor, spoke.'],
    ['a jail term', 'Mbugua Kariuki Wanjohi is serving a jail term for fraud.'],
    ['to come', 'Mbugua Kariuki Wanjohi will be serving as Kisumu Senator from next year.'],
    ['someone else says it', 'Ms Achieng Atieno Aoko said Mbugua Kariuki Wanjohi is serving his second term as Bungoma Governor.'],
  ])('gives no current office: %s', (_label, sentence) => {
    expect(rolesOf(sentence, 'Mbugua Kariuki Wanjohi').filter((role) => role.endsWith('(current)'))).toEqual([]);
  });
});
