/**
 * A seat told by whom its holder represents: "X, who represents Mbooni in the
 * National Assembly" is Mbooni's MP, "who represents Kisumu in the Senate"
 * Kisumu's Senator, "who represented Kiagu in the County Assembly" once
 * Kiagu's MCA. The House names the seat; the place is the one represented.
 */
import type { Token } from '../text/tokens';
import type { RoleCue } from '../types';

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
