/**
 * Who a sentence's subject stands for when the sentence does not name them:
 * "he" or "she", or a definite description ("The Cabinet Secretary, who …",
 * "The second-term lawmaker, who chairs …"). A stand-in settles on a person
 * only when exactly one person of its scope fits it in sex, in the title it
 * gives and in the words that describe them; otherwise it stands for no one.
 * Pure: the caller gives the scope and what the article knows of each person.
 */
import type { Mention, RoleCue } from '../../types';
import type { Gender } from '../discourse';
import { readPlacedTitle, readRole } from '../roles';
import { tenseBefore } from '../tense-words';
import { distinct, isTitleWordText, officeKey } from '../quotes/speaker-titles';

/** A pronoun or a description standing as a sentence's subject. */
export interface StandIn {
  /** As written: "she", "The second-term lawmaker". */
  written: string;
  /** Where it starts in its sentence. */
  at: number;
  kind: 'pronoun' | 'description';
  /** The sex a pronoun gives. */
  sex?: Gender;
  /** A description's words before its title, lower-cased ("second-term"). */
  describing: string[];
  /** A description's title as written ("Cabinet Secretary", "lawmaker"). */
  title: string;
}

/** What the article says of a person, by surname: the sex it gives them and the titles it gives them. */
export interface Known {
  sex: (person: Mention) => Gender | undefined;
  roles: (person: Mention) => RoleCue[];
}

// ("On Monday, she …", "Hours later, she …", "Before devolution he …", "Reached by phone, the legislator …": a short
// opening of time or manner, of lower-case words, a day or a month; a name never opens it.)
const TIME_WORD = String.raw`(?:[\p{Ll}\d][\p{L}\d'’-]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)`;
const OPENER = new RegExp(
  String.raw`^(?:(?:(?:On|In|At|By|Before|After|During|Since|Until|Later|Earlier|Hours|Days|Weeks|Months|Years|Last|Then|Meanwhile|However|Yesterday|Today|Instead|Now)\b(?:\s+${TIME_WORD}){0,5},?|\p{Lu}\p{Ll}+(?:ing|ed)\b[^,.;:“”"]{0,60},)\s+)?`,
  'u',
);

/** "legislator", "lawmaker": a word for whoever holds a seat in a house, no title of its own. */
const SEAT_WORDS = new Set(['legislator', 'lawmaker']);
const SEATS = new Set(['MP', 'Senator', 'MCA', 'Woman Representative']);

/** Words that describe a holder without saying which office: "the second-term lawmaker", "the vocal senator". */
const DESCRIBING = /^(?:(?:first|second|third|fourth|one|two|three|four)-term|vocal|outspoken|youthful|veteran|seasoned|embattled)$/;

// (Built once, not per sentence: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.)
/** "He was …", "she told …": a pronoun and a lower-case word after it. */
const PRONOUN_OPENING = /^(He|She|he|she)\s+(?=\p{Ll})/u;
/** "The second-term lawmaker, who …", "The Cabinet Secretary later told …": a description and its verb or a clause after it. */
const DESCRIPTION_OPENING = /^[Tt]he\s+((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)(?=\s*,\s*(?:who|whose|an?|the)\s|\s+(?:\p{Ll}+(?:ed|s)|is|was|has|had|will|would|said|told|spoke|hit|took|met|left|won|lost|ran|later|also|then|now)\b)/u;

/**
 * The pronoun or the description a sentence opens with, as its subject: "She
 * was nominated …", "Hours later, he …", "The second-term lawmaker, who …",
 * "The Cabinet Secretary later told …". None when a name follows the
 * description ("The Cabinet Secretary, Mr X,"): the sentence names its subject.
 */
export function standInOpening(text: string): StandIn | undefined {
  const at = OPENER.exec(text)?.[0].length ?? 0;
  const rest = text.slice(at);
  const pronoun = PRONOUN_OPENING.exec(rest);
  if (pronoun) return { written: pronoun[1] as string, at, kind: 'pronoun', sex: /^he$/i.test(pronoun[1] as string) ? 'm' : 'f', describing: [], title: '' };
  const description = DESCRIPTION_OPENING.exec(rest);
  if (!description) return undefined;
  const words = (description[1] as string).split(/\s+/);
  const head = (words[words.length - 1] as string).toLowerCase();
  if (!SEAT_WORDS.has(head) && !isTitleWordText(head)) return undefined;
  // The title: the words from the last describing one on ("second-term lawmaker" → "lawmaker"); what comes before describes.
  let start = words.length - 1;
  while (start > 0 && (isTitleWordText(words[start - 1] as string) || /^\p{Lu}/u.test(words[start - 1] as string))) start--;
  return { written: description[0], at, kind: 'description', describing: words.slice(0, start).map((word) => word.toLowerCase()), title: words.slice(start).join(' ') };
}

/**
 * "X's chief of staff", "his deputy", "her husband": a person the sentence
 * speaks of by their tie to someone, without naming them (a name right after
 * the word names them: "X's deputy, Y,").
 */
const UNNAMED_OTHER = /(?:['’]s|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+(?:\p{Ll}+\s+){0,2}?(?:deputy|aide|assistant|spokes(?:person|man|woman)|chief\s+of\s+staff|lawyer|advocate|driver|bodyguard|agent|(?:campaign\s+)?manager|advis[eo]r|rival|opponent|challenger|predecessor|successor|running\s+mate|wife|husband|widow(?:er)?|son|daughter|(?:brother|sister|mother|father)(?:-in-law)?|uncle|aunt|nephew|niece|cousin|relative)\b(?![-’'])(?!\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?\p{Lu})/u;

/**
 * Whether a sentence speaks of someone it does not name ("Mr X's chief of
 * staff was absent."): a "he" or "she" after it may be that person as well as
 * the one it names, so it settles on no one.
 */
export function speaksOfUnnamed(text: string): boolean {
  return UNNAMED_OTHER.test(text);
}

/** "his Siaya counterpart ", "her counterpart, Dr ": the words right before a counterpart's name. */
const COUNTERPART = /\bcounterparts?\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/;

/**
 * The people a sentence names as someone's counterpart ("Kisumu Senator X and
 * his Siaya counterpart Y"): they hold the title of the one beside them, though
 * no title is written before their name.
 */
export function counterpartsIn(sentence: { text: string; start: number; mentions: Mention[] }): Mention[] {
  if (!sentence.text.includes('counterpart')) return [];
  return sentence.mentions.filter((one) => one.kind !== 'party' && COUNTERPART.test(sentence.text.slice(Math.max(0, one.offset - sentence.start - 40), one.offset - sentence.start)));
}

/** The one person of `scope` the stand-in fits (one per surname), or none when no one or more than one does. */
export function resolveStandIn(standIn: StandIn, scope: Mention[], known: Known): Mention | undefined {
  const fitting = distinct(scope).filter((person) => fits(standIn, person, known));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** Whether the person may be the one the stand-in means. */
export function fits(standIn: StandIn, person: Mention, known: Known): boolean {
  const sex = known.sex(person);
  if (standIn.sex && sex && sex !== standIn.sex) return false;
  if (standIn.kind === 'pronoun') return true;
  // ("the new chairman", "the party's secretary-general": a word that may point to someone else, or to an office
  // the article has not given anyone yet, settles nothing.)
  if (!standIn.describing.every((word) => DESCRIBING.test(word))) return false;
  const words = standIn.title.split(/\s+/);
  const tense = tenseBefore(words[0] ?? '');
  const title = tense ? words.slice(1).join(' ') : standIn.title;
  const held = known.roles(person).filter((role) => (tense ? role.tense === tense : !role.tense || role.tense === 'acting'));
  const head = (words[words.length - 1] as string).toLowerCase();
  // "the lawmaker", "the first-term legislator": whoever holds a seat in a house; "-term" says they hold one too.
  if (SEAT_WORDS.has(head)) return words.length === 1 && held.some((role) => SEATS.has(role.title));
  if (standIn.describing.some((word) => word.endsWith('-term')) && !held.some((role) => SEATS.has(role.title))) return false;
  // "The Cabinet Secretary", "the Speaker", "the Nyando MP": a title the person holds, with the place or body it names, if it names one.
  const said = readPlacedTitle(title) ?? readRole(title);
  if (!said || said.tense) return false;
  return held.some((role) => officeKey(role.title) === officeKey(said.title) && (!said.organisation || said.organisation === role.organisation));
}

/**
 * What a description says of its person beyond who they are: a past or coming
 * office ("The one-time Nyakach MP" → MP of Nyakach, former; "The Laisamis
 * MP-elect" → MP of Laisamis, incoming), and the party of a seat word ("the
 * first-term ODM legislator" → ODM). A present office says nothing new: it
 * may be someone else's ("The Speaker", "the party's secretary-general").
 */
export function describedFacts(standIn: StandIn): { role?: RoleCue; party?: string } {
  if (standIn.kind !== 'description' || !standIn.describing.every((word) => DESCRIBING.test(word))) return {};
  const words = standIn.title.split(/\s+/);
  const head = (words[words.length - 1] as string).toLowerCase();
  if (SEAT_WORDS.has(head)) return words.length === 2 && /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(words[0] as string) ? { party: words[0] as string } : {};
  const tense = tenseBefore(words[0] ?? '');
  const role = tense ? readPlacedTitle(words.slice(1).join(' ')) : readPlacedTitle(standIn.title);
  const dated = role && tense && !role.tense ? { ...role, tense } : role;
  return dated && (dated.tense === 'former' || dated.tense === 'incoming') ? { role: dated } : {};
}

/** Whether what a description says may be said of the person: a seat for a seat word's party, no office of the other tense for an office. */
export function mayBeDescribed(standIn: StandIn, person: Mention, known: Known): boolean {
  const { role, party } = describedFacts(standIn);
  const held = known.roles(person);
  if (party) return held.some((one) => SEATS.has(one.title) && (!one.tense || one.tense === 'acting'));
  // ("Nyeri MP X won. The former MP, who …": the same seat, wherever it is, held in another tense is someone else's.)
  return role !== undefined && !held.some((one) => officeKey(one.title) === officeKey(role.title) && (!role.organisation || one.organisation === role.organisation) && one.tense !== role.tense);
}

/** A stand-in's title names a title of its own ("the Speaker"), not a seat word ("the lawmaker"): its scope is the whole article so far. */
export function namesTitle(standIn: StandIn): boolean {
  return standIn.kind === 'description' && !SEAT_WORDS.has((standIn.title.split(/\s+/).pop() ?? '').toLowerCase());
}
