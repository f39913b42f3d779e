/**
 * A question-and-answer interview: "Q: …" and "A: …" paragraphs, with no
 * quotation marks, after an introduction that says who spoke to the outlet.
 * Each answer is one quote of the interviewee; a question is the outlet's
 * words, no quote; an introduction that does not name exactly one person as
 * the one who spoke settles no answer. Each case is a short invented text.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const report = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack));
const quotesOf = (text: string, name: string) => (report(text).people.find((one) => one.name.endsWith(name))?.quotes ?? []).map((quote) => quote.text);

const interview = (intro: string) =>
  [
    'THE BIG INTERVIEW',
    'Wanjiru: We will not be anyone\'s junior partner',
    intro,
    'Q: You were a Jubilee senator for five years. Why leave now?',
    'A: Because the party stopped listening to the farmers who built it in the first place.',
    'Q: Will you work with ODM?',
    'A: We have talked to everybody, but we will not join any coalition as a junior partner.',
    'This interview has been edited for length and clarity.',
  ].join('\n\n');

describe('a Q/A interview', () => {
  it('gives each answer to the one person the introduction says spoke to the outlet', () => {
    const text = interview(
      'A former teacher, Prof Wanjiru Nduta Kamau spoke to the Sunday Nation at her office on Ngong Road. Her party\'s chairman, Dr Otieno Odera Ouma, sat in on the interview. Excerpts:',
    );
    expect(quotesOf(text, 'Kamau')).toEqual([
      'Because the party stopped listening to the farmers who built it in the first place.',
      'We have talked to everybody, but we will not join any coalition as a junior partner.',
    ]);
    expect(quotesOf(text, 'Ouma')).toEqual([]);
  });

  it('takes no question for a quote', () => {
    const text = interview('Prof Wanjiru Nduta Kamau spoke to the Sunday Nation. Excerpts:');
    const all = report(text);
    const texts = [...all.people.flatMap((one) => one.quotes.map((quote) => quote.text)), ...all.unattributed.map((quote) => quote.text)];
    expect(texts.some((quote) => quote.startsWith('You were'))).toBe(false);
  });

  it('settles no answer when two people spoke to the outlet', () => {
    const text = interview('Prof Wanjiru Nduta Kamau and Dr Otieno Odera Ouma spoke to the Sunday Nation. Excerpts:');
    expect(quotesOf(text, 'Kamau')).toEqual([]);
    expect(quotesOf(text, 'Ouma')).toEqual([]);
  });

  it('gives each answer to the one the sentence before opens with, when the introduction says "He spoke to …"', () => {
    const text = interview(
      "Kisumu West MP Otieno Barasa Oduor last month left ODM for the ZPP.\n\nOduor, the erstwhile ODM chairman in Kisumu, had been a County Executive for Water until his sacking in 2016. He spoke to the Star in his Nairobi office on Tuesday. Excerpts:",
    );
    expect(quotesOf(text, 'Oduor')).toEqual([
      'Because the party stopped listening to the farmers who built it in the first place.',
      'We have talked to everybody, but we will not join any coalition as a junior partner.',
    ]);
  });

  it('looks back over sentences that open with the same pronoun to the one that names him', () => {
    const text = interview(
      'Former Mbotela Senator Lokori Ekiru Namoit was last week named the running mate of the Umoja Party leader. Mr Namoit, a one-time ambassador, served in the Senate from 2017 until 2022. He quit Jubilee for the Umoja Party in March. He spoke to the Sunday Nation in Lodwar. Excerpts:',
    );
    expect(quotesOf(text, 'Namoit')).toEqual([
      'Because the party stopped listening to the farmers who built it in the first place.',
      'We have talked to everybody, but we will not join any coalition as a junior partner.',
    ]);
  });

  it('settles no answer when the pronouns before "He spoke to …" change, or the chain opens with two people', () => {
    const other = interview(
      'Ms Atieno Akinyi Odera met Mr Lokori Ekiru Namoit on Monday. She quit Jubilee for the Umoja Party in March. He spoke to the Sunday Nation in Lodwar. Excerpts:',
    );
    expect(quotesOf(other, 'Namoit')).toEqual([]);
    expect(quotesOf(other, 'Odera')).toEqual([]);
    const two = interview('Lokori Ekiru Namoit and Dr Wekesa Wanyama Simiyu met in Kisumu on Monday. He quit Jubilee in March. He spoke to the Star on Tuesday. Excerpts:');
    expect(quotesOf(two, 'Namoit')).toEqual([]);
    expect(quotesOf(two, 'Simiyu')).toEqual([]);
  });

  it('settles no answer when the sentence before "He spoke to …" opens with two people', () => {
    const text = interview('Otieno Barasa Oduor and Dr Wekesa Wanyama Simiyu met in Kisumu on Monday. He spoke to the Star in his Nairobi office on Tuesday. Excerpts:');
    expect(quotesOf(text, 'Oduor')).toEqual([]);
    expect(quotesOf(text, 'Simiyu')).toEqual([]);
  });
});

describe('an introduction whose sentences go on about the interviewee without naming him', () => {
  const answers = [
    'Because the party stopped listening to the farmers who built it in the first place.',
    'We have talked to everybody, but we will not join any coalition as a junior partner.',
  ];

  it('looks back over a described legislator and a pronoun after an opening phrase to the one who is named', () => {
    const text = interview(
      'Mbotela Senator Kiprop Arap Chemweno is among the sharpest critics of county spending. The second-term lawmaker, who first won the seat on a Jubilee ticket in 2017, chairs the Senate Finance Committee. Before joining the Senate, he served as a county executive in Mbotela. He has said he will run for governor in 2027. He spoke to the Sunday Nation in Nairobi. Excerpts:',
    );
    expect(quotesOf(text, 'Chemweno')).toEqual(answers);
  });

  it('reads "In her first term, she …" as going on about the woman named before', () => {
    const text = interview('Kilumbi Woman Representative Atieno Akinyi Odera is one of the most outspoken women in the House. In her first term, she pushed a bill on market stalls through. She spoke to the Star at her office. Excerpts:');
    expect(quotesOf(text, 'Odera')).toEqual(answers);
  });

  it.each([
    ['a governor described between', 'Mbotela Senator Kiprop Arap Chemweno has clashed with Governor Wafula Sitati Barasa over audits. The governor, who was elected on a UDA ticket, has accused him of campaigning early. He spoke to the Sunday Nation in Nairobi. Excerpts:'],
    ['two people named before the description', 'Mbotela Senator Kiprop Arap Chemweno and Kilumbi Senator Wafula Sitati Barasa have clashed over audits. The first-term legislator, who chairs the Finance Committee, has accused his colleague of campaigning. He spoke to the Sunday Nation in Nairobi. Excerpts:'],
    ['someone else named after an opening phrase', 'Mbotela Senator Kiprop Arap Chemweno is a critic of county spending. On Monday, Governor Wafula Sitati Barasa hit back at him in Kakamega. He spoke to the Sunday Nation in Nairobi. Excerpts:'],
    ['the other pronoun after an opening phrase', 'Mbotela Senator Kiprop Arap Chemweno is a critic of county spending. In March, she said the senator had lied about the audit. He spoke to the Sunday Nation in Nairobi. Excerpts:'],
    ['a described legislator then named', 'Mbotela Senator Kiprop Arap Chemweno is a critic of county spending. The first-term lawmaker, Wafula Sitati Barasa, has defended the governor. He spoke to the Sunday Nation in Nairobi. Excerpts:'],
  ])('settles no answer with %s', (_case, intro) => {
    const text = interview(intro);
    expect(quotesOf(text, 'Chemweno')).toEqual([]);
    expect(quotesOf(text, 'Barasa')).toEqual([]);
  });
});

describe('a Q&A box whose heading names who answers', () => {
  const box = (heading: string) =>
    [
      'Wajir elders to pick consensus candidate',
      'The Wajir council of elders will meet in Habaswein next month to pick one candidate for the governor race. Former Wajir South MP Hassan Elmi Omar Qorane and Deputy Governor Siyad Abdille Kahiye are both in the running.',
      heading,
      'Q: Will you step down if the elders pick another man?',
      'A: No. The elders are not the IEBC, and the people will vote on the ballot.',
    ].join('\n\n');

  it('gives each answer to the one person the heading names', () => {
    expect(quotesOf(box('Q&A: Hassan Elmi Omar Qorane, former Wajir South MP'), 'Qorane')).toEqual(['No. The elders are not the IEBC, and the people will vote on the ballot.']);
  });

  it.each([
    'Q&A: Hassan Elmi Omar Qorane and Siyad Abdille Kahiye on the elders',
    'Q&A: What the elders want',
  ])('settles no answer under "%s"', (heading) => {
    const text = box(heading);
    expect(quotesOf(text, 'Qorane')).toEqual([]);
    expect(quotesOf(text, 'Kahiye')).toEqual([]);
  });
});

describe('an introduction in the standfirst, a few paragraphs before the questions', () => {
  it('still gives the answers to the one person it says spoke to the outlet', () => {
    const text = [
      'Kamau: We will not be anyone\'s junior partner',
      'Former Agriculture Cabinet Secretary Wanjiru Nduta Kamau quit Jubilee in January and now leads her own party. She spoke to People Daily about her years in government and her new party.',
      'Wanjiru Nduta Kamau has worn many hats. She was first elected senator in 2013.',
      'Her successor at Agriculture was moved to Trade in 2023.',
      'Her supporters in Nyeri say she is the only leader who listens to farmers.',
      'Many also expect her to run for president, a suggestion she laughs off. Excerpts:',
      'Q: You were a Jubilee senator for five years. Why leave now?',
      'A: Because the party stopped listening to the farmers who built it in the first place.',
    ].join('\n\n');
    expect(quotesOf(text, 'Kamau')).toEqual(['Because the party stopped listening to the farmers who built it in the first place.']);
  });
});
