/**
 * Offices the words around a title end: an adjective that says the holder
 * lost it ("the impeached Nyandarua Governor X", "as has defeated Kiambogo
 * Senator X"), a span of years opening the sentence ("In the 2013-2017
 * assembly, Majority Leader X led …"), and an office to come that the text
 * says is off ("a Speaker-designate of the county assembly until last week").
 * Each case is a short invented text with its roles written by hand; the
 * controls are the same words as a verb, a span not yet over, and a
 * designate still to take office.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedPerson, roleLine } from './fact-readers';

const pack = await loadPack();
const personIn = publishedPerson(pack, 'x.md');
const offices = (text: string, name: string) => (personIn(text, name)?.roles ?? []).map(roleLine);

const dated = (body: string) => `---\ntitle: Headline\ndate: 2026-03-04\n---\n\n${body}`;

describe('an adjective that says the holder lost the office', () => {
  it.each([
    ['"the impeached Nyandarua Governor X"', 'Also in the gallery was the impeached Nyandarua Governor Kariuki Gichuki Wanjohi.', 'Governor of Nyandarua (former)'],
    ['"as has defeated Kiambogo Senator X"', 'Ms Wairimu has joined the Karanu camp, as has defeated Kiambogo Senator Kariuki Gichuki Wanjohi.', 'Senator of Kiambogo (former)'],
  ])('makes it former: %s', (_label, sentence, office) => {
    expect(offices(dated(sentence), 'Kariuki Gichuki Wanjohi')).toEqual([office]);
  });

  it('as a verb tells a motion: "MCAs impeached Governor X" keeps the office', () => {
    expect(offices(dated('Nyandarua MCAs on Tuesday impeached Governor Kariuki Gichuki Wanjohi over graft claims.'), 'Kariuki Gichuki Wanjohi')).toEqual(['Governor (current)']);
  });
});

describe('a span of years opening the sentence', () => {
  it('dates the title after it: "In the 2013-2017 assembly, Majority Leader X led …"', () => {
    expect(offices(dated('In the 2013-2017 assembly, Majority Leader Kirwa Kiprotich Chelimo led the push to impeach the first governor.'), 'Kirwa Kiprotich Chelimo')).toEqual(['Majority Leader (former)']);
  });

  it('leaves it current while the span runs: "In the 2022-2027 Parliament, …" in 2026', () => {
    expect(offices(dated('In the 2022-2027 Parliament, Majority Leader Kirwa Kiprotich Chelimo has steered every finance bill.'), 'Kirwa Kiprotich Chelimo')).toEqual(['Majority Leader (current)']);
  });
});

describe('an office to come that the text says is off', () => {
  it('is no office: "a Speaker-designate of the county assembly until last week"', () => {
    expect(offices(dated('Ms Jeptoo Kimaiyo Kiptum, a Speaker-designate of the county assembly until last week, will be vetted by MCAs on Friday.'), 'Jeptoo Kimaiyo Kiptum')).toEqual([]);
  });

  it('is still coming without "until": "a Speaker-designate of the county assembly"', () => {
    expect(offices(dated('Ms Jeptoo Kimaiyo Kiptum, a Speaker-designate of the county assembly, will be vetted by MCAs on Friday.'), 'Jeptoo Kimaiyo Kiptum')).toEqual(['Speaker (incoming)']);
  });
});

describe('a retirement told as done', () => {
  it.each([
    ['"retired from politics in 2022"', 'Nandi Senator Kiprop Chelimo Tanui retired from politics in 2022 and now farms tea.', 'Senator of Nandi (former)'],
    ['"served two terms before retiring"', 'Kirinyaga Governor Wangui Nyawira Muriuki served two terms before retiring in 2022.', 'Governor of Kirinyaga (former)'],
    ['"X, the county\'s first governor, served … before retiring"', "Kakamega's first governor, Wafula Simiyu Barasa, served two terms before retiring to his farm.", 'Governor of Kakamega (former)'],
    ['"X, who retired in 2022,"', 'Nandi Senator Kiprop Chelimo Tanui, who retired in 2022, was at the funeral.', 'Senator of Nandi (former)'],
  ])('ends the elected seat: %s', (_label, body, role) => {
    const name = body.match(/(Kiprop Chelimo Tanui|Wangui Nyawira Muriuki|Wafula Simiyu Barasa)/)![1]!;
    expect(offices(dated(body), name)).toEqual([role]);
  });

  it.each([
    ['a career other than the seat', 'Nandi Senator Kiprop Chelimo Tanui retired from the army in 2010 before joining politics.', 'Senator of Nandi (current)'],
    ['a retirement to come', 'Nandi Senator Kiprop Chelimo Tanui said he will retire from politics in 2027.', 'Senator of Nandi (current)'],
    ['"retired as a teacher"', 'Nandi Senator Kiprop Chelimo Tanui, who retired as a teacher in 2012, spoke at the rally.', 'Senator of Nandi (current)'],
    ['terms served before another office', 'Kirinyaga Governor Wangui Nyawira Muriuki served two terms as MP before running for governor.', 'Governor of Kirinyaga (current)', 'MP (former)'],
  ])('keeps the seat held: %s', (_label, body, ...roles) => {
    const name = body.match(/(Kiprop Chelimo Tanui|Wangui Nyawira Muriuki)/)![1]!;
    expect(offices(dated(body), name)).toEqual(roles);
  });
});

describe('a removal voted', () => {
  it.each([
    ['"The Senate voted to uphold the impeachment of Deputy Governor X"', 'The Senate on Wednesday voted to uphold the impeachment of Kericho Deputy Governor Cheruto Kiprono Langat.', 'Deputy Governor of Kericho (former)'],
    ['"MCAs voted to remove Speaker X"', 'Kericho MCAs on Tuesday voted to remove Speaker Cheruto Kiprono Langat from office.', 'Speaker (former)'],
  ])('ends the office: %s', (_label, body, role) => {
    expect(offices(dated(body), 'Cheruto Kiprono Langat')).toEqual([role]);
  });

  it.each([
    ['an impeachment, not yet a removal', 'Kericho MCAs on Tuesday voted to impeach Deputy Governor Cheruto Kiprono Langat.', 'Deputy Governor (current)'],
    ['a vote to come', 'The Senate is expected to uphold the impeachment of Kericho Deputy Governor Cheruto Kiprono Langat.', 'Deputy Governor of Kericho (current)'],
  ])('keeps the office: %s', (_label, body, role) => {
    expect(offices(dated(body), 'Cheruto Kiprono Langat')).toEqual([role]);
  });
});
