/**
 * A country pack: the general knowledge of one country's politics that the
 * extractor may use (registered parties and their short forms, titles of
 * office and the year those since abolished ended, places, institutions),
 * each list citing its public source.
 */
import { parse } from 'yaml';

export interface PackParty {
  name: string;
  acronym: string | null;
  aliases: string[];
}

export interface CountryPack {
  country: string;
  parties: PackParty[];
  /** Lower-cased names, short forms and acronyms of every party in `parties`. */
  partyNames: Set<string>;
  /** Lower-cased names and acronyms of bodies that are never a person or a party. */
  institutions: Set<string>;
  /** Lower-cased titles of office, possibly several words: "woman representative". */
  titles: Set<string>;
  /** Lower-cased titles of offices since abolished, each with the year its last holders left it: "assistant minister" → 2013. */
  abolishedTitles: Map<string, number>;
  /** Lower-cased place and community names. */
  places: Set<string>;
  /** Lower-cased words that make any name they open a place: "Ol" in "Ol Kalou". */
  placeWords: Set<string>;
}

/** An empty pack: the extractor still works on general rules alone. */
export const EMPTY_PACK: CountryPack = {
  country: '',
  parties: [],
  partyNames: new Set(),
  institutions: new Set(),
  titles: new Set(),
  abolishedTitles: new Map(),
  places: new Set(),
  placeWords: new Set(),
};

/** Parses a pack's YAML; throws on a malformed pack, which is a bug in the repository, not user input. */
export function parsePack(text: string): CountryPack {
  const raw = parse(text) as {
    country?: string;
    parties?: { name: string; acronym?: string | null; aliases?: string[] }[];
    institutions?: string[];
    titles?: string[];
    abolished_titles?: { titles: string[]; year: number }[];
    places?: string[];
    place_words?: string[];
  };
  const lower = (list: string[] | undefined) => new Set((list ?? []).map((item) => String(item).toLowerCase()));
  const parties = (raw.parties ?? []).map((party) => ({
    name: party.name,
    acronym: party.acronym ?? null,
    aliases: party.aliases ?? [],
  }));
  return {
    country: raw.country ?? '',
    parties,
    partyNames: new Set(parties.flatMap((party) => [party.name, ...party.aliases, ...(party.acronym ? [party.acronym] : [])]).map((name) => name.toLowerCase())),
    institutions: lower(raw.institutions),
    titles: lower(raw.titles),
    abolishedTitles: new Map((raw.abolished_titles ?? []).flatMap(({ titles, year }) => titles.map((title) => [String(title).toLowerCase(), Number(year)] as const))),
    places: lower(raw.places),
    placeWords: lower(raw.place_words),
  };
}
