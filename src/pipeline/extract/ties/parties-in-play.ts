/**
 * Which parties a sentence of an article has in play: those the article names
 * (under every form it or the pack uses for them), and the one that "the
 * party" and "party leader X" mean at each sentence.
 */
import type { CountryPack } from '../../pack';
import type { Mention } from '../../types';
import type { SentenceMentions } from '../sentence-view';

/** Lower-cased names of the parties the article names. */
export function knownParties(sentences: SentenceMentions[], partyLike: (mention: Mention) => boolean): Set<string> {
  return new Set(sentences.flatMap(({ mentions }) => mentions.filter(partyLike).map((mention) => mention.name.toLowerCase())));
}

/**
 * The one party "the party" and "party leader X" mean at each sentence: the
 * parties named in the sentence, else in the nearest sentence before it that
 * names any, else the article's only party; each counted once under all its
 * names (an acronym the article defines, a short form the pack knows). None
 * when the sentence that decides names two.
 */
export function partiesInPlay(sentences: SentenceMentions[], partyLike: (mention: Mention) => boolean, pack: CountryPack): PartiesInPlay {
  const acronyms = new Map<string, string>();
  for (const { mentions } of sentences) for (const party of mentions) if (party.acronym && party.acronym !== party.name) acronyms.set(party.acronym, party.name);
  const registered = registeredNames(pack);
  const keyOf = (party: Mention) => registered.get(party.name.toLowerCase()) ?? acronyms.get(party.name) ?? party.name;
  // "Karanja, the JDC candidate, … the party's deputy secretary-general": an acronym the sentence uses as a party counts as one.
  const usedAsParty = (mentions: Mention[]) => (mention: Mention) =>
    partyLike(mention) || (mention.kind === 'word' && mention.acronym !== undefined && mentions.some((one) => one.role?.organisation === mention.name || (one.ties ?? []).some((tie) => tie.party === mention.name)));
  const partiesOf = (scope: SentenceMentions[]) => {
    const named = new Map<string, Mention>();
    for (const party of scope.flatMap(({ mentions }) => mentions.filter(usedAsParty(mentions)))) {
      const key = keyOf(party);
      const shown = named.get(key);
      if (!shown || party.name.length > shown.name.length) named.set(key, party);
    }
    return [...named.values()];
  };
  const perSentence = sentences.map((sentence) => partiesOf([sentence]));
  // ("X, who left ODM last year, spoke. The party's deputy secretary-general, Y, …"; "A UDA-allied MCA, X, spoke. Party
  // Leader Y …": a sentence that names a party only as one someone stands outside of, left or allied to, puts no party
  // in play for the sentences after it.)
  const outsideOnly = sentences.map((sentence, at) => (perSentence[at] as Mention[]).length > 0 && (perSentence[at] as Mention[]).every((party) => standsOutside(sentence, party)));
  const article = partiesOf(sentences);
  return {
    inPlay: (index) => {
      for (let at = index; at >= 0; at--) {
        const named = perSentence[at] as Mention[];
        if (at < index && outsideOnly[at]) return undefined;
        if (named.length > 0) return named.length === 1 ? named[0]?.name : undefined;
      }
      return article.length === 1 ? article[0]?.name : undefined;
    },
    namedIn: (index) => perSentence[index] ?? [],
    sameParty: (a, b) => (registered.get(a.toLowerCase()) ?? acronyms.get(a) ?? a) === (registered.get(b.toLowerCase()) ?? acronyms.get(b) ?? b),
  };
}

/** "who left ODM", "defected from the P", "a critic of P": a party named as one its person is out of. */
const OUT_OF = /\b(?:left|quit|ditched|dumped|decamped\s+from|defected\s+from|resigned\s+from|expelled\s+from|walked\s+out\s+of|critic\s+of|critical\s+of|opposed\s+to)\s+(?:the\s+)?$/;
/** "A UDA-allied MCA": a party named as the one its person leans to. */
const LEANING_TO = /^[-–](?:allied|leaning|friendly)\b/;

/** Whether the sentence names the party only as one a person is out of or leans to, not as one it is about. */
function standsOutside(sentence: SentenceMentions, party: Mention): boolean {
  const at = party.offset - sentence.start;
  return OUT_OF.test(sentence.text.slice(Math.max(0, at - 40), at)) || LEANING_TO.test(sentence.text.slice(at + party.surface.length, at + party.surface.length + 12));
}

/** The parties each sentence names, and the one "the party" means there. */
export interface PartiesInPlay {
  /** The one party "the party" and "party leader X" mean at a sentence, if one. */
  inPlay: (index: number) => string | undefined;
  /** The parties a sentence names, one mention each (its longest form). */
  namedIn: (index: number) => readonly Mention[];
  /** Whether two written forms are one party (an acronym the article defines, a form the pack knows). */
  sameParty: (a: string, b: string) => boolean;
}

const registeredByPack = new WeakMap<CountryPack, Map<string, string>>();

/** Every lower-cased form the pack knows a party by, to its registered name: built once per pack. */
export function registeredNames(pack: CountryPack): Map<string, string> {
  let names = registeredByPack.get(pack);
  if (!names) {
    names = new Map();
    for (const party of pack.parties) for (const form of [party.name, party.acronym, ...party.aliases]) if (form) names.set(form.toLowerCase(), party.name);
    registeredByPack.set(pack, names);
  }
  return names;
}
