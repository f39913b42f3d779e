/**
 * What the fact tests read of one invented article: its quotes' speakers, a
 * person's ties and roles, as `speakers(text)` or `ties(text, 'Kamau')`. Shared
 * by the recall tests, so every case reads the extractor the same way.
 */
import { extractArticle } from '../../src/pipeline/extract/index';
import type { CountryPack } from '../../src/pipeline/pack';
import { readArticle } from '../../src/pipeline/read/index';
import { seed } from './helpers';

/** A quote of more than five words, for cases whose point is the attribution around it. */
export const SAID = 'We will fight for every shilling that belongs to this county';

export function factReaders(pack: CountryPack) {
  const extract = (text: string) => {
    const { article } = readArticle(seed('x.txt', text));
    if (!article) throw new Error('fixture did not read');
    return extractArticle(article, pack);
  };
  const speakers = (text: string) => extract(text).quotes.map((quote) => quote.speaker?.name ?? null);
  const person = (text: string, name: string) => extract(text).mentions.find((mention) => mention.kind !== 'party' && mention.name.endsWith(name));
  const ties = (text: string, name: string) => (person(text, name)?.ties ?? []).map((tie) => `${tie.party} ${tie.relation}${tie.tense ? ` ${tie.tense}` : ''}`);
  const roles = (text: string, name: string) => {
    const found = person(text, name);
    return [found?.role, ...(found?.roles ?? [])].filter(Boolean);
  };
  /** Every tie the article gives the person, over all their mentions, as `party relation`. */
  const allTies = (text: string, surname: string) =>
    extract(text)
      .mentions.filter((mention) => mention.kind !== 'party' && mention.name.endsWith(surname))
      .flatMap((mention) => (mention.ties ?? []).map((tie) => `${tie.party} ${tie.relation}`));
  return { extract, speakers, person, ties, roles, allTies };
}
