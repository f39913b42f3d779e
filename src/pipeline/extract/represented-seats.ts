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
  if (place.length === 0 || tokens[index]?.lower !== 'in' || tokens[index + 1]?.lower !== 'the') return undefined;
  const house: Token[] = [];
  for (index += 2; tokens[index]?.capitalised && tokens[index]?.isWord && house.length < 3; index++) house.push(tokens[index] as Token);
  // ("in the Senate hearings": a House's word naming something else is no seat.)
  if (tokens[index]?.isWord && !/^(?:since|until|and|for|on|in|at|where|who|from)$/.test(tokens[index]?.lower ?? '')) return undefined;
  const words = house.map((token) => token.lower).join(' ');
  // ("in the County Assembly": a ward's MCA; "in the National Assembly", "in Parliament", "in the Senate".)
  const title = words === 'county assembly' ? 'MCA' : words === 'senate' || words === 'national assembly' || words === 'parliament' ? SEATS_OF_HOUSES[house.at(-1)?.lower ?? ''] : undefined;
  if (!title) return undefined;
  // ("Kiagu Ward": the ward's name, as the seat's place is kept.)
  const organisation = place.map((token) => token.text).join(' ').replace(/\s+Ward$/, '');
  return { title, organisation, ...(verb === 'represented' ? { tense: 'former' as const } : {}) };
}
