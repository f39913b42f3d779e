/**
 * A move told of a list of people as one subject: "Khalaba MCA X, Kibingei MCA
 * Y and Maeni MCA Z, all three elected on P tickets, have defected from P to
 * the ruling Q" — each of the three left P and joined Q, not only the name next
 * to the verb; "the ruling" before the party moved to is no obstacle. Each
 * case is a short invented text with its ties written by hand; the control is
 * a list that does not open the sentence.
 * The list may open after a place ("In Rongo, X, Y and Z …") or its plural
 * ("Three MCAs, X, Y and Z, defected …", "Ward reps X and Y decamped …"), report
 * its own move ("announced that they had ditched P for Q") or tell it after
 * "and" ("have quit P and joined Q"), and a list that joins joins together. A
 * list that is someone's object ("met X and Y, who …"), a move denied ("said
 * they had not") or another group's move ("said the MCAs had ditched P") gives
 * the list nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { factReaders } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();
const { allTies } = factReaders(pack);
const personIn = (text: string, name: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name));
const moves = (text: string, name: string) => (personIn(text, name)?.parties ?? []).filter((tie) => tie.relation === 'left' || tie.relation === 'joined').map((tie) => `${tie.party} (${tie.relation})`).sort();

const opening = 'Headline\n\nThe Orange Democratic Movement (ODM) and the United Democratic Alliance (UDA) have stepped up recruitment in Bungoma.';

describe('a list of people who moved together', () => {
  const text = `${opening} Khalaba MCA Wepukhulu Makhanu Kisiangani, Kibingei MCA Ndiema Juma Khamala and Maeni MCA Soita Wanyama Nabwile, all three elected on ODM tickets last year, have defected from ODM to the ruling UDA.`;

  it.each([['Wepukhulu Makhanu Kisiangani'], ['Ndiema Juma Khamala'], ['Soita Wanyama Nabwile']])('moves %s', (name) => {
    expect(moves(text, name)).toEqual(['Orange Democratic Movement (left)', 'United Democratic Alliance (joined)']);
  });

  it('moves no one named before the list\'s verb in another role', () => {
    const other = `${opening} Governor Barasa Sitati Wekesa said Kibingei MCA Ndiema Juma Khamala and Maeni MCA Soita Wanyama Nabwile have defected from ODM to UDA.`;
    expect(moves(other, 'Barasa Sitati Wekesa')).toEqual([]);
  });
});

describe('a move told after a ticket', () => {
  it('"X, who was elected on a P ticket in 2017 before defecting to Q in 2023" left P and joined Q', () => {
    const text = `${opening} Kanduyi MP Ndiema Juma Khamala, who was elected on an ODM ticket in 2017 before defecting to the UDA in 2023, denied the claim.`;
    expect(moves(text, 'Ndiema Juma Khamala')).toEqual(['Orange Democratic Movement (left)', 'United Democratic Alliance (joined)']);
  });
});

const rallies = 'Headline\n\nThe Democratic Action Party of Kenya (DAP-K) held rallies in the west on Saturday.\n\n';
const moved = ['ODM left', 'Democratic Action Party of Kenya joined'];

describe('a list that reports its own move', () => {
  it('gives each name the move: "In Kakamega, A, B and C announced from the podium that they had ditched ODM for the DAP-K"', () => {
    const text = `${rallies}In Kakamega, Shirere MCA Violet Anyango Musimbi, Bukhungu MCA Tobias Wafula Keya and Mahiakalo MCA Dorcas Nanjala Imbuye announced from the podium that they had ditched ODM for the DAP-K.`;
    for (const name of ['Musimbi', 'Keya', 'Imbuye']) expect(allTies(text, name)).toEqual(moved);
  });

  it('gives nothing to a move denied: "A and B said they had not ditched ODM for the DAP-K"', () => {
    const text = `${rallies}Governor Otieno Kasera Obiero and Senator Millicent Awino Ngesa said they had not ditched ODM for the DAP-K.`;
    for (const name of ['Obiero', 'Ngesa']) expect(allTies(text, name)).toEqual([]);
  });

  it('gives nothing for another group\'s move: "A and B said the MCAs had ditched ODM for the DAP-K"', () => {
    const text = `${rallies}Governor Otieno Kasera Obiero and Senator Millicent Awino Ngesa said the MCAs had ditched ODM for the DAP-K.`;
    for (const name of ['Obiero', 'Ngesa']) expect(allTies(text, name)).toEqual([]);
  });
});

describe('a list after its plural', () => {
  it('reads past the comma that closes it: "Three MCAs, A, B and C, defected from ODM to the DAP-K"', () => {
    const text = `${rallies}Three MCAs, Peter Kiprop Lelei, Amos Kiptoo Chebii and Ruth Jeptoo Kirwa, defected from ODM to the DAP-K on Tuesday.`;
    for (const name of ['Lelei', 'Chebii', 'Kirwa']) expect(allTies(text, name)).toEqual(moved);
  });

  it('reads a plural in lower case: "Ward reps A and B yesterday decamped from ODM to the DAP-K"', () => {
    const text = `${rallies}Ward reps Hassan Juma Bwire and Mariam Athman Dzombo yesterday decamped from ODM to the DAP-K.`;
    for (const name of ['Bwire', 'Dzombo']) expect(allTies(text, name)).toEqual(moved);
  });

  it('gives nothing to the first of a list that is an object: "Senator X met A and B, who defected from ODM to the DAP-K"', () => {
    const text = `${rallies}Senator Millicent Awino Ngesa met Peter Kiprop Lelei and Amos Kiptoo Chebii, who defected from ODM to the DAP-K on Tuesday.`;
    expect(allTies(text, 'Lelei')).toEqual([]);
    expect(allTies(text, 'Ngesa')).toEqual([]);
  });
});

describe('a list that joins', () => {
  it('gives each name the party joined: "A and B on Saturday joined the DAP-K"', () => {
    const text = `${rallies}Kitui Rural MP Mutinda Kaluki Nzoka and Mwingi West MP Kavata Mwende Kiilu on Saturday joined the DAP-K at a rally in Mwingi.`;
    for (const name of ['Nzoka', 'Kiilu']) expect(allTies(text, name)).toEqual(['Democratic Action Party of Kenya joined']);
  });

  it('reads the move told after "and": "Nyeri MCAs A and B have quit ODM and joined the DAP-K"', () => {
    const text = `${rallies}Nyeri MCAs Samuel Kinyua Wachira and Jane Wangari Muthoni have quit ODM and joined the DAP-K.`;
    for (const name of ['Wachira', 'Muthoni']) expect(allTies(text, name)).toEqual(moved);
  });
});

describe('a name set off inside a plural that moved', () => {
  it('moves the one named: "The nine MCAs, among them Majority Leader X, decamped from ODM to the DAP-K"', () => {
    const text = `${rallies}The nine MCAs, among them Majority Leader Wekesa Namwamba Situma, decamped from ODM to the DAP-K on Friday.`;
    expect(allTies(text, 'Situma')).toEqual(moved);
  });

  it('moves each of a list: "The 14 MCAs, including A and B, crossed over from ODM to the DAP-K"', () => {
    const text = `${rallies}The 14 MCAs, including Deputy Speaker Nanjala Akinyi Wabuge and Lugari MCA Shikuku Mulama Ingutia, crossed over from ODM to the DAP-K.`;
    for (const name of ['Wabuge', 'Ingutia']) expect(allTies(text, name)).toEqual(moved);
  });

  it('gives nothing when the plural did not move: "The rebel MPs, among them X, said they would not leave ODM"', () => {
    const text = `${rallies}The rebel MPs, among them Kanduyi MP Wekesa Namwamba Situma, said they would not leave ODM for the DAP-K.`;
    expect(allTies(text, 'Situma')).toEqual([]);
  });
});

describe('a move told first, its movers listed after it', () => {
  it('"Among those who crossed over from ODM to the DAP-K were A, B and C" moves each', () => {
    const text = `${rallies}Among those who crossed over from ODM to the DAP-K were Shirere MCA Violet Anyango Musimbi, Bukhungu ward rep Tobias Wafula Keya and nominated MCA Dorcas Nanjala Imbuye.`;
    for (const name of ['Musimbi', 'Keya', 'Imbuye']) expect(allTies(text, name)).toEqual(moved);
  });

  it('"Those who ditched ODM for the DAP-K on Sunday included A and B" moves each', () => {
    const text = `${rallies}Those who ditched ODM for the DAP-K on Sunday included Mumias East MP Peter Kiprop Lelei and former Senator Ruth Jeptoo Kirwa.`;
    for (const name of ['Lelei', 'Kirwa']) expect(allTies(text, name)).toEqual(moved);
  });

  it('"Among those who joined the DAP-K were A and B" gives each the party joined', () => {
    const text = `${rallies}Among those who joined the DAP-K were Lurambi MP Hassan Juma Bwire and Butere MCA Mariam Athman Dzombo.`;
    for (const name of ['Bwire', 'Dzombo']) expect(allTies(text, name)).toEqual(['Democratic Action Party of Kenya joined']);
  });

  it('gives nothing to a move denied or to those who received the movers', () => {
    const denied = `${rallies}Among those who did not defect from ODM to the DAP-K were Lurambi MP Hassan Juma Bwire and Butere MCA Mariam Athman Dzombo.`;
    for (const name of ['Bwire', 'Dzombo']) expect(allTies(denied, name)).toEqual([]);
    const received = `${rallies}Those who defected to the DAP-K last month were welcomed by Lurambi MP Hassan Juma Bwire and Butere MCA Mariam Athman Dzombo.`;
    for (const name of ['Bwire', 'Dzombo']) expect(allTies(received, name)).toEqual([]);
  });
});

describe('"crossed over from P to Q"', () => {
  it('left P and joined Q, past a clause about the person', () => {
    const text = `${rallies}Senator Halima Dhidha Wario, who was first elected in 2017, crossed over from ODM to the DAP-K in March.`;
    expect(allTies(text, 'Wario')).toEqual(moved);
  });
});
