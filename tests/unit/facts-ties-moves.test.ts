/**
 * Party ties where the person's words or the sentence's shape could mislead:
 * a ticket named inside someone's quote is no tie of a person named in the
 * question before it, and a move stated after a title set off by commas
 * ("The Secretary-General, X, resigned … and quit the P to join Q") is the
 * person's; so is "The immediate former P Secretary-General, X, quit the party
 * in August to join Q", the sentence's own verb. A row of an election's
 * results, "X (P) – 3,877", is the party X stood for. "X on Sunday returned
 * to UDA, the party he left in 2016" joined it again, having left it; so did
 * "X, who quit the TBP and returned to UDA". "X is running as an independent
 * after quitting ODM" and "X, who …, after he quit ODM in October" left it.
 * "Expelled from P in 2019 but readmitted in 2021" did not leave it; "joined P
 * in 2010 and left in 2021" did.
 * "X announced he was quitting P to join Q" left P and joined Q ("said he was
 * not quitting", "was considering quitting" did not). "X, a former P MP who
 * decamped to Q," left P (no membership of P held now), as "who was elected on a
 * P ticket before joining Q" did.
 * Each case is a short invented text with its ties written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { factReaders } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();
const { allTies } = factReaders(pack);

const opening = 'Headline\n\nThe Tumaini Bora Party (TBP) met in Nakuru.\n\n';

describe('a move after a title set off by commas', () => {
  it('reads "The Secretary-General, X, resigned as Secretary-General and quit the TBP to join UDA" as left and joined', () => {
    const text = `${opening}The Secretary-General, Kiprop Kibet Chirchir, resigned as Secretary-General and quit the TBP in the afternoon to join UDA.`;
    expect(allTies(text, 'Chirchir')).toEqual(['TBP left', 'UDA joined']);
  });
});

describe('a ticket inside a quote', () => {
  it('gives no candidacy to the one named in the question: "Asked whether he would follow X to UDA, he said: “I was elected on a TBP ticket …”"', () => {
    const text = `${opening}Laikipia North MP Mwangi Kariuki Ndirangu is the party's only MP. Asked whether he would follow Chirchir to UDA, he said: "I was elected on a TBP ticket, and I will finish my term on a TBP ticket."`;
    expect(allTies(text, 'Chirchir')).toEqual([]);
  });
});

describe('a ticket after a seat\'s place', () => {
  it('gives the ticket to the subject, not to the place of the seat it served: "X, …, served as Aldai MP … before winning the Senate seat on a P ticket"', () => {
    const text = `${opening}Chirchir, who was Nandi Senator until his death, served as Aldai MP between 2007 and 2017 before winning the Senate seat on a TBP ticket in 2022.`;
    expect(allTies(text, 'Chirchir')).toEqual(['TBP candidate']);
    expect(allTies(text, 'Aldai')).toEqual([]);
  });
});

describe('a standing kept', () => {
  it('reads "X, who remains a P member," as a membership', () => {
    const text = `${opening}Chirchir, who remains a TBP member, said he would back the governor.`;
    expect(allTies(text, 'Chirchir')).toEqual(['TBP member']);
  });
});

describe('an expulsion', () => {
  it('reads "said the party had expelled X on Monday" as X having left the party the sentence names', () => {
    const text = `${opening}TBP chairman Otieno Wafula Barasa said the party had expelled Chirchir on Monday.`;
    expect(allTies(text, 'Chirchir')).toEqual(['TBP left']);
  });

  it('reads nothing of "the party had expelled members who …" for a person named later', () => {
    const text = `${opening}TBP chairman Otieno Wafula Barasa said the party had expelled two MCAs, and Chirchir welcomed the move.`;
    expect(allTies(text, 'Chirchir')).toEqual([]);
  });
});

describe('a running mate set off by commas', () => {
  it('reads "Y\'s running mate, X, is now …" as the Running Mate', () => {
    const { roles } = factReaders(pack);
    const text = "Headline\n\nNdirangu's running mate, Kiprop Kibet Chirchir, is now the Deputy Governor-elect.";
    expect(roles(text, 'Chirchir').map((role) => role?.title)).toContain('Running Mate');
  });
});

describe('a membership a clause says ended', () => {
  it('reads "X, a P-allied governor who was a member of Q until 2021," as allied to P and left Q', () => {
    const text = `${opening}Marsabit Governor Molu Diba Elemu, a TBP-allied governor who was a member of ODM until 2021, congratulated the winner.`;
    expect(allTies(text, 'Elemu')).toEqual(['TBP ally', 'ODM left']);
  });

  it('reads "X, a former Deputy Governor who was a Q member until she founded the P," as left Q', () => {
    const text = `${opening}TBP leader Kerubo Nyaboke Oigaro, a former Nyamira Deputy Governor who was an ODM member until she founded the TBP in 2024, said the coalition was ready.`;
    expect(allTies(text, 'Oigaro')).toContain('ODM left');
    expect(allTies(text, 'Oigaro')).not.toContain('ODM member');
  });

  it('reads "X had been a Q member until March" as left Q', () => {
    const text = `${opening}Kiprop Kibet Chirchir had been a card-carrying ODM member until March.`;
    expect(allTies(text, 'Chirchir')).toEqual(['ODM left']);
  });

  it('gives the ended membership to no one when "who" may be someone else\'s: "X, an aide to the governor who was a member of Q until 2021"', () => {
    const text = `${opening}Kiprop Kibet Chirchir, an aide to the governor who was a member of ODM until 2021, spoke.`;
    expect(allTies(text, 'Chirchir')).toEqual([]);
  });

  it('gives it to the one "who" follows: "X met Y, who was a member of Q until 2021"', () => {
    const text = `${opening}Kiprop Kibet Chirchir met Mwangi Kariuki Ndirangu, who was a member of ODM until 2021.`;
    expect(allTies(text, 'Chirchir')).toEqual([]);
    expect(allTies(text, 'Ndirangu')).toEqual(['ODM left']);
  });
});

describe('a move after a nickname in quotation marks', () => {
  it.each([
    ['Lurambi MP Simiyu Wangamati Barasa, popularly known as "Baba Mboga", has ditched the TBP for ODM.', ['TBP left', 'ODM joined']],
    ['Kiambu MCA Njoroge Kamau Mwangi, alias "Mzee wa Kazi", joined the TBP on Friday.', ['TBP joined']],
  ])('reads "%s" as the move of the one nicknamed', (sentence, expected) => {
    const name = sentence.includes('Barasa') ? 'Barasa' : 'Mwangi';
    expect(allTies(`${opening}${sentence}`, name)).toEqual(expected);
  });
});

/** The ties a profile shows, as `party (relation[, tense])`. */
const published = (text: string, name: string) =>
  (summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name))?.parties ?? []).map((tie) => `${tie.party} (${tie.relation}${tie.tense && tie.tense !== 'current' ? `, ${tie.tense}` : ''})`).sort();

describe('"quit the party" as the verb of the sentence\'s subject', () => {
  it('"The immediate former TBP Secretary-General, X, quit the party in August to join UDA": left and joined, the office over', () => {
    const text = `${opening}The immediate former TBP Secretary-General, Kiprop Kibet Chirchir, quit the party in August to join UDA.`;
    expect(published(text, 'Chirchir')).toEqual(['Tumaini Bora Party (left)', 'United Democratic Alliance (joined)']);
  });

  it('"Former TBP chairman X has since quit the party": left', () => {
    const text = `${opening}Former TBP chairman Kiprop Kibet Chirchir has since quit the party.`;
    expect(published(text, 'Chirchir')).toContain('Tumaini Bora Party (left)');
  });

  it('one who only says that someone else quit, or meets one who did, left nothing', () => {
    const said = `${opening}The TBP chairman, Kiprop Kibet Chirchir, said that Omari Salim Bakari quit the party in August.`;
    expect(published(said, 'Chirchir')).not.toContain('Tumaini Bora Party (left)');
    const met = `${opening}TBP chairman Kiprop Kibet Chirchir met Omari Salim Bakari, who quit the party in August.`;
    expect(published(met, 'Chirchir')).not.toContain('Tumaini Bora Party (left)');
    expect(published(met, 'Bakari')).toEqual(['Tumaini Bora Party (left)']);
  });
});

describe('a row of an election\'s results', () => {
  it('"X (P) – 3,877", "X (P): 12,004 votes": the party the person stood for', () => {
    const rows = 'Headline\n\nResults as announced by the IEBC:\n\nWekesa Barasa Nyongesa (UDA) – 4,102\n\nAchieng Atieno Odera (ODM) – 3,877\n\nKiplagat Ruto Chebet (Independent) – 611';
    expect(published(rows, 'Nyongesa')).toEqual(['United Democratic Alliance (candidate)']);
    expect(published(rows, 'Odera')).toEqual(['Orange Democratic Movement (candidate)']);
    expect(published('Headline\n\nThe tally: Wekesa Barasa Nyongesa (UDA): 12,004 votes.', 'Nyongesa')).toEqual(['United Democratic Alliance (candidate)']);
  });

  it('"X (P)" with no votes after it stays a membership', () => {
    expect(published('Headline\n\nWekesa Barasa Nyongesa (UDA) and Achieng Atieno Odera (ODM) attended the meeting.', 'Nyongesa')).toEqual(['United Democratic Alliance (member)']);
  });
});

describe('a party joined again', () => {
  it('"X on Sunday returned to UDA, the party he left in 2016": joined, and left before', () => {
    const text = `${opening}Former Molo MP Kiprop Kibet Chirchir on Sunday returned to UDA, the party he left in 2016, at a rally in Elburgon.`;
    expect(published(text, 'Chirchir')).toEqual(['United Democratic Alliance (joined)', 'United Democratic Alliance (left)']);
  });

  it('"X, who quit the TBP on Thursday and returned to UDA": left one, joined the other', () => {
    const text = `${opening}The meeting was overshadowed by the exit of Molo MP Kiprop Kibet Chirchir, who quit the TBP on Thursday and returned to UDA.`;
    expect(published(text, 'Chirchir')).toEqual(['Tumaini Bora Party (left)', 'United Democratic Alliance (joined)']);
  });

  it('returning to a party\'s offices, or voters returning to it, is no move of the person', () => {
    expect(published(`${opening}Kiprop Kibet Chirchir returned to the UDA offices on Monday to collect his papers.`, 'Chirchir')).toEqual([]);
    expect(published(`${opening}Kiprop Kibet Chirchir said Molo voters had returned to UDA in large numbers.`, 'Chirchir')).toEqual([]);
  });
});

describe('a move told as what came before: "after quitting P", "after he quit P"', () => {
  it.each([
    [`${opening}Kiprop Kibet Chirchir is running as an independent after quitting the TBP in October.`],
    [`${opening}Her main challenger is Kiprop Kibet Chirchir, who served as the late MP's aide for eight years and is running as an independent after he quit the TBP in October.`],
  ])('"%s": left', (text) => {
    expect(published(text, 'Chirchir')).toEqual(['Tumaini Bora Party (left)']);
  });

  it('after someone else quit, nothing', () => {
    expect(published(`${opening}Kiprop Kibet Chirchir criticised Senator Nafula Auma Wanyonyi after she quit the TBP in October.`, 'Chirchir')).toEqual([]);
    expect(published(`${opening}Kiprop Kibet Chirchir spoke after the governor quit the TBP in October.`, 'Chirchir')).toEqual([]);
  });
});

describe('a move undone, or a party joined then left, in one clause', () => {
  it.each([
    ['"was expelled from the TBP in 2019 but readmitted in 2021"', 'Nyando MP Odhiambo Owino Okumu was expelled from the TBP in 2019 but readmitted in 2021.'],
    ['"quit the TBP in 2017, only to return a year later"', 'Nyando MP Odhiambo Owino Okumu quit the TBP in 2017, only to return a year later.'],
  ])('gives no "left": %s', (_label, body) => {
    expect(allTies(`${opening}${body}`, 'Okumu')).toEqual([]);
  });

  it('keeps the party left when another party is the one returned to: "quit the TBP in 2017 but returned to UDA"', () => {
    expect(allTies(`${opening}Nyando MP Odhiambo Owino Okumu quit the TBP in 2017 but returned to UDA in 2020.`, 'Okumu')).toContain('TBP left');
  });

  it('reads "joined the TBP in 2010 and left in 2021" as joined, then left', () => {
    expect(allTies(`${opening}Mavoko MP Nzau Kioko Wambua joined the TBP in 2010 and left in 2021 to join UDA.`, 'Wambua')).toEqual(expect.arrayContaining(['TBP joined', 'TBP left']));
  });

  it('leaves a party joined as joined: "joined the TBP in 2010 and has stayed"', () => {
    expect(allTies(`${opening}Mavoko MP Nzau Kioko Wambua joined the TBP in 2010 and has stayed since.`, 'Wambua')).toEqual(['TBP joined']);
  });
});

describe('a move announced as it was made', () => {
  it('reads "X announced he was quitting P to join Q" as left and joined', () => {
    const text = `${opening}Kanduyi MCA Dennis Wanjala Mukoya announced he was quitting the TBP to join UDA.`;
    expect(allTies(text, 'Mukoya')).toEqual(['TBP left', 'UDA joined']);
  });

  it('gives nothing for "said he was not quitting", "was considering quitting", "denied reports that he was quitting"', () => {
    for (const said of ['said he was not quitting', 'said he was considering quitting', 'denied reports that he was quitting']) {
      expect(allTies(`${opening}Kanduyi MCA Dennis Wanjala Mukoya ${said} the TBP to join UDA.`, 'Mukoya')).toEqual([]);
    }
  });

  it('gives the speaker nothing for another\'s move: "X said Governor Y was quitting P to join Q"', () => {
    const text = `${opening}Kanduyi MCA Dennis Wanjala Mukoya said Governor Amos Liyayi Wekesa was quitting the TBP to join UDA.`;
    expect(allTies(text, 'Mukoya')).toEqual([]);
  });
});

describe('a move told in an apposition after the seat\'s party', () => {
  it.each([
    ['Kimani Njoroge Wairimu, a former TBP MP who decamped to UDA, spoke at the rally.'],
    ['Kimani Njoroge Wairimu, the TBP MCA who defected to UDA in May, spoke at the rally.'],
  ])('reads "%s" as the seat\'s party left, no membership held now', (sentence) => {
    expect(allTies(`${opening}${sentence}`, 'Wairimu').sort()).toEqual(['TBP left', 'UDA joined']);
  });

  it('keeps the membership when the clause tells no move: "a TBP MCA who joined the UDA campaign team"', () => {
    expect(allTies(`${opening}Kimani Njoroge Wairimu, a TBP MCA who joined the UDA campaign team, spoke.`, 'Wairimu')).toEqual(['TBP member']);
  });

  it('reads "who was elected on a P ticket before joining Q" as P left and Q joined', () => {
    expect(allTies(`${opening}Kimani Njoroge Wairimu, who was elected on a TBP ticket in 2022 before joining UDA last year, spoke.`, 'Wairimu').sort()).toEqual(['TBP candidate', 'TBP left', 'UDA joined']);
  });
});
