/**
 * The facts extraction reads about people (issue #12): each role's tense and
 * one spelling of its title, party ties as news English states them, who
 * spoke each quote (or the candidates when the words do not settle it), party
 * names kept whole, and sentence openers that are no names. Every name here
 * is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract/index';
import { readRole } from '../../src/pipeline/extract/roles';
import { loadPack } from '../../src/pipeline/ingest';
import { readArticle } from '../../src/pipeline/read/index';
import { abbreviates, PartyDirectory, unrelatedFormNotes } from '../../src/pipeline/resolve/parties';
import { EMPTY_PACK } from '../../src/pipeline/pack';
import type { ArticleExtraction, Mention } from '../../src/pipeline/types';
import { fixtureSeed, seed } from './helpers';

const pack = await loadPack();

function extract(text: string): ArticleExtraction {
  const { article } = readArticle(seed('x.txt', text));
  if (!article) throw new Error('fixture did not read');
  return extractArticle(article, pack);
}

/** The first person mention called `name` (or ending in it). */
const person = (extraction: ArticleExtraction, name: string): Mention | undefined =>
  extraction.mentions.find((mention) => mention.kind !== 'party' && (mention.name === name || mention.name.endsWith(` ${name}`)));
const roleOf = (text: string, name: string) => person(extract(text), name)?.role;
const tiesOf = (text: string, name: string) => (person(extract(text), name)?.ties ?? []).map((tie) => [tie.party, tie.relation, tie.tense ?? 'current']);
const speakers = (text: string) => extract(text).quotes.map((quote) => quote.speaker?.name ?? null);

describe('the tense of a role', () => {
  it.each([
    ['former', 'Former Kakamega Senator Daniel Wafula Mukhwana spoke.', 'Mukhwana', { title: 'Senator', organisation: 'Kakamega', tense: 'former' }],
    ['ex- glued to the title', 'The ex-MP Jane Akinyi Otieno spoke.', 'Otieno', { title: 'MP', tense: 'former' }],
    ['Ex- glued to the place', 'Ex-Mwingi West MP Ruth Kanini Mwangangi spoke.', 'Mwangangi', { title: 'MP', organisation: 'Mwingi West', tense: 'former' }],
    ['immediate former, in an apposition', 'Ms Halima Abdi Jillo, the immediate former Mandera Woman Rep, spoke.', 'Jillo', { title: 'Woman Representative', organisation: 'Mandera', tense: 'former' }],
    ['one-time', 'Faith Jerono Chirchir, a one-time Nakuru Town West MP, spoke.', 'Chirchir', { title: 'MP', organisation: 'Nakuru Town West', tense: 'former' }],
    ['the late', 'The late Lari MP Kamau Njuguna Gitau was buried.', 'Gitau', { title: 'MP', organisation: 'Lari', tense: 'former' }],
    ['former before the place', 'It was opened by former Nyeri governor Peter Kamau Mwangi.', 'Mwangi', { title: 'Governor', organisation: 'Nyeri', tense: 'former' }],
    ['-elect', 'Governor-elect Tom Otieno Barasa spoke.', 'Barasa', { title: 'Governor', tense: 'incoming' }],
    ['-designate', 'Energy CS-designate Ann Wairimu Njoroge spoke.', 'Njoroge', { title: 'Cabinet Secretary', organisation: 'Energy', tense: 'incoming' }],
    ['nominee after a title', 'Defence Cabinet Secretary nominee Abdi Hussein Gedi spoke.', 'Gedi', { title: 'Cabinet Secretary', organisation: 'Defence', tense: 'incoming' }],
    ['acting', 'Acting Governor Amos Kibet Rotich spoke.', 'Rotich', { title: 'Governor', tense: 'acting' }],
    ['aspirant', 'Nakuru gubernatorial aspirant Ruth Chebet Koech spoke.', 'Koech', { title: 'Governor', organisation: 'Nakuru', tense: 'aspiring' }],
    ['hopeful', 'Ndhiwa MP Okoth Kabaka Odero, a governor hopeful, spoke.', 'Odero', { title: 'MP', organisation: 'Ndhiwa' }],
  ])('reads %s', (_label, text, name, role) => {
    expect(roleOf(text, name)).toEqual(role);
  });

  it('takes a plain title as current: no tense at all', () => {
    expect(roleOf('Kitui Senator Enoch Mutua Wambua spoke.', 'Wambua')).toEqual({ title: 'Senator', organisation: 'Kitui' });
  });

  it('gives "running mate" a title of its own, with no tense', () => {
    expect(readRole('running mate')).toEqual({ title: 'Running Mate' });
  });
});

describe('one spelling of a title', () => {
  it.each([
    ['CS', 'Cabinet Secretary'],
    ['Cabinet Secretary', 'Cabinet Secretary'],
    ['DP', 'Deputy President'],
    ['PS', 'Principal Secretary'],
    ['Woman Rep', 'Woman Representative'],
    ['secretary general', 'Secretary-General'],
    ['governor', 'Governor'],
    ['MCAs', 'MCA'],
    ['Area MCA', 'MCA'],
    ['Nominated senator', 'Senator'],
  ])('writes %s as %s', (written, title) => {
    expect(readRole(written)?.title).toBe(title);
  });

  it('reads "DP" before a name as Deputy President', () => {
    expect(roleOf('DP Abdi Guyo Boru toured Meru.', 'Boru')).toEqual({ title: 'Deputy President' });
  });

  it('keeps "Solicitor General" whole: "General" alone is no role', () => {
    expect(roleOf('Solicitor General Mary Wambui Ndege spoke.', 'Ndege')).toEqual({ title: 'Solicitor General' });
  });

  it('gives a plural title to both people it names', () => {
    const extraction = extract('Mombasa MCAs Salim Omar Athman and Zuhura Abdi Mbarak spoke.');
    expect([person(extraction, 'Athman')?.role, person(extraction, 'Mbarak')?.role]).toEqual([
      { title: 'MCA', organisation: 'Mombasa' },
      { title: 'MCA', organisation: 'Mombasa' },
    ]);
  });

  it('never takes "Deputy Party Leader" for a party', () => {
    const extraction = extract('The Deputy Party Leader was absent. Umoja Deputy Party Leader Jane Nasimiyu Lukoye spoke.');
    expect(extraction.mentions.filter((mention) => mention.kind === 'party').map((mention) => mention.name)).not.toContain('Deputy Party');
    expect(person(extraction, 'Lukoye')?.role?.title).toBe('Deputy Party Leader');
  });
});

describe('party ties', () => {
  it.each([
    ["UDA's X", "UDA's Kinyua Muthuri Gitari spoke.", 'Gitari', [['UDA', 'member', 'current']]],
    ['X of ODM', 'Zawadi Mwakilema of ODM spoke.', 'Mwakilema', [['ODM', 'member', 'current']]],
    ['X of the full name', 'Peter Kamau of the Orange Democratic Movement spoke.', 'Kamau', [['Orange Democratic Movement', 'member', 'current']]],
    ['X (UDA) in a list', 'Candidates are Njeri Wambugu Muriithi (UDA) and Gitonga Mwaura Kiragu (DCP).', 'Muriithi', [['UDA', 'member', 'current']]],
    ['ODM leader X', 'ODM leader Amina Wekesa Barasa spoke.', 'Barasa', [['ODM', 'leader', 'current']]],
    ['led by X', 'The Amani Mashinani Party (AMP), led by former Vihiga Governor Evans Lidiema Ambwere, met.', 'Ambwere', [['AMP', 'leader', 'current']]],
    ['X, who chairs P', 'Ruth Kanini Mwangangi, who chairs the Umoja Party-Kenya (UP-K), spoke.', 'Mwangangi', [['Umoja Party-Kenya', 'Chairman', 'current']]],
    ['P chairman X', 'UDA chairman Kiprono Chelimo Tuwei spoke.', 'Tuwei', [['UDA', 'Chairman', 'current']]],
    ['P Secretary-General X', 'ODM Secretary-General Lydia Chebet Kirui spoke.', 'Kirui', [['ODM', 'Secretary-General', 'current']]],
    ['former P chairman X', 'Former ODM chairman Kenga Mwamure Tsuma spoke.', 'Tsuma', [['ODM', 'Chairman', 'former']]],
    ['decamped from P to Q', 'Malindi MP Mwanajuma Said Hamisi decamped from ODM to UDA.', 'Hamisi', [['ODM', 'left', 'current'], ['UDA', 'joined', 'current']]],
    ['quit P to join Q', 'Julius Musyoki Mbindyo, who quit ODM in December to join UDA, spoke.', 'Mbindyo', [['ODM', 'left', 'current'], ['UDA', 'joined', 'current']]],
    ['X joined P', 'Kizito Masinde Namwaya, a one-time Shieywe MCA, joined the UDA.', 'Namwaya', [['UDA', 'joined', 'current']]],
    ['on a P ticket', 'Tarus Kibor Jemutai was elected on a UDA ticket in 2022.', 'Jemutai', [['UDA', 'candidate', 'former']]],
    ['P nominee X', 'UDA nominee Jim Kiprop Bett spoke.', 'Bett', [['UDA', 'candidate', 'current']]],
    ['allied to P', 'Joyce Wambui Ndegwa, who is allied to the ODM, spoke.', 'Ndegwa', [['ODM', 'ally', 'current']]],
  ])('reads %s', (_label, text, name, ties) => {
    expect(tiesOf(text, name)).toEqual(ties);
  });

  it('gives a nominee the candidate tie and no role', () => {
    expect(person(extract('UDA nominee Jim Kiprop Bett spoke.'), 'Bett')?.role).toBeUndefined();
  });

  it('reads "the X-led party" as the leader of the party the article is about', () => {
    expect(tiesOf('The Jumuia Democratic Congress (JDC) met. The Kamau-Otieno-led party will field candidates.', 'Kamau-Otieno')).toEqual([['Jumuia Democratic Congress', 'leader', 'current']]);
  });

  it('reads "its leader, X" and "its secretary-general, Y" as offices of the party before them', () => {
    const extraction = extract('The IMPK was represented by its leader, Patrick Ojiambo Wabwire, and its secretary-general, Felista Nanjala Opicho.');
    expect(person(extraction, 'Wabwire')?.role).toEqual({ title: 'Party Leader', organisation: 'IMPK' });
    expect(person(extraction, 'Opicho')?.role).toEqual({ title: 'Secretary-General', organisation: 'IMPK' });
  });

  it('gives two people allied together the same tie', () => {
    const extraction = extract('Mombasa MCAs Salim Omar Athman and Zuhura Abdi Mbarak, both allied to ODM, walked out.');
    expect(person(extraction, 'Athman')?.ties).toEqual([{ party: 'ODM', relation: 'ally' }]);
  });

  it('ties no one whose sentence only names a party beside them', () => {
    expect(extract('Neither Mbindyo nor the UDA secretariat responded. Mwakilema said ODM had not discussed a pact.').mentions.flatMap((mention) => mention.ties ?? [])).toEqual([]);
  });

  it('gives no ticket to the object of a clause before it', () => {
    expect(tiesOf('Kavisi, who wants to unseat Munyao in 2027, has said he will seek the Wiper ticket.', 'Munyao')).toEqual([]);
  });

  it('ties nothing to "the party" when the nearest sentence names two parties', () => {
    expect(tiesOf('ODM and UDA met on Monday. Delegates elected Otieno Wafula as the party’s National Chairman.', 'Wafula')).toEqual([]);
  });
});

describe('the three invented cases of the issue', () => {
  const { article } = readArticle(fixtureSeed('extract', 'issue-12-cases.txt'));
  const extraction = extractArticle(article!, pack);

  it('keeps a former office former', () => {
    expect(extraction.mentions.find((mention) => mention.name === 'Kamau-Otieno')?.honorific).toBe('Ms');
    const roles = extraction.mentions.filter((mention) => mention.name.endsWith('Kamau-Otieno')).map((mention) => mention.role);
    expect(roles).toContainEqual({ title: 'Woman Representative', organisation: 'Nakuru', tense: 'former' });
  });

  it('gives "party leader" and "the party’s National Chairman" the JDC', () => {
    expect(person(extraction, 'Wanjiru Kamau-Otieno')?.ties).toEqual([{ party: 'Jumuia Democratic Congress', relation: 'leader' }]);
    expect(person(extraction, 'Wafula')?.role).toEqual({ title: 'National Chairman', organisation: 'Jumuia Democratic Congress' });
  });

  it('reads "NAME of the PARTY" as a person and a party', () => {
    const parties = extraction.mentions.filter((mention) => mention.kind === 'party').map((mention) => mention.name);
    expect(parties).toEqual(expect.arrayContaining(['Orange Democratic Movement', 'Wiper Democratic Movement', 'ODM']));
    expect(parties.some((name) => /Kamau|Wambua|Mwakilema/.test(name))).toBe(false);
    expect(person(extraction, 'Enoch Wambua')?.ties).toEqual([{ party: 'Wiper Democratic Movement', relation: 'member' }]);
  });

  it('takes "according to X" as an attribution', () => {
    expect(extraction.quotes.map((quote) => quote.speaker?.name)).toEqual(['John Mwakilema']);
  });
});

describe('quotes', () => {
  it('reads “…,” according to X', () => {
    expect(speakers('“We will not be moved by threats from anyone,” according to Jillo.')).toEqual(['Jillo']);
  });

  it('reads According to X, “…”', () => {
    expect(speakers('According to Owiti, “the office of the Attorney General is not for sale”.')).toEqual(['Owiti']);
  });

  it('reads X hit back: “…”, and gives each of two speakers in a paragraph their own quote', () => {
    expect(speakers('"The county has nothing to hide from anyone at all," Munyao said, but Kitheka, speaking in Kwa Vonza, hit back: "The governor has had three years to publish these."')).toEqual(['Munyao', 'Kitheka']);
  });

  it('reads a list item X: “…” and “…” - Full Name', () => {
    expect(speakers('Kiragu: “Lari has been taken for granted for far too long.”\n“The Rift Valley has given this country everything,” - Jemutai Kibor Tarus')).toEqual(['Kiragu', 'Jemutai Kibor Tarus']);
  });

  it('reads a partial quote inside reported speech', () => {
    expect(speakers('Mr Kavisi described the deal as "a betrayal of the people of Kitui who were promised water".')).toEqual(['Kavisi']);
  });

  it('gives a quote standing alone to the one person the sentence before was about', () => {
    expect(speakers('Ngetich defended her record before the committee.\n“I have never signed a contract that did not go to tender.”')).toEqual(['Ngetich']);
  });

  it('joins a quote over two paragraphs into one, attributed at its end', () => {
    const { quotes } = extract('Ms Kirui addressed the delegates.\n“We have been called a briefcase party by many people.\n“We will not be intimidated and we will not be bought,” she said.');
    expect(quotes.map((quote) => [quote.speaker?.name, quote.text.slice(0, 30)])).toEqual([['Kirui', 'We have been called a briefcas']]);
    expect(quotes[0]?.text).toContain('we will not be bought');
  });

  it('gives "he said" to the one man the sentences before name', () => {
    expect(speakers('Mr Wekulo spoke after Ms Achieng.\n“You cannot tax the same shilling three times over,” he said.')).toEqual(['Wekulo']);
  });

  it('gives "he said" after two men to no one, with both as candidates', () => {
    const { quotes } = extract('Ong’wen and Githaiga were seen leaving together.\n“We will table our own report on Tuesday morning,” he said.');
    expect(quotes[0]?.speaker).toBeUndefined();
    expect(quotes[0]?.candidates?.map((mention) => mention.name).sort()).toEqual(['Githaiga', 'Ong’wen']);
  });

  it('gives a partial quote two people share to neither', () => {
    const { quotes } = extract('Athman and Mbarak dismissed the defections as "the work of paid brokers and crowds".');
    expect(quotes[0]?.speaker).toBeUndefined();
    expect(quotes[0]?.candidates?.map((mention) => mention.name)).toEqual(['Athman', 'Mbarak']);
  });

  it('never gives a quote to a name inside a clause about someone else', () => {
    expect(speakers('Ex-Bobasi MP Obiri Mosoti, who wants to unseat Makori in 2027, said the county had been "paralysed by two years of infighting".')).toEqual(['Obiri Mosoti']);
  });

  it('never gives a quote to a place it was spoken in', () => {
    expect(speakers('Koros, speaking in Molo on Saturday, said: “Those who want this seat should wait for 2027.”')).toEqual(['Koros']);
  });

  it('takes scare quotes of under five words for no quote', () => {
    expect(extract('Ms Kamau said the party was open to “structured dialogue” with others.').quotes).toEqual([]);
  });
});

describe('names at the start of a sentence', () => {
  it.each(['Neither Kamau nor the party responded.', 'Both Wanjiku and Otieno spoke.', 'Unlike Otieno, Barasa stayed.', 'Either Wanjiku or Kamau will go.', 'Whether Akinyi stays is unclear.', 'Although Barasa spoke, nothing changed.', 'Despite Kiprop’s plea, they left.', 'Like Mwangi, she left.', 'While Chebet spoke, they left.'])(
    'opens no name with the function word of "%s"',
    (text) => {
      const first = text.split(' ')[0] as string;
      expect(extract(text).mentions.map((mention) => mention.name).filter((name) => name.startsWith(first))).toEqual([]);
    },
  );

  it('still ends a name with a word that is also a function word', () => {
    expect(person(extract('Vice Chairman Daniel Kiprop Too spoke.'), 'Too')?.name).toBe('Daniel Kiprop Too');
  });
});

describe('party names', () => {
  it('keeps a hyphenated suffix with its party', () => {
    const parties = extract('The Umoja Party-Kenya (UP-K) and the Nuru Democratic Movement-Kenya (NDM-K) met.').mentions.filter((mention) => mention.kind === 'party' && mention.name !== mention.acronym);
    expect(parties.map((mention) => [mention.name, mention.acronym])).toEqual([
      ['Umoja Party-Kenya', 'UP-K'],
      ['Nuru Democratic Movement-Kenya', 'NDM-K'],
    ]);
  });

  it('keeps a common noun’s possessive inside a party’s name', () => {
    expect(extract("The People's Renaissance Alliance (PRA) met.").mentions[0]).toMatchObject({ kind: 'party', name: "People's Renaissance Alliance", acronym: 'PRA' });
  });

  it('takes a loose alliance named as one for a coalition: "the United Opposition", "the Mwamko Alliance"', () => {
    const parties = extract('Leaders of the United Opposition met. The Mwamko Alliance also met.').mentions.filter((mention) => mention.kind === 'party');
    expect(parties.map((mention) => mention.name)).toEqual(['United Opposition', 'Mwamko Alliance']);
  });

  it.each(['Unity for Progress Party', 'Unity for the Progress Party'])('keeps "%s" whole: a name of common words, "for", and a party\'s name after it', (name) => {
    const parties = extract(`The ${name} (UPP) met. The ${name} wants a new levy.`).mentions.filter((mention) => mention.kind === 'party' && mention.name !== 'UPP');
    expect(parties.map((mention) => mention.name)).toEqual([name, name]);
  });

  it('keeps two names apart when a party comes before "for": "quit the Jubilee Party for the Progress Party"', () => {
    const parties = extract('Otieno Wafula Barasa quit the Jubilee Party for the Progress Party.').mentions.filter((mention) => mention.kind === 'party');
    expect(parties.map((mention) => mention.name)).toEqual(['Jubilee Party', 'Progress Party']);
  });

  it('finds the party after "Representatives of"', () => {
    expect(extract('Representatives of ANC also attended.').mentions.map((mention) => mention.name)).toEqual(['ANC']);
  });
});

describe('the party directory', () => {
  it('reads an acronym off its name, word by word or letter by letter', () => {
    expect([abbreviates('UP-K', 'Umoja Party-Kenya'), abbreviates('FORD', 'Forum for the Restoration of Democracy'), abbreviates('TSP', 'The Service Party')]).toEqual([true, true, true]);
    expect([abbreviates('UK', 'Alliance Party'), abbreviates('PRA', 'Renaissance Alliance')]).toEqual([false, false]);
  });

  it('keeps a form that shares nothing with the party off it, for review', () => {
    const directory = new PartyDirectory(EMPTY_PACK);
    const alliance = directory.add('Alliance Party', 'UK');
    expect(alliance.acronym).toBeNull();
    expect(directory.find('UK')).toBeUndefined();
    expect(directory.unrelated).toEqual([{ name: 'Alliance Party', form: 'UK' }]);
    directory.add('Alliance Party', 'UK');
    expect(unrelatedFormNotes(directory).map((note) => note.names)).toEqual([['Alliance Party', 'UK']]);
  });

  it('joins "UDA Party" to the party UDA names, and "X Party" to a short form', () => {
    const directory = new PartyDirectory(pack);
    expect(directory.find('UDA Party')?.registered).toBe('United Democratic Alliance');
    expect(directory.find('DCP Party')?.registered).toBe('Democracy for Citizens Party');
  });

  it('does not take a longer name for a short form’s party: "Amani Mashinani Party" is not "Amani"', () => {
    const directory = new PartyDirectory(pack);
    expect(directory.add('Amani Mashinani Party', 'AMP').registered).toBeUndefined();
    expect(directory.find('ANC')?.registered).toBe('Amani National Congress');
  });
});

describe('offices sought', () => {
  it.each([
    ['eyeing the … seat', 'Namwaya Masinde, a one-time Shieywe MCA who is eyeing the Kakamega governor seat, spoke.', 'Masinde', { title: 'Governor', organisation: 'Kakamega', tense: 'aspiring' }],
    ['seeking the … governorship', 'Paul Kimani Wachira is also seeking the Nakuru governorship.', 'Wachira', { title: 'Governor', organisation: 'Nakuru', tense: 'aspiring' }],
    ['an aspirant for the … parliamentary seat', 'Beatrice Apiyo Onyango, an aspirant for the Karachuonyo parliamentary seat, spoke.', 'Onyango', { title: 'MP', organisation: 'Karachuonyo', tense: 'aspiring' }],
  ])('reads %s as an aspiring role', (_label, text, name, role) => {
    const mention = person(extract(text), name);
    expect([mention?.role, ...(mention?.roles ?? [])]).toContainEqual(role);
  });

  it('reads "wants to unseat Y" as seeking the office the article gives Y', () => {
    expect(roleOf('Ndunge Munyao, the Kitui Governor, spoke. Kavisi Mutinda, who wants to unseat Munyao in 2027, spoke.', 'Mutinda')).toEqual({ title: 'Governor', organisation: 'Kitui', tense: 'aspiring' });
  });
});

describe('an administrator\'s level', () => {
  it('keeps "Provincial" and "Regional" in a commissioner\'s title, the place apart', () => {
    expect(readRole('retired Commissioner', 'Rift Valley Provincial')).toEqual({ title: 'Provincial Commissioner', organisation: 'Rift Valley', tense: 'former' });
    expect(readRole('Commissioner', 'Coast Regional')).toEqual({ title: 'Regional Commissioner', organisation: 'Coast' });
  });

  it('leaves a commission\'s commissioner as it was: "IEBC Commissioner"', () => {
    expect(readRole('Commissioner', 'IEBC')).toEqual({ title: 'Commissioner', organisation: 'IEBC' });
  });
});

describe('a body\'s kind alone before a title', () => {
  it.each([
    ['Chairman', 'Committee'],
    ['Chairperson', 'Council'],
    ['Chairman', 'Board'],
    ['Speaker', 'Assembly'],
    ['Chairman', 'Caucus'],
  ])('is no organisation: "%s" after "%s"', (title, kind) => {
    expect(readRole(title, kind)).toEqual({ title });
  });

  it('leaves a named body its name: "Budget Committee chairman", "Nyeri County Assembly Speaker"', () => {
    expect(readRole('chairman', 'Budget Committee')).toEqual({ title: 'Chairman', organisation: 'Budget Committee' });
    expect(readRole('Speaker', 'Nyeri County Assembly')).toEqual({ title: 'Speaker', organisation: 'Nyeri County Assembly' });
  });
});
