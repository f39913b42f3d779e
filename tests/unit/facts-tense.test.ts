/**
 * The tense of roles where the article says an office ended: a death (every
 * office of the dead person is former, even one written as a plain title
 * before the name), a dismissal, a resignation, an impeachment upheld, an
 * election nullified. Each case is a short invented text with its roles
 * written by hand; the "still current" cases are readings that would end an
 * office the text leaves standing. An office taken up may be "the new" one
 * ("sworn in as the new Trade CS") and a PS's docket may be written as its State
 * Department ("the new Principal Secretary for the State Department for
 * Livestock Development").
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedPerson, roleLine } from './fact-readers';

const pack = await loadPack();
const personIn = publishedPerson(pack);
const offices = (text: string, name: string) => (personIn(text, name)?.roles ?? []).map(roleLine);
const partyTies = (text: string, name: string) => (personIn(text, name)?.parties ?? []).map((tie) => `${tie.party} ${tie.relation}${tie.tense ? ` (${tie.tense})` : ''}`);

describe('a death', () => {
  const text =
    'Headline\n\nMourners gathered in Kakamega to bury Senator Wekesa Simiyu Barasa, who died in office last month.\n\nKakamega Senator Barasa was the first senator of the county to die in office. His widow, Nominated MCA Nekesa Atieno Barasa, thanked the mourners.';

  it('makes every office of the dead person former, the plain title before the name too', () => {
    expect(offices(text, 'Wekesa Simiyu Barasa')).toEqual(['Senator of Kakamega (former)']);
  });

  it('leaves a relative of the same surname in office', () => {
    expect(offices(text, 'Nekesa Atieno Barasa')).toEqual(['MCA (current)']);
  });

  it('reads "the death of X" as a death, not "the death of X\'s mother"', () => {
    const death = 'Headline\n\nThe by-election follows the death of Nyando MP Odhiambo Okoth Ouma in June. MP Ouma had served two terms.';
    expect(offices(death, 'Ouma')).toEqual(['MP of Nyando (former)']);
    const mother = 'Headline\n\nThe rally was called off after the death of Nyando MP Odhiambo Okoth Ouma\'s mother in June.';
    expect(offices(mother, 'Ouma')).toEqual(['MP of Nyando (current)']);
  });

  it.each([
    ['"since the death of secretary-general X"', 'Ms Naomi Khavai Adaji has been acting since the death of secretary-general Odhiambo Okoth Ouma in March.', 'Secretary-General (former)'],
    ['"mourned the death of its chairman X"', 'The party mourned the death of its chairman Odhiambo Okoth Ouma last year.', 'Chairman (former)'],
  ])('dates a title written in lower case after "the death of": %s', (_label, sentence, office) => {
    expect(offices(`Headline\n\n${sentence}`, 'Odhiambo Okoth Ouma')).toEqual([office]);
  });

  it('leaves a lower-case title current after words that end no office: "met secretary-general X"', () => {
    expect(offices('Headline\n\nThe delegates met secretary-general Odhiambo Okoth Ouma in March.', 'Odhiambo Okoth Ouma')).toEqual(['Secretary-General (current)']);
  });

  it.each([
    ['"to bury X, the P candidate in the by-election, who died …"', 'Mourners gathered to bury Ms Wanjiku Njeri Kamau, the UDA candidate in the Kiharu by-election, who died in a road accident on Sunday.'],
    ['"The late X was P\'s flag-bearer"', 'The late Wanjiku Njeri Kamau was UDA\'s flag-bearer for the Kiharu seat.'],
  ])('makes the dead person\'s candidacy former: %s', (_label, sentence) => {
    const text = `Headline\n\nThe United Democratic Alliance (UDA) met in Murang'a. ${sentence}`;
    expect(partyTies(text, 'Wanjiku Njeri Kamau')).toEqual(['United Democratic Alliance candidate (former)']);
  });

  it('dates a party office of the dead person, role and tie', () => {
    const chair = 'Headline\n\nTumaini Bora Party (TBP) chairman Kiptoo Kiprop Chelanga, who died on Sunday, will be buried in Iten.';
    expect(offices(chair, 'Chelanga')).toEqual(['Chairman of TBP (former)']);
    expect(partyTies(chair, 'Chelanga')).toEqual(['Tumaini Bora Party Chairman (former)']);
  });
});

describe('an office left or taken away', () => {
  it('reads "The Lands Principal Secretary, Dr X, was also dismissed." as a former office', () => {
    const text = 'Headline\n\nThe Lands Principal Secretary, Dr Moraa Kerubo Nyakundi, was also dismissed.';
    expect(offices(text, 'Nyakundi')).toEqual(['Principal Secretary of Lands (former)']);
  });

  it('reads "its chairman, X, stepped down" and "X resigned as Secretary-General" as former offices', () => {
    const text =
      'Headline\n\nThe Tumaini Bora Party (TBP) was thrown into turmoil after its chairman, Kiptoo Kiprop Chelanga, stepped down. The Secretary-General, Wanjiru Njeri Kamau, resigned as Secretary-General of the TBP in the afternoon.';
    expect(offices(text, 'Chelanga')).toEqual(['Chairman of TBP (former)']);
    expect(offices(text, 'Kamau')).toEqual(['Secretary-General (former)']);
  });

  it('reads "upheld the impeachment of Governor X" as a former office, and "X, whose election was nullified" too', () => {
    const upheld = 'Headline\n\nThe Senate on Wednesday upheld the impeachment of Marsabit Governor Golicha Dida Guyo. Governor Guyo said he would go to court.';
    expect(offices(upheld, 'Guyo')).toEqual(['Governor of Marsabit (former)']);
    const nullified = 'Headline\n\nGovernor Golicha Dida Guyo said he would run again. Guyo, whose election was nullified by the Supreme Court on Thursday, spoke in Moyale.';
    expect(offices(nullified, 'Guyo')).toEqual(['Governor (former)']);
  });

  it('keeps in office someone the assembly impeached but the Senate has not removed', () => {
    const text = 'Headline\n\nMarsabit MCAs voted to impeach Governor Golicha Dida Guyo on Tuesday. The Senate will hear the charges next week.';
    expect(offices(text, 'Guyo')).toEqual(['Governor (current)']);
  });

  it('keeps in office someone another "dismissed as" a liar', () => {
    const text = 'Headline\n\nGovernor Mwangi Kariuki Ndirangu dismissed Senator Wairimu Njeri Kamotho as a liar.';
    expect(offices(text, 'Kamotho')).toEqual(['Senator (current)']);
  });
});

describe('a tense word in capitals opening the sentence', () => {
  it('reads "Former senator X, who …" as a former Senator', () => {
    const text = 'Headline\n\n- Former senator Wairimu Njeri Kamotho, who filed the petition, says she will run again';
    expect(offices(text, 'Kamotho')).toEqual(['Senator (former)']);
  });
});

describe('time words in an apposition', () => {
  it.each([
    ['"X, who served as T from 2013 to 2017,"', 'Headline\n\nKiprop Kibet Chirchir, who served as Nakuru Town East MP from 2013 to 2017, said the party had stopped listening.', 'MP of Nakuru Town East (former)'],
    ['"X, at the time the T,"', 'Headline\n\nIn 2017, Kiprop Kibet Chirchir, at the time the Deputy Governor of Baringo, chaired the meeting.', 'Deputy Governor of Baringo (former)'],
    ['"X, who was T until his death,"', 'Headline\n\nKiprop Kibet Chirchir, who was Vihiga Senator until his death in May, was buried on Friday.', 'Senator of Vihiga (former)'],
  ])('reads a former office: %s', (_label, text, office) => {
    expect(offices(text, 'Chirchir')).toEqual([office]);
  });

  it('reads "X, who is T," with no article as the office held now', () => {
    expect(offices('Headline\n\nKiprop Kibet Chirchir, who is Vihiga Senator, spoke on Friday.', 'Chirchir')).toEqual(['Senator of Vihiga (current)']);
  });

  it('reads no office in "X, is now the T-elect": no apposition, no "who"', () => {
    expect(offices("Headline\n\nSempele's running mate, Kiprop Kibet Chirchir, is now the Deputy Governor-elect.", 'Chirchir')).not.toContain('Now the Deputy Governor (incoming)');
  });
});

describe('offices about to be taken up, or acted in', () => {
  it.each([
    ['"X is set to be sworn in as governor on Friday"', 'Headline\n\nHis deputy, Chepkoech Jerop Kibet, is set to be sworn in as governor on Friday.', 'Governor (incoming)'],
    ['"X will take over as the Chief Executive of the … Authority effective April 1"', 'Headline\n\nSeparately, Chepkoech Jerop Kibet will take over as the Chief Executive of the Kenya Ports Authority effective April 1.', 'Chief Executive of Kenya Ports Authority (incoming)'],
    ['"X was appointed Regional Commissioner for Coast effective January 1"', 'Headline\n\nIn a gazette notice, Chepkoech Jerop Kibet was appointed Regional Commissioner for Coast effective January 1.', 'Regional Commissioner of Coast (incoming)'],
    ['"X was on Friday sworn in as acting Governor of Lamu"', 'Headline\n\nSpeaker Chepkoech Jerop Kibet was on Friday sworn in as acting Governor of Lamu, a day after the ruling.', 'Governor of Lamu (acting)'],
  ])('reads %s', (_label, text, office) => {
    expect(offices(text, 'Kibet')).toContain(office);
  });

  it('gives "The Governor-elect is set to …" to the one person of the sentence before, both sentences its evidence', () => {
    const text = 'Headline\n\nKibet, who served as Deputy Governor from 2013 to 2017, won on a Tumaini Bora Party ticket. The Governor-elect is set to be sworn in on August 25.';
    expect(offices(text, 'Kibet')).toContain('Governor (incoming)');
  });

  it('gives "The Governor-elect …" to no one when the sentence before names two people', () => {
    const text = 'Headline\n\nKibet beat Mwangi Kariuki Ndirangu on a Tumaini Bora Party ticket. The Governor-elect is set to be sworn in on August 25.';
    expect(offices(text, 'Kibet')).not.toContain('Governor (incoming)');
    expect(offices(text, 'Ndirangu')).not.toContain('Governor (incoming)');
  });

  it('reads nothing in "X was sworn in as a member of the committee"', () => {
    const text = 'Headline\n\nChepkoech Jerop Kibet was sworn in as a member of the committee on Friday.';
    expect(offices(text, 'Kibet')).toEqual([]);
  });
});

describe('an office just taken up', () => {
  it.each([
    ['"X was sworn in as Uasin Gishu Governor on Friday"', 'Chepkoech Jerop Kibet was sworn in as Uasin Gishu Governor on Friday.', 'Governor of Uasin Gishu (current)'],
    ['"X, who was sworn in as Energy CS in March,"', 'Chepkoech Jerop Kibet, who was sworn in as Energy CS in March, attended.', 'Cabinet Secretary of Energy (current)'],
    ['"X took the oath of office as Nyeri Senator last week"', 'Chepkoech Jerop Kibet took the oath of office as Nyeri Senator last week.', 'Senator of Nyeri (current)'],
    ['"X was appointed Trade CS in January"', 'Chepkoech Jerop Kibet was appointed Trade CS in January.', 'Cabinet Secretary of Trade (current)'],
  ])('reads %s as held now', (_label, body, office) => {
    expect(offices(`Headline\n\n${body}`, 'Kibet')).toEqual([office]);
  });

  it.each([
    ['a year that may be long past', 'Chepkoech Jerop Kibet was sworn in as Uasin Gishu Governor in 2013.', []],
    ['a year and a month', 'Chepkoech Jerop Kibet, who was sworn in as Kericho Governor in August 2022, spoke.', []],
    ['"had been sworn in"', 'Chepkoech Jerop Kibet had been sworn in as Energy CS before the scandal broke.', []],
    ['a start still to come', 'Chepkoech Jerop Kibet was appointed Principal Secretary for Housing with effect from next month.', []],
    ['no office after "appointed"', 'Chepkoech Jerop Kibet was appointed to the board of Kenya Power.', []],
    ['an acting office, its own reader\'s', 'Chepkoech Jerop Kibet was appointed acting Trade CS on Monday.', ['Cabinet Secretary of Trade (acting)']],
  ])('reads no office held now: %s', (_label, body, roles) => {
    expect(offices(`Headline\n\n${body}`, 'Kibet')).toEqual(roles);
  });
});

describe('an office after the verb to be, its "-elect" included', () => {
  it.each([
    ['"Y\'s running mate, X, is now the Deputy Governor-elect."', "Headline\n\nNdirangu's running mate, Chepkoech Jerop Kibet, is now the Deputy Governor-elect.", 'Deputy Governor (incoming)'],
    ['"X, who is now Senator-elect,"', 'Headline\n\nFormer Kajiado East MP Chepkoech Jerop Kibet, who is now Senator-elect, won the seat.', 'Senator (incoming)'],
    ['"X is the Nyeri Deputy Governor."', 'Headline\n\nChepkoech Jerop Kibet is the Nyeri Deputy Governor.', 'Deputy Governor of Nyeri (current)'],
  ])('reads %s', (_label, text, office) => {
    expect(offices(text, 'Kibet')).toContain(office);
  });
});

describe('words that keep an office current', () => {
  it('reads "The sitting MP, X, is defending the seat" as the seat held now, and sought again', () => {
    const text = 'Headline\n\nIn Naivasha, the race is open. The sitting MP, Kiptoo Kiprop Chelanga, is defending the seat on a Jubilee ticket.';
    expect(offices(text, 'Chelanga')).toEqual(['MP (current)', 'MP (aspiring)']);
  });
});

describe('an office passing from one person to another', () => {
  it('reads "X replaced Y as Majority Leader of the … Assembly in June": X holds it, Y held it', () => {
    const text = 'Headline\n\nKibet replaced Mwangi Kariuki Ndirangu as Majority Leader of the Nakuru County Assembly in June. Chepkoech Jerop Kibet spoke later.';
    expect(offices(text, 'Ndirangu')).toEqual(['Majority Leader of Nakuru County Assembly (former)']);
    expect(offices(text, 'Kibet')).toEqual(['Majority Leader of Nakuru County Assembly (current)']);
  });

  it('reads "X had succeeded Y as Lands PS in 2014" as Y\'s former office, and says nothing of X now', () => {
    const text = "Headline\n\nDr Chepkoech Jerop Kibet had succeeded Mwangi Kariuki Ndirangu as Lands PS in 2014, after Ndirangu was moved.";
    expect(offices(text, 'Ndirangu')).toEqual(['Principal Secretary of Lands (former)']);
    expect(offices(text, 'Kibet')).toEqual([]);
  });

  it.each([
    ['"X, who was replaced as Majority Leader by Y in January,"', 'Mwangi Kariuki Ndirangu, who was replaced as Majority Leader by Chepkoech Jerop Kibet in January, said he had no regrets.', ['Majority Leader (former)'], ['Majority Leader (current)']],
    ['"X was replaced as Majority Leader of the … Assembly by Y"', 'Mwangi Kariuki Ndirangu was replaced as Majority Leader of the Nakuru County Assembly by Chepkoech Jerop Kibet on Tuesday.', ['Majority Leader of Nakuru County Assembly (former)'], ['Majority Leader of Nakuru County Assembly (current)']],
    ['"X was replaced as Lands PS by Y in 2014": the title\'s place between, the change dated', 'Mwangi Kariuki Ndirangu was replaced as Lands PS by Chepkoech Jerop Kibet in 2014.', ['Principal Secretary of Lands (former)'], []],
    ['"X, who had been replaced as Speaker by Y,": Y\'s office now unsaid', 'Mwangi Kariuki Ndirangu, who had been replaced as Speaker by Chepkoech Jerop Kibet, spoke.', ['Speaker (former)'], []],
    ['"X was replaced by Y as the team captain": no office', 'Mwangi Kariuki Ndirangu was replaced by Chepkoech Jerop Kibet as the team captain.', [], []],
  ])('reads the change told from the one who left: %s', (_label, sentence, left, came) => {
    const text = `Headline\n\n${sentence}`;
    expect(offices(text, 'Ndirangu')).toEqual(left);
    expect(offices(text, 'Kibet')).toEqual(came);
  });
});

describe('an acting office given, an office named as left', () => {
  it('reads "X has been appointed acting PS until …" as an acting office', () => {
    const text = 'Headline\n\nHer deputy, Chepkoech Jerop Kibet, has been appointed acting PS until a substantive holder is vetted.';
    expect(offices(text, 'Kibet')).toEqual(['Principal Secretary (acting)']);
  });

  it('reads "X, who resigned as chairperson of the Y Trustees last month," as a former office', () => {
    const text = 'Headline\n\nChepkoech Jerop Kibet, who resigned as chairperson of the Settlement Fund Trustees last month, spoke.';
    expect(offices(text, 'Kibet')).toEqual(['Chairperson of Settlement Fund Trustees (former)']);
  });
});

describe('an office told with a verb', () => {
  it('reads "X, who was T until his death, served as Y MP between 2007 and 2017" as both offices, former', () => {
    const text = 'Headline\n\nChirchir, who was Nandi Senator until his death in May, served as Aldai MP between 2007 and 2017 before winning the Senate seat.';
    expect(offices(text, 'Chirchir')).toEqual(['Senator of Nandi (former)', 'MP of Aldai (former)']);
  });

  it('reads "X still farms, as she did when she was Y Woman Representative between 2013 and 2017" as a former office', () => {
    const text = 'Headline\n\nChepkoech Jerop Kibet still wakes up at five, as she did when she was Nandi Woman Representative between 2013 and 2017.';
    expect(offices(text, 'Kibet')).toEqual(['Woman Representative of Nandi (former)']);
  });

  it('gives "When he was MP, from 2008 to 2013, he …" to the one person of the sentence before', () => {
    const text = 'Headline\n\nKiprop Kibet Chirchir is now a pastor in Kapsabet. When he was MP, from 2008 to 2013, he walked out of every budget reading.';
    expect(offices(text, 'Chirchir')).toEqual(['MP (former)']);
  });

  it('gives "when she was T" to no one when someone else stands before the pronoun', () => {
    const text = 'Headline\n\nOtieno Wafula Barasa met Chepkoech Jerop Kibet, who spoke of the days when she was Nyeri Governor.';
    expect(offices(text, 'Barasa')).toEqual([]);
  });

  it('reads "who was Senate Majority Leader when the bill passed in 2024" as a former office', () => {
    const text = 'Headline\n\nAmong the mourners was Narok Senator Kiprop Kibet Chirchir, who was Senate Majority Leader when the tea bill passed in 2024.';
    expect(offices(text, 'Chirchir')).toEqual(['Senator of Narok (current)', 'Majority Leader of Senate (former)']);
  });
});

describe('a former office and a present one in one apposition', () => {
  it('reads "X, a former Aldai MP who is now the party\'s presidential hopeful," as both', () => {
    const text = "Headline\n\nThe Tumaini Bora Party (TBP) met. TBP leader Dr Kiprop Kibet Chirchir, a former Aldai MP who is now the party's presidential hopeful, spoke.";
    expect(offices(text, 'Chirchir')).toEqual(['Party Leader of TBP (current)', 'MP of Aldai (former)', 'President (aspiring)']);
  });
});

describe('more wordings of an office held', () => {
  it('reads "X, who was the county\'s first governor from March 2013 until his death," as a former Governor', () => {
    const text = "Headline\n\nNdirangu's predecessor, Kiprop Kibet Chirchir, who was the county's first governor from March 2013 until his death in 2014, had faced a similar motion.";
    expect(offices(text, 'Chirchir')).toEqual(['Governor (former)']);
  });

  it('reads "The assembly\'s Speaker, X," as the Speaker, still in office though suspended', () => {
    const text = 'Headline\n\nThe assembly\'s Speaker, Kiprop Kibet Chirchir, was suspended by the Nandi County Assembly in August.';
    expect(offices(text, 'Chirchir')).toEqual(['Speaker (current)']);
  });
});

describe('a party or a race left is no office left', () => {
  it('keeps the seat of "Nominated MCA X, who resigned from UDA last week,"', () => {
    const text = 'Headline\n\nNominated MCA Chepkoech Jerop Kibet resigned from UDA last week.';
    expect(offices(text, 'Kibet')).toEqual(['MCA (current)']);
  });

  it('reads no death in "X succumbed to pressure and withdrew"', () => {
    const text = 'Headline\n\nNandi Senator Chepkoech Jerop Kibet succumbed to pressure and withdrew the bill.';
    expect(offices(text, 'Kibet')).toEqual(['Senator of Nandi (current)']);
  });
});

describe('a second office after a calling, and a nomination to replace', () => {
  it('reads "X, the party\'s founder and a former Nakuru Senator," as a former Senator', () => {
    const text = "Headline\n\nThe Tumaini Bora Party (TBP) met. TBP leader Kiprop Kibet Chirchir, the party's founder and a former Nakuru Senator, played down the exits.";
    expect(offices(text, 'Chirchir')).toEqual(['Party Leader of TBP (current)', 'Senator of Nakuru (former)']);
  });

  it('reads "had nominated land economist X to replace Y" as Y\'s office, incoming', () => {
    const text = 'Headline\n\nThe President sacked Lands Cabinet Secretary Hamisi Juma Mwakulima. He had nominated land economist Kiprop Kibet Chirchir to replace Mwakulima.';
    expect(offices(text, 'Chirchir')).toEqual(['Cabinet Secretary of Lands (incoming)']);
  });
});

describe('a calling and a former standing', () => {
  it('reads no office in "X, an Alliance High School alumnus and a former student leader,"', () => {
    const text = 'Headline\n\nIn Starehe, MP Kiprop Kibet Chirchir, an Alliance High School alumnus and a former student leader, has been hosting town halls.';
    expect(offices(text, 'Chirchir')).toEqual(['MP (current)']);
  });
});

describe('"He was T until YEAR" after the sentence that names him', () => {
  it('reads a former office of the one person of the sentence before', () => {
    const text = "Headline\n\nThe TBP's secretary-general, Kiprop Kibet Chirchir, knows what losing feels like. He was Aldai MP until 2022, when he lost the seat by 412 votes.";
    expect(offices(text, 'Chirchir')).toContain('MP of Aldai (former)');
  });
});

describe('an office taken up', () => {
  it('reads "X became Trade CS in last month\'s reshuffle" as the office held now', () => {
    const text = "Headline\n\nOutgoing Energy CS Kiprop Kibet Chirchir spoke. Chirchir became Trade CS in last month's Cabinet reshuffle.";
    expect(offices(text, 'Chirchir')).toContain('Cabinet Secretary of Trade (current)');
  });

  it('reads nothing of "X became Trade CS in 2013", an office a past year dates', () => {
    const text = 'Headline\n\nKiprop Kibet Chirchir became Trade CS in 2013.';
    expect(offices(text, 'Chirchir')).toEqual([]);
  });
});

describe('an office after an apposition and the verb to be', () => {
  it('reads "X, P\'s candidate in the … by-election, is a one-time Y MCA who …" as a former MCA', () => {
    const text = "Headline\n\nThe Tumaini Bora Party (TBP) met. Kiprop Kibet Chirchir, TBP's candidate in the Aldai by-election, is a one-time Kobujoi MCA who has campaigned on water.";
    expect(offices(text, 'Chirchir')).toContain('MCA of Kobujoi (former)');
  });

  it('reads no office in "X, a farmer, is a member of the P"', () => {
    const text = 'Headline\n\nKiprop Kibet Chirchir, a farmer, is a member of the TBP.';
    expect(offices(text, 'Chirchir')).toEqual([]);
  });
});

describe('a title set off before the run\'s own', () => {
  it('dates only itself: "The acting Speaker, Deputy Speaker X," is the acting Speaker and the Deputy Speaker', () => {
    const text = 'Headline\n\nThe acting Speaker, Deputy Speaker Awino Achieng Khaemba, said the assembly would follow the law.';
    expect(offices(text, 'Awino Achieng Khaemba').sort()).toEqual(['Deputy Speaker (current)', 'Speaker (acting)']);
  });
});

describe('an office taken up as "the new" one', () => {
  it.each([
    ['Chepkoech Jerop Kibet was on Monday sworn in as the new Trade CS.', 'Cabinet Secretary of Trade (current)'],
    ['Chepkoech Jerop Kibet was sworn in as the new Principal Secretary for the State Department for Livestock Development.', 'Principal Secretary of Livestock Development (current)'],
  ])('"%s"', (sentence, office) => {
    expect(offices(`Headline\n\n${sentence}`, 'Kibet')).toEqual([office]);
  });

  it('reads nothing for "the new chairman of the board", nor an office dated by a year', () => {
    expect(offices('Headline\n\nChepkoech Jerop Kibet was sworn in as the new chairman of the board.', 'Kibet')).toEqual([]);
    expect(offices('Headline\n\nChepkoech Jerop Kibet was sworn in as the new Principal Secretary for the State Department for Livestock Development in 2019.', 'Kibet')).toEqual([]);
  });
});
