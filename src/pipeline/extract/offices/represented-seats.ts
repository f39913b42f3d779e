/**
 * A seat told by whom its holder represents: "X, who represents Mbooni in the
 * National Assembly" is Mbooni's MP, "who represents Kisumu in the Senate"
 * Kisumu's Senator, "who represented Kiagu in the County Assembly" once
 * Kiagu's MCA. The House names the seat; the place is the one represented.
 * So does a membership of the House: "X, a member of the Senate" (Senator),
 * "a member of the East African Legislative Assembly" (its MP).
 */
import type { Token } from '../../text/tokens';
import type { RoleCue } from '../../types';
import { tenseBefore } from '../tense-words';

/** The seat each House gives the one who represents a place in it, by the House's last word. */
const SEATS_OF_HOUSES: Readonly<Record<string, string>> = { senate: 'Senator', assembly: 'MP', parliament: 'MP' };

/** At `at`, "who represents PLACE in the HOUSE": the seat, with its place and tense; else undefined. */
export function representedSeat(tokens: Token[], at: number): RoleCue | undefined {
  if (tokens[at]?.lower !== 'who') return undefined;
  let index = at + 1;
  if (/^(?:now|currently|also)$/.test(tokens[index]?.lower ?? '')) index++;
  const verb = tokens[index]?.lower;
  if (verb !== 'represents' && verb !== 'represented') return undefined;
  const place: Token[] = [];
  for (index++; tokens[index]?.capitalised && tokens[index]?.isWord && place.length < 4; index++) place.push(tokens[index] as Token);
  // ("who represents Kahawa ward in the county assembly": the seat's kind in lower case.)
  const ward = tokens[index]?.lower === 'ward';
  if (ward) index++;
  if (place.length === 0 || tokens[index]?.lower !== 'in' || tokens[index + 1]?.lower !== 'the') return undefined;
  const house: Token[] = [];
  for (index += 2; tokens[index]?.isWord && (tokens[index]?.capitalised || /^(?:county|assembly)$/.test(tokens[index]?.lower ?? '')) && house.length < 4; index++) house.push(tokens[index] as Token);
  // ("in the Senate hearings": a House's word naming something else is no seat.)
  if (tokens[index]?.isWord && !/^(?:since|until|and|for|on|in|at|where|who|from|between)$/.test(tokens[index]?.lower ?? '')) return undefined;
  const words = house.map((token) => token.lower).join(' ');
  // ("in the County Assembly", "in the Makueni County Assembly": a ward's MCA; "in the National Assembly", "in Parliament",
  // "in the Senate". A ward only sits in a county assembly.)
  const title = words === 'county assembly' || (house.length === 3 && words.endsWith(' county assembly') && house[0]?.capitalised) ? 'MCA' : ward ? undefined : words === 'senate' || words === 'national assembly' || words === 'parliament' ? SEATS_OF_HOUSES[house.at(-1)?.lower ?? ''] : undefined;
  if (!title) return undefined;
  // ("Kiagu Ward": the ward's name, as the seat's place is kept.)
  const organisation = place.map((token) => token.text).join(' ').replace(/\s+Ward$/, '');
  // ("who represents Bomet County in the National Assembly": a county's seat in that House is its Woman Representative's;
  // "Kitui County in the Senate", Kitui's Senator, the county's word dropped as in "Kitui Senator".)
  const county = /\s+County$/.test(organisation);
  const seat = county && title === 'MP' ? 'Woman Representative' : title;
  return { title: seat, organisation: county ? organisation.replace(/\s+County$/, '') : organisation, ...(verb === 'represented' ? { tense: 'former' as const } : {}) };
}

/** The regional parliament, by the name the conventions give its seats. */
const EALA = 'East African Legislative Assembly';

/**
 * In an apposition, "(a former) member of the HOUSE": the House's seat. "the National Assembly" an MP, "the Senate" a
 * Senator, "the East African Legislative Assembly" or "the EALA" its MP, "the Kitui County Assembly" its MCA, "the County
 * Assembly for Kahawa ward" the ward's. The House's words end the phrase ("a member of the Senate Finance committee", "of
 * the National Assembly's Budget committee": a committee's member, no seat).
 */
export function houseSeat(phrase: Token[]): RoleCue | undefined {
  const member = phrase.findIndex((token) => token.lower === 'member');
  if (member === -1 || phrase[member + 1]?.lower !== 'of') return undefined;
  let at = member + 2;
  if (phrase[at]?.lower === 'the') at++;
  const rest = phrase.slice(at);
  const words = rest.map((token) => token.text);
  const tense = tenseBefore(phrase[member - 1]?.text ?? '');
  const dated = tense ? { tense } : {};
  if (rest.some((token) => token.possessive)) return undefined;
  const all = words.join(' ');
  if (all === 'National Assembly') return { title: 'MP', ...dated };
  if (all === 'Senate') return { title: 'Senator', ...dated };
  if (all === EALA || all === 'EALA') return { title: 'MP', organisation: EALA, ...dated };
  // ("the Kitui County Assembly"; "the County Assembly for Kahawa ward", its ward's seat.)
  if (words.length === 3 && words[1] === 'County' && words[2] === 'Assembly' && /^\p{Lu}/u.test(words[0] as string)) return { title: 'MCA', organisation: all, ...dated };
  const ward = /^County Assembly for ((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+[Ww]ard$/u.exec(all);
  return ward ? { title: 'MCA', organisation: ward[1] as string, ...dated } : undefined;
}
