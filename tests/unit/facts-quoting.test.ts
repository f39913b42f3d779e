/**
 * "X, quoting Y, said …“…”": the quoted words may be Y's, handed on by X, so
 * the text settles neither as their speaker, and the quote goes to review
 * rather than onto a profile (it went to Y, whose name was nearest). And a
 * "he said" after a sentence whose subject is a seat ("The MCA hit back.") is
 * no one else's: it went to the senator quoted before. Nor is a "she said"
 * after a sentence whose subject is someone's unnamed kin or aide ("Her
 * deputy, …, said …"), or someone unnamed whose clause names X ("The party's
 * treasurer, who sat next to Ms X, disagreed."). And the one who reads out
 * someone's statement or eulogy ("read on her behalf by her chief of staff,
 * X") is not its speaker; nor does "X, who sat next to her, shook his head"
 * make X a woman whose "she said" follows. Nor is a number written in words
 * that opens a sentence ("Two-term Senator X", "Twenty-two of the MCAs")
 * anyone a quote could be given to. Short invented texts, the speakers
 * written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { factReaders } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();
const { speakers, extract } = factReaders(pack);
/** Who each quote is published for, after the evidence check; null for a quote left to review. */
const published = (text: string) => {
  const report = summarise(analyseCorpus([seed('x.txt', text)], pack));
  return report.people.flatMap((one) => one.quotes.map((quote) => `${one.name}: ${quote.text}`));
};

describe('a quote handed on by someone else', () => {
  it.each([
    ['"X, quoting former Minister Y, said the House must “…”"', 'Headline\n\nMajority Leader Julius Kiprop Cheruiyot, quoting former Finance Minister Amos Kibet Rono, said the House must "never again let one region decide for the whole country".'],
    ['"citing the late Y, X told the rally “…”"', 'Headline\n\nCiting the late Senator Wafula Barasa Nyongesa, Governor Esther Nafula Wekesa told the rally that Bungoma must "stand together or fall one ward at a time".'],
  ])('settles no speaker: %s', (_label, text) => {
    expect(speakers(text)).toEqual([null]);
  });

  it('still gives the speaker their quote when what they quote is no person', () => {
    const text = 'Headline\n\nQuoting the Constitution, Senator Titus Kemboi Sang said the House must "protect the counties that have the least".';
    expect(speakers(text)).toEqual(['Titus Kemboi Sang']);
  });
});

describe('"he said" after a seat as the subject', () => {
  it.each(['The MCA hit back.', 'The MCA, who is eyeing the Chepalungu parliamentary seat, hit back.'])('is not the senator quoted before: %s', (sentence) => {
    const text = `Headline\n\nBomet Senator Peter Kiprop Kiptengwer and Chepalungu MCA Daniel Kipkemoi Rotich-Keter traded accusations on Saturday.\n\n"My colleague has forgotten where he came from," Kiptengwer said.\n\n${sentence} "Nobody in this county owns Bomet," he said.`;
    expect(speakers(text)).toEqual(['Kiptengwer', null]);
  });
});

describe('"he" or "she" after an unnamed kin or aide as the subject', () => {
  it.each(['Her deputy, the first woman to hold the post,', 'His wife'])('is not the person quoted before: %s', (subject) => {
    const text = `Headline\n\n"This party belongs to the youth," party leader Dr Kipkorir Ruto Langat said in his acceptance speech.\n\n${subject} said the party would field candidates in all seats. "We will not be anybody's junior partner," she said.`;
    expect(published(text)).toEqual(['Kipkorir Ruto Langat: This party belongs to the youth']);
  });
});

describe('"he" or "she" after an unnamed subject whose clause names someone', () => {
  it.each([
    "The party's treasurer, who sat next to Ms Mutua, disagreed.",
    'One of the MCAs allied to Ms Mutua, who asked not to be named, dismissed the statement.',
    'A party official who attended the meeting with Ms Mutua said the rebels would get a hearing.',
    'Another ODM elder, who has known Ms Mutua since their days in the youth wing, disagreed.',
  ])('is not the person the clause names: %s', (sentence) => {
    const text = `Headline\n\nDeputy party leader Ms Kalekye Mwende Mutua spoke first. "We are ready for 2027," Ms Mutua said.\n\n${sentence} "We are not ready for anything," she said.`;
    expect(published(text)).toEqual(['Kalekye Mwende Mutua: We are ready for 2027']);
  });

  it('is not the person beside whom an unnamed speaker stands: "A family spokesman, standing beside X, told mourners: “…”"', () => {
    const text = `Headline\n\nDeputy party leader Ms Kalekye Mwende Mutua spoke first. "We are ready for 2027," Ms Mutua said.\n\nA family spokesman, standing beside Ms Mutua, told mourners: "We ask for privacy as we prepare to lay Mzee to rest."`;
    expect(published(text)).toEqual(['Kalekye Mwende Mutua: We are ready for 2027']);
  });

  it('is the person an apposition names', () => {
    const text = `Headline\n\nThe party's treasurer, Ms Kalekye Mwende Mutua, disagreed. "We are not ready for anything," she said.`;
    expect(published(text)).toEqual(['Kalekye Mwende Mutua: We are not ready for anything']);
  });
});

describe('words read out by someone else', () => {
  it.each([
    ['a statement read on her behalf', 'In a statement read on her behalf by her chief of staff, Wahu Nyokabi Gatimu, outside the court, she thanked the voters.\n\n"This ruling is not my victory; it belongs to the people," the statement read.'],
    ['a eulogy read by a daughter', 'His eulogy, read by his daughter, Dr Chepkoech Jepkemoi Lagat, recalled his favourite saying: "I was born poor, but I will die rich in friends."'],
  ])('are not the reader\'s: %s', (_label, passage) => {
    const text = `Headline\n\nLaikipia East MP Nduta Wangui Karimiri was not in court.\n\n${passage}`;
    expect(published(text)).toEqual([]);
  });

  it('are not the reader\'s: "Reading the Deputy President\'s message, X said: “…”"', () => {
    const text = 'Headline\n\nReading the Deputy President\'s condolence message, Kisumu Senator Otieno Odoyo Ogutu said: "I join the family in mourning a true son of Gwasi."';
    expect(published(text)).toEqual([]);
  });

  it('are not the reader\'s: "“…,” X said, reading the President\'s message."', () => {
    const text = 'Headline\n\nThe convention was attended by UDA secretary-general Kiprono Kipruto Rotich, who read a speech on behalf of the President.\n\n"The President congratulates the new leadership," Rotich said, reading the President\'s message.';
    expect(published(text)).toEqual([]);
  });

  it('leave the next speaker who names himself his own words: "“…,” Y said, reading the statement. Asked …, X said: “…”"', () => {
    const text = 'Headline\n\nCouncil of Governors chairman Mutiso Kaloki Ndambuki accused the Treasury of starving counties.\n\nSenator Halima Abdi Noor said the Senate would not pass the bill.\n\n"The Minority side will not be part of this," Noor said, reading the statement.\n\nAsked whether the governors would go to court, Ndambuki said: "All options are on the table now."';
    expect(published(text)).toEqual(['Mutiso Kaloki Ndambuki: All options are on the table now.']);
  });

  it('still give no one a standalone quote after the reading: "“…,” Y said, reading the statement. “…”"', () => {
    const text = 'Headline\n\nSenator Halima Abdi Noor said the Senate would not pass the bill.\n\n"The Minority side will not be part of this," Noor said, reading the statement.\n\n"We shall meet the governors on Monday and settle the matter."';
    expect(published(text)).toEqual([]);
  });

  it('still gives the issuer the statement the reader read out', () => {
    const text = 'Headline\n\nIn a statement read on his behalf by acting County Secretary Adan Kuno Dabalen at the county headquarters, Governor Ibrae Diba Halkano said he had handed over "all the instruments of office" to his deputy.';
    expect(published(text)).toEqual(['Ibrae Diba Halkano: all the instruments of office']);
  });
});

describe('"he said" after an unnamed subject whose sentence names no one', () => {
  it.each([
    'A relative of the deceased, who asked not to be named, said the family was unhappy.',
    'A party official, who asked not to be named, said the meeting was a waste of time.',
  ])('is not the person quoted the paragraph before: %s', (sentence) => {
    const text = `Headline\n\nWiper leader Stephen Kyalo Mutua hit back. "Those who have left the party are free to go, but they should not insult us," he said.\n\n${sentence}\n\n"This is a funeral and not a campaign rally," he said.`;
    expect(speakers(text)).toEqual(['Stephen Kyalo Mutua', null]);
  });
});

describe('"she said" after the story\'s subject described by her seat', () => {
  it('is still hers: "The lawmaker, who is serving her second term, said …"', () => {
    const text = `Headline\n\nWajir Woman Representative Amina Dekow Ibrahim has reported threats to the police.\n\nThe lawmaker, who is serving her second term on an ODM ticket, said she had received threatening messages.\n\n"We will fight for every shilling that belongs to this county," she said on Tuesday.`;
    expect(speakers(text)).toEqual(['Amina Dekow Ibrahim']);
  });
});

describe('a pronoun that is someone else\'s', () => {
  it('does not give X the "she said" after "X, who sat next to her, shook his head" (the "her" is the governor)', () => {
    const text = [
      'Headline',
      'Nakuru Governor Chebet Jerop Kirui and Senator Kamau Mwangi Njoroge on Tuesday differed openly over the fertiliser subsidy.',
      'Speaking at a farmers\' meeting in Molo, the governor said the fertiliser was reaching farmers late. Njoroge, who sat next to her, shook his head.',
      '"Our farmers plant in March. The fertiliser arrives in May," she said.',
    ].join('\n\n');
    expect(published(text).some((line) => line.startsWith('Kamau Mwangi Njoroge:'))).toBe(false);
  });
});

describe('a number written in words is no one', () => {
  it('gives "she told mourners" after "Two-term Senator X remembered Y …" to X, not to "Two"', () => {
    const text = `Headline\n\nTwo-term Nyeri Senator Wambui Kariuki Njeri of Jubilee remembered the late governor as a mentor. She said he had persuaded her to run in 2013. "He told me to run. I have never forgotten it," she told mourners.`;
    expect(speakers(text)).not.toContain('Two');
  });

  it('gives "she said had “…”" no crowd for a speaker: "Twenty-two of the MCAs voted …, with X leading …"', () => {
    const text = `Headline\n\nTwenty-two of the 37 MCAs voted against the estimates, with the Majority Leader, Chesoen MCA Chelangat Towett Mibei, leading the charge against a document she said had "starved the wards to feed the county headquarters".`;
    expect(extract(text).quotes.flatMap((quote) => [quote.speaker, ...(quote.candidates ?? [])].map((one) => one?.name))).not.toContain('Twenty');
  });
});
