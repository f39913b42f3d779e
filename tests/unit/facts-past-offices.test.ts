/**
 * An office told as held over a time now past, with its portfolio or its
 * place after it: "X, who was also Nandi County Executive for Agriculture
 * between 2013 and 2017, thanked …"; "X, a former revenue manager, served as
 * Nandi County Executive for Finance between 2013 and 2017"; "X, the
 * erstwhile branch chairman, had been a County Executive for Water in Kisumu
 * until his sacking in 2016". The portfolio is no part of where the office was
 * held; "in Kisumu" is. With no time after it the office is not read as past.
 * Short invented texts, the roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const rolesOf = (sentence: string, name: string) => {
  const person = summarise(analyseCorpus([seed('x.txt', `Headline\n\n${sentence}`)], pack)).people.find((one) => one.name.endsWith(name));
  return (person?.roles ?? []).map((role) => `${role.title}${role.organisation ? `, ${role.organisation}` : ''} (${role.tense ?? 'current'})`).sort();
};

describe('an office held over a past time, its portfolio or place after it', () => {
  it('"who was also P County Executive for Agriculture between 2013 and 2017"', () => {
    expect(rolesOf('Kiprono Sitienei Kiprotich, who was also Nandi County Executive for Agriculture between 2013 and 2017, thanked the delegates.', 'Kiprono Sitienei Kiprotich')).toEqual(['County Executive, Nandi (former)']);
  });

  it('"X, a former manager, served as P County Executive for Finance between 2013 and 2017"', () => {
    expect(rolesOf('Dr Chebet Jeruto Kogo, a former revenue manager, served as Nandi County Executive for Finance between 2013 and 2017 under the governor.', 'Chebet Jeruto Kogo')).toEqual(['County Executive, Nandi (former)']);
  });

  it('"X, the erstwhile chairman, had been a County Executive for Water in Kisumu until his sacking in 2016"', () => {
    expect(rolesOf('Odhiambo Nyakwaka Ochieng, the erstwhile branch chairman, had been a County Executive for Water in Kisumu until his sacking in 2016.', 'Odhiambo Nyakwaka Ochieng')).toContain('County Executive, Kisumu (former)');
  });

  it('reads no past office with no time after the title', () => {
    expect(rolesOf('Kiprono Sitienei Kiprotich, who was also at the meeting, thanked the delegates.', 'Kiprono Sitienei Kiprotich')).toEqual([]);
  });
});

describe('an office told with "was" or "served N terms as", and one held "since"', () => {
  it.each([
    ['"X was Kitui Senator from 2013 to 2017"', 'Kilonzo Mwendwa Musembi was Kitui Senator from 2013 to 2017.', 'Kilonzo Mwendwa Musembi', ['Senator, Kitui (former)']],
    ['"X was Governor between 2013 and 2017 and is now a farmer"', 'Kioko Mutie Nthenge was Governor between 2013 and 2017 and is now a farmer.', 'Kioko Mutie Nthenge', ['Governor (former)']],
    ['"X served two terms as Machakos Senator before retiring"', 'Nzioka Kavita Mulwa served two terms as Machakos Senator before retiring.', 'Nzioka Kavita Mulwa', ['Senator, Machakos (former)']],
    ['"X has been Kitui Senator since 2017" (held now)', 'Kasyoka Mwende Ngala has been Kitui Senator since 2017.', 'Kasyoka Mwende Ngala', ['Senator, Kitui (current)']],
    ['"X, who has served as Senator since 2017," (held now)', 'Kalekye Nduku Maweu, who has served as Senator since 2017, said the matter would go to court.', 'Kalekye Nduku Maweu', ['Senator (current)']],
  ])('%s', (_label, sentence, name, roles) => {
    expect(rolesOf(sentence, name)).toEqual(roles);
  });

  it.each([
    ['"X was Kitui Senator when …": no time that closes it', 'Kilonzo Mwendwa Musembi was Kitui Senator when the deal was signed.', 'Kilonzo Mwendwa Musembi'],
    ['"X was President Y\'s ally from 2013 to 2017": no office of X\'s', "Kilonzo Mwendwa Musembi was President Kioko Mutie Nthenge's ally from 2013 to 2017.", 'Kilonzo Mwendwa Musembi'],
    ['"X has been at Kitui Senate offices since March": a place, no office', 'Kasyoka Mwende Ngala has been at Kitui Senate offices since March.', 'Kasyoka Mwende Ngala'],
  ])('near misses give no office: %s', (_label, sentence, name) => {
    expect(rolesOf(sentence, name)).toEqual([]);
  });
});

describe('an office an opening gives the sentence\'s subject: "During her time as T, X …", "While serving as T from … to …, X …"', () => {
  it.each([
    ['"During her time as Speaker, X oversaw …"', 'During her time as Speaker, Mumbua Kasyoka Ndeti oversaw the first budget.', 'Mumbua Kasyoka Ndeti', ['Speaker (former)']],
    ['"During his tenure as Kitui Governor, from 2013 to 2022, X built …"', 'During his tenure as Kitui Governor, from 2013 to 2022, Mutua Kioko Ngei built roads.', 'Mutua Kioko Ngei', ['Governor, Kitui (former)']],
    ['"While serving as Kitui County Commissioner from 2014 to 2018, X met …"', 'While serving as Kitui County Commissioner from 2014 to 2018, Nzioka Mumo Kasyoki met the elders.', 'Nzioka Mumo Kasyoki', ['County Commissioner, Kitui (former)']],
    // (The verbs in the past are one list with the relative clause's "who as Energy CS oversaw …": "chose" was read there only.)
    // ("her" with "Ms" was taken for a man's pronoun: the office was lost for every woman with a courtesy title.)
    ['"During her time as Speaker, Ms X oversaw …"', 'During her time as Speaker, Ms Wavinya Kaluki Mbatha oversaw the first budget.', 'Wavinya Kaluki Mbatha', ['Speaker (former)']],
    ['"During his time as Kitui Senator, X chose …" (an irregular past)', 'During his time as Kitui Senator, Kavoi Muema Ndolo chose to skip the budget debates.', 'Kavoi Muema Ndolo', ['Senator, Kitui (former)']],
  ])('%s', (_label, sentence, name, roles) => {
    expect(rolesOf(sentence, name)).toEqual(roles);
  });

  it.each([
    ['a term still running: "During her tenure as Speaker, X has overseen …"', 'During her tenure as Speaker, Ndunge Kalekye Mwikali has overseen three budgets.', 'Ndunge Kalekye Mwikali'],
    ['"While serving as Governor, X launched …" with no years: it may be now', 'While serving as Governor, Kavata Ndolo Mueni launched the project.', 'Kavata Ndolo Mueni'],
    ['the pronoun of the other sex: "During his time as Speaker, Ms X …"', 'During his time as Speaker, Ms Mwende Kasiva Nzilani oversaw the first budget.', 'Mwende Kasiva Nzilani'],
    ['"During her time as Speaker, Mr X …": "her" is someone else', 'During her time as Speaker, Mr Kyalo Mbithi Nzau oversaw the first budget.', 'Kyalo Mbithi Nzau'],
    ['a verb of speech dates the speaking: "During his term as Governor, X promised …"', 'During his term as Governor, Oloo Ambani Were promised to build 300 classrooms.', 'Oloo Ambani Were'],
    ['"During his term as Governor, X said, the county would …"', 'During his term as Governor, Oloo Ambani Were said, the county would build 300 classrooms.', 'Oloo Ambani Were'],
  ])('near misses give no former office: %s', (_label, sentence, name) => {
    expect(rolesOf(sentence, name).filter((role) => role.includes('former'))).toEqual([]);
  });
});

describe('an office a who-clause says was held: "who was once T", "who had been T", "who served two terms as T"', () => {
  it.each([
    ['"X, who was once Kesses MP, is now a farmer"', 'Lagat Kiprotich Bett, who was once Kesses MP, is now a farmer.', 'Lagat Kiprotich Bett', ['MP, Kesses (former)']],
    ['"X, who had been Kesses MP, is now a farmer"', 'Lagat Kiprotich Bett, who had been Kesses MP, is now a farmer.', 'Lagat Kiprotich Bett', ['MP, Kesses (former)']],
    ['"X, who served two terms as Kesses MP,"', 'Lagat Kiprotich Bett, who served two terms as Kesses MP, is now a farmer.', 'Lagat Kiprotich Bett', ['MP, Kesses (former)']],
  ])('%s', (_label, sentence, name, roles) => {
    expect(rolesOf(sentence, name)).toEqual(roles);
  });

  it.each([
    ['"who had been Kesses MP since 2013": a span the words leave open', 'Lagat Kiprotich Bett, who had been Kesses MP since 2013, spoke.', 'Lagat Kiprotich Bett'],
    ['"who was once Governor Y\'s aide": another\'s office', "Lagat Kiprotich Bett, who was once Governor Chebet Kiprono Rotich's aide, spoke.", 'Lagat Kiprotich Bett'],
    ['"who had been Nairobi for a week": no title', 'Lagat Kiprotich Bett, who had been Nairobi for a week, spoke.', 'Lagat Kiprotich Bett'],
  ])('near misses give no office: %s', (_label, sentence, name) => {
    expect(rolesOf(sentence, name)).toEqual([]);
  });
});

describe('a ward or a House the subject served or represented, over a time now past', () => {
  it.each([
    ['"X served as the MCA for W ward from 2013 to 2022"', 'Lagat Kiprotich Bett served as the MCA for Kibingei ward from 2013 to 2022.', 'Lagat Kiprotich Bett', ['MCA, Kibingei (former)']],
    ['"X was the MCA for W ward for two terms before …"', 'Lagat Kiprotich Bett was the MCA for Kibingei ward for two terms before he won the parliamentary seat in 2022.', 'Lagat Kiprotich Bett', ['MCA, Kibingei (former)']],
    ['"A Wiper stalwart, X represented W ward in the C County Assembly between …"', 'A Wiper stalwart, Lagat Kiprotich Bett represented Kibingei ward in the Bungoma County Assembly between 2017 and 2022.', 'Lagat Kiprotich Bett', ['MCA, Kibingei (former)']],
    ['"X represented P in the National Assembly from … to …"', 'Lagat Kiprotich Bett represented Kibwezi in the National Assembly from 2013 to 2022.', 'Lagat Kiprotich Bett', ['MP, Kibwezi (former)']],
    ['"X represented P County in the National Assembly": its Woman Representative', 'Nduku Mwikali Kitheka represented Kitui County in the National Assembly from 2013 to 2017.', 'Nduku Mwikali Kitheka', ['Woman Representative, Kitui (former)']],
    ['"X represented P in the Senate for two terms"', 'Nduku Mwikali Kitheka represented Kitui in the Senate for two terms.', 'Nduku Mwikali Kitheka', ['Senator, Kitui (former)']],
  ])('%s', (_label, sentence, name, roles) => {
    expect(rolesOf(sentence, name)).toEqual(roles);
  });

  it.each([
    ['no time that closes it', 'Lagat Kiprotich Bett represented Kibwezi in the National Assembly.', 'Lagat Kiprotich Bett'],
    ['a group represented at a hearing', 'Lagat Kiprotich Bett represented Kibwezi traders in the National Assembly hearings from 2013 to 2022.', 'Lagat Kiprotich Bett'],
    ['another named before the subject', 'Unlike Ms Nduku Mwikali Kitheka, Mr Lagat Kiprotich Bett served as the MCA for Kibingei ward from 2013 to 2022.', 'Nduku Mwikali Kitheka'],
  ])('near misses give no office: %s', (_label, sentence, name) => {
    expect(rolesOf(sentence, name)).toEqual([]);
  });
});

describe('an office set off after the name by "then", "formerly" or "previously", with no article', () => {
  it.each([
    ['"the late X, then Speaker of the Kisii County Assembly,"', 'I sat with the late Ombasa Mogeni Oigo, then Speaker of the Kisii County Assembly, in 2014.', 'Ombasa Mogeni Oigo', ['Speaker, Kisii County Assembly (former)']],
    ['"X, formerly Kitui Senator,"', 'Ombasa Mogeni Oigo, formerly Kitui Senator, spoke.', 'Ombasa Mogeni Oigo', ['Senator, Kitui (former)']],
    ['"Kitui Senator X, previously Kitui Governor,"', 'Kitui Senator Ombasa Mogeni Oigo, previously Kitui Governor, spoke.', 'Ombasa Mogeni Oigo', ['Governor, Kitui (former)', 'Senator, Kitui (current)']],
  ])('%s', (_label, sentence, name, roles) => {
    expect(rolesOf(sentence, name)).toEqual(roles);
  });

  it.each([
    ['"X, then Governor Y\'s aide,": another\'s office', "Ombasa Mogeni Oigo, then Governor Kiptoo Rono Chebet's aide, spoke.", 'Ombasa Mogeni Oigo'],
    ['"X, then Nairobi\'s top lawyer,": no office', "Ombasa Mogeni Oigo, then Nairobi's top lawyer, spoke.", 'Ombasa Mogeni Oigo'],
  ])('near misses give no office: %s', (_label, sentence, name) => {
    expect(rolesOf(sentence, name)).toEqual([]);
  });
});

describe('an office "he" or "she" served in, told after the one person named', () => {
  it.each([
    ['Vihiga Senator Lumidi Kegode Mwenesi is one of the loudest voices in the Senate. Before coming to Parliament, he served as Speaker of the Vihiga County Assembly between 2013 and 2017.', ['Senator, Vihiga (current)', 'Speaker, Vihiga County Assembly (former)']],
    ["Mr Lumidi Kegode Mwenesi's own career has been long. He was first elected in 2013. He later served as chairman of the Departmental Committee on Health in the 12th Parliament, before losing the seat in 2022.", ['Chairman, Departmental Committee on Health (former)']],
    ['Mr Lumidi Kegode Mwenesi spoke on Monday. Between 1979 and 1983, he was the Assistant Minister for Water, a post that earned him his nickname.', ['Assistant Minister, Water (former)']],
  ])('"%s"', (text, roles) => {
    expect(rolesOf(text, 'Lumidi Kegode Mwenesi')).toEqual(roles);
  });

  it.each([
    ['the one named is not the subject', 'The first-term legislator, who unseated two-term Senator Lumidi Kegode Mwenesi in 2022, chairs the Senate Devolution Committee. Before coming to Parliament, he served as Speaker of the Vihiga County Assembly between 2013 and 2017.'],
    ['two people before', 'Governor Ayuku Ingati Shivachi met Senator Lumidi Kegode Mwenesi. He served as Speaker of the Vihiga County Assembly between 2013 and 2017.'],
    ['the other sex', 'Mr Lumidi Kegode Mwenesi spoke on Monday. She served as Speaker of the Vihiga County Assembly between 2013 and 2017.'],
    ['no time told', 'Mr Lumidi Kegode Mwenesi spoke on Monday. He was Speaker of the Vihiga County Assembly, he said.'],
  ])('gives no past office: %s', (_label, text) => {
    expect(rolesOf(text, 'Lumidi Kegode Mwenesi').filter((role) => role.startsWith('Speaker'))).toEqual([]);
  });
});
