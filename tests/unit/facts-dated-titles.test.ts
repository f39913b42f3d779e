/**
 * A title before a name that the words around it date: a closed span of years
 * after it ("deputy to Governor X from 2017 to 2022"), or "Then" opening a
 * sentence told in the present ("Then Nakuru Mayor X … is among the elders"),
 * or a word that says the holder lost it ("Sacked Kiambogo Finance executive
 * X", "unseated Laikipia East MP X"). The office is former, never current; and
 * a word opening the sentence ("Deposed", "Vocal", "Retiring") is no part of
 * the place. Each case is a short invented text with
 * its roles written by hand; the "still current" cases are a year that dates
 * something else and a "Then" that tells what happened next.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedPerson, roleLine } from './fact-readers';

const pack = await loadPack();
const personIn = publishedPerson(pack);
const offices = (text: string, name: string) => (personIn(text, name)?.roles ?? []).map(roleLine);

describe('a title a span of years dates', () => {
  it.each([
    ['"from 2017 to 2022"', 'served as deputy to Governor Kiprono Kimutai Lagat from 2017 to 2022'],
    ['"between 2013 and 2017"', 'was deputy to Governor Kiprono Kimutai Lagat between 2013 and 2017'],
    ['"until 2022"', 'served as deputy to Governor Kiprono Kimutai Lagat until 2022'],
  ])('is a former office: %s', (_label, words) => {
    const text = `Headline\n\nKericho MCA Chelangat Mutai Bett has declared her bid for the governor's seat. She ${words}.`;
    expect(offices(text, 'Kiprono Kimutai Lagat')).toEqual(['Governor (former)']);
  });

  it('stays current when the year dates something else', () => {
    const text = 'Headline\n\nGovernor Kiprono Kimutai Lagat in 2023 launched a tea factory in Londiani.';
    expect(offices(text, 'Kiprono Kimutai Lagat')).toEqual(['Governor (current)']);
  });
});

describe('a title after "Then" opening the sentence', () => {
  it('is a former office when the sentence is told in the present', () => {
    const text = 'Headline\n\nThen Eldoret Mayor Kipchumba Rotich Limo, who led the municipality in the 1990s, is among the elders backing the governor.';
    expect(offices(text, 'Kipchumba Rotich Limo')).toEqual(['Mayor of Eldoret (former)']);
  });

  it('stays current when "Then" tells what happened next', () => {
    const text = 'Headline\n\nThe choir sang the anthem. Then Governor Kiprono Kimutai Lagat arrived and the ceremony began.';
    expect(offices(text, 'Kiprono Kimutai Lagat')).toEqual(['Governor (current)']);
  });
});

describe('a title after "then" that opens the clause after a phrase of time', () => {
  it.each([
    ['In 2014, then Isiolo Governor Boru Tadesa Galgalo appointed him chief officer for livestock.', 'Governor of Isiolo (former)'],
    ['During the 2017 campaign, then Garissa Senator Boru Tadesa Galgalo backed his bid.', 'Senator of Garissa (former)'],
    ['At that point, then Speaker Boru Tadesa Galgalo refused to table the motion.', 'Speaker (former)'],
  ])('is a former office: %s', (sentence, office) => {
    expect(offices(`Headline\n\n${sentence}`, 'Boru Tadesa Galgalo')).toEqual([office]);
  });

  it.each([
    'The first speaker spoke for an hour, then Governor Boru Tadesa Galgalo took the stage.',
    'After he greeted the crowd, then Governor Boru Tadesa Galgalo read the bill aloud.',
  ])('stays current when "then" tells what came next: %s', (sentence) => {
    expect(offices(`Headline\n\n${sentence}`, 'Boru Tadesa Galgalo')).toEqual(['Governor (current)']);
  });
});

describe('a word before a title and its place', () => {
  it.each([
    ['Deposed Kiambogo Assembly Speaker Wambui Nyokabi Gakuru has joined the rival camp.', 'Speaker of Kiambogo Assembly (former)'],
    ['Ousted Laikipia Speaker Wambui Nyokabi Gakuru said the Senate had done the right thing.', 'Speaker of Laikipia (former)'],
    ['The charges named unseated Laikipia East MP Wambui Nyokabi Gakuru.', 'MP of Laikipia East (former)'],
    ['Vocal Mkomani MCA Wambui Nyokabi Gakuru stayed away.', 'MCA of Mkomani (current)'],
    ['Retiring Kiambogo Woman Representative Wambui Nyokabi Gakuru has endorsed the plan.', 'Woman Representative of Kiambogo (current)'],
  ])('%s', (sentence, office) => {
    expect(offices(`Headline\n\n${sentence}`, 'Wambui Nyokabi Gakuru')).toEqual([office]);
  });
});

describe('"who left office"', () => {
  it('makes every elected seat the article gives the person former', () => {
    const text = 'Headline\n\nThe then-Governor of Nyandarua, Wachira Thuo Kimemia, who left office in 2022, testified for the petitioner. Mr Kimemia, a two-term governor, said he had raised the matter with the commission.';
    expect(offices(text, 'Wachira Thuo Kimemia')).toEqual(['Governor (former)']);
  });
});

describe('"lost his/her seat"', () => {
  it.each([
    ['"Kesses MP X, who lost his seat in 2022, is now …"', 'Headline\n\nKesses MP Lagat Kiprotich Bett, who lost his seat in 2022, is now a farmer.', 'Lagat Kiprotich Bett', ['MP of Kesses (former)']],
    ['"Kitui Senator X lost her seat to a newcomer"', 'Headline\n\nKitui Senator Nduku Mwikali Kitheka lost her seat to a newcomer in the 2022 election.', 'Nduku Mwikali Kitheka', ['Senator of Kitui (former)']],
    ['"X, the Kesses MP, lost his seat in the August polls"', 'Headline\n\nMr Lagat Kiprotich Bett, the Kesses MP, lost his seat in the August polls.', 'Lagat Kiprotich Bett', ['MP of Kesses (former)']],
  ])('makes the elected seat former: %s', (_label, text, name, roles) => {
    expect(offices(text, name)).toEqual(roles);
  });

  it.each([
    ['a seat won back', 'Headline\n\nKesses MP Lagat Kiprotich Bett, who lost his seat in 2017 but regained it in 2022, spoke.', 'Lagat Kiprotich Bett', ['MP of Kesses (current)']],
    ['another seat won after', 'Headline\n\nGovernor Lagat Kiprotich Bett, who lost his seat in 2017, won the governorship in 2022.', 'Lagat Kiprotich Bett', ['Governor (current)']],
    ['a seat on a committee', 'Headline\n\nKesses MP Lagat Kiprotich Bett, who lost his seat on the Budget committee last week, spoke.', 'Lagat Kiprotich Bett', ['MP of Kesses (current)']],
    ['a seat that may be lost', 'Headline\n\nKesses MP Lagat Kiprotich Bett said he feared he would lose his seat in 2027.', 'Lagat Kiprotich Bett', ['MP of Kesses (current)']],
    ['"lost the Senate seat race": a race, not a seat held', 'Headline\n\nGovernor Lagat Kiprotich Bett, who lost the Senate seat race in 2017, spoke at the rally.', 'Lagat Kiprotich Bett', ['Governor (current)']],
  ])('keeps the seat held: %s', (_label, text, name, roles) => {
    expect(offices(text, name)).toEqual(roles);
  });
});

describe('a word after the scope of an apposition\'s office', () => {
  it('dates the office: "X, the County Executive for Finance nominee,"', () => {
    const text = 'Headline\n\nThe Majority Leader said that Abdi Wario Godana, the County Executive for Finance nominee, had already submitted his papers.';
    expect(offices(text, 'Abdi Wario Godana')).toEqual(['County Executive (incoming)']);
  });
});

describe('a tense word before two titles joined by "and"', () => {
  it.each([
    ['"the former Eldama Ravine MP and Cabinet minister X"', 'Present was the former Eldama Ravine MP and Cabinet minister Kibet Kiprono Lelei.'],
    ['"The late Embu Senator and Cabinet minister X"', 'The late Embu Senator and Cabinet minister Kibet Kiprono Lelei was also remembered.'],
  ])('dates the second title too: %s', (_label, sentence) => {
    expect(offices(`Headline\n\n${sentence}`, 'Kibet Kiprono Lelei')).toEqual(['Minister of Cabinet (former)']);
  });

  it('leaves a second title its own word says is held now: "former Baringo Governor and current Senator X"', () => {
    expect(offices('Headline\n\nAlso present was former Baringo Governor and current Senator Kibet Kiprono Lelei.', 'Kibet Kiprono Lelei')).toEqual(['Senator (current)']);
  });
});

describe('a tense word before the first of two people\'s titles joined by "and"', () => {
  it.each([
    ['Former Nyeri MP Esther Wairimu Mathenge and Embu Senator Alexander Njeru Mugendi also spoke.', 'Senator of Embu (current)'],
    ['Ex-MP Jackson Nyangweso Kiamba and Kisii Governor Alexander Njeru Mugendi arrived late.', 'Governor of Kisii (current)'],
    ['The late Senator Kiplagat Kibet Rotich and Governor Alexander Njeru Mugendi were praised.', 'Governor (current)'],
  ])('leaves the second person\'s own title as written when someone is named between: %s', (sentence, office) => {
    expect(offices(`Headline\n\n${sentence}`, 'Alexander Njeru Mugendi')).toEqual([office]);
  });
});

describe('an acting spell the words after it close', () => {
  it.each([
    ['Ms Nafula Achieng Simiyu, who was acting County Secretary until last week, has been named Chief of Staff.', 'County Secretary (former)'],
    ['Ms Nafula Achieng Simiyu, who had been acting County Secretary, has been named Chief of Staff.', 'County Secretary (former)'],
  ])('is over: %s', (sentence, office) => {
    expect(offices(`Headline\n\n${sentence}`, 'Nafula Achieng Simiyu')).toContain(office);
    expect(offices(`Headline\n\n${sentence}`, 'Nafula Achieng Simiyu')).not.toContain('County Secretary (acting)');
  });

  it('is held now when nothing closes it: "who has been acting County Secretary since March"', () => {
    expect(offices('Headline\n\nMs Nafula Achieng Simiyu, who has been acting County Secretary since March, spoke.', 'Nafula Achieng Simiyu')).toEqual(['County Secretary (acting)']);
  });
});

describe('an office held now that ends later', () => {
  it('"who is also the B\'s chairperson until next month" is held now; "who was the B\'s treasurer until January" is over', () => {
    const text = [
      'Headline',
      'Bungoma Governor Nasimiyu Khaemba Wafukho spoke at the delegates meeting.',
      'The governor, who is also the Lake Region Economic Bloc’s chairperson until next month, said the party would field candidates.',
      'Mr Barasa Ndiwa Lukoye, who was the bloc’s treasurer until January, did not attend.',
    ].join('\n\n');
    expect(offices(text, 'Nasimiyu Khaemba Wafukho')).toContain('Chairperson of Lake Region Economic Bloc (current)');
    expect(offices(text, 'Nasimiyu Khaemba Wafukho')).not.toContain('Chairperson of Lake Region Economic Bloc (former)');
    expect(offices(text, 'Barasa Ndiwa Lukoye')).toEqual(['Treasurer (former)']);
  });

  it('"who is acting County Secretary until the post is filled" acts now', () => {
    expect(offices('Headline\n\nMs Nafula Achieng Simiyu, who is acting County Secretary until the post is filled, spoke.', 'Nafula Achieng Simiyu')).toEqual(['County Secretary (acting)']);
  });
});

describe('an opening that sets the sentence in the past: "At the time,", "Back then,", "In 2019,"', () => {
  const dated = 'Headline\n\nPublished March 4, 2026\n\n';
  it.each([
    ['"At the time, Interior CS X said"', 'At the time, Interior CS Mwangangi Muli Kioko said the matter was under investigation.', 'Mwangangi Muli Kioko', ['Cabinet Secretary of Interior (former)']],
    ['"Back then, Kitui MP X had opposed"', 'Back then, Kitui MP Kavata Ngumbi Mutua had opposed the plan.', 'Kavata Ngumbi Mutua', ['MP of Kitui (former)']],
    ['"At the time, Mr X, the Kitui MP,"', 'At the time, Mr Kavata Ngumbi Mulu, the Kitui MP, opposed the plan.', 'Kavata Ngumbi Mulu', ['MP of Kitui (former)']],
    ['"In 2019, Senator X tabled" (held then; now, the text does not say)', 'In 2019, Senator Kasyoki Mwikali Ngina tabled a motion on the deal.', 'Kasyoki Mwikali Ngina', []],
    ['"In March 2017, Kitui Governor X launched"', 'In March 2017, Kitui Governor Ndeti Wanza Kyalo launched the hospital.', 'Ndeti Wanza Kyalo', []],
  ])('%s', (_label, sentence, name, expected) => {
    expect(offices(`${dated}${sentence}`, name)).toEqual(expected);
  });

  it.each([
    ['"Then, Governor X arrived": what happened next', 'Then, Governor Kavata Ngumbi Mutisya arrived at the venue.', 'Kavata Ngumbi Mutisya', ['Governor (current)']],
    ['"In March, Senator X tabled": this year', 'In March, Senator Kasyoki Mwikali Ngala tabled a motion on the deal.', 'Kasyoki Mwikali Ngala', ['Senator (current)']],
    ['"In 2026, Senator X tabled": the article\'s own year', 'In 2026, Senator Kasyoki Mwikali Ngeno tabled a motion on the deal.', 'Kasyoki Mwikali Ngeno', ['Senator (current)']],
  ])('near misses stay current: %s', (_label, sentence, name, expected) => {
    expect(offices(`${dated}${sentence}`, name)).toEqual(expected);
  });

  it('gives no office when the article has no date to weigh the year against', () => {
    expect(offices('Headline\n\nIn 2019, Senator Kasyoki Mwikali Ngina tabled a motion on the deal.', 'Kasyoki Mwikali Ngina')).toEqual(['Senator (current)']);
  });
});

describe('"who as TITLE" and the clause\'s own verb', () => {
  it.each([
    ['"who as Energy CS in 2019 approved the plan, has since joined …"', 'Musyoka Ngala Mbithi, who as Energy CS in 2019 approved the plan, has since joined the private sector.', 'Musyoka Ngala Mbithi', ['Cabinet Secretary of Energy (former)']],
    ['"who as Energy CS was in charge"', 'Kavita Musau Ngumbi, who as Energy CS was in charge of the tender, declined to comment.', 'Kavita Musau Ngumbi', ['Cabinet Secretary of Energy (former)']],
  ])('is a past office when told in the past: %s', (_label, sentence, name, expected) => {
    expect(offices(`Headline\n\n${sentence}`, name)).toEqual(expected);
  });

  it.each([
    ['"who as Energy CS has overseen"', 'Wambua Nzau Kioko, who as Energy CS has overseen the tender, declined to comment.', 'Wambua Nzau Kioko'],
    ['"who as Energy CS is in charge"', 'Ndeti Mumo Kyalo, who as Energy CS is in charge of the tender, declined to comment.', 'Ndeti Mumo Kyalo'],
  ])('stays current when told in the present: %s', (_label, sentence, name) => {
    expect(offices(`Headline\n\n${sentence}`, name)).toEqual(['Cabinet Secretary of Energy (current)']);
  });
});

describe('more words that date a title: "by then T X", "In the 2017 election,", "Y\'s first governor", "whose term ended"', () => {
  const dated = 'Headline\n\nPublished March 4, 2026\n\n';
  it.each([
    ['"signed in 2019 by then Trade CS X"', 'The deal was signed in 2019 by then Trade CS Kyalo Nduku Mbai.', 'Kyalo Nduku Mbai', ['Cabinet Secretary of Trade (former)']],
    ['"opposed by then Kitui MP X"', 'The plan was opposed by then Kitui MP Wambua Kyalo Nzuki.', 'Wambua Kyalo Nzuki', ['MP of Kitui (former)']],
    ['"In the 2017 election, Governor X beat Y" (held then; now, unsaid)', 'In the 2017 election, Governor Kitonga Mumo Muia beat Mutheu Kamene Nthenya.', 'Kitonga Mumo Muia', []],
    ['"X, Kitui\'s first governor,"', "Musembi Ndolo Kiema, Kitui's first governor, attended the burial.", 'Musembi Ndolo Kiema', ['Governor of Kitui (former)']],
    ['"X, the first Speaker of the Kitui County Assembly,"', 'Musembi Ndolo Kavita, the first Speaker of the Kitui County Assembly, attended.', 'Musembi Ndolo Kavita', ['Speaker of Kitui County Assembly (former)']],
    ['"Kitui Governor X, whose term ended in 2022,"', 'Kitui Governor Mutua Kioko Ngei, whose term ended in 2022, attended the burial.', 'Mutua Kioko Ngei', ['Governor of Kitui (former)']],
  ])('%s', (_label, sentence, name, expected) => {
    expect(offices(`${dated}${sentence}`, name)).toEqual(expected);
  });

  it.each([
    ['"and then Governor X arrived": what happened next', 'The MCAs walked out, and then Governor Mutua Ngei Kioko arrived.', 'Mutua Ngei Kioko', ['Governor (current)']],
    ['"By then Governor X had left"', 'By then Governor Nzau Kyalo Mumo had left the hall.', 'Nzau Kyalo Mumo', ['Governor (current)']],
    ['"In the 2027 election, Governor X will face Y": a race to come', 'In the 2027 election, Governor Kitonga Mumo Mbuvi will face Mutheu Kamene Nduku.', 'Kitonga Mumo Mbuvi', ['Governor (current)']],
    ['"X, a first-term Kitui MP,"', 'Musembi Ndolo Kitheka, a first-term Kitui MP, attended the burial.', 'Musembi Ndolo Kitheka', ['MP of Kitui (current)']],
    ['"Kitui Governor X, whose term ends in 2027,"', 'Kitui Governor Kyalo Ngei Mutuku, whose term ends in 2027, attended the burial.', 'Kyalo Ngei Mutuku', ['Governor of Kitui (current)']],
  ])('near misses stay current: %s', (_label, sentence, name, expected) => {
    expect(offices(`${dated}${sentence}`, name)).toEqual(expected);
  });
});

describe('a bid or a seat to come in a year before the article\'s is over: no office', () => {
  const dated = 'Headline\n\nPublished March 4, 2026\n\n';
  it.each([
    ['"X, a governor aspirant in 2017, now runs a school"', 'Ndunge Kalekye Ndambuki, a governor aspirant in 2017, now runs a school.', 'Ndunge Kalekye Ndambuki', []],
    ['"X, the MP-elect in 2017, later lost the seat"', 'Kavata Mumbe Kaluki, the MP-elect in 2017, later lost the seat.', 'Kavata Mumbe Kaluki', []],
    ['a bid for a year to come stays: "a governor aspirant in 2027"', 'Mutheu Kalekye Nzomo, a governor aspirant in 2027, toured Mwingi.', 'Mutheu Kalekye Nzomo', ['Governor (aspiring)']],
    ['an undated bid stays: "a governor aspirant"', 'Mbatha Kalekye Nzioka, a governor aspirant, toured Mwingi.', 'Mbatha Kalekye Nzioka', ['Governor (aspiring)']],
  ])('%s', (_label, sentence, name, expected) => {
    expect(offices(`${dated}${sentence}`, name)).toEqual(expected);
  });
});

describe('a past election or campaign opening the sentence, with another word than "In": no office', () => {
  const dated = 'Headline\n\nPublished March 4, 2026\n\n';
  it.each([
    ['"At the 2013 polls, Governor X beat four rivals"', 'At the 2013 polls, Governor Kitonga Mumo Kasee beat four rivals to win the seat.', 'Kitonga Mumo Kasee', []],
    ['"During the 2017 campaign, Senator X toured"', 'During the 2017 campaign, Senator Kasyoki Mwikali Wambua toured every ward.', 'Kasyoki Mwikali Wambua', []],
    ['"Ahead of the 2022 General Election, Kitui MP X"', 'Ahead of the 2022 General Election, Kitui MP Nzau Kyalo Mwende switched parties.', 'Nzau Kyalo Mwende', []],
  ])('%s', (_label, sentence, name, expected) => {
    expect(offices(`${dated}${sentence}`, name)).toEqual(expected);
  });

  it.each([
    ['"At the 2027 polls, Governor X will face Y": a race to come', 'At the 2027 polls, Governor Kitonga Mumo Kaloki will face Mutheu Kamene Mbithe.', 'Kitonga Mumo Kaloki', ['Governor (current)']],
    ['"At the rally, Governor X spoke"', 'At the rally, Governor Kitonga Mumo Kaloki spoke for an hour.', 'Kitonga Mumo Kaloki', ['Governor (current)']],
    ['"Since the 2022 polls, Senator X has chaired …": held since, still', 'Since the 2022 polls, Senator Kasyoki Mwikali Mutua has chaired the committee.', 'Kasyoki Mwikali Mutua', ['Senator (current)']],
  ])('near misses stay current: %s', (_label, sentence, name, expected) => {
    expect(offices(`${dated}${sentence}`, name)).toEqual(expected);
  });
});

describe('"then" opening an apposition the name closes, after a common noun it describes', () => {
  const dated = 'Headline\n\nPublished March 4, 2026\n\n';
  it('"a colleague at the Cabinet table, then Agriculture CS X, telling her" is a former office', () => {
    expect(offices(`${dated}She recalls a colleague at the Cabinet table, then Agriculture CS Tajeu Kores Lemein, telling her to go home.`, 'Tajeu Kores Lemein')).toEqual(['Cabinet Secretary of Agriculture (former)']);
  });

  it.each([
    ['"They met Kitui MP Y, then Senator X, and left": who came next', 'They met Kitui MP Nzau Kyalo Mumo, then Senator Wambua Kilonzo Mwende, and left.', 'Wambua Kilonzo Mwende', ['Senator (current)']],
    ['"The MCAs walked out, then Governor X arrived"', 'The MCAs walked out, then Governor Mutua Ngei Kivuva arrived.', 'Mutua Ngei Kivuva', ['Governor (current)']],
  ])('stays current: %s', (_label, sentence, name, expected) => {
    expect(offices(`${dated}${sentence}`, name)).toEqual(expected);
  });
});

describe('"T X, who has been acting in the post": the title before the name is held acting', () => {
  const dated = 'Headline\n\nPublished March 4, 2026\n\n';
  it('"Principal Secretary X, who has been acting in the post since January, was nominated"', () => {
    expect(offices(`${dated}At the Lands ministry, Principal Secretary Achieng Awino Oloo, who has been acting in the post since January, was formally nominated.`, 'Achieng Awino Oloo')).toEqual(['Principal Secretary (acting)']);
  });

  it('stays current: "Treasury CS X, who is acting in the role of Interior CS": another office', () => {
    expect(offices(`${dated}Treasury CS Mwende Kalekye Musyoka, who is acting in the role of Interior CS, spoke.`, 'Mwende Kalekye Musyoka')).toEqual(['Cabinet Secretary of Treasury (current)']);
  });
});

describe('more openings and appositions that set a title in the past, and the first holder of an office', () => {
  const dated = 'Headline\n\nPublished March 4, 2026\n\n';
  it.each([
    ['"Back in 2015, Kibwezi MP X fought" (held then; now, unsaid)', 'Back in 2015, Kibwezi MP Nzau Kyalo Kasee fought for the road.', 'Nzau Kyalo Kasee', []],
    ['"Years ago, Kibwezi MP X fought"', 'Years ago, Kibwezi MP Nzau Kyalo Kasee fought for the road.', 'Nzau Kyalo Kasee', ['MP of Kibwezi (former)']],
    ['"X, the Kibwezi MP at the time, fought"', 'Nzau Kyalo Kasee, the Kibwezi MP at the time, fought for the road.', 'Nzau Kyalo Kasee', ['MP of Kibwezi (former)']],
    ['"X, the county\'s inaugural Speaker,"', "Nzau Kyalo Kasee, the county's inaugural Speaker, attended the burial.", 'Nzau Kyalo Kasee', ['Speaker (former)']],
  ])('%s', (_label, sentence, name, expected) => {
    expect(offices(`${dated}${sentence}`, name)).toEqual(expected);
  });

  it.each([
    ['"Senator X, a teacher at the time, agreed": the dated words are not the title\'s', 'Senator Mwende Kalekye Mbithe, a teacher at the time, agreed.', 'Mwende Kalekye Mbithe', ['Senator (current)']],
    ['"Years later, Kibwezi MP X fought"', 'Years later, Kibwezi MP Nzau Kyalo Kaloki fought for the road.', 'Nzau Kyalo Kaloki', ['MP of Kibwezi (current)']],
  ])('near misses stay current: %s', (_label, sentence, name, expected) => {
    expect(offices(`${dated}${sentence}`, name)).toEqual(expected);
  });
});
