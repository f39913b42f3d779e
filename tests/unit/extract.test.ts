/**
 * The extract stage on one article at a time: what it takes for a person or
 * a party, and the cues it reads around each name.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract/index';
import { EMPTY_PACK } from '../../src/pipeline/pack';
import { loadPack } from '../../src/pipeline/ingest';
import { readArticle } from '../../src/pipeline/read/index';
import type { ArticleExtraction } from '../../src/pipeline/types';
import { fixtureSeed, seed } from './helpers';

const pack = await loadPack();

function extract(text: string, withPack = true): ArticleExtraction {
  const { article } = readArticle(seed('x.txt', text));
  if (!article) throw new Error('fixture did not read');
  return extractArticle(article, withPack ? pack : EMPTY_PACK);
}

const named = (extraction: ArticleExtraction, kind: string) =>
  extraction.mentions.filter((mention) => mention.kind === kind).map((mention) => mention.name);

describe('people', () => {
  it('takes a name after an honorific, without the honorific', () => {
    const mention = extract('Yesterday Mr Barasa arrived in town.').mentions.find((one) => one.name === 'Barasa');
    expect(mention).toMatchObject({ kind: 'person', honorific: 'Mr', surface: 'Barasa' });
  });

  it('splits organisation, title and name in an apposition run', () => {
    const [mention] = extract('Kitui Senator Jane Mwende Kilonzi met the press.').mentions;
    expect(mention).toMatchObject({ kind: 'person', name: 'Jane Mwende Kilonzi', role: { title: 'Senator', organisation: 'Kitui' } });
  });

  it('reads a title written in lower case before the name, with its place', () => {
    const mention = extract('The talks included Nyeri governor Peter Kamau Mwangi and others.').mentions.find((one) => one.kind === 'person');
    expect(mention?.role).toEqual({ title: 'Governor', organisation: 'Nyeri' });
  });

  it('reads "Former" as the tense of the title, not part of the place', () => {
    const mention = extract('Former Kakamega Senator Daniel Wafula Mukhwana spoke.').mentions.find((one) => one.kind === 'person');
    expect(mention?.role).toEqual({ title: 'Senator', organisation: 'Kakamega', tense: 'former' });
  });

  it('never takes "Former" and what follows for a name when the title is cut off by "and" or a ward letter', () => {
    const people = named(extract('Former Fisheries and Mining Cabinet Secretary Amina Wekesa Otuoma spoke.\nFormer Kondele B Ward MCA Petro Ayieko Onyach also spoke.'), 'person');
    expect(people).toContain('Amina Wekesa Otuoma');
    expect(people.filter((name) => name.startsWith('Former'))).toEqual([]);
  });

  it('reads a multi-word title with its scope', () => {
    const mention = extract('Speaker of the County Assembly Moses Tipatet Koikai admitted the motion.').mentions.find((one) => one.kind === 'person');
    expect(mention).toMatchObject({ name: 'Moses Tipatet Koikai', role: { title: 'Speaker of the County Assembly' } });
  });

  it('keeps a "Jnr" suffix and an apostrophe inside the name', () => {
    expect(named(extract("Vice Chairman Mutai Kirui Jnr and Senator Wanjiru Ng'ang'a spoke."), 'person')).toEqual(['Mutai Kirui Jnr', "Wanjiru Ng'ang'a"]);
  });

  it('drops the possessive from the name and from the linked text', () => {
    const mention = extract('Ms Chebet’s allies walked out of the meeting.').mentions[0];
    expect(mention).toMatchObject({ name: 'Chebet', surface: 'Chebet' });
  });

  it('does not take places, outlets or institutions for people', () => {
    const extraction = extract('Mr Otieno told the Nation at Kasarani Stadium in Machakos County that the Ministry of Interior and the High Court had erred.');
    expect(named(extraction, 'person')).toEqual(['Otieno']);
  });

  it('does not start a name with a sentence opener or a day', () => {
    expect(named(extract('On Monday Akinyi Wambui Odhiambo spoke at length, and she was not alone.'), 'person')).toEqual(['Akinyi Wambui Odhiambo']);
  });

  it('counts a verb of speech after the name as evidence', () => {
    const [mention] = extract('Chepkoech said the motion would fail.').mentions;
    expect(mention?.evidence).toBeGreaterThanOrEqual(2);
  });
});

describe('parties', () => {
  it('takes a name ending in a party word for a party, with the acronym it defines', () => {
    const [mention] = extract('The Umoja Progressive Alliance (UPA) met on Friday.', false).mentions;
    expect(mention).toMatchObject({ kind: 'party', name: 'Umoja Progressive Alliance', acronym: 'UPA' });
  });

  it('makes a defined acronym a party wherever it stands alone', () => {
    const extraction = extract('The Umoja Progressive Alliance (UPA) met on Friday. Later UPA officials left.', false);
    expect(extraction.mentions.filter((mention) => mention.name === 'UPA').map((mention) => mention.kind)).toEqual(['party', 'party']);
  });

  it('drops an acronym the article defines as an institution', () => {
    const extraction = extract('The Independent Electoral and Boundaries Commission (IEBC) spoke. IEBC officials left.', false);
    expect(extraction.mentions.map((mention) => mention.name)).not.toContain('IEBC');
  });

  it('knows the country pack’s parties by their short forms', () => {
    expect(named(extract('Wiper officials said Azimio would meet.'), 'party')).toEqual(['Wiper', 'Azimio']);
  });

  it('records the party of a title as a mention of that party', () => {
    const extraction = extract('Umoja Progressive Alliance Secretary-General Otieno Kamau spoke.', false);
    expect(extraction.mentions.map((mention) => [mention.kind, mention.name])).toEqual([
      ['party', 'Umoja Progressive Alliance'],
      ['person', 'Otieno Kamau'],
    ]);
  });
});

describe('quotes', () => {
  it('attributes “…,” Mr X said to X', () => {
    const { quotes } = extract('“We are not going to sign anything we have not read,” Mr Simiyu said.');
    expect(quotes.map((quote) => [quote.speaker?.name, quote.text])).toEqual([['Simiyu', 'We are not going to sign anything we have not read']]);
  });

  it('attributes X said: “…” to X', () => {
    const { quotes } = extract('Muchiri said: "I will not support a tax on bread and cooking gas."');
    expect(quotes[0]?.speaker?.name).toBe('Muchiri');
  });

  it('gives “…,” he said to the person the story was about', () => {
    const { quotes } = extract('Governor Mwangi Kamau opened the meeting.\nHe urged Wekesa’s supporters to stay calm. “Those who think we will fold are mistaken,” he said.');
    expect(quotes[0]?.speaker?.name).toBe('Mwangi Kamau');
  });

  it('keeps a quote from an unnamed source, with no speaker and no one to suspect', () => {
    const [quote] = extract('“We will ask our members to be patient for now,” said the source.').quotes;
    expect(quote).toMatchObject({ text: 'We will ask our members to be patient for now' });
    expect(quote?.speaker).toBeUndefined();
    expect(quote?.speakerRole).toBeUndefined();
    expect(quote?.candidates).toBeUndefined();
  });

  it('ignores scare quotes', () => {
    expect(extract('Mr Oduya called for a “structured dialogue” with the party.').quotes).toEqual([]);
  });
});

describe('coalitions', () => {
  const cues = (text: string) => extract(text, false).coalitions.map((cue) => [cue.party, cue.coalition]);

  it('reads "A and B, both members of C"', () => {
    expect(cues('The Umoja Progressive Alliance and the National Reform Party, both members of the Sauti Moja Coalition, met.')).toEqual([
      ['Umoja Progressive Alliance', 'Sauti Moja Coalition'],
      ['National Reform Party', 'Sauti Moja Coalition'],
    ]);
  });

  it('reads "C, which brings together A, B and D"', () => {
    expect(cues('The Sauti Moja Coalition, which brings together the Umoja Progressive Alliance, the National Reform Party and the Pwani Front, met.')).toEqual([
      ['Umoja Progressive Alliance', 'Sauti Moja Coalition'],
      ['National Reform Party', 'Sauti Moja Coalition'],
      ['Pwani Front', 'Sauti Moja Coalition'],
    ]);
  });

  it('does not take talk of joining for membership', () => {
    expect(cues('The National Reform Party has begun talks to become part of the Sauti Moja Coalition.')).toEqual([]);
  });

  it('keeps a party outside the list out of the coalition', () => {
    expect(cues('The Pwani Front walked out, while the Umoja Progressive Alliance, the largest affiliate of the Sauti Moja Coalition, stayed.')).toEqual([
      ['Umoja Progressive Alliance', 'Sauti Moja Coalition'],
    ]);
  });
});

describe('the fixture article', () => {
  it('finds nobody in the byline or the Also Read block', () => {
    const { article } = readArticle(fixtureSeed('corpus', 'a-coalition-talks.txt'));
    const names = extractArticle(article!, pack).mentions.map((mention) => mention.name);
    expect(names).not.toContain('Mary Otieno');
    expect(names.join(' ')).not.toMatch(/Raphael|Bett|Kisumu Traders/);
  });
});
