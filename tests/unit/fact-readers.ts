/**
 * What the fact tests read of one invented article: its quotes' speakers, a
 * person's ties and roles, as `speakers(text)` or `ties(text, 'Kamau')`. Shared
 * by the recall tests, so every case reads the extractor the same way.
 */
import { analyseCorpus } from '../../src/pipeline/corpus';
import { extractArticle } from '../../src/pipeline/extract/index';
import type { CountryPack } from '../../src/pipeline/pack';
import type { RoleCue } from '../../src/pipeline/types';
import { readArticle } from '../../src/pipeline/read/index';
import { summarise } from '../../src/pipeline/summary';
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

/**
 * A person's published roles and party ties, as one sorted list of lines
 * ("MP, Kitui (current)", "party Wiper (member)"), after resolution and the
 * evidence check: what their profile would show. `name` is the end of their name.
 */
export function publishedFacts(pack: CountryPack) {
  return (text: string, name: string): string[] => {
    const person = summarise(analyseCorpus([seed('x.txt', `Headline\n\n${text}`)], pack)).people.find((one) => one.name.endsWith(name));
    return [
      ...(person?.roles ?? []).map((role) => `${role.title}${role.organisation ? `, ${role.organisation}` : ''} (${role.tense ?? 'current'})`),
      ...(person?.parties ?? []).map((tie) => `party ${tie.party} (${tie.relation})`),
    ].sort();
  };
}

/** A role as the fact tests write it: "Governor of Kitui (current)". */
export const roleLine = (role: Pick<RoleCue, 'title' | 'organisation' | 'tense'>): string => `${role.title}${role.organisation ? ` of ${role.organisation}` : ''} (${role.tense ?? 'current'})`;

/**
 * The published person of one invented article whose name ends with `name`, after resolution and the evidence check:
 * what their profile would show. `file` names the seed (".md" for front matter).
 */
export function publishedPerson(pack: CountryPack, file = 'x.txt') {
  return (text: string, name: string) => summarise(analyseCorpus([seed(file, text)], pack)).people.find((one) => one.name.endsWith(name));
}
