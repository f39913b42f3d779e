/**
 * "Legislator" and "lawmaker", words for whoever sits in a House, read by the
 * place they are given: a constituency's is its MP ("the Ainamoi legislator",
 * "Mbooni lawmaker X", "the lawmaker for Kisumu East"); a party's is a standing
 * in it ("a UDA lawmaker"); a county's may hold any of its seats, and the
 * words do not say which.
 */
import type { CountryPack } from '../../pack';
import type { Token } from '../../text/tokens';
import { ORGANISATION_HEADS, PARTY_HEADS } from '../lexicon';
import { isPackParty } from '../names/name-kinds';

/** Words for a holder of a seat in a House, no title of their own. */
export const SEAT_WORDS = new Set(['legislator', 'lawmaker', 'legislators', 'lawmakers']);

/** Where a legislator's place puts them: a constituency's MP, a party's member, or a county's unsettled seat. */
export type SeatPlace = 'constituency' | 'party' | 'county';

/**
 * What the capitalised words given a legislator name: a constituency ("Ainamoi", "Kisumu East"), or a county, region,
 * body or party, where the seat is not settled ("Kisumu", "Makueni County", "ODM"); nothing for no place.
 */
export function seatPlace(place: Token[], pack: CountryPack): SeatPlace | undefined {
  if (place.length === 0 || place.length > 3 || !place.every((token) => token.isWord && token.capitalised)) return undefined;
  const lower = place.map((token) => token.base.toLowerCase());
  const whole = lower.join(' ');
  // ("a UDA lawmaker", "the Wiper lawmaker": a party's, a standing in it; "the Kisumu legislator": any of the county's seats.)
  if (place.some((token) => token.acronym) || isPackParty(whole, pack) || lower.some((word) => isPackParty(word, pack) || PARTY_HEADS.has(word))) return 'party';
  if (pack.places.has(whole) || ORGANISATION_HEADS.has(lower[lower.length - 1] as string)) return 'county';
  return 'constituency';
}
