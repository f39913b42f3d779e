/**
 * Facts stated over two sentences: an office or a tie given with "the party"
 * in a sentence that names no party, where the sentence before names exactly
 * one. Published with both sentences as its evidence, so the evidence check's
 * guarantee (the party named in the evidence) still holds; any doubt about
 * which party "the party" is keeps the fact back: so does a sentence before
 * that names its party only as one someone left or leans to ("X, who left the
 * P last year, …", "A P-allied MCA, X, …").
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { roleStated, tieStated } from '../../src/pipeline/resolve/evidence-check';
import { formsOf } from '../../src/pipeline/resolve/named-in';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const analyse = (text: string) => analyseCorpus([seed('x.txt', text)], pack);
const personIn = (text: string, name: string) => summarise(analyse(text)).people.find((one) => one.name.endsWith(name));
const offices = (text: string, name: string) => (personIn(text, name)?.roles ?? []).map((role) => `${role.title}${role.organisation ? ` of ${role.organisation}` : ''}`);
const partyTies = (text: string, name: string) => (personIn(text, name)?.parties ?? []).map((tie) => `${tie.party} ${tie.relation}`);

describe('"the party" after a sentence that names one party', () => {
  const text =
    'Headline\n\nThe Tumaini Bora Party (TBP) held its delegates meeting in Nakuru on Saturday. The delegates elected Wanjala Simiyu Barasa as the party\'s National Chairman.';

  it('publishes the office and the tie, with both sentences as the evidence', () => {
    expect(offices(text, 'Barasa')).toContain('National Chairman of Tumaini Bora Party');
    expect(partyTies(text, 'Barasa')).toContain('Tumaini Bora Party National Chairman');
    const role = personIn(text, 'Barasa')?.roles.find((one) => one.title === 'National Chairman');
    expect(role?.evidence.sentence).toBe(
      "The Tumaini Bora Party (TBP) held its delegates meeting in Nakuru on Saturday. The delegates elected Wanjala Simiyu Barasa as the party's National Chairman.",
    );
    // The check applied at the far end passes on the evidence as published.
    expect(roleStated(role?.evidence.sentence ?? '', ['Wanjala Simiyu Barasa'], formsOf({ name: 'Tumaini Bora Party', aliases: [], acronym: 'TBP' }))).toBe(true);
  });

  it('reads "the X-led party" as the same back-reference', () => {
    const led =
      'Headline\n\nThe Tumaini Bora Party (TBP) chairman, Wanjala Simiyu Barasa, received the defectors at the rally. The Barasa-led party also unveiled Chepkoech Jerop Kibet as its incoming Secretary-General.';
    expect(offices(led, 'Kibet')).toContain('Secretary-General of Tumaini Bora Party');
    expect(partyTies(led, 'Kibet')).toContain('Tumaini Bora Party Secretary-General');
  });

  it('keeps the fact back when the sentence before names two parties', () => {
    const two =
      'Headline\n\nThe Tumaini Bora Party (TBP) and the Umoja Wetu Movement (UWM) held talks. The delegates elected Wanjala Simiyu Barasa as the party\'s National Chairman.';
    expect(offices(two, 'Barasa')).not.toContain('National Chairman of Tumaini Bora Party');
    expect(offices(two, 'Barasa')).not.toContain('National Chairman of Umoja Wetu Movement');
  });

  it('keeps the fact back when the party was named further back than the sentence before', () => {
    const far =
      'Headline\n\nThe Tumaini Bora Party (TBP) held its delegates meeting in Nakuru on Saturday. Thousands turned up at the hall. The delegates elected Wanjala Simiyu Barasa as the party\'s National Chairman.';
    expect(offices(far, 'Barasa')).not.toContain('National Chairman of Tumaini Bora Party');
  });

  it('keeps the fact back when "the party" is another one: "the ruling party"', () => {
    const ruling =
      'Headline\n\nThe Tumaini Bora Party (TBP) held its delegates meeting in Nakuru on Saturday. Delegates of the ruling party elected Wanjala Simiyu Barasa as the party\'s National Chairman.';
    expect(offices(ruling, 'Barasa')).not.toContain('National Chairman of Tumaini Bora Party');
  });

  it('still needs the party named in the evidence: the two sentences together state it', () => {
    expect(tieStated('The delegates elected Wanjala Simiyu Barasa as the party\'s National Chairman.', ['Wanjala Simiyu Barasa'], ['Tumaini Bora Party', 'TBP'])).toBe(false);
  });
});

describe('"She has chaired the party" after a sentence naming one person and one party', () => {
  const text =
    "Headline\n\nEng. Makena Kathure Mbaabu was re-elected unopposed at the Tumaini Bora Party's national delegates meeting in August. She has chaired the party since 2019.";

  it('gives that person the office, with both sentences as the evidence', () => {
    expect(offices(text, 'Mbaabu')).toContain('Chairman of Tumaini Bora Party');
    expect(partyTies(text, 'Mbaabu')).toContain('Tumaini Bora Party Chairman');
    const tie = personIn(text, 'Mbaabu')?.parties.find((one) => one.relation === 'Chairman');
    expect(tie?.evidence?.sentence).toContain('She has chaired the party since 2019.');
  });

  it('gives no one the office when the sentence before names two people', () => {
    const two =
      "Headline\n\nEng. Makena Kathure Mbaabu and Dr Otieno Odera Ouma were re-elected at the Tumaini Bora Party's national delegates meeting in August. She has chaired the party since 2019.";
    expect(offices(two, 'Mbaabu')).not.toContain('Chairman of Tumaini Bora Party');
    expect(offices(two, 'Ouma')).not.toContain('Chairman of Tumaini Bora Party');
  });
});

describe('"the party\'s <office>, Hon. X," in a sentence that names the party', () => {
  const text =
    'Headline\n\nThe Tumaini Bora Party (TBP) named its nominees on Monday.\n\nThe party\'s secretary-general, Hon. Chepkoech Jerop Kibet, said the list had been cleared by the TBP Youth League.';

  it('gives the office and the tie, with an honorific between the comma and the name', () => {
    expect(offices(text, 'Kibet')).toContain('Secretary-General of TBP');
    expect(partyTies(text, 'Kibet')).toContain('Tumaini Bora Party Secretary-General');
  });

  it('gives no office to a name after "the party\'s" and a word that is no office: "the party\'s guest, Dr X,"', () => {
    const guest = text.replace("secretary-general, Hon.", 'guest, Dr');
    expect(offices(guest, 'Kibet')).toEqual([]);
  });
});

describe('"She now chairs the P" after the sentence that opens with her', () => {
  it('gives the subject the office, when the other person named stands in a clause about her', () => {
    const text = "Headline\n\nMuthoni, whose brother-in-law Kiprop Kibet Chirchir is the Aldai MP, has not left politics. She now chairs the Tumaini Bora Party (TBP) in Nandi.";
    expect(offices(text, 'Muthoni')).toContain('Chairman of Tumaini Bora Party');
    expect(offices(text, 'Chirchir')).not.toContain('Chairman of Tumaini Bora Party');
  });

  it('gives it to no one when the sentence before names two people as such', () => {
    const text = 'Headline\n\nMuthoni met Kiprop Kibet Chirchir on Monday. She now chairs the Tumaini Bora Party (TBP).';
    expect(offices(text, 'Muthoni')).toEqual([]);
  });
});

describe('"Its first chairman was the late X" after the sentence the party opens', () => {
  const text = 'Headline\n\nThe Tumaini Bora Party (TBP) was registered in 2021 and is led by Dr Wanjala Simiyu Barasa. Its first chairman was the late Kiprop Kibet Chirchir, who died in 2023.';

  it('gives X the party\'s chair, former, with its tie, both sentences the evidence', () => {
    expect(offices(text, 'Chirchir')).toContain('Chairman of Tumaini Bora Party');
    expect(partyTies(text, 'Chirchir')).toContain('Tumaini Bora Party Chairman');
    expect(personIn(text, 'Chirchir')?.roles.find((role) => role.title === 'Chairman')?.tense).toBe('former');
  });

  it('gives no office when the sentence before names two parties', () => {
    const two = 'Headline\n\nThe Tumaini Bora Party (TBP) and the Umoja Wetu Movement (UWM) were registered in 2021. Its first chairman was the late Kiprop Kibet Chirchir.';
    expect(offices(two, 'Chirchir')).toEqual([]);
  });
});

describe('"Its T, X," opening the sentence after the one the party opens', () => {
  const opening = 'Headline\n\nThe Jubilee Party held its delegates meeting in Nakuru on Friday.';
  it.each([
    ['"Its chairman, X,"', 'Its chairman, Wanjiku Muthoni Gitau, said the meeting was a success.', 'Gitau', 'Chairman of Jubilee Party', 'Jubilee Party Chairman'],
    ['"Its deputy leader, X,"', 'Its deputy leader, Kamau Kibe Ngugi, said the meeting was a success.', 'Ngugi', 'Deputy Party Leader of Jubilee Party', 'Jubilee Party Deputy Party Leader'],
    ['"Its leader, Dr X,"', 'Its leader, Dr Njenga Mwaura Kago, said the meeting was a success.', 'Kago', 'Party Leader of Jubilee Party', 'Jubilee Party leader'],
    ['"Its national treasurer, X,"', 'Its national treasurer, Njambi Wairimu Kago, said the books were in order.', 'Njambi Wairimu Kago', 'National Treasurer of Jubilee Party', 'Jubilee Party National Treasurer'],
  ])('gives X the party\'s office and its tie, both sentences the evidence: %s', (_label, sentence, name, office, tie) => {
    const text = `${opening} ${sentence}`;
    expect(offices(text, name)).toEqual([office]);
    expect(partyTies(text, name)).toEqual([tie]);
  });

  it.each([
    ['a party that only qualifies the subject: "The ODM-led committee met. Its chairman, X,"', 'Headline\n\nThe ODM-led committee met on Friday. Its chairman, Wanjiku Muthoni Gitau, said the meeting was a success.'],
    ['a party\'s caucus: "The UDA caucus met. Its chairman, X,"', 'Headline\n\nThe UDA caucus met on Friday. Its chairman, Wanjiku Muthoni Gitau, said the meeting was a success.'],
    ['two parties before: "The Jubilee Party met, and so did ODM. Its chairman, X,"', 'Headline\n\nThe Jubilee Party met on Friday, and so did ODM. Its chairman, Wanjiku Muthoni Gitau, said the meeting was a success.'],
  ])('gives no party office: %s', (_label, text) => {
    expect(partyTies(text, 'Gitau')).toEqual([]);
    expect(offices(text, 'Gitau')).toEqual([]);
  });
});

describe('"The party\'s T, X," opening its sentence', () => {
  it('takes the one party the sentence before names, wherever it stands', () => {
    const text =
      'Headline\n\nHalkano, a first-term governor, was elected in 2022 on a Tumaini Bora Party (TBP) ticket. The party\'s secretary-general, Kassim Duba Arero, said the governor would be back.';
    expect(offices(text, 'Arero')).toContain('Secretary-General of Tumaini Bora Party');
    expect(partyTies(text, 'Arero')).toContain('Tumaini Bora Party Secretary-General');
  });

  it('takes the party the lede is about, when it is still the one in play', () => {
    const text = [
      'Headline',
      'NAKURU, Wednesday, July 12, 2023 - The Tumaini Bora Party (TBP) was thrown into turmoil yesterday after its chairman stepped down.',
      'The chairman told journalists in Nakuru that he was leaving the post.',
      '"I have done seven years," he said.',
      'The party\'s Deputy Secretary-General, Nyamu Gitiba Kanyoro, remains suspended over a dispute about the party\'s bank account.',
    ].join('\n\n');
    expect(offices(text, 'Kanyoro')).toContain('Deputy Secretary-General of Tumaini Bora Party');
    expect(partyTies(text, 'Kanyoro')).toContain('Tumaini Bora Party Deputy Secretary-General');
  });

  it('takes neither when the lede is about another party than the one the sentence before names', () => {
    const text = [
      'Headline',
      'NAKURU, Wednesday - The Tumaini Bora Party (TBP) was thrown into turmoil yesterday after its chairman stepped down.',
      'Kiprop Kibet Chirchir, who joined the Umoja Wetu Movement (UWM) last year, welcomed the news.',
      'The party\'s Deputy Secretary-General, Nyamu Gitiba Kanyoro, said nothing.',
    ].join('\n\n');
    expect(offices(text, 'Kanyoro')).toEqual([]);
    expect(partyTies(text, 'Kanyoro')).toEqual([]);
  });

  it('takes no party the sentence before names only as one its person left', () => {
    const text =
      'Headline\n\nSupporters of the two main parties held parallel rallies in Kisii town.\n\nKitutu Chache MP Ondieki Momanyi Nyakundi, who left the Tumaini Bora Party (TBP) last year, addressed the first rally. The party\'s deputy secretary-general, Kevin Nyaundi Omwenga, spoke after him.';
    expect(offices(text, 'Omwenga')).toEqual([]);
    expect(partyTies(text, 'Omwenga')).toEqual([]);
  });

  it('takes no lede party once the sentences since name another', () => {
    const text = [
      'Headline',
      'NAKURU, Wednesday - The Tumaini Bora Party (TBP) was thrown into turmoil yesterday after its chairman stepped down.',
      'Kiprop Kibet Chirchir quit the TBP for the Umoja Wetu Movement (UWM).',
      'The chairman said nothing.',
      'The party\'s Deputy Secretary-General, Nyamu Gitiba Kanyoro, said nothing.',
    ].join('\n\n');
    expect(offices(text, 'Kanyoro')).toEqual([]);
  });
});

describe('"Party Leader X" opening its sentence, after one that names a party', () => {
  it('takes the one party the sentence before names, wherever it stands', () => {
    const text =
      'Headline\n\nThe Tumaini Bora Party (TBP) met at Bomas on Saturday.\n\nThe Bomas vote was the TBP’s first internal election since 2019. Party Leader Auma Akinyi Were, a former Homa Bay Woman Representative, was returned unopposed.';
    expect(offices(text, 'Were')).toContain('Party Leader of TBP');
    expect(partyTies(text, 'Were')).toContain('Tumaini Bora Party leader');
  });

  it('takes no party the sentence before names only as the one its person leans to: "A TBP-allied MCA, X,"', () => {
    const text =
      'Headline\n\nRival camps held parallel rallies in Kisii town.\n\nA Tumaini Bora Party-allied MCA, Esther Kerubo Nyakundi, also spoke. Party Leader Auma Akinyi Were told the crowd the party would win all seats.';
    expect(offices(text, 'Were').filter((office) => office.startsWith('Party Leader of'))).toEqual([]);
    expect(partyTies(text, 'Were')).toEqual([]);
  });

  it('takes neither when the sentence before names two parties', () => {
    const text =
      'Headline\n\nThe Tumaini Bora Party (TBP) met at Bomas on Saturday.\n\nThe vote came as the TBP and the Orange Democratic Movement (ODM) traded barbs. Party Leader Auma Akinyi Were was returned unopposed.';
    expect(offices(text, 'Were').filter((office) => office.startsWith('Party Leader of'))).toEqual([]);
    expect(partyTies(text, 'Were')).toEqual([]);
  });
});
