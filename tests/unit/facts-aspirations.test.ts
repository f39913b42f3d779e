/**
 * Seats sought, in wordings beyond "X is seeking the Y seat": the intent told
 * as reported speech ("has said she wants to unseat Governor Y", "said he would
 * seek re-election in Z"), a nomination sought to a county assembly, a
 * possessive bid ("X's bid for the Y governorship"), a pronoun opening the
 * next sentence ("She is also eyeing …"), and a list of a seat's aspirants
 * ("aspirants for the Y seat, among them X"). Each case is a short invented
 * text with its roles written by hand; the "none" cases are readings that
 * would give someone a bid the text does not state. "The Speaker's seat" is the
 * Speaker's office sought, no MP of a place called "Speaker's". "Two other
 * governor aspirants, A and B," gives each name the office sought.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { factReaders } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();
const { roles } = factReaders(pack);
const offices = (text: string, name: string) => roles(text, name).map((role) => `${role?.title}${role?.organisation ? ` of ${role.organisation}` : ''} (${role?.tense ?? 'current'})`);
const published = (text: string, name: string) =>
  (summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name))?.roles ?? []).map((role) => `${role.title}${role.organisation ? ` of ${role.organisation}` : ''} (${role.tense ?? 'current'})`);

describe('an intent told after a clause about the term held', () => {
  it('reads "X, who is serving his second term and wants to unseat Y" as Y\'s seat sought', () => {
    const text = 'Headline\n\nTharaka-Nithi Governor Gitari Mwiti Njagi spoke first. Maara MP Muthomi Kinyua Mbae, who is serving his second term and wants to unseat Njagi in 2027, struck a political note.';
    expect(offices(text, 'Mbae')).toContain('Governor of Tharaka-Nithi (aspiring)');
  });
});

describe('an intent told as reported speech', () => {
  it('reads "X has said she wants to unseat Governor Y" as the governor\'s seat sought', () => {
    const text = 'Headline\n\nLaikipia Governor Mwangi Kariuki Ndirangu opened the show. Senator Wairimu Njeri Kamotho has said she wants to unseat Governor Ndirangu.';
    expect(offices(text, 'Kamotho')).toContain('Governor of Laikipia (aspiring)');
  });

  it('reads "X said he would seek re-election in Z" as the seat X holds, sought again', () => {
    const text = 'Headline\n\nMarakwet East MP Kiptoo Kiprop Chelanga addressed the rally. Speaking later, Chelanga said he would seek re-election in Marakwet East on a new ticket.';
    expect(published(text, 'Chelanga')).toContain('MP of Marakwet East (aspiring)');
  });

  it('reads nothing when the speech denies it: "X said he would not seek re-election"', () => {
    const text = 'Headline\n\nMarakwet East MP Kiptoo Kiprop Chelanga addressed the rally. Chelanga said he would not seek re-election.';
    expect(published(text, 'Chelanga')).toEqual(['MP of Marakwet East (current)']);
  });
});

describe('a nomination sought to a county assembly', () => {
  it('reads "X, who had been seeking a nomination to the Y County Assembly," as an MCA seat sought', () => {
    const text = 'Headline\n\nAchieng Moraa Kemunto, who had been seeking a nomination to the Siaya County Assembly, petitioned the tribunal on Monday.';
    expect(offices(text, 'Kemunto')).toEqual(['MCA of Siaya County Assembly (aspiring)']);
  });
});

describe('a possessive bid', () => {
  it('reads "X\'s bid for the Y governorship" as the seat sought', () => {
    const text = 'Headline\n\nA youth group backing Senator Wairimu Njeri Kamotho\'s bid for the Laikipia governorship met in Nanyuki.';
    expect(offices(text, 'Kamotho')).toContain('Governor of Laikipia (aspiring)');
  });

  it('reads nothing of a bid the sentence says failed: "X\'s failed bid for the Y governorship"', () => {
    const text = 'Headline\n\nSenator Wairimu Njeri Kamotho\'s failed bid for the Laikipia governorship still haunts her.';
    expect(offices(text, 'Kamotho')).not.toContain('Governor of Laikipia (aspiring)');
  });
});

describe('"She is also eyeing …" after the sentence that names her', () => {
  const text = 'Headline\n\nDr Wairimu Njeri Kamotho, a former Laikipia Woman Representative, now leads the Tumaini Bora Party. She is also eyeing the Laikipia governorship.';

  it('gives the seat to the one person of the sentence before, both sentences its evidence', () => {
    expect(offices(text, 'Kamotho')).toContain('Governor of Laikipia (aspiring)');
    expect(published(text, 'Kamotho')).toContain('Governor of Laikipia (aspiring)');
  });

  it('gives it to no one when the sentence before names two people', () => {
    const two = 'Headline\n\nDr Wairimu Njeri Kamotho met Ms Chepkoech Jerop Kibet in Nanyuki. She is also eyeing the Laikipia governorship.';
    expect(offices(two, 'Kamotho')).not.toContain('Governor of Laikipia (aspiring)');
    expect(offices(two, 'Kibet')).not.toContain('Governor of Laikipia (aspiring)');
  });

  it('gives it to no one when the pronoun is not the person\'s: "Mr X … She is eyeing …"', () => {
    const man = 'Headline\n\nMr Kiptoo Kiprop Chelanga now leads the Tumaini Bora Party. She is also eyeing the Laikipia governorship.';
    expect(offices(man, 'Chelanga')).not.toContain('Governor of Laikipia (aspiring)');
  });
});

describe('a seat\'s aspirants, "among them X"', () => {
  it('reads "aspirants for the Y seat, among them former Deputy Governor X," as the seat sought', () => {
    const text = 'Headline\n\nOther TBP aspirants for the Nyando seat, among them former Kisumu Deputy Governor Akinyi Rapando Oloo, have asked the party for a consensus candidate.';
    expect(offices(text, 'Oloo')).toContain('MP of Nyando (aspiring)');
    expect(offices(text, 'Oloo')).toContain('Deputy Governor of Kisumu (former)');
  });
});

describe('a seat held and sought again', () => {
  it('reads "X has been Governor since 2013 and is seeking a second term" as the governorship, held and sought', () => {
    const text = 'Headline\n\nLaikipia Governor Mwangi Kariuki Ndirangu opened the show. Ndirangu has been Governor since 2013 and is seeking a second term.';
    expect(published(text, 'Ndirangu')).toEqual(['Governor of Laikipia (current)', 'Governor of Laikipia (aspiring)']);
  });

  it('gives no second term to the subject\'s object: "Kamau met Governor X and is seeking a second term"', () => {
    const text = 'Headline\n\nKamau met Governor Mwangi Kariuki Ndirangu and is seeking a second term.';
    expect(offices(text, 'Ndirangu')).toEqual(['Governor (current)']);
  });

  it('reads "X told the Star that he was defending his seat" as the seat held, sought again', () => {
    const text = 'Headline\n\nNaivasha MP Kiptoo Kiprop Chelanga spoke. Chelanga, however, told the Star that he was defending his seat.';
    expect(published(text, 'Chelanga')).toEqual(['MP of Naivasha (current)', 'MP of Naivasha (aspiring)']);
  });

  it('reads "X, who served as the area MP …, lost the seat in 2013 and is seeking to reclaim it" as the seat once held, sought', () => {
    const text = 'Headline\n\nIn Naivasha, Kiptoo Kiprop Chelanga, who served as the area MP from 2008 to 2013, lost the seat in 2013 and is seeking to reclaim it.';
    expect(offices(text, 'Chelanga')).toEqual(['MP (former)', 'MP (aspiring)']);
  });
});

describe('a bid the sentence says is over', () => {
  it('reads nothing of "X\'s bid for the Y governorship collapsed"', () => {
    const text = 'Headline\n\nSenator Wairimu Njeri Kamotho\'s bid for the Laikipia governorship collapsed in 2017.';
    expect(offices(text, 'Kamotho')).not.toContain('Governor of Laikipia (aspiring)');
  });
});

describe('re-election sought by someone who holds more than the seat', () => {
  it('reads "X, who chairs the caucus, said he would seek re-election in Y" as the MP seat the article gives X', () => {
    const text = 'Headline\n\nThe party received Naivasha MP Kiptoo Kiprop Chelanga on Sunday.\n\nSpeaking later, Chelanga, who chairs the Parliamentary Caucus on Pastoralism, said he would seek re-election in Naivasha on a new ticket.';
    expect(published(text, 'Chelanga')).toContain('MP of Naivasha (aspiring)');
  });
});

describe('a party\'s flag or ticket for a named race', () => {
  it('reads "X will fly the P flag in the race for Y Governor" as the seat sought, with or without an article', () => {
    const text = 'Headline\n\nNaipanoi Sein Kipeto, a former county executive, will fly the Jumuia Democratic Congress (JDC) flag in the race for Kajiado Governor after beating a rival in Thursday\'s primary.';
    expect(offices(text, 'Kipeto')).toContain('Governor of Kajiado (aspiring)');
  });

  it('reads "X has been handed the P ticket for the Y Woman Representative seat" as the seat sought', () => {
    const text = 'Headline\n\nMajority Leader Awino Akello Ombati has been handed the Orange Democratic Movement (ODM) ticket for the Kisumu Woman Representative seat.';
    expect(offices(text, 'Ombati')).toContain('Woman Representative of Kisumu (aspiring)');
  });

  it('gives nothing to the one who hands the ticket to someone else', () => {
    const text = 'Headline\n\nOdinga Ouma Achieng, who handed Otieno Baraka Wereh the ODM ticket for the Kisumu Central seat, addressed the crowd.';
    expect(offices(text, 'Achieng')).toEqual([]);
  });
});

describe('a ticket for a seat named by its own word: "the P ticket for the Y Senate seat"', () => {
  const tied = (text: string, name: string) => (summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name))?.parties ?? []).map((tie) => `${tie.party} (${tie.relation})`);

  it.each([
    ['Ukwala MCA Otieno Achola Obura, who is also eyeing the ODM ticket for the Siaya Senate seat, said the nomination would be open.', 'Senator of Siaya (aspiring)'],
    ['Ukwala MCA Otieno Achola Obura is seeking the ODM ticket for the Siaya Senate seat.', 'Senator of Siaya (aspiring)'],
    ['Ukwala MCA Otieno Achola Obura has been handed the ODM ticket for the Siaya Governor seat.', 'Governor of Siaya (aspiring)'],
    ['Ukwala MCA Otieno Achola Obura is eyeing the Siaya Senatorial seat.', 'Senator of Siaya (aspiring)'],
  ])('"%s": the office of the seat\'s word, its place before it, never an MP of "Siaya Senate"', (sentence, office) => {
    const text = `Headline\n\nThe Orange Democratic Movement (ODM) opened its Siaya primaries on Monday. ${sentence}`;
    expect(published(text, 'Obura')).toContain(office);
    expect(published(text, 'Obura').some((one) => / Senate\b| Governor\b| Senatorial\b/.test(one))).toBe(false);
  });

  it('"eyeing the P ticket" is a candidacy of P, as "seeking" is; a seat with no word of its own stays an MP\'s', () => {
    const text = 'Headline\n\nThe Orange Democratic Movement (ODM) opened its Siaya primaries on Monday. Ukwala MCA Otieno Achola Obura, who is also eyeing the ODM ticket for the Alego Usonga seat, said the nomination would be open.';
    expect(tied(text, 'Obura')).toEqual(['Orange Democratic Movement (candidate)']);
    expect(published(text, 'Obura')).toContain('MP of Alego Usonga (aspiring)');
  });

  it('nothing for one who only names the seat or hands the ticket', () => {
    const text = 'Headline\n\nThe Orange Democratic Movement (ODM) opened its Siaya primaries on Monday. Party chairman Wekesa Omondi Were said the ODM ticket for the Siaya Senate seat would go to a woman.';
    expect(published(text, 'Were').some((one) => /aspiring/.test(one))).toBe(false);
    expect(tied(text, 'Were').some((one) => /candidate/.test(one))).toBe(false);
  });
});

describe('an office sought with no place: "will run for governor on a P ticket"', () => {
  it.each([
    ['Deputy Governor Wekesa Barasa Simiyu has now declared that he will run for governor on an ODM ticket.', 'Governor (aspiring)'],
    ['Wekesa Barasa Simiyu, a former county executive, said he will run for senator in 2027.', 'Senator (aspiring)'],
  ])('"%s"', (sentence, office) => {
    expect(published(`Headline\n\nThe Orange Democratic Movement (ODM) met in Bungoma. ${sentence}`, 'Simiyu')).toContain(office);
  });

  it('nothing for the seat of a governor named after the word, nor a bid declined', () => {
    const named = published('Headline\n\nWekesa Barasa Simiyu will run for Governor Nafula Khisa Wanjala\'s seat.', 'Simiyu');
    expect(named.some((one) => /aspiring/.test(one) && /^Governor \(/.test(one))).toBe(false);
    expect(published('Headline\n\nWekesa Barasa Simiyu said he would not run for governor.', 'Simiyu').some((one) => /aspiring/.test(one))).toBe(false);
  });
});

describe('a bid after a first verb of the subject\'s clause', () => {
  it('reads "X, who decamped from P to Q in March and wants to unseat Y," as Y\'s seat sought', () => {
    const text = 'Headline\n\nBomet Governor Chepngeno Tapletai Koskeyo tabled the budget. Former MP Kiptoo Sirma Kiborgo, who decamped from UDA to the Jumuia Democratic Congress in March and wants to unseat Koskeyo, said the county was broke.';
    expect(offices(text, 'Kiborgo')).toContain('Governor of Bomet (aspiring)');
  });
});

describe('an intent told as reported speech, with words of time, place or manner', () => {
  it('reads "X has said publicly that she will contest the Y governorship" as the seat sought', () => {
    const text = 'Headline\n\nUnlike Koskeyo, Mwende Kalii Nzioka has said publicly that she will contest the Machakos governorship in 2027.';
    expect(offices(text, 'Nzioka')).toContain('Governor of Machakos (aspiring)');
  });

  it('reads "X told supporters in Thika on Sunday that he would vie for the Y senatorial seat" as the seat sought', () => {
    const text = 'Headline\n\nKamau Njoroge Kariuki told supporters in Thika on Sunday that he would vie for the Kiambu senatorial seat.';
    expect(offices(text, 'Kariuki')).toContain('Senator of Kiambu (aspiring)');
  });

  it('gives nothing when the pronoun is someone else\'s: "X said the governor said he would contest …"', () => {
    const text = 'Headline\n\nSenator Wambui Kariuki Njeri said the governor said he would contest the Kiambu senatorial seat.';
    expect(offices(text, 'Njeri')).toEqual(['Senator (current)']);
  });

  it('gives nothing to a denial: "X said on Sunday that he would not contest …"', () => {
    const text = 'Headline\n\nMutiso Kyalo Musau said on Sunday that he would not contest the Machakos governorship.';
    expect(offices(text, 'Musau')).toEqual([]);
  });
});

describe('"He is also …" after a sentence opened by a lone surname', () => {
  it('gives the seat to the one the surname names: "Ouko, a one-time Nyando MP, decamped …. He is also the party\'s candidate for …"', () => {
    const text = 'Headline\n\nThe Mageuzi Progressive Party (MPP) met in Kisumu. Its acting chairman is Otieno Achieng Ouko.\n\nOuko, a one-time Nyando MP, decamped from ODM to the MPP in 2024. He is also the party\'s candidate for the Kisumu governorship in 2027.';
    expect(published(text, 'Ouko')).toContain('Governor of Kisumu (aspiring)');
  });

  it('gives it to no one when the sentence before names a second person', () => {
    const text = 'Headline\n\nThe Mageuzi Progressive Party (MPP) met in Kisumu. Its acting chairman is Otieno Achieng Ouko.\n\nOuko, a one-time Nyando MP, met Governor Wekesa Barasa Simiyu. He is also the party\'s candidate for the Kisumu governorship in 2027.';
    expect(published(text, 'Ouko')).not.toContain('Governor of Kisumu (aspiring)');
  });
});

describe('a ticket whose owner is written in lower case', () => {
  it.each([
    ['"eyeing the coalition’s presidential ticket"', 'Headline\n\nTKP leader Josphat Nyakundi Mong’are, who is eyeing the coalition’s presidential ticket, was however cautious.', 'Josphat Nyakundi Mong’are'],
    ['"eyeing the party\'s presidential ticket"', 'Headline\n\nWiper leader Kaleli Musyoka Mutuku is eyeing the party\'s presidential ticket.', 'Kaleli Musyoka Mutuku'],
  ])('%s is a bid for President, of no place called so', (_label, text, name) => {
    expect(offices(text, name).filter((office) => office.includes('aspiring'))).toEqual(['President (aspiring)']);
  });
});

describe('a seat named by its own word alone: "the Senate seat", "the governor\'s seat"', () => {
  it.each([
    ['"is eyeing the Senate seat"', 'Headline\n\nMusembi Kivuva Ndunda is eyeing the Senate seat, his allies said on Sunday.', 'Senator (aspiring)'],
    ['"will contest the Senate seat"', 'Headline\n\nMusembi Kivuva Ndunda will contest the Senate seat in 2027.', 'Senator (aspiring)'],
    ['"has declared interest in the governor\'s seat"', "Headline\n\nKaluki Ndinda Musyimi has declared interest in the governor's seat.", 'Governor (aspiring)'],
    ['"is eyeing the Governor’s seat"', 'Headline\n\nKaluki Ndinda Musyimi is eyeing the Governor’s seat.', 'Governor (aspiring)'],
  ])('%s is that office sought, held by no MP of "Senate"', (_label, text, office) => {
    expect(offices(text, text.includes('Musembi') ? 'Ndunda' : 'Musyimi')).toEqual([office]);
  });

  it.each([
    ['the place before the word stays the office\'s place: "the Kitui Senate seat"', 'Headline\n\nMusembi Kivuva Ndunda is eyeing the Kitui Senate seat.', ['Senator of Kitui (aspiring)']],
    ['a governor named by name is the one unseated, not a bare seat: "eyeing Governor Y\'s seat"', "Headline\n\nKitui Governor Mwangangi Kyalo Mbuvi opened the fair. Musembi Kivuva Ndunda is eyeing Governor Mbuvi's seat.", []],
    ['a place\'s seat is still an MP\'s: "the Mwala seat"', 'Headline\n\nMusembi Kivuva Ndunda is eyeing the Mwala seat.', ['MP of Mwala (aspiring)']],
  ])('near misses: %s', (_label, text, expected) => {
    expect(offices(text, 'Ndunda').filter((office) => office.includes('aspiring'))).toEqual(expected);
  });
});

describe('an assembly office sought, written as its seat', () => {
  it.each([
    ["is eyeing the Speaker's seat", 'Speaker (aspiring)'],
    ["has declared interest in the Deputy Speaker's seat", 'Deputy Speaker (aspiring)'],
  ])('reads "X %s" as that office, no MP of a place', (said, office) => {
    const text = `Headline\n\nNyamira MCA Jared Nyakwara Onchoke ${said}.`;
    expect(offices(text, 'Onchoke')).toEqual(['MCA of Nyamira (current)', office]);
  });
});

describe('a plural of an office\'s aspirants, then its list', () => {
  it.each([
    ['Two other governor aspirants, Abdinoor Kassim Lugey and Amina Sheikh Bulhan, have also written to the elders.', 'Governor (aspiring)'],
    ['Wajir governor hopefuls Abdinoor Kassim Lugey, Hassan Elmi Qorane and Amina Sheikh Bulhan met the elders.', 'Governor of Wajir (aspiring)'],
    ['Senate hopefuls Abdinoor Kassim Lugey and Amina Sheikh Bulhan met the elders.', 'Senator (aspiring)'],
  ])('gives each name the office: "%s"', (sentence, office) => {
    for (const name of ['Lugey', 'Bulhan']) expect(offices(`Headline\n\n${sentence}`, name)).toEqual([office]);
  });

  it.each([
    "Governor aspirants Abdinoor Kassim Lugey and Amina Sheikh Bulhan's supporters clashed.",
    'The elders said governor aspirants must respect Abdinoor Kassim Lugey and Amina Sheikh Bulhan.',
    'The elders met governor aspirants and Abdinoor Kassim Lugey.',
  ])('gives none: "%s"', (sentence) => {
    expect(offices(`Headline\n\n${sentence}`, 'Lugey')).toEqual([]);
  });
});

describe('a bid told with a reflexive', () => {
  it.each([
    ['Speaker Mohamed Abae Doza, whose term ends with the assembly\'s, is himself vying for the Bura parliamentary seat as an independent.', 'Doza', 'MP of Bura (aspiring)'],
    ['The sitting Woman Rep, Mideva Kavai Luvonga, is herself eyeing the Vihiga senatorial seat.', 'Luvonga', 'Senator of Vihiga (aspiring)'],
  ])('reads "%s"', (sentence, name, role) => {
    expect(published(`Headline\n\n${sentence}`, name)).toContain(role);
  });

  it('reads nothing of another\'s bid: "X said Y is himself vying for …"', () => {
    const text = 'Headline\n\nGovernor Golo Hussein Dalaso said Speaker Mohamed Abae Doza is himself vying for the Bura parliamentary seat.';
    expect(published(text, 'Dalaso').filter((role) => role.includes('aspiring'))).toEqual([]);
  });
});

describe('"will fly the flag of P, which …, in the race for <seat>"', () => {
  it('reads the seat sought past the clause about the party', () => {
    const text = 'Headline\n\nMr Nyaga Kirimi Gatindu will fly the flag of the United Democratic Alliance (UDA), which he joined in April after quitting Jubilee, in the race for Embu Governor.';
    expect(published(text, 'Gatindu')).toContain('Governor of Embu (aspiring)');
  });
});
