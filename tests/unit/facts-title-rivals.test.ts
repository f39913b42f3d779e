/**
 * A quote attributed by a title ("said the senator", "the governor said") goes
 * to a person only when no one else who could hold that title is in play:
 * someone named as the holder's counterpart holds it too, and a former holder
 * the sentence before speaks of, by name or by the title alone, may be the one
 * meant. Each case is a short invented text with its speaker written by hand;
 * the `null` cases are readings that gave the quote to the wrong person.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { summarise } from '../../src/pipeline/summary';
import { factReaders, SAID } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();
const { speakers } = factReaders(pack);

describe('a counterpart holds the title too', () => {
  it('gives "said the senator" to no one after a senator and his counterpart', () => {
    const text = `Headline\n\nSenators were divided on Thursday. Lamwai Senator Ochieng Barasa Kimaru said the assembly had followed due process, while his Tharamu counterpart, Kiprono Tuitoek Sirma, said the charges were not proved.\n\n"${SAID}," said the senator.`;
    expect(speakers(text)).toEqual([null]);
  });

  it('gives "the MP said" to no one after an MP and his counterpart addressed the press', () => {
    const text = `Headline\n\nThe Bill will be voted on next week. Wanjala, the Kaporet MP, and his Lamwai counterpart Otieno Mugambi Kirui later addressed the press. "${SAID}," the MP said.`;
    expect(speakers(text)).toEqual([null]);
  });

  it('gives "said the MCA" to no one after an MCA and her counterpart spoke together', () => {
    const text = `Headline\n\nArea MCA Musa Kiprop Lelgo and his Kapkolei counterpart, Nafula Chebet Wekesa, said they had been threatened by youths at the stadium.\n\n"${SAID}," said the MCA.`;
    expect(speakers(text)).toEqual([null]);
  });

  it('still gives "said the senator" to the one senator of the sentence before', () => {
    const text = `Headline\n\nSenators were divided on Thursday. Lamwai Senator Ochieng Barasa Kimaru said the assembly had followed due process.\n\n"${SAID}," said the senator.`;
    expect(speakers(text)).toEqual(['Ochieng Barasa Kimaru']);
  });
});

describe('a former holder the sentence before speaks of', () => {
  const opening = 'Headline\n\nFormer Tharamu Governor Obure Kitili Nyandoro has accused his successor, Governor Wekesa Lusweti Makhoha, of abandoning a referral hospital.\n\n';

  it('gives "said the governor" to no one right after "the former governor said"', () => {
    const text = `${opening}Speaking in Tharamu town on Monday, the former governor said the project had been starved of funds.\n\n"${SAID}," said the governor.`;
    expect(speakers(text)).toEqual([null]);
  });

  it('gives "the governor said" to no one right after a quote of the former governor', () => {
    const text = `${opening}"The people of Tharamu should ask where the money went," the former governor said.\n\n"${SAID}," the governor said in a separate interview.`;
    expect(speakers(text)).toEqual(['Obure Kitili Nyandoro', null]);
  });

  it('gives it to no one after a quote of two sentences by the former governor', () => {
    const text = `${opening}"I left that hospital at 70 per cent. The people of Tharamu should ask where the money went," the former governor said.\n\n"${SAID}," the governor said in a separate interview.`;
    expect(speakers(text)).toEqual(['Obure Kitili Nyandoro', null]);
  });

  it('still gives "said the governor" to the governor when the sentence before is his', () => {
    const text = `${opening}Makhoha dismissed the claims at a separate event in Kaboson ward.\n\n"${SAID}," said the governor.`;
    expect(speakers(text)).toEqual(['Makhoha']);
  });
});

describe('a description the writer has just used for someone else', () => {
  const opening = 'Headline\n\nTrans Nzoia Senator Wekesa Nalianya Kundu and Kericho Senator Kiplimo Towett Sangura were invited to the meeting.\n\n';
  const kundu = `Kundu, who left the party in 2023, said the alliance would not be anybody's junior partner.\n\n"${SAID}," the senator said.`;

  it('gives "the senator said" to no one when "the senator" just meant the other senator', () => {
    const text = `${opening}Only Kundu came. Neither Sangura nor his party's office commented on the senator's absence.\n\n${kundu}`;
    expect(speakers(text)).toEqual([null]);
  });

  it('still gives "the senator said" to the senator the sentence before is about', () => {
    const text = `${opening}Only Kundu came. Sangura did not respond to our calls.\n\n${kundu}`;
    expect(speakers(text)).toEqual(['Kundu']);
  });
});

describe('a second person the title is written before', () => {
  const quote = `\n\n"${SAID}," the chairman said.`;

  it('gives "the chairman said" to no one after a party chairman and a committee chairman', () => {
    const text = `Headline\n\nODM chairman Daniel Omondi Akech and the assembly's finance committee chairman, Shadrack Kiptoo Lelgo, also spoke on the matter.${quote}`;
    expect(speakers(text)).toEqual([null]);
  });

  it('still gives it to the chairman when the other person holds another title', () => {
    const text = `Headline\n\nODM chairman Daniel Omondi Akech and Governor Shadrack Kiptoo Lelgo also spoke on the matter.${quote}`;
    expect(speakers(text)).toEqual(['Daniel Omondi Akech']);
  });
});

describe('the sentence before is about someone whose office the article never says', () => {
  // (Not "and his Kilumbi counterpart Achieng Auma Oduor": that says her office, the Kilumbi governorship; below.)
  const opening = 'Headline\n\nMbotela Governor Samson Kiprotich and Achieng Auma Oduor clashed at the devolution conference on Tuesday.\n\nKiprotich accused the Council of Governors of favouring large counties. ';
  /** Who each published quote is given to, after resolution and the evidence check. */
  const published = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.flatMap((one) => one.quotes.map(() => one.name));

  it('gives "the governor said" to no one after "Oduor, who chairs the finance committee, dismissed the claim"', () => {
    const text = `${opening}Oduor, who chairs the finance committee, dismissed the claim.\n\n"${SAID}," the governor said.`;
    expect(speakers(text)).toEqual([null]);
    expect(published(text)).toEqual([]);
  });

  it.each([
    `Kiprotich dismissed the claim.\n\n"${SAID}," the governor said.`,
    `Health CEC Mary Wanjiru Gathoni defended the county's record.\n\n"${SAID}," the governor said.`,
  ])('still gives "the governor said" to the governor in "%s"', (paragraph) => {
    expect(published(`${opening}${paragraph}`)).toEqual(['Samson Kiprotich']);
  });

  describe('when the other is his counterpart, a governor too', () => {
    const counterparts = opening.replace('and Achieng Auma Oduor', 'and his Kilumbi counterpart Achieng Auma Oduor');

    it('gives "the governor said" to the governor the sentence before is about', () => {
      expect(published(`${counterparts}Oduor, who chairs the finance committee, dismissed the claim.\n\n"${SAID}," the governor said.`)).toEqual(['Achieng Auma Oduor']);
    });

    it('gives it to no one after a sentence about neither governor', () => {
      expect(published(`${counterparts}Health CEC Mary Wanjiru Gathoni defended the county's record.\n\n"${SAID}," the governor said.`)).toEqual([]);
    });
  });
});
