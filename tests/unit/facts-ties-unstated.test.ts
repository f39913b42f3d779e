/**
 * Words next to a party that state no tie, or one that has ended: "The rebel
 * faction of P, led by X" (X leads a part of the party, not the party), "X
 * joined P leaders at a rally" (company, not membership), "Expelled P MCA X,
 * who was kicked out of the party" (the seat kept, the party left). Each case
 * is a short invented text with its ties written by hand; the controls state
 * the tie plainly.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedPerson, roleLine } from './fact-readers';

const pack = await loadPack();
const personIn = publishedPerson(pack);
const ties = (text: string, name: string) => (personIn(text, name)?.parties ?? []).map((tie) => `${tie.party} (${tie.relation}${tie.tense && tie.tense !== 'current' ? `, ${tie.tense}` : ''})`);
const offices = (text: string, name: string) => (personIn(text, name)?.roles ?? []).map(roleLine);

const opening = 'Headline\n\nThe Jubilee Party and the United Democratic Alliance (UDA) have stepped up their campaigns in Nyeri County.';

describe('a part of a party led by someone', () => {
  it.each([
    ['The rebel faction of Jubilee, led by Kieni MP Kariuki Ndegwa Wamae, is expected to hold a parallel meeting.'],
    ['The Nyeri wing of Jubilee, led by Kariuki Ndegwa Wamae, boycotted the meeting.'],
  ])('gives no party leader: %s', (sentence) => {
    const text = `${opening} ${sentence}`;
    expect(ties(text, 'Kariuki Ndegwa Wamae')).toEqual([]);
    expect(offices(text, 'Kariuki Ndegwa Wamae').filter((office) => office.startsWith('Party Leader'))).toEqual([]);
  });

  it('still gives the leader of the party itself', () => {
    expect(ties(`${opening} The Jubilee Party, led by Kariuki Ndegwa Wamae, boycotted the meeting.`, 'Kariuki Ndegwa Wamae')).toEqual(['Jubilee Party (leader)']);
  });
});

describe('joining a party\'s people', () => {
  it('is no joining of the party: "joined UDA leaders at a rally"', () => {
    expect(ties(`${opening} Manyatta MP Wawira Gakii Ireri on Sunday joined UDA leaders at a rally in Siakago.`, 'Wawira Gakii Ireri')).toEqual([]);
  });

  it('still joins the party: "joined UDA"', () => {
    expect(ties(`${opening} Manyatta MP Wawira Gakii Ireri on Sunday joined UDA at a rally in Siakago.`, 'Wawira Gakii Ireri')).toEqual(['United Democratic Alliance (joined)']);
  });
});

describe('a member put out of the party', () => {
  it('"Expelled UDA MCA X" holds the seat and has left the party', () => {
    const text = `${opening} Expelled UDA MCA Simon Gitau Ngatia testified against the governor.`;
    expect(ties(text, 'Simon Gitau Ngatia')).toEqual(['United Democratic Alliance (left)']);
    expect(offices(text, 'Simon Gitau Ngatia')).toEqual(['MCA (current)']);
  });

  it('"UDA MCA X, who was kicked out of the party in May" has left it', () => {
    expect(ties(`${opening} UDA MCA Simon Gitau Ngatia, who was kicked out of the party in May, testified against the governor.`, 'Simon Gitau Ngatia')).toEqual(['United Democratic Alliance (left)']);
  });

  it('"UDA MCA X" is still a member', () => {
    expect(ties(`${opening} UDA MCA Simon Gitau Ngatia testified against the governor.`, 'Simon Gitau Ngatia')).toEqual(['United Democratic Alliance (member)']);
  });
});

describe('"Party spokesperson X said … Wiper": a party named only in what was said', () => {
  it.each([
    'Party spokesperson Wanjiru Njeri Ndungu said the meeting would discuss coalition talks with Wiper.',
    'Party chairman Wanjiru Njeri Ndungu said Wiper was welcome to join the talks.',
  ])('gives no office in it and no tie to it: %s', (sentence) => {
    const text = `Headline\n\n${sentence}`;
    expect(ties(text, 'Ndungu')).toEqual([]);
    expect(offices(text, 'Ndungu').filter((office) => office.includes('Wiper'))).toEqual([]);
  });
});

describe('"Party spokesperson X said … Wiper" after a sentence about the speaker\'s own party', () => {
  it('gives no office in the party spoken of', () => {
    const text = 'Headline\n\nThe Tumaini Bora Party (TBP) met in Nyeri on Thursday.\n\nParty spokesperson Wanjiru Njeri Ndungu said the meeting would discuss coalition talks with Wiper.';
    expect(ties(text, 'Ndungu')).toEqual([]);
    expect(offices(text, 'Ndungu').filter((office) => office.includes('Wiper'))).toEqual([]);
  });

  it('still gives it when the sentence before is about the party spoken of', () => {
    const text = 'Headline\n\nThe Tumaini Bora Party (TBP) met in Nyeri on Thursday.\n\nParty chairman Wanjiru Njeri Ndungu told the delegates that the TBP would field candidates in every ward.';
    expect(ties(text, 'Ndungu')).toEqual(['Tumaini Bora Party (Chairman)']);
  });
});

describe('a ticket after a rival named as a verb\'s object', () => {
  it.each([
    ['Former Othaya MP Gachau Mwangi Kiragu said he would challenge Kariuki Ndegwa Wamae for the seat on a UDA ticket.'],
    ['In 2017, Gachau Mwangi Kiragu beat Kariuki Ndegwa Wamae on a UDA ticket.'],
    ['Gachau Mwangi Kiragu will face former MP Kariuki Ndegwa Wamae on a UDA ticket in August.'],
  ])('gives the rival no candidacy: "%s"', (sentence) => {
    expect(ties(`${opening}\n\n${sentence}`, 'Wamae')).toEqual([]);
  });

  it('keeps the candidacy a clause of the rival\'s own states: "X floored MP Y, who was elected on a P ticket in 2017"', () => {
    const text = `${opening}\n\nGachau Mwangi Kiragu floored incumbent MP Kariuki Ndegwa Wamae, who was elected on a Jubilee ticket in 2017.`;
    expect(ties(text, 'Wamae')).toEqual(['Jubilee Party (candidate, former)']);
  });
});

describe('a candidacy that is someone else\'s', () => {
  const dated = 'Headline\n\nPublished March 4, 2026\n\n';

  it('"X entered politics as an aide to former Senator Y before winning the seat on a Jubilee ticket" gives Y no ticket', () => {
    const text = `${dated}Nasieku Kilelu Sironka, a former Kitengela MCA, first entered politics as an aide to former Kajiado Senator Lemein Kasaine Ole-Sapit before winning the ward seat in 2017 on a Jubilee ticket.`;
    expect(ties(text, 'Ole-Sapit')).toEqual([]);
  });

  it.each([
    ['"X, an aide to a Jubilee MP who defected to UDA,"', 'Kamau Njoroge Wainaina, an aide to a Jubilee MP who defected to UDA, spoke.'],
    ['"X, the widow of a former Kitui MP,"', 'Kamau Njoroge Wainaina, the widow of a former Kitui MP, spoke.'],
    ['"X, a son of the late Nandi Senator,"', 'Kamau Njoroge Wainaina, a son of the late Nandi Senator, spoke.'],
  ])('gives X neither the office nor the party of the one X is kin or aide to: %s', (_label, sentence) => {
    expect(offices(`${dated}${sentence}`, 'Wainaina')).toEqual([]);
    expect(ties(`${dated}${sentence}`, 'Wainaina')).toEqual([]);
  });

  it('"X is the ODM candidate\'s chief campaigner" makes X no candidate', () => {
    expect(ties(`${dated}Jared Omwenga Kebati is the ODM candidate's chief campaigner.`, 'Kebati')).toEqual([]);
  });

  it.each([
    ['"the death of MCA Y, a three-term Ward Rep who was elected on an ODM ticket"', 'The seat fell vacant after the death of North Gem MCA Zakayo Okech Rabala, a three-term Ward Rep who was elected on an ODM ticket in 2013.', 'Rabala', ['Orange Democratic Movement (candidate, former)']],
    ['"Supported by MCA Y, who won on an ODM ticket"', 'Supported by MCA Wanjiru Njeri Kamau, who won on an ODM ticket, the motion passed.', 'Kamau', ['Orange Democratic Movement (candidate, former)']],
    ['"X is the ODM candidate"', 'Jared Omwenga Kebati is the ODM candidate.', 'Kebati', ['Orange Democratic Movement (candidate)']],
  ])('still ties the one named: %s', (_label, sentence, name, expected) => {
    expect(ties(`${dated}${sentence}`, name)).toEqual(expected);
  });
});
