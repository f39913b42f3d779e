/**
 * Offices held in a party or a body, in the wordings the seventh facts-dev
 * batch (fd53-fd60) leans on: a seat sought as a party's candidate ("the P's
 * presidential hopeful"), an office scoped to a region ("its deputy
 * secretary-general for Zanzibar"), a body written by an acronym the article
 * spells out only elsewhere ("Kenyan EALA MP X" beside "the East African
 * Legislative Assembly"). One office is one title however it is worded
 * ("Party deputy leader X", "JDC deputy party leader X", "the party's deputy
 * leader, X"). Who leads a party somewhere ("X, the UDA leader in Kisumu")
 * is a member, no Party Leader. "X is the Deputy Party Leader of the P" names
 * no party called "Deputy Party"; "X, who doubles as the Deputy Party Leader
 * of the P" and "X, who was elected Secretary-General of the P in May" hold
 * the office (not after "an ally of Governor Y, who …": Y's clause). Each
 * case is a short invented text with its facts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const personIn = (text: string, name: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name));
const offices = (text: string, name: string) => (personIn(text, name)?.roles ?? []).map((role) => `${role.title}${role.organisation ? ` of ${role.organisation}` : ''} (${role.tense})`);
const partyTies = (text: string, name: string) => (personIn(text, name)?.parties ?? []).map((tie) => `${tie.party} ${tie.relation}`);

describe('a seat sought as a party\'s candidate', () => {
  const text =
    "Headline\n\nThe delegation was led by Prof Nafula Wanyama Simiyu, the Tumaini Bora Party (TBP) leader and the Umoja Alliance's presidential hopeful.";

  it('is the seat, aspiring, held in no party', () => {
    expect(offices(text, 'Simiyu')).toContain('President (aspiring)');
    expect(offices(text, 'Simiyu').filter((office) => office.startsWith('President of'))).toEqual([]);
  });

  it('ties the person to the party as its candidate, not by a relation called "President"', () => {
    expect(partyTies(text, 'Simiyu')).toContain('Umoja Alliance candidate');
    expect(partyTies(text, 'Simiyu').filter((tie) => tie.endsWith('President'))).toEqual([]);
  });
});

describe('a party office held for a region', () => {
  it('keeps the office without its region: "its deputy secretary-general for Zanzibar, X"', () => {
    const text =
      "Headline\n\nTanzania's ruling Chama Cha Mapinduzi (CCM) was represented by its deputy secretary-general for Zanzibar, Halima Shabani Mtengeti, who spoke first.";
    // (By the full name the article gives: the bare letters are also the Kenyan pack's Chama Cha Mashinani.)
    expect(offices(text, 'Mtengeti')).toEqual(['Deputy Secretary-General of Chama Cha Mapinduzi (current)']);
  });
});

describe('a body written by its acronym', () => {
  it('is the one name the article spells out for it elsewhere: "Kenyan EALA MP X" … "the East African Legislative Assembly"', () => {
    const text =
      'Headline\n\nKenyan EALA MP Sahra Abdinoor Gelle said the East African Legislative Assembly would table a motion on party funding.';
    expect(offices(text, 'Gelle')).toEqual(['MP of East African Legislative Assembly (current)']);
  });

  it('stays as written where the article spells out no such name', () => {
    expect(offices('Headline\n\nKenyan EALA MP Sahra Abdinoor Gelle said the motion would be tabled.', 'Gelle')).toEqual(['MP of EALA (current)']);
  });
});

describe('an office given with "its" after the party the subject joined', () => {
  it('reads "X left P for Q in 2024 and was elected its party leader in March" as Q\'s Party Leader', () => {
    const text = 'Headline\n\nProf Wangari Nduta Mwihaki left Jubilee for the Kenya Shambani Forum (KSF) in 2024 and was elected its party leader in March.';
    expect(offices(text, 'Mwihaki')).toContain('Party Leader of KSF (current)');
    expect(partyTies(text, 'Mwihaki')).toContain('Kenya Shambani Forum leader');
  });

  it('gives the office to no one when another person stands between', () => {
    const text = 'Headline\n\nProf Wangari Nduta Mwihaki left Jubilee for the Kenya Shambani Forum (KSF) in 2024, and Dr Otieno Odera Ouma was elected its party leader.';
    expect(offices(text, 'Mwihaki')).not.toContain('Party Leader of KSF (current)');
  });
});

describe('a seat in brackets after the name', () => {
  const text =
    'Headline\n\nMPs Kiprugut Kimaru Limo (Kilgoris Ololulunga) and Kipsiele Sogomo Rerimoi (Baringo Central), both of UDA, backed the bill. But Apondi Owegi Ogwel (Rarieda), the ODM-allied first-term MP, disagreed.';

  it('gives each listed MP the plural\'s title and their own seat, and the party after the list', () => {
    expect(offices(text, 'Limo')).toEqual(['MP of Kilgoris Ololulunga (current)']);
    expect(offices(text, 'Rerimoi')).toEqual(['MP of Baringo Central (current)']);
    expect(partyTies(text, 'Rerimoi')).toEqual(['United Democratic Alliance member']);
  });

  it('reads the apposition after the bracket: "X (Rarieda), the ODM-allied first-term MP,"', () => {
    expect(offices(text, 'Ogwel')).toEqual(['MP of Rarieda (current)']);
    expect(partyTies(text, 'Ogwel')).toEqual(['Orange Democratic Movement ally']);
  });

  it('reads the apposition after a caption\'s pointer: "X (pictured), the Kitui Senator,"', () => {
    expect(offices('Headline\n\nMutuku Kyalo Nzioki (pictured), the Kitui Senator, opposed the bill.', 'Nzioki')).toEqual(['Senator of Kitui (current)']);
    expect(offices('Headline\n\nMr Mutuku Kyalo Nzioki (left), the Kitui Governor, and his deputy opened the clinic.', 'Nzioki')).toEqual(['Governor of Kitui (current)']);
    expect(offices('Headline\n\nMr Mutuku Kyalo Nzioki (pictured) opposed the bill.', 'Nzioki')).toEqual([]);
  });

  it('takes no common word in brackets for a seat: "Senator X (Nominated)"', () => {
    expect(offices('Headline\n\nSenator Mumbua Kaloki Mwongeli (Nominated) spoke.', 'Mwongeli')).toEqual(['Senator (current)']);
  });
});

describe('offices after a title, a bracket or a clause', () => {
  it('reads "X (UDA), who chairs the Departmental Committee on Education"', () => {
    const text = 'Headline\n\nThe bill was moved by Mumias East MP Wafula Makhoha Omusula (UDA), who chairs the Departmental Committee on Education.';
    expect(offices(text, 'Omusula')).toContain('Chairman of Departmental Committee on Education (current)');
  });

  it('reads "Nominated MP X, the Party Whip of the P (ACR) in the House," as a second office', () => {
    const text = 'Headline\n\nNominated MP Kagendo Kathambi Mbiti, the Party Whip of the Tumaini Bora Party (TBP) in the House, asked whether the SRC had been consulted.';
    expect(offices(text, 'Mbiti')).toContain('Party Whip of Tumaini Bora Party (current)');
    expect(partyTies(text, 'Mbiti')).toContain('Tumaini Bora Party Party Whip');
  });

  it('reads "The P, which was registered in 2025, is led by X" as its Party Leader', () => {
    const text = 'Headline\n\nThe Tumaini Bora Party (TBP) opposed the bill. The TBP, which was registered in 2025, is led by Dr Mutheu Kanyiva Kitavi, a former Makueni County Woman Representative.';
    expect(offices(text, 'Kitavi')).toContain('Party Leader of TBP (current)');
  });
});

describe('an office given after a move', () => {
  it('reads "X, who left UDA for the P in July, was elected Deputy Party Leader" as an office of the party moved to', () => {
    const text = 'Headline\n\nThe Tumaini Bora Party (TBP) met on Friday. Moiben MP Hon. Jepchirchir Sambu Kimoi, who left UDA for the TBP in July, was elected Deputy Party Leader, a post that had been vacant since April.';
    expect(offices(text, 'Kimoi')).toContain('Deputy Party Leader of TBP (current)');
    expect(partyTies(text, 'Kimoi')).toEqual(expect.arrayContaining(['United Democratic Alliance left', 'Tumaini Bora Party joined', 'Tumaini Bora Party Deputy Party Leader']));
  });

  it('reads the title of an office held before a move: "the immediate former Secretary-General, Eng. X, quit the party"', () => {
    const text = 'Headline\n\nThe meeting was called after the immediate former Secretary-General, Eng. Gitonga Wahinya Kagiri, quit the party to join UDA.';
    expect(offices(text, 'Kagiri')).toContain('Secretary-General (former)');
  });
});

describe('a membership in a party whose name has a particle', () => {
  it('reads "X, a member of the Chama cha Wananchi-Kenya (CCW-K)," as a member of it', () => {
    const text = 'Headline\n\nMombasa Woman Representative Kadzo Mwarandu Dzeha spoke. Dzeha, a member of the Chama cha Wananchi-Kenya (CCW-K), took to her X account to oppose the charge.';
    expect(partyTies(text, 'Dzeha')).toContain('Chama cha Wananchi-Kenya member');
  });
});

describe('a party\'s deputy leader, however worded', () => {
  const opening = 'Headline\n\nThe Jumuia Democratic Congress (JDC) held its delegates meeting in Nakuru on Monday.';
  it.each([
    ['"Party deputy leader X"', 'Party deputy leader Achieng Awuor Odera said the party was united.'],
    ['"JDC deputy party leader X"', 'JDC deputy party leader Achieng Awuor Odera said the party would field candidates.'],
    ['"The party\'s deputy leader, X,"', 'The party\'s deputy leader, Achieng Awuor Odera, spoke later.'],
  ])('is the Deputy Party Leader: %s', (_label, sentence) => {
    expect(partyTies(`${opening} ${sentence}`, 'Achieng Awuor Odera')).toEqual(['Jumuia Democratic Congress Deputy Party Leader']);
  });

  it('"X, the party\'s deputy leader," is one office, with no bare "Deputy Leader" beside it', () => {
    const text = `${opening} Achieng Awuor Odera, the party's deputy leader, said the meeting was a success.`;
    expect(offices(text, 'Achieng Awuor Odera')).toEqual(['Deputy Party Leader of Jumuia Democratic Congress (current)']);
  });

  it('keeps a bare office of another tense beside the party\'s: "a former deputy leader" is not the one read now', () => {
    const text = `${opening} Achieng Awuor Odera, the party's chairman and a former deputy leader, said the meeting was a success.`;
    expect(offices(text, 'Achieng Awuor Odera')).not.toContain('Deputy Party Leader of Jumuia Democratic Congress (current)');
  });

  it('"X, the deputy party leader," is given no other party the sentence before was about', () => {
    const text = `${opening} UDA Secretary-General Hassan Omar Mwinyi said the seat should be declared vacant.\n\nBut Ms Achieng Awuor Odera, the deputy party leader, said the matter was before the courts.`;
    expect(offices(text, 'Achieng Awuor Odera')).toEqual(['Deputy Party Leader (current)']);
  });
});

describe('who leads a party somewhere is no Party Leader of it', () => {
  it.each([
    ['Peter Ochieng Odhiambo, the UDA leader in Kisumu, said the ruling party had been welcomed.'],
    ['Peter Ochieng Odhiambo, the UDA leader in the Senate, did not attend.'],
  ])('"%s" gives a membership, no office of leader', (sentence) => {
    const text = `Headline\n\nThe United Democratic Alliance (UDA) met in Kisumu.\n\n${sentence}`;
    expect(offices(text, 'Peter Ochieng Odhiambo')).toEqual([]);
    expect(partyTies(text, 'Peter Ochieng Odhiambo')).toEqual(['United Democratic Alliance member']);
  });

  it('keeps "X, the UDA leader," the party\'s leader', () => {
    const text = 'Headline\n\nThe United Democratic Alliance (UDA) met in Kisumu.\n\nPeter Ochieng Odhiambo, the UDA leader, said the party had been welcomed.';
    expect(partyTies(text, 'Peter Ochieng Odhiambo')).toEqual(['United Democratic Alliance leader']);
  });
});

describe('an office of a party named after it, in the person\'s own clause', () => {
  const opening = 'Headline\n\nThe Tumaini Bora Party (TBP) met in Nakuru.\n\n';

  it('"X is the Deputy Party Leader of the TBP": no party called "Deputy Party"', () => {
    const text = `${opening}Ondieki Bosire Nyamweya is the Deputy Party Leader of the TBP.`;
    expect(partyTies(text, 'Nyamweya')).toEqual(['Tumaini Bora Party Deputy Party Leader']);
    expect(summarise(analyseCorpus([seed('x.txt', text)], pack)).parties.map((party) => party.name)).toEqual(['Tumaini Bora Party']);
  });

  it.each([
    ['Kitutu Chache North MP Ondieki Bosire Nyamweya, who doubles as the Deputy Party Leader of the Tumaini Bora Party (TBP), moved the motion.', 'Deputy Party Leader of Tumaini Bora Party (current)'],
    ['Ondieki Bosire Nyamweya, who was elected Secretary-General of the TBP in May, moved the motion.', 'Secretary-General of TBP (current)'],
  ])('"%s"', (sentence, office) => {
    expect(offices(`${opening}${sentence}`, 'Nyamweya')).toContain(office);
  });

  it('"X, an ally of Governor Y, who was elected …": the clause is Y\'s', () => {
    const text = `${opening}Ondieki Bosire Nyamweya, an ally of Governor Kabugi Wamaitha Njeri, who was elected Secretary-General of the TBP in May, spoke.`;
    expect(offices(text, 'Nyamweya')).toEqual([]);
  });
});
