/**
 * "then" right before a title and a name, where the sentence does not say
 * whether it is "then-Governor X" or what happened next ("Then Governor X
 * arrived"): a year before the article's, written after the name, dates the
 * title (former); "A and then Senator X" with no year gives no office at all,
 * rather than a tense the text does not settle. Invented text, roles by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedPerson, roleLine } from './fact-readers';

const pack = await loadPack();
const personIn = publishedPerson(pack);
const offices = (sentence: string, name: string) => (personIn(`Headline\n\nPublished on 14 March 2025\n\n${sentence}`, name)?.roles ?? []).map(roleLine);

describe('"Then" opening the sentence, a year before the article\'s after the name', () => {
  it.each([
    ['Then Water PS Kioko Ndambuki Mwau signed the contract in 2017.', 'Principal Secretary of Water (former)'],
    ['Then Kisumu Governor Kioko Ndambuki Mwau opened the road in 2014.', 'Governor of Kisumu (former)'],
  ])('is a former office: %s', (sentence, office) => {
    expect(offices(sentence, 'Kioko Ndambuki Mwau')).toEqual([office]);
  });

  it.each([
    // The year of the article itself dates nothing: the governor of today may have opened it this year.
    ['Then Kisumu Governor Kioko Ndambuki Mwau opened the road in 2025.', 'Governor of Kisumu (current)'],
    ['The choir sang. Then Governor Kioko Ndambuki Mwau arrived and the ceremony began.', 'Governor (current)'],
  ])('stays current: %s', (sentence, office) => {
    expect(offices(sentence, 'Kioko Ndambuki Mwau')).toEqual([office]);
  });
});

describe('"and then" before a title', () => {
  it('gives no office when no year settles it', () => {
    expect(offices('Former Governor Otieno Oluoch Ouma and then Senator Kioko Ndambuki Mwau attended the launch.', 'Kioko Ndambuki Mwau')).toEqual([]);
  });

  it('is a former office with a year before the article\'s', () => {
    expect(offices('Former Governor Otieno Oluoch Ouma and then Senator Kioko Ndambuki Mwau attended the launch in 2016.', 'Kioko Ndambuki Mwau')).toEqual(['Senator (former)']);
  });

  it('leaves "and then" after a comma alone: it tells what came next', () => {
    expect(offices('The MCAs walked out, and then Senator Kioko Ndambuki Mwau arrived.', 'Kioko Ndambuki Mwau')).toEqual(['Senator (current)']);
  });

  it('leaves "and" without "then" alone', () => {
    expect(offices('Former Governor Otieno Oluoch Ouma and Senator Kioko Ndambuki Mwau attended the launch.', 'Kioko Ndambuki Mwau')).toEqual(['Senator (current)']);
  });
});

describe('"then" after an opening "When …," told in the past', () => {
  it.each([
    ['When the county was formed in 2013, then Deputy Governor Kioko Ndambuki Mwau chaired the transition committee.', 'Deputy Governor (former)'],
    ['When the assembly collapsed, then Speaker Kioko Ndambuki Mwau called the MCAs back.', 'Speaker (former)'],
    ['As the crisis deepened, then Kitui Governor Kioko Ndambuki Mwau flew to Nairobi.', 'Governor of Kitui (former)'],
  ])('is a former office: %s', (sentence, office) => {
    expect(offices(sentence, 'Kioko Ndambuki Mwau')).toEqual([office]);
  });

  it.each([
    // A rule told in the present: "then" says what follows, and the deputy governor is today's.
    ['When the governor travels, then Deputy Governor Kioko Ndambuki Mwau acts in his place.', 'Deputy Governor (current)'],
    ['The choir sang. When it ended, Speaker Kioko Ndambuki Mwau rose to speak.', 'Speaker (current)'],
  ])('stays current: %s', (sentence, office) => {
    expect(offices(sentence, 'Kioko Ndambuki Mwau')).toEqual([office]);
  });
});

describe('an acting spell the clause after the name ends', () => {
  it.each([
    ['Acting Governor Kioko Ndambuki Mwau, who acted for six months in 2019, said the county had changed.', 'Governor (former)'],
    ['Acting Speaker Kioko Ndambuki Mwau, who acted in 2021, is now an ordinary member of the assembly.', 'Speaker (former)'],
    ['Acting County Secretary Kioko Ndambuki Mwau, who served in an acting capacity until March 2020, has since retired.', 'County Secretary (former)'],
  ])('is a former office: %s', (sentence, office) => {
    expect(offices(sentence, 'Kioko Ndambuki Mwau')).toEqual([office]);
  });

  it.each([
    ['Acting Clerk Kioko Ndambuki Mwau, who has acted since January, read the motion.', 'Clerk (acting)'],
    ['Acting Governor Kioko Ndambuki Mwau, who took over on Monday, chaired the meeting.', 'Governor (acting)'],
  ])('stays acting: %s', (sentence, office) => {
    expect(offices(sentence, 'Kioko Ndambuki Mwau')).toEqual([office]);
  });
});

describe('a spell in the office told in a clause after the name', () => {
  it.each([
    ['Chief Kioko Ndambuki Mwau, who ruled the location in the 1950s, was remembered as a strict man.', 'Chief (former)'],
    ['Senator Kioko Ndambuki Mwau, who served from 2013 to 2017, attended the burial.', 'Senator (former)'],
    ['Nyeri Mayor Kioko Ndambuki Mwau, who held office until 2013, opened the market.', 'Mayor of Nyeri (former)'],
  ])('is a former office: %s', (sentence, office) => {
    expect(offices(sentence, 'Kioko Ndambuki Mwau')).toEqual([office]);
  });

  it.each([
    // Another office's spell, or a deed of the holder's before the office: the title stays.
    ['Senator Kioko Ndambuki Mwau, who served as an MCA from 2013 to 2017, attended the burial.', 'Senator (current)'],
    ['Governor Kioko Ndambuki Mwau, who was a teacher in the 1980s, opened the school.', 'Governor (current)'],
  ])('stays current: %s', (sentence, office) => {
    expect(offices(sentence, 'Kioko Ndambuki Mwau')).toContain(office);
  });
});
