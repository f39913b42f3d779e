/**
 * Parties whose names have no party word ("National Unity Platform"): a
 * name shaped like a person's that defines its own acronym is an
 * organisation, and it is a party only where the article treats it as one:
 * a politician is "of" it, someone stands "on its ticket", it is "the party",
 * it has a party leader, a flagbearer, nominations, or the Registrar of
 * Political Parties registered it. Lobbies, forums and movements define
 * acronyms too, but no article says such things of them.
 */
import { abbreviates } from '../../resolve/parties';
import type { Mention } from '../../types';
import { endsInSharedHead } from './name-parties';
import type { SentenceMentions } from '../sentence-view';

/** Offices won at the polls: someone who holds one "of" an organisation sits for it. */
const ELECTED = /(?:^|\s)(?:MP|MCA|Senator|Governor|Woman\s+Rep(?:resentative)?|Legislator|Lawmaker|Member\s+of\s+Parliament)$/i;
/** "Stella Opio of Uganda's NUP", "X of the NUP": the words between a politician and their party. */
const OF = /^\s*,?\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/u;
/** "on a NUP ticket", "under the NUP ticket". */
const TICKET_BEFORE = /\b(?:on|under)\s+(?:a|an|the|its|their|his|her)\s+$/i;
const TICKET_AFTER = /^\s+(?:party\s+)?ticket\b/i;
/** What a party has and nothing else does: "the NUP party", "NUP's presidential candidate", "the NUP flagbearer", "NUP nominations". */
const PARTY_AFTER =
  /^(?:['’]s)?\s+(?:party\b(?!-)|(?:deputy\s+)?party\s+(?:leader|whip)|presidential\s+(?:candidate|flag-?bearer|ticket|hopeful)|flag-?bearers?\b|parliamentary\s+group|National\s+Delegates\s+Convention|National\s+Elections\s+Board|(?:party\s+)?(?:nominations?|primaries)\b)/i;
/** "the PUP-K candidate", "PUP-K aspirants": what a party has, and now and then a union or a lobby too. */
const CANDIDATES_AFTER = /^(?:['’]s)?\s+(?:candidates?|nominees?|aspirants?)\b/i;
/** "PUP-K leader Eng. X", "the JLW leader, Prof X": a party's leader, named. */
const LEADER_NAMED = /^(?:['’]s)?\s+(?:[Nn]ational\s+)?[Ll]eader\s*,?\s+\p{Lu}/u;
/** "who left ANC for the PUP-K", "defected from Wiper to the JLW": where a politician moved from a party. */
const MOVED_TO = /\b(?:left|quit|ditched|dumped|decamped\s+from|defected\s+from)\s+(?:the\s+)?(?:party|\p{Lu}[\p{L}\p{N}-]*)\s+(?:(?:in|last|this)\s+\S+\s+)?(?:for|to)\s+(?:the\s+)?$/u;
/** "NUP, the opposition party," "NUP, a party formed in 2025". */
// (Not "a party-affiliated lobby": a word made with "party" is no party.)
const PARTY_APPOSITION = /^\s*,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}party\b(?!-)/iu;
/** "the ruling party NUP", "his new party, NUP". */
const PARTY_BEFORE = /\bparty\s*,?\s+(?:the\s+)?$/;
/** "The Registrar of Political Parties registered NUP", "NUP was registered as a political party". */
const REGISTERED = /\bregistered\b[^.]*\b(?:Registrar\s+of\s+Political\s+Parties|as\s+a\s+(?:political\s+)?party)\b|\bRegistrar\s+of\s+Political\s+Parties\b[^.]*\bregistered\b/i;

/**
 * Turns into parties the name-shaped organisations the article treats as
 * parties, with their acronyms, and the bodies it named with their own
 * acronyms (`bodies`: "Jukwaa la Wananchi (JLW)", read as no person, so in no
 * sentence's mentions yet); records each acronym as a party's in
 * `definitions`. Mutates the mentions and the sentences' lists.
 */
export function partiesByEvidence(sentences: SentenceMentions[], paragraphs: readonly string[], definitions: Map<string, 'party' | 'other'>, bodies: readonly Mention[]): Mention[] {
  const candidates = new Map<string, { acronym: string; mentions: Mention[] }>();
  const add = (mention: Mention, acronym: string) => {
    const known = candidates.get(mention.name) ?? { acronym, mentions: [] };
    known.mentions.push(mention);
    candidates.set(mention.name, known);
  };
  for (const { mentions } of sentences) {
    for (const mention of mentions) {
      if ((mention.kind !== 'person' && mention.kind !== 'word') || mention.honorific || !mention.name.includes(' ')) continue;
      const acronym = ownAcronym(mention, paragraphs[mention.place.paragraph] ?? '');
      if (acronym && definitions.get(acronym) !== 'other') add(mention, acronym);
    }
  }
  for (const body of bodies) if (body.acronym && abbreviates(body.acronym, body.name)) add(body, body.acronym);
  const added: Mention[] = [];
  if (candidates.size === 0) return added;
  for (const [name, { acronym, mentions }] of candidates) {
    const forms = new Set([name, acronym]);
    const written = [...mentions.filter((mention) => bodies.includes(mention)), ...sentences.flatMap((sentence) => sentence.mentions.filter((mention) => forms.has(mention.name)))];
    if (!treatedAsParty(sentences, written, endsInSharedHead(name))) continue;
    definitions.set(acronym, 'party');
    for (const mention of mentions) asParty(mention, acronym);
    // The name written again without its acronym is the same party.
    for (const sentence of sentences) for (const mention of sentence.mentions) if (mention.name === name && mention.kind !== 'party') asParty(mention, acronym);
    for (const body of mentions.filter((mention) => bodies.includes(mention))) {
      insertInOrder(sentenceOf(sentences, body).mentions, body);
      added.push(body);
    }
  }
  return added;
}

/** The sentence a mention stands in. */
function sentenceOf(sentences: SentenceMentions[], mention: Mention): SentenceMentions {
  return sentences.find((sentence) => sentence.paragraph === mention.place.paragraph && sentence.start <= mention.offset && mention.offset < sentence.start + sentence.text.length) as SentenceMentions;
}

/** Puts a mention among a sentence's others, in the order they are written. */
function insertInOrder(mentions: Mention[], mention: Mention): void {
  const at = mentions.findIndex((one) => one.offset > mention.offset);
  mentions.splice(at === -1 ? mentions.length : at, 0, mention);
}

/** "National Unity Platform (NUP)": the acronym in brackets right after a name, when it is read off that name. */
function ownAcronym(mention: Mention, paragraph: string): string | undefined {
  // (Read where the name ends, not on a copy of the rest of the paragraph: most names have no brackets after them.)
  BRACKETED.lastIndex = mention.offset + mention.surface.length;
  const acronym = BRACKETED.exec(paragraph)?.[1];
  return acronym && abbreviates(acronym, mention.name) ? acronym : undefined;
}

const BRACKETED = /\s*\((\p{Lu}[\p{Lu}\d-]*\p{Lu}[\p{Lu}\d-]*)\)/uy;

/**
 * How firmly the sentence treats this mention of a candidate (its name or its acronym) as a party: `strong` for what
 * only a party has (a ticket, a party whip, registration as a party, a politician "of" it), `weak` for what a lobby, a
 * church or a union may have too (a leader, candidates): two of those make a party, one does not.
 */
function evidenceFor(sentence: SentenceMentions, mention: Mention): 'strong' | 'weak' | undefined {
  const at = mention.offset - sentence.start;
  const before = sentence.text.slice(0, at);
  const after = sentence.text.slice(at + mention.surface.length).replace(/^\s*\([^()]{1,12}\)/, '');
  if (PARTY_AFTER.test(after) || PARTY_APPOSITION.test(after) || PARTY_BEFORE.test(before)) return 'strong';
  if ((TICKET_BEFORE.test(before) && TICKET_AFTER.test(after)) || MOVED_TO.test(before)) return 'strong';
  if (REGISTERED.test(sentence.text)) return 'strong';
  // "Tororo Woman MP Stella Achola Opio of Uganda's National Unity Platform (NUP)".
  const person = sentence.mentions.filter((one) => one.offset < mention.offset && one !== mention).at(-1);
  if (person && person.kind === 'person' && person.role && ELECTED.test(person.role.title) && OF.test(sentence.text.slice(person.offset - sentence.start + person.surface.length, at))) return 'strong';
  return LEADER_NAMED.test(after) || CANDIDATES_AFTER.test(after) ? 'weak' : undefined;
}

/** Whether what the article says of a candidate's mentions makes it a party; `strongOnly` for a name a forum may have. */
function treatedAsParty(sentences: SentenceMentions[], written: Mention[], strongOnly: boolean): boolean {
  let weak = 0;
  for (const mention of written) {
    const evidence = evidenceFor(sentenceOf(sentences, mention), mention);
    if (evidence === 'strong') return true;
    if (evidence === 'weak') weak++;
  }
  return !strongOnly && weak >= 2;
}

function asParty(mention: Mention, acronym: string): void {
  mention.kind = 'party';
  if (mention.name !== acronym) mention.acronym = acronym;
  delete mention.role;
  delete mention.roles;
  delete mention.ties;
  delete mention.honorific;
}
