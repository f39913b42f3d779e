/**
 * A party's acronym or short form that the article places in another country
 * ("Tanzania's CCM", "the ruling NRM in Uganda", "the ANC of South Africa"):
 * the country pack's party of that form is Kenyan, and another country's
 * party that happens to share its letters (Chama Cha Mapinduzi, Chama Cha
 * Mashinani) must not become a tie to it. Only the few words touching the
 * mention are read.
 */
import type { CountryPack } from '../../pack';
import type { Mention } from '../../types';
import { isPackParty } from './name-kinds';

/** Countries whose parties the Kenyan press names, lower-cased. */
const COUNTRIES = new Set([
  'tanzania', 'uganda', 'rwanda', 'burundi', 'ethiopia', 'somalia', 'somaliland', 'sudan', 'south sudan', 'eritrea', 'djibouti', 'congo', 'drc',
  'south africa', 'zambia', 'zimbabwe', 'malawi', 'mozambique', 'namibia', 'botswana', 'angola', 'nigeria', 'ghana', 'senegal', 'cameroon',
  'egypt', 'libya', 'tunisia', 'algeria', 'morocco', 'liberia', 'sierra leone', 'ivory coast', 'madagascar', 'mauritius', 'lesotho', 'eswatini',
  'zanzibar', 'china', 'india', 'pakistan', 'japan', 'russia', 'ukraine', 'israel', 'iran', 'turkey', 'germany', 'france', 'britain',
  'uk', 'us', 'usa', 'america', 'united states', 'united kingdom', 'canada', 'australia', 'brazil', 'venezuela',
]);

/** "Tanzania's CCM", "South Africa's ruling ANC": a country's possessive right before the party. */
const OWNED = /((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)['’]s\s+(?:(?:ruling|governing|main|opposition|former|then)\s+){0,2}$/u;
/** "the ruling CCM in Tanzania", "the ANC of South Africa": the country right after. */
const PLACED = /^\s+(?:in|of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})/u;

/** Whether a pack party's form at `mention` is written as another country's party. */
export function placedAbroad(mention: Mention, paragraph: string, pack: CountryPack): boolean {
  if (mention.kind !== 'party' && !(mention.kind === 'word' && mention.acronym)) return false;
  if (!isPackParty(mention.name.toLowerCase(), pack)) return false;
  const owner = OWNED.exec(paragraph.slice(Math.max(0, mention.offset - 48), mention.offset));
  if (owner && namesCountry(owner[1] as string)) return true;
  const end = mention.offset + mention.surface.length;
  const place = PLACED.exec(paragraph.slice(end, end + 40));
  return place !== null && namesCountry(place[1] as string, true);
}

/** Whether `words` end (or, `atStart`, begin) with a country's name of one to three words; `whole`: are one. */
export function namesCountry(words: string, atStart = false, whole = false): boolean {
  const parts = words.toLowerCase().split(/\s+/);
  if (whole) return COUNTRIES.has(parts.join(' '));
  for (let take = 1; take <= parts.length; take += 1) {
    if (COUNTRIES.has((atStart ? parts.slice(0, take) : parts.slice(-take)).join(' '))) return true;
  }
  return false;
}

/**
 * The pack's acronyms the article defines for a party that is not the pack's
 * ("Chama Cha Mapinduzi (CCM)"), each with the article's full name for it.
 */
export function acronymsDefinedOverPack(mentions: Mention[], pack: CountryPack): Map<string, string> {
  const defined = new Map<string, string>();
  for (const one of mentions) {
    if (one.kind === 'party' && one.acronym && one.acronym !== one.name && isPackParty(one.acronym.toLowerCase(), pack) && !isPackParty(one.name.toLowerCase(), pack)) defined.set(one.acronym, one.name);
  }
  return defined;
}

/**
 * Drops the pack forms placed abroad, unless the article itself defines that
 * acronym as another party. Left undefined, no party is safer than a Kenyan
 * one or a bare acronym that another article may define differently. Where
 * the article does define it, its bare acronym anywhere in the article is
 * that party, written by its full name: resolution knows the bare letters as
 * the pack's party.
 */
export function withoutForeignForms(mentions: Mention[], abroad: Set<Mention>, defined: Map<string, string>): Mention[] {
  if (abroad.size === 0 && defined.size === 0) return mentions;
  const kept = mentions.filter((mention) => !abroad.has(mention) || defined.has(mention.name));
  for (const mention of kept) {
    const full = mention.kind === 'person' ? undefined : defined.get(mention.name);
    if (full) Object.assign(mention, { name: full, acronym: mention.name });
  }
  return kept;
}

/**
 * The ties and party offices read off the article's text name the defined
 * party by its full name too ("Chama Cha Mapinduzi (CCM) secretary-general
 * X"): resolution turns an office's organisation into a tie, and would find
 * the pack's party under the bare letters.
 */
export function tiesToDefined(mentions: Mention[], defined: Map<string, string>): void {
  if (defined.size === 0) return;
  for (const mention of mentions) {
    for (const tie of mention.ties ?? []) tie.party = defined.get(tie.party) ?? tie.party;
    for (const role of [...(mention.role ? [mention.role] : []), ...(mention.roles ?? [])]) {
      if (role.organisation && defined.has(role.organisation)) role.organisation = defined.get(role.organisation);
    }
  }
}
