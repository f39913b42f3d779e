/**
 * The typed data that flows between the pipeline's stages:
 * seed file → Article → Mention[] → Entity[] → content entries.
 */

/** A seed file as found on disk: the only input the read stage sees. */
export interface SeedFile {
  /** Base name, e.g. `000_c7cc59b24c6a0a73.txt`: the article's identity in messages. */
  name: string;
  bytes: Uint8Array;
}

/** Something wrong with one input, reported instead of crashing the build. */
export interface Problem {
  file: string;
  line?: number;
  message: string;
}

/** One news story after reading: decoded, boilerplate removed, split into paragraphs. */
export interface Article {
  /** The seed file's base name. */
  source: string;
  title: string;
  /** True when the title was made from the first sentence, not given. */
  titleDerived: boolean;
  date?: string;
  outlet?: string;
  url?: string;
  /** Who wrote it, when the seed says so (a saved page's metadata). */
  author?: string;
  /** Plain text of each paragraph, in order: what extraction reads. */
  paragraphs: string[];
  /** For Markdown seeds, the cleaned Markdown body: what rendering reads. */
  markdown?: string;
  /** A hash of the decoded text, to recognise the same article under two names. */
  hash: string;
}

export type EntityKind = 'person' | 'party';

/** Where in an article something was read. */
export interface Place {
  paragraph: number;
  /** The whole sentence, verbatim: the evidence shown next to a fact. */
  sentence: string;
}

/**
 * How the text places an office or a tie in time: "former", "ex-" (former);
 * "incoming", "-elect", "designate" (incoming); "acting"; "candidate",
 * "aspirant", "seeking" (aspiring); none of these words (current).
 */
export type Tense = 'current' | 'former' | 'incoming' | 'acting' | 'aspiring';

/** A role stated in an article: "Azimio Secretary-General", "Lugari MP". */
export interface RoleCue {
  title: string;
  organisation?: string;
  /** Absent means current: the text puts no word of time to it. */
  tense?: Tense;
  /** The sentences that state it, when its own names its party only as "the party" and the one before names it. */
  statedIn?: string;
}

/** A tie to a party stated next to a mention: "ODM leader", "a senior figure in the ODM". */
export interface TieCue {
  /** The party as written: "ODM", "Orange Democratic Movement". */
  party: string;
  /** leader | member | candidate | left | joined | ally, or an office held in the party ("Secretary-General"). */
  relation: string;
  /** Absent means current. */
  tense?: Tense;
  /** As on `RoleCue`: both sentences, when the party is named only in the one before. */
  statedIn?: string;
}

/**
 * What a mention is: a person, a party, or a lone capitalised word
 * ("Raila", "Wiper") that only resolution, seeing the whole article, can place.
 */
export type MentionKind = EntityKind | 'word';

/** One place in one article where a person or party is named. */
export interface Mention {
  kind: MentionKind;
  /** The name as written, honorifics, titles and possessives removed: "Musyoka", "Kalonzo Musyoka". */
  name: string;
  /** The exact text to link in the paragraph, e.g. "Musyoka" or "Wiper". */
  surface: string;
  place: Place;
  /** Character offset of `surface` in its paragraph. */
  offset: number;
  /** Honorific or title written right before the name: "Mr", "President". */
  honorific?: string;
  role?: RoleCue;
  /** Further roles its sentence states: "elected former Governor X as the party's National Chairman". */
  roles?: RoleCue[];
  ties?: TieCue[];
  /** For parties: the acronym the text defines for it, or the acronym itself. */
  acronym?: string;
  /** How strongly the context says this is a person: 0 is a name's shape alone. */
  evidence: number;
  /** Inside quotation marks: a slogan or a name someone said, not the story's own words. */
  quoted?: boolean;
  /** Right after "in", "at", "from"…: where places stand. */
  afterPlacePreposition?: boolean;
}

/** A direct quote and who the text says spoke it. */
export interface QuoteCue {
  /** The person mention the attribution names, when it names one. */
  speaker?: Mention;
  /** Or the description it uses instead: "the former prime minister". */
  speakerRole?: string;
  /** When the text does not settle who spoke: the people it could be, for the review page. */
  candidates?: Mention[];
  text: string;
  place: Place;
}

/** A party stated to be in a coalition. */
export interface CoalitionCue {
  party: string;
  coalition: string;
  place: Place;
}

/** Everything extraction read from one article. */
export interface ArticleExtraction {
  article: Article;
  mentions: Mention[];
  /** Capitalised phrases read as neither person nor party ("Operation Linda Jamii"), lower-cased. */
  phrases: string[];
  quotes: QuoteCue[];
  coalitions: CoalitionCue[];
}

/** A fact's proof: which article, which sentence. */
export interface Evidence {
  source: string;
  sentence: string;
}

export interface Role {
  title: string;
  organisation?: string;
  /** Absent means current. */
  tense?: Tense;
  evidence: Evidence;
}

export interface PartyTie {
  /** Entity id of the party. */
  party: string;
  relation: string;
  /** Absent means current. */
  tense?: Tense;
  evidence?: Evidence;
}

export interface Quote {
  text: string;
  evidence: Evidence;
}

/** A person or party after resolution across the whole corpus. */
export interface Entity {
  /** Stable within one run: the kind and the canonical name, e.g. `person:kalonzo musyoka`. */
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  acronym: string | null;
  description?: string;
  wikidata?: string;
  roles: Role[];
  ties: PartyTie[];
  quotes: Quote[];
  /** Coalitions a party belongs to (entity ids), with evidence. */
  coalitions: { party: string; evidence: Evidence }[];
  /** Every mention, by article source. */
  mentions: Map<string, Mention[]>;
}
