/**
 * Knows every party of the corpus under all its names: full names, acronyms
 * (defined in the text or registered in the country pack), short forms
 * ("Wiper", "Azimio la Umoja"), and one-letter slips ("Azimo la Umoja").
 */
import type { CountryPack } from '../pack';
import { ORGANISATION_HEADS, PARTY_HEADS } from '../extract/lexicon';
import { editDistance, nameKey, nameWords } from './normalise';
import type { ReviewNote } from './people';

export interface PartyGroup {
  /** Every name written in the articles, with how often. */
  written: Map<string, number>;
  /** Comparable keys that name this party exactly: names, aliases, acronym. */
  keys: Set<string>;
  /** Names to compare short forms against. */
  names: string[];
  acronym: string | null;
  /** The registered name, when the pack knows the party. */
  registered?: string;
}

/** First words too common to tell one party from another: "National", "United", "Kenya". */
export const GENERIC = new Set(
  `kenya kenyan national united democratic the people peoples republican progressive new grand african one liberal
   labour labor green social popular independent federal reform justice freedom unity patriotic economic citizens
   change orange`.split(/\s+/),
);

export class PartyDirectory {
  readonly groups: PartyGroup[] = [];
  private readonly byKey = new Map<string, PartyGroup>();
  /** Answers of `find`, until the next name is indexed: resolution asks about the same words many times. */
  private readonly answers = new Map<string, PartyGroup | undefined>();

  /**
   * A lone word that names a place ("Pwani", the Coast) or is an organisation's
   * common noun ("Forum" of "the Coast Leaders Forum"): no party's short form,
   * whatever party opens with it.
   */
  private readonly common: (word: string) => boolean;

  constructor(pack: CountryPack) {
    this.common = (word) => ORGANISATION_HEADS.has(word) || pack.places.has(word);
    for (const party of pack.parties) {
      const group: PartyGroup = { written: new Map(), keys: new Set(), names: [], acronym: party.acronym, registered: party.name };
      this.groups.push(group);
      for (const name of [party.name, ...party.aliases]) this.index(group, name);
      if (party.acronym) this.index(group, party.acronym);
    }
  }

  /**
   * Forms written beside a party that share no word or letter pattern with its
   * name ("Alliance Party (UK)"): kept off the party, for an editor to settle.
   */
  readonly unrelated: { name: string; form: string }[] = [];

  /** Records a name written in an article, creating its party if none matches. */
  add(name: string, acronym?: string): PartyGroup {
    const fits = acronym !== undefined && abbreviates(acronym, name);
    if (acronym && !fits) this.unrelated.push({ name, form: acronym });
    const byAcronym = fits ? this.byKey.get(nameKey(acronym)) : undefined;
    // "Chama Cha Mapinduzi (CCM)": a full name the pack's party does not go by, defined with that party's acronym, is
    // another party sharing its letters (Tanzania's, not Kenya's Chama Cha Mashinani); the acronym alone joins nothing.
    const joinable = byAcronym && byAcronym.registered === undefined ? byAcronym : undefined;
    // ("Sauti ya Mwananchi Party (SMP)" beside "Sauti ya Wananchi Party (SWP)": names a letter apart, each defined with
    // an acronym of its own, are two parties.)
    const found = this.find(name);
    const another = found !== undefined && fits && found.acronym !== null && nameKey(found.acronym) !== nameKey(acronym) && !found.keys.has(nameKey(name));
    const group = (another ? undefined : found) ?? joinable ?? this.create();
    this.index(group, name);
    group.written.set(name, (group.written.get(name) ?? 0) + 1);
    if (acronym && fits) {
      this.index(group, acronym);
      group.acronym = acronym;
    }
    return group;
  }

  /** The party `name` stands for, if exactly one. */
  find(name: string): PartyGroup | undefined {
    const key = nameKey(name);
    if (this.answers.has(key)) return this.answers.get(key);
    const answer = this.lookUp(name, key);
    this.answers.set(key, answer);
    return answer;
  }

  private lookUp(name: string, key: string): PartyGroup | undefined {
    const exact = this.byKey.get(key);
    if (exact) return exact;
    const core = coreOf(name);
    // "UDA Party", "DCP Party", "Jubilee Party": a party word after the party's acronym or short form.
    if (core.length === 1) {
      const short = this.byKey.get(core[0] as string);
      if (short) return short;
    }
    if (core.length === 0 || (core.length === 1 && (GENERIC.has(core[0] as string) || this.common(core[0] as string)))) return undefined;
    const matches = this.groups.filter((group) => group.names.some((other) => sameParty(core, coreOf(other)) && sameHead(name, other) && !fullNamesApart(name, other)));
    return matches.length === 1 ? matches[0] : undefined;
  }

  private create(): PartyGroup {
    const group: PartyGroup = { written: new Map(), keys: new Set(), names: [], acronym: null };
    this.groups.push(group);
    return group;
  }

  private index(group: PartyGroup, name: string): void {
    const key = nameKey(name);
    this.answers.clear();
    if (!this.byKey.has(key)) this.byKey.set(key, group);
    group.keys.add(key);
    if (!group.names.includes(name)) group.names.push(name);
  }
}

const cores = new Map<string, string[]>();

/** A party name's distinctive words: "the", and head words at the end, left out. */
function coreOf(name: string): string[] {
  let core = cores.get(name);
  if (!core) {
    core = computeCore(name);
    cores.set(name, core);
  }
  return core;
}

function computeCore(name: string): string[] {
  const words = nameWords(name).filter((word) => word !== 'the');
  while (words.length > 1 && PARTY_HEADS.has(words[words.length - 1] as string)) words.pop();
  if (words.length === 1 && PARTY_HEADS.has(words[0] as string)) return [];
  return words;
}

/**
 * True when `core` (a name looked up) is a short form of `other` ("Wiper" of
 * "Wiper Democratic Movement"), word for word allowing a one-letter slip in
 * long words; or `other` begins `core` and the words `core` adds are generic
 * ("Jubilee Party of Kenya"). "Amani Mashinani Party" is no form of "Amani".
 */
function sameParty(core: string[], other: string[]): boolean {
  const [short, long] = core.length <= other.length ? [core, other] : [other, core];
  if (short.length === 1 && GENERIC.has(short[0] as string) && short.length < long.length) return false;
  if (!short.every((word, index) => similarWord(word, long[index] as string))) return false;
  return long === other || long.slice(short.length).every((word) => GENERIC.has(word) || word === 'of');
}

/**
 * Head words that say what kind of body a party is. Two names written in full
 * with different ones are two parties whatever words they share: "Taifa Moja
 * Movement" is no short form of "Taifa Moja Democratic Party". "Alliance" and
 * "Coalition" are left out: the text calls one coalition by either.
 */
const DISTINCT_HEADS = new Set(['party', 'movement', 'congress', 'front', 'democrats']);

function sameHead(name: string, other: string): boolean {
  const head = (words: readonly string[]) => (DISTINCT_HEADS.has(words[words.length - 1] as string) ? words[words.length - 1] : undefined);
  const [wordsOf, wordsOfOther] = [withoutCountry(nameWords(name)), withoutCountry(nameWords(other))];
  if (partyAndCoalition(wordsOf, wordsOfOther) || partyAndCoalition(wordsOfOther, wordsOf)) return false;
  const [one, two] = [head(wordsOf), head(wordsOfOther)];
  return one === undefined || two === undefined || one === two;
}

/** A full name's kind, from its last word ("Alliance" and "Coalition" one kind): undefined for a name without one. */
function kindOf(words: readonly string[]): string | undefined {
  const last = words[words.length - 1] as string;
  if (words.length < 2 || !PARTY_HEADS.has(last)) return undefined;
  return COALITION_HEADS.has(last) ? 'coalition' : last;
}

/**
 * Two names each written in full with a head word of one kind, one holding words the other lacks beyond the generic:
 * "Umoja Alliance" is no short form of "Umoja wa Mabadiliko Alliance" (as "Umoja wa Mabadiliko" and "Safina Party" of
 * "Safina Democratic Party" are); a text that shortens a name drops its head word with the rest.
 */
function fullNamesApart(name: string, other: string): boolean {
  const kind = kindOf(nameWords(name));
  if (kind === undefined || kind !== kindOf(nameWords(other))) return false;
  const [one, two] = [coreOf(name), coreOf(other)];
  const [short, long] = one.length <= two.length ? [one, two] : [two, one];
  return long.slice(short.length).some((word) => !GENERIC.has(word) && word !== 'of');
}

/**
 * A name without the country it ends with: "Mageuzi Congress of Kenya" and
 * "Umoja Party-Kenya" are a Congress and a Party, whose kind the last word
 * would otherwise hide.
 */
function withoutCountry(words: readonly string[]): readonly string[] {
  const last = words.length - 1;
  if (last > 1 && words[last - 1] === 'of' && COUNTRIES.has(words[last] as string)) return words.slice(0, last - 1);
  return last > 0 && COUNTRIES.has(words[last] as string) && DISTINCT_HEADS.has(words[last - 1] as string) ? words.slice(0, last) : words;
}

const COUNTRIES = new Set(['kenya', 'k']);

/** Head words of a coalition's name, which the text calls by either: "the Tumaini Coalition", "the Mwafaka Alliance". */
const COALITION_HEADS = new Set(['coalition', 'alliance']);

/**
 * A coalition's name and a party's sharing their first word are two bodies ("Tumaini Coalition" is no form of the
 * "Tumaini Democratic Congress" that may join it), unless the party's own name holds the coalition's word ("Azimio
 * la Umoja One Kenya Coalition Party").
 */
function partyAndCoalition(coalition: readonly string[], party: readonly string[]): boolean {
  const kind = coalition[coalition.length - 1] as string;
  return COALITION_HEADS.has(kind) && coalition.length > 1 && DISTINCT_HEADS.has(party[party.length - 1] as string) && !party.includes(kind);
}

/**
 * True when `acronym` can be read off `name`: each letter, in order, opens a
 * later word or follows the letter before it in the same word ("FORD" of
 * "Forum for the Restoration of Democracy", "UP-K" of "Umoja Party-Kenya").
 */
export function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  const words = nameWords(name);
  if (letters.length === 0) return false;
  const from = (letter: number, word: number, at: number): boolean => {
    if (letter === letters.length) return true;
    const wanted = letters[letter];
    if (word >= 0 && words[word]?.[at + 1] === wanted && from(letter + 1, word, at + 1)) return true;
    for (let next = word + 1; next < words.length; next++) if (words[next]?.[0] === wanted && from(letter + 1, next, 0)) return true;
    return false;
  };
  return from(0, -1, 0);
}

function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 5 && b.length >= 5 && editDistance(a, b, 1) <= 1;
}

/** The name to show for a party: its longest name written in the articles, else the registered one. */
export function partyName(group: PartyGroup): string {
  const written = [...group.written.entries()].filter(([name]) => !isAcronymOf(name, group));
  written.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1] || a[0].localeCompare(b[0]));
  return written[0]?.[0] ?? group.registered ?? group.acronym ?? [...group.written.keys()][0] ?? '';
}

function isAcronymOf(name: string, group: PartyGroup): boolean {
  return group.acronym !== null && nameKey(name) === nameKey(group.acronym);
}

/**
 * Review notes for the forms a party was written with that share no word or
 * letter pattern with its name ("Alliance Party (UK)"): kept off the party,
 * for an editor to settle, once per name and form.
 */
export function unrelatedFormNotes(directory: PartyDirectory): ReviewNote[] {
  const seen = new Set<string>();
  return directory.unrelated.flatMap(({ name, form }) => {
    const key = `${nameKey(name)}|${nameKey(form)}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{
      kind: 'ambiguous-short-form' as const,
      message: `“${form}” was written beside the party “${name}” but cannot be read off its name; it was not made one of its names`,
      names: [name, form],
      sources: [],
      evidence: [],
      fixes: [],
    }];
  });
}
