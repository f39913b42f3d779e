/**
 * Finds runs of capitalised words in a sentence: the raw material of names.
 * "National Assembly Deputy Minority Leader Robert Mbui" is one run; the
 * analysis (`names.ts`) later tells its organisation, title and name apart.
 */
import type { Token } from '../../text/tokens';
import { isCommonWord } from '../../resolve/common-words';
import { abbreviates } from '../../resolve/parties';
import { ABBREVIATED_TITLES, CLOSED_CLASS, HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, ORGANISATION_HEADS, PARTY_HEADS, TITLE_HEADS } from '../lexicon';

/** A run: tokens `from` (inclusive) to `to` (exclusive) of the sentence's word tokens. */
export interface Run {
  tokens: Token[];
  /** Index in the sentence's token list of the run's first token. */
  index: number;
  /** Index just past the run's last token. */
  end: number;
  /** True when the run starts the sentence, where any word is capitalised. */
  sentenceInitial: boolean;
}

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Capitalised words that are not names: sentence openers, days, months, pronouns, the platforms people post on. */
export const NOT_NAMES = words(`
  the a an this that these those his her hers their theirs our its my your we they he she it i you him them us me
  but and or nor so yet however meanwhile already also yesterday today tonight tomorrow on in at by for with
  from to of as after before when while where if although though since because during last next according
  speaking addressing reacting responding commenting quoting citing praising echoing accusing thanking urging hailing blaming asked quizzed earlier later separately elsewhere similarly further furthermore moreover nonetheless
  nevertheless instead still even only both all some many most other others another each every several
  there here now then thus hence why what who whom how which whose whoever despite amid amidst among
  following under over without within across through about against upon once unlike like not no yes just
  more less top such sources source insiders observers critics residents members officials leaders
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep
  sept oct nov dec christmas easter ramadan eid whether whichever unless until coming going reached contacted read share follow download watch photo video
  elect vote welcome congratulations thanks dear
  facebook twitter instagram tiktok whatsapp youtube linkedin telegram
`);

/** Plural nouns that may stand inside a body's name: "Leaders Forum", "Members Caucus". */
const GROUP_NOUNS = words(`leaders members officials residents elders`);

/** Words that date a title, capitalised at a sentence's start: "Former", "Acting", "One-time". */
// (And Kiswahili copy's: "Aliyekuwa Seneta X", "who was"; "Marehemu Seneta X", "the late".)
const TENSE_OPENERS = /^(?:former|outgoing|incoming|acting|interim|retired|immediate|late|one-time|erstwhile|aspiring|aliyekuwa|marehemu)$/i;
/**
 * "Lawyer Kipchirchir Bett Maiyo, for Okumu, told …", "Host Lilian Ochieng: “…”" (a transcript's label): an
 * occupation capitalised at a sentence's start is no part of the name.
 */
const OCCUPATIONS = /^(?:lawyer|advocate|journalist|businessman|businesswoman|tycoon|billionaire|entrepreneur|philanthropist|activist|analyst|economist|lecturer|researcher|scholar|author|poet|musician|singer|artist|comedian|actor|actress|socialite|blogger|influencer|farmer|trader|host|presenter|anchor|broadcaster|moderator|reporter|correspondent|commentator|columnist|politician)$/i;

/** "Take X.", "Consider X, the Kanduyi MP, …": a column's imperative opening the sentence, no part of the name after it. */
const IMPERATIVES = /^(?:take|consider|remember|meet|imagine|picture|enter)$/i;

/** "I’m", "We’ll", "It's": a pronoun and a verb, not a name. */
const CONTRACTION = /^\p{L}+['’](?:m|re|ll|ve|d|t)$|^(?:it|that|there|here|what|who|he|she)['’]s$/iu;

/** "S.M", "K.W", "J": a name's initials, their last full stop a token of its own. */
const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u;

/** "TUKO.co.ke", "Nation.Africa": a web address, not a name. */
const WEB_ADDRESS = /\.\p{L}{2,}$/u;

/** "Sh300", "Ksh700", "KSh1.2", "Kshs450,000": shillings glued to their figure, a sum of money, not a name. */
const MONEY = /^(?:K?[Ss][Hh][Ss]?|KES|USD?|Tsh|Ush)\d/;

/** "@JaluoMtoto", "#HandsOffCounties": an account's handle or a hashtag names no one, whoever posts under it. */
function isHandle(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before !== undefined && (before.text === '@' || before.text === '#') && before.end === (tokens[index] as Token).start;
}

/** True for a token that may be inside a run. */
function isRunWord(token: Token): boolean {
  return (
    token.isWord &&
    token.capitalised &&
    !NOT_NAMES.has(token.lower) &&
    !CONTRACTION.test(token.text) &&
    !WEB_ADDRESS.test(token.text) &&
    !MONEY.test(token.text)
  );
}

/**
 * How many particle tokens at `index` may join a run: "la", "wa", "of", "of the";
 * "for" only after a title or an organisation's word ("Secretary for", "Forum for"),
 * so that "ditched ODM for the Pwani Umoja Party" stays two names.
 */
function particlesAt(tokens: Token[], index: number, members: Token[]): number {
  const previous = members[members.length - 1] as Token;
  const first = tokens[index];
  // "National Cohesion and Integration Commission", "Haki & Ukweli Party": "and" inside a body's name.
  // After "and", only in a short name of common words with no title or honorific in it:
  // "National Cohesion and …", not "Governor Tanui and …" nor "Mong'are and …".
  const plainWords = members.length <= 3 && members.some((member) => isCommonWord(member.lower)) && !members.some((member) => TITLE_HEADS.has(member.lower) || HONORIFICS.has(member.lower));
  // ("The Ethiopian Prosperity Party and Sudan's National Congress Party": a name that has its head word is whole; two names follow.)
  const whole = PARTY_HEADS.has(previous.lower) || ORGANISATION_HEADS.has(previous.lower);
  if (first?.text === '&' || (first?.text === 'and' && !whole && (plainWords || inComplement(members)))) {
    let next = index + 1;
    while (next < index + 5 && tokens[next] && isRunWord(tokens[next] as Token) && !(tokens[next] as Token).possessive) next++;
    const last = tokens[next - 1];
    if (next > index + 1 && last && (ORGANISATION_HEADS.has(last.lower) || PARTY_HEADS.has(last.lower))) return 1;
    // "Coalition for Reforms and Democracy", "Movement for Democracy and Rights": common words only, after the body's "for".
    return next > index + 1 && inComplement(members) && tokens.slice(index + 1, next).every((token) => isCommonWord(token.lower) && !TITLE_HEADS.has(token.lower) && !HONORIFICS.has(token.lower)) ? 1 : 0;
  }
  // "Movement for Democracy", "Commission on Administrative Justice": after a body's or a party's head word,
  // "for" or "on" before a capitalised common word goes on with the name ("quit the Jubilee Party for UDA" does not).
  if ((first?.text === 'for' || first?.text === 'on') && (PARTY_HEADS.has(previous.lower) || ORGANISATION_HEADS.has(previous.lower))) {
    const word = tokens[index + 1];
    if (word && isRunWord(word) && !word.acronym && isCommonWord(word.lower) && !TITLE_HEADS.has(word.lower)) return 1;
  }
  // "the Democracy for (the) Citizens Party": a name of common words after "the", then "for", goes on when the words
  // after it close a party's name; after "the", it is a name, not a politician who left a party for another.
  if (first?.text === 'for' && !whole && members.every((member) => isCommonWord(member.lower) && !member.acronym) && /^the$/i.test(tokens[tokens.indexOf(members[0] as Token) - 1]?.text ?? '')) {
    const from = index + (tokens[index + 1]?.text === 'the' ? 2 : 1);
    let next = from;
    while (next < from + 4 && tokens[next] && isRunWord(tokens[next] as Token) && !(tokens[next] as Token).possessive) next++;
    const last = tokens[next - 1];
    if (next > from && last && PARTY_HEADS.has(last.lower) && tokens.slice(from, next).every((token) => isCommonWord(token.lower) && !token.acronym)) return from - index;
  }
  if (!first?.isWord || !NAME_PARTICLES.has(first.text) || first.text === 'the') return 0;
  if (first.text === 'for' && !TITLE_HEADS.has(previous.lower) && !ORGANISATION_HEADS.has(previous.lower)) return 0;
  return tokens[index + 1]?.text === 'the' && (first.text === 'of' || first.text === 'for') ? 2 : 1;
}

/** Whether a run has reached what a body is for or on: "Coalition for", "Commission on". */
function inComplement(members: Token[]): boolean {
  return members.some((member, index) => (member.text === 'for' || member.text === 'on') && index > 0 && (PARTY_HEADS.has((members[index - 1] as Token).lower) || ORGANISATION_HEADS.has((members[index - 1] as Token).lower)));
}

const COLLECTIVES = /^(?:people|peoples|workers|farmers|citizens|women|youth|wananchi|mwananchi|patriots|democrats)$/;

/**
 * "People's Renaissance Alliance", "Workers' Party": a common noun's
 * possessive inside a party's name, when capitalised words after it end in a
 * party word. "UDA's Kimani Ichung'wah" stops at the possessive.
 */
function partyGoesOn(tokens: Token[], next: number, members: Token[]): boolean {
  const possessive = members[members.length - 1] as Token;
  // "Mwangaza People's Alliance": after other words, only a collective noun's possessive ("Kamau's Jubilee Party" stops).
  if (members.length > 1 ? !COLLECTIVES.test(possessive.lower) : !isCommonWord(possessive.lower)) return false;
  let index = next;
  for (; index < next + 4 && tokens[index] && isRunWord(tokens[index] as Token); index++) {
    if (PARTY_HEADS.has((tokens[index] as Token).lower)) return true;
  }
  // "The People's Unity Platform-Kenya (PUP-K)": the name is whole when the acronym after it opens with the possessive's letter.
  const acronym = tokens[index]?.text === '(' && index > next ? tokens[index + 1] : undefined;
  return acronym !== undefined && acronym.acronym && tokens[index + 2]?.text === ')' && acronym.text[0] === possessive.text[0] && abbreviates(acronym.text, tokens.slice(next - 1, index).map((token) => token.text).join(' '));
}

/** "the Wabwire-led IMPK": a lower-case tail makes a word a modifier, and ends the name ("Governor-elect" stays a title). */
function ends(token: Token | undefined): boolean {
  return token !== undefined && !token.possessive && token.text !== token.base && !/-(?:elect|designate)$/i.test(token.text);
}

/**
 * A headline in Title Case: no full stop at its end, and every word of four
 * letters or more capitalised, so that a capital says nothing of a name.
 */
function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.isWord);
  const last = [...tokens].reverse().find((token) => token.text !== '*' && token.text !== '_');
  // (A year or a figure has no case: "… Ahead of 2027 Polls".)
  return words.length >= 4 && last?.text !== '.' && words.filter((token) => token.text.length >= 4 && LETTER_FIRST.test(token.text)).every((token) => token.capitalised);
}

// (Built once: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.)
const LETTER_FIRST = /^\p{L}/u;

/**
 * "… Rotich Ditches UDA, Joins Okelo's ZPP": a headline's verb, a common word
 * ending in -s whose stem is one too; never a title's or a body's word ("Senators", "Courts").
 */
function isHeadlineVerb(token: Token): boolean {
  const word = token.lower;
  if (token.acronym || !/^\p{L}{3,}s$/u.test(word) || TITLE_HEADS.has(word) || ORGANISATION_HEADS.has(word) || PARTY_HEADS.has(word) || GROUP_NOUNS.has(word) || !isCommonWord(word)) return false;
  const stems = [word.slice(0, -1), word.replace(/es$/, ''), word.replace(/ies$/, 'y')];
  return stems.some((stem) => stem !== word && stem.length >= 3 && isCommonWord(stem) && !TITLE_HEADS.has(stem) && !ORGANISATION_HEADS.has(stem) && !PARTY_HEADS.has(stem));
}

/**
 * "… MCAs Join Pwani Democratic Front": a verb of a plural subject has no -s; a verb of the moves and stands
 * headlines tell, right after a plural, is no name's word.
 */
function pluralsVerb(tokens: Token[], token: Token): boolean {
  if (!PLURALS_VERBS.has(token.lower)) return false;
  const before = tokens[tokens.indexOf(token) - 1];
  return before !== undefined && before.isWord && /\p{L}{2,}s$/u.test(before.text) && !before.possessive;
}

const PLURALS_VERBS = new Set(['join', 'quit', 'ditch', 'dump', 'back', 'leave', 'defect', 'decamp', 'rejoin', 'desert', 'endorse', 'reject', 'snub', 'shun', 'abandon', 'welcome', 'expel', 'oust', 'sack', 'unveil', 'pick', 'elect', 'name', 'embrace', 'storm']);

/**
 * How many tokens a nickname at `index` spans, its quotation marks included:
 * one to five words, the first capitalised, and nothing else inside; 0 when there is none.
 */
function nicknameAt(tokens: Token[], index: number): number {
  if (!/^["“]$/.test(tokens[index]?.text ?? '') || !tokens[index + 1]?.capitalised) return 0;
  for (let end = index + 1; end <= index + 6 && tokens[end]; end++) {
    const token = tokens[end] as Token;
    if (/^["”]$/.test(token.text)) return end > index + 1 && tokens[end + 1] !== undefined ? end - index + 1 : 0;
    if (!token.isWord) return 0;
  }
  return 0;
}

/** Finds every run of capitalised words in a sentence's tokens. */
export function findRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let index = 0;
  const firstWord = tokens.findIndex((token) => token.isWord);
  // (In a Title Case headline its verbs are capitalised too, and would join the names around them.)
  const headline = isTitleCase(tokens);
  const isNameWord = (token: Token) => isRunWord(token) && !(headline && (isHeadlineVerb(token) || pluralsVerb(tokens, token)));
  while (index < tokens.length) {
    const token = tokens[index];
    // "Neither Kamau nor …": a closed-class word never opens a name, though it may end one ("Kiprop Too");
    // nor does a word that dates a title ("Former ODM chairman X"): the title's reader finds it before the run.
    if (!token || !isNameWord(token) || (CLOSED_CLASS.has(token.lower) && !token.acronym) || TENSE_OPENERS.test(token.text) || OCCUPATIONS.test(token.text) || (index === firstWord && IMPERATIVES.test(token.text)) || isHandle(tokens, index)) {
      index++;
      continue;
    }
    const members: Token[] = [token];
    let next = index + 1;
    while (next < tokens.length && !ends(members[members.length - 1]) && (!members[members.length - 1]?.possessive || partyGoesOn(tokens, next, members))) {
      const candidate = tokens[next];
      if (!candidate) break;
      if (isNameWord(candidate) || (candidate.isWord && NAME_SUFFIXES.has(candidate.lower) && /^\p{Lu}/u.test(candidate.text))) {
        members.push(candidate);
        next++;
        continue;
      }
      // "the Amani Leaders Forum": a capitalised group noun before a body's head word is inside the body's name.
      const head = tokens[next + 1];
      if (candidate.capitalised && GROUP_NOUNS.has(candidate.lower) && head && isRunWord(head) && (ORGANISATION_HEADS.has(head.lower) || PARTY_HEADS.has(head.lower))) {
        members.push(candidate);
        next++;
        continue;
      }
      // "Mr. Odinga", "Dr. Ruto": the abbreviation's full stop stays inside the run.
      const previous = members[members.length - 1];
      // "S.M. Kasyula", "Prof. K.W. Njoroge": initials keep their full stop, as part of the name.
      if (candidate.text === '.' && previous && INITIALS.test(previous.text) && candidate.start === previous.end && isNameWord(tokens[next + 1] ?? candidate)) {
        members[members.length - 1] = { ...previous, text: `${previous.text}.`, base: `${previous.base}.`, lower: `${previous.lower}.`, end: candidate.end };
        next++;
        continue;
      }
      // ("Sen. Wanjiru", "Gov. Halake": so does a title's.)
      if (candidate.text === '.' && previous && (HONORIFICS.has(previous.lower) || ABBREVIATED_TITLES.has(previous.lower)) && isRunWord(tokens[next + 1] ?? candidate)) {
        next++;
        continue;
      }
      // 'Ouma "Simba wa Lake" Adala': a nickname in quotation marks between a name's words; the name goes on after it.
      const nickname = nicknameAt(tokens, next);
      if (nickname > 0 && previous && isNameWord(previous) && !TITLE_HEADS.has(previous.lower) && isNameWord(tokens[next + nickname] as Token)) {
        next += nickname;
        continue;
      }
      // "Azimio la Umoja", "Speaker of the County Assembly": particles between capitalised words.
      const after = particlesAt(tokens, next, members);
      const resumed = tokens[next + after];
      if (after > 0 && resumed && isRunWord(resumed)) {
        members.push(...tokens.slice(next, next + after));
        next += after;
        continue;
      }
      break;
    }
    runs.push({ tokens: members, index, end: next, sentenceInitial: index === firstWord });
    index = next;
  }
  return runs;
}
