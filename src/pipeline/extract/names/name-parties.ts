/**
 * Where a run of capitalised words meets a party: whether a body's name could
 * be one, the party that opens an organisation's name, and a person or a
 * title named with the party they belong to ("X of ODM", "Party Leader of the
 * Maendeleo Front"), split into their parts.
 */
import type { CountryPack } from '../../pack';
import { isCommonWord } from '../../resolve/common-words';
import type { Token } from '../../text/tokens';
import { EVENT_OPENERS, ORGANISATION_HEADS, PARTY_HEADS, TITLE_HEADS } from '../lexicon';
import { CIVIC_WORDS, classify } from './name-kinds';
import { bare, isTitleHead, isTitleWord, readRun } from './names';
import type { Run } from './runs';

/**
 * Whether a body's name could be a party's, were the article to treat it as
 * one: none of an organisation's head words ("Forum", "Council"), a trade's,
 * faith's or cause's words, an event's opener or the pack's institutions.
 * "Jukwaa la Wananchi" could; "Linda Uchumi Movement", "Kenya Veterinary Association" could not.
 */
export function mayNameParty(name: Token[], pack: CountryPack): boolean {
  const words = name.map(bare);
  if (words.length < 2 || pack.institutions.has(words.join(' ')) || EVENT_OPENERS.has(words[0] as string)) return false;
  return !words.some((word) => (ORGANISATION_HEADS.has(word) && !SHARED_HEADS.has(word)) || CIVIC_WORDS.has(word.replace(/['’]s?$/, '')) || TITLE_HEADS.has(word));
}

/**
 * An organisation's word that a party's name may end in too ("Kenya Mashinani
 * Forum"): a body so named is a party only on what only a party has (a
 * ticket, a politician who left another party for it), never on a leader or
 * candidates, which a forum of elders or traders has as well.
 */
export const SHARED_HEADS = new Set(['forum']);

/** Whether a body's name ends in such a shared word. */
export function endsInSharedHead(name: string): boolean {
  return SHARED_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

/** Words that open an office's name before "Party Leader": "Deputy", "Vice", "Acting". */
const OFFICE_OPENERS = new Set(['deputy', 'vice', 'acting', 'interim', 'national', 'assistant']);

/**
 * The party that opens an organisation's name, as a number of tokens:
 * "Tumaini Republican Party National Delegates Convention" → 3,
 * "Wakulima Party of Kenya National Executive Committee" → 4. Zero when none does.
 */
export function partyPrefix(tokens: Token[], pack: CountryPack): number {
  const head = tokens.findIndex((token, index) => index > 0 && PARTY_HEADS.has(token.lower));
  if (head === -1 || head === tokens.length - 1) return 0;
  // ("the Deputy Party Leader of the JPA": an office's name, "Party Leader" after a word that opens an office, no party.)
  if (tokens[head]?.lower === 'party' && /^(?:leader|whip)$/.test(tokens[head + 1]?.lower ?? '') && tokens.slice(0, head).every((token) => OFFICE_OPENERS.has(token.lower))) return 0;
  // ("Peace Movement of the Catholic Church": a cause's movement opens no party, as in `classify`.)
  if (tokens[head]?.lower !== 'party' && tokens.slice(0, head).some((token) => CIVIC_WORDS.has(bare(token)))) return 0;
  let end = head + 1;
  // "Party of Kenya": a place after "of" belongs to the party's name.
  if (tokens[end]?.text === 'of' && tokens[end + 1] && pack.places.has(tokens[end + 1]?.lower ?? '')) end += 2;
  // "Kenya Alliance of Resident Associations", "Movement for Democracy and Rights": the head word goes on into one name.
  if (/^(?:of|for|on|and|&)$/.test(tokens[end]?.text ?? '')) return 0;
  return end < tokens.length ? end : 0;
}

/**
 * "Peter Kamau of the Orange Democratic Movement", "Zawadi Mwakilema of ODM":
 * a person named with the body they belong to is two runs, a person and the
 * body, never one name. Other runs come back whole.
 */
export function splitAffiliation(run: Run, pack: CountryPack): Run[] {
  let of = -1;
  for (let index = 1; index < run.tokens.length && of === -1; index++) if ((run.tokens[index] as Token).text === 'of') of = index;
  if (of === -1) return [run];
  const head = run.tokens.slice(0, of);
  const skip = run.tokens[of + 1]?.text === 'the' ? 2 : 1;
  const tail = run.tokens.slice(of + skip);
  if (tail.length === 0) return [run];
  // "Representatives of ANC": a plural or common noun before "of" is no name either; the party after it is.
  const commonHead = head.length === 1 && isCommonWord((head[0] as Token).lower) && !isTitleWord(head[0] as Token, pack) && ['party', 'acronym'].includes(classify(tail, pack, false));
  // "Party Leader of the Maendeleo Front", "National Treasurer of the P": a title held in the party after it, no name of its own.
  const titleHead = !commonHead && head.every((token) => isTitleWord(token, pack)) && isTitleHead(head[head.length - 1] as Token, pack) && classify(tail, pack, false) === 'party';
  if (titleHead) return [{ tokens: tail, index: run.index + of + skip, end: run.end, sentenceInitial: false }];
  if (!commonHead && readRun(head, pack).kind !== 'person') return [run];
  const tailIndex = run.index + of + skip;
  const tailRun = { tokens: tail, index: tailIndex, end: run.end, sentenceInitial: false };
  if (commonHead) return [tailRun];
  return [
    { tokens: head, index: run.index, end: run.index + of, sentenceInitial: run.sentenceInitial },
    tailRun,
  ];
}
