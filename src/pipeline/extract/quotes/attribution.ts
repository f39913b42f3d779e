/**
 * Who spoke a quote, from the words after it: “…,” Mr X said / said X /
 * according to X / “…” - Full Name / “…,” the deputy governor observed; and the
 * words a pronoun or a title speaks through, for the readers of the words
 * before it (`speaker-before.ts`) and of the story so far (`quotes.ts`). Each
 * rule names a speaker only when the words settle it.
 */
import type { Mention } from '../../types';
import type { Near } from './anaphora';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon';
import { QUOTING, SPEECH } from './speech-verbs';

/** “…,” he said / she added. */
export const PRONOUN_AFTER = new RegExp(`^[\\s,]*(he|she)\\s+(?:\\w+\\s+)?(?:${SPEECH})\\b`, 'i');
/** He said: “…” / She added, “…”. */
export const PRONOUN_BEFORE = new RegExp(`(?:^|[.,;]\\s*|\\b(?:and|but|while)\\s+)(he|she)\\s+(?:\\w+\\s+)?(?:${SPEECH})\\s*[:,]?\\s*$`, 'i');
/** He described the deal as “…” / She said the party would “…”. */
// ("Speaking on Citizen TV, she maintained that …", "He told Taifa Leo that he would decide in January: “…”".)
// ("Asked whether the double role was sustainable, she told Capital FM News: “…”": a question's clause, naming no pronoun of its own.)
export const PRONOUN_SUBJECT = new RegExp(`^\\s*(?:(?:\\p{Lu}\\p{Ll}+ing\\b[^,.;:“”"]{1,100}|(?:Asked|Pressed|Quizzed)\\b(?:(?!\\b(?:he|she)\\b)[^,.;:“”"]){1,100}),\\s*)?(he|she)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${QUOTING})\\b[^.;:“”"]*:?\\s*$`, 'iu');
/** “…,” said the former prime minister. */
export const ROLE_AFTER = new RegExp(`^[\\s,]*(?:${SPEECH})\\s+(the\\s+[\\p{L}\\s'’-]{3,60}?)(?=[.,;]|$)`, 'iu');
/** “…,” the deputy governor observed. */
// (“…,” the MP, who spoke after the Speaker had called for order, said: a clause set off by commas may stand between.)
const TITLE_AFTER = new RegExp(`^[\\s,]*the\\s+((?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}'’-]+)(?:\\s*,[^,.;“”"]{1,80},)?\\s+(?:(?:also|further|then|later|only|simply|merely)\\s+)?(?:${SPEECH})\\b`, 'iu');
/** The senator-elect told journalists that … “…” / The JPA leader said his party would “…”. */
// (The Cabinet Secretary, who served as Turkana Senator, later told journalists that “…”: a clause set off by commas may stand between.)
const TITLE_BEFORE = new RegExp(`(?:^\\s*|[,;]\\s*|\\b(?:and|but|while)\\s+)the\\s+((?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}'’-]+)(?:\\s*,[^,.;“”"]{1,80},)?\\s+(?:(?:also|further|then|later|had|has|only|simply|merely)\\s+)?(?:${QUOTING})\\b(?:[^.;“”"]|\\.(?=\\d))*$`, 'iu');
const VERB_AT_START = new RegExp(`^\\s*(?:(?:also|further|then|later|has|had|once|again|simply|only)\\s+)?(?:${SPEECH})\\b`, 'i');
/** Words that make the name after them an object, not the one who speaks: "told Mr X", "with X". */
// ("told presenter X", "in an interview with Citizen TV host X", "appearing alongside X": a job's word may stand between.)
// ("X is heard telling Mbotela MP Y: “…”": a verb's object in its participle too.)
// ("X, an aide to former Governor Y, said", "a nephew of the late Senator Y", "an aide to Water CS nominee Y": so may the
// lower-case words that date or seat a title.)
export const OBJECT_BEFORE = /\b(?:to|told|telling|asked|asking|urged|urging|warned|warning|reminded|reminding|with|by|for|against|on|at|in|into|near|outside|inside|from|of|about|than|accused|praised|criticised|criticized|attacked|blamed|thanked|defended|dismissed|met|backed|named|alongside|beside|featuring)\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|host|presenter|anchor|moderator|journalist|reporter|correspondent|interviewer|editor|former|late|area|nominated|acting|outgoing|incoming|retired|immediate|nominee|designate)\s+){0,5}$/u;
const SIGNED_BY = /^(?:read|reads|said|says|according to)\s+(?:a|the)\s+(?:joint\s+)?(?:statement|letter|memo|notice|communiqu[eé]|press\s+release)\s+(?:signed|issued|sent|released)\s+by(?:\s+(?:the\s+)?[\p{Lu}][\p{L}.'’-]*)*$/u;
/** ", quoting Y", ", paraphrasing the Bible": in the quote's own sentence, a verb that hands on another's words. */
const QUOTING_AFTER = /^[^.;:“”"]*?,\s*(?:quoting|paraphrasing|reading\s+from)\s/;
/** Another name joined to the one before: ", Y", " and Y", " & Y". */
const JOINED_NAME = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)\p{Lu}/u;
/** Anonymous sources: "the official", "a spokesman", "party insiders". */
const ANONYMOUS = /\b(?:sources?|insiders?|officials?|spokes(?:man|woman|person)|members?|aides?|executive|observers?|residents?|delegates?|critics?|analysts?|someone|one|person)\b/i;

export interface Span {
  /** The paragraph, and where the quote's marks start and end in it. */
  paragraph: string;
  start: number;
  end: number;
  /** Where the text before the quote may be read from: its sentence's start, or the end of a quote before it. */
  from: number;
  sentenceStart: number;
}

/** A reading of who spoke: a speaker, or candidates; `near`, the sentence before, whose people a title may still mean once the article's roles are known. */
export type Reading = { speaker: Mention; speakerRole?: string } | { candidates: Mention[]; speakerRole?: string; attributed: boolean; near?: Near };

/** A person, or a lone word that may be one; never an acronym ("AMP" before a title is a party). */
// (A word with a digit, "Sh44", is an amount, never a name.)
// (Nor a name after "in", "at" with nothing that makes it a person: "who spoke in Nyaribari Chache".)
const isPersonLike = (mention: Mention) =>
  ((mention.kind === 'person' && !(mention.afterPlacePreposition && !mention.role && !mention.honorific && afterInOrAt(mention))) || (mention.kind === 'word' && !mention.acronym && LOWER_LETTER.test(mention.name) && !/\d/.test(mention.name) && !mention.afterPlacePreposition)) && !mention.quoted;
// (Built once: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.)
const LOWER_LETTER = /\p{Ll}/u;

function afterInOrAt(mention: Mention): boolean {
  const at = mention.place.sentence.indexOf(mention.surface);
  return at > 0 && /\b(?:in|at)\s+$/.test(mention.place.sentence.slice(Math.max(0, at - 4), at));
}

/** The people (not in quotes) among `mentions` between two offsets of the paragraph. */
export function peopleBetween(mentions: Mention[], from: number, to: number): Mention[] {
  return mentions.filter((mention) => isPersonLike(mention) && mention.offset >= from && mention.offset < to);
}

/** The speaker the words after the quote name: “…,” Mr X said / said X / according to X / - X. */
export function speakerAfter(span: Span, mentions: Mention[], stop: number): Mention | undefined | 'pronoun' | 'attributed' {
  const after = span.paragraph.slice(span.end, stop);
  // “…?” Otieno remarked: “…”: a colon opens the next quote, whose speaker this is.
  // (Not “…,” X said, while Y added: “…”, where the first clause is this quote's attribution.)
  // (Nor “…,” X said, adding: “…”, where the participle goes on with the same speaker.)
  if (/:\s*[“"]?$/.test(after) && !/,\s*(?:but|while|and|whereas|as)\b/i.test(after) && !/,\s*(?:adding|saying|noting|continuing|insisting|stressing)\s*:\s*[“"]?$/i.test(after)) return undefined;
  // ("“…,” Kiprotich said, quoting Nyabera": another's words as the speaker hands them on; whose wording it is, the text does not settle.)
  if (QUOTING_AFTER.test(after)) return 'attributed';
  if (PRONOUN_AFTER.test(after)) return 'pronoun';
  const named = ownerTitled(span.paragraph, peopleBetween(mentions, span.end, stop));
  if (named) {
    const lead = span.paragraph.slice(span.end, named.offset).replace(/[\s,]+/g, ' ').trim();
    // “…,” Mwangi, who spoke in Nakuru, added / Okello, the Kisumu senator, said: an apposition stands between name and verb.
    // “…,” X (ODM) said: a bracket after the name is an aside too.
    const behind = span.paragraph.slice(named.offset + named.surface.length, stop).replace(/^['’]s\b/, '').replace(/^\s*,[^,.;:“”"]{1,80},/, '').replace(/^\s*\([^()]{1,30}\)/, '');
    const words = lead.split(' ').filter(Boolean);
    // “…,” said Mr X / “…,” according to X / “…” - Full Name.
    // “…,” said Kakamega County Woman Representative X: any number of capitalised title words after the verb.
    // (“…,” said Mzalendo Watch senior researcher X: the body's name, then the words of the job.)
    const capitalisedTail = words.slice(1).every(titleWord) && words.length <= 7;
    // (Not “…,” said Governor Kamau's deputy, X: the possessive's owner is not the one who speaks.)
    const possessive = /^['’]s\b/.test(span.paragraph.slice(named.offset + named.surface.length));
    // (But X is: “…,” Kamau's communications director, Bw Y, told Taifa Leo.)
    const appointee = possessive && OWNERS_TITLE_LEAD.test(lead) ? ownersAppointee(span.paragraph, named, peopleBetween(mentions, span.end, stop), stop) : undefined;
    if (appointee) return appointee;
    // “…,” read a statement signed by ODM Secretary-General X: the one who signed it.
    // (“…,” read the statement signed by MCAs X, Y and Z: a joint statement is none of theirs alone.)
    if (!possessive && SIGNED_BY.test(lead)) return JOINED_NAME.test(span.paragraph.slice(named.offset + named.surface.length, stop)) ? 'attributed' : named;
    if (!possessive && ((VERB_AT_START.test(lead) && (words.length <= 3 || capitalisedTail)) || /^(?:according to|in the words of)$/i.test(lead) || /^[-–—](?: \p{Lu}[\p{L}.'’-]*){0,3}$/u.test(lead))) return named;
    // “…,” Mr X said / “…,” Governor X added / “…,” the Kitui senator, X, said.
    const titled = /^the(?: [\p{L}'’-]+){1,4} ?,?$/u.test(lead) && !/\b(?:and|or|with|to|of|by|for)\b/.test(lead);
    // “…?” PDU leader X wondered: lower-case words of a title may stand among the capitalised ones.
    const titleWords = words.length <= 6 && !words.some((word) => /^\p{Ll}/u.test(word) && !TITLE_HEADS.has(word) && !TITLE_MODIFIERS.has(word));
    if ((titled || titleWords) && VERB_AT_START.test(behind.replace(/^\s*,\s*/, ' '))) return named;
  }
  // ("“…,” the judge ruled, ordering Mr X to pay costs": a title and any verb of speech, whoever is named after it.)
  return VERB_AT_START.test(after.replace(/^[\s,]+/, '').replace(/^(?:the|a|an)\s.*?(?=\s(?:said|says))/i, '')) || ROLE_AFTER.test(after) || TITLE_AFTER.test(after) ? 'attributed' : undefined;
}

/** What may stand before the owner of an appointee's title after a quote: nothing, the owner's own title, or "said". */
const OWNERS_TITLE_LEAD = /^(?:(?:said|says)(?:\s+|$))?(?:\p{Lu}[\p{L}.'’-]*(?:\s+|$)){0,4}$/u;
/** "'s communications director, (Bw) ": the owner's possessive, a job in lower case, then the appointee's name set off by a comma. */
const APPOINTEE_OF = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s*,\s*(?:\p{Lu}\p{Ll}{0,4}\.?\s+)?$/u;

/**
 * “…,” Kamau's communications director, Bw Y, told Taifa Leo / “…,” said Kamau's chief of staff, Y.: the one whose
 * job the possessive names, set off by commas before the verb or ending the sentence after "said"; none when another
 * name is joined to theirs.
 */
function ownersAppointee(paragraph: string, owner: Mention, people: Mention[], stop: number): Mention | undefined {
  const appointee = people.find((person) => person.offset > owner.offset);
  if (!appointee || !APPOINTEE_OF.test(paragraph.slice(owner.offset + owner.surface.length, appointee.offset))) return undefined;
  const behind = paragraph.slice(appointee.offset + appointee.surface.length, stop);
  if (JOINED_NAME.test(behind)) return undefined;
  const after = paragraph.slice(owner.offset - 12 > 0 ? owner.offset - 12 : 0, owner.offset);
  const saidFirst = /\b(?:said|says)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(after);
  return (saidFirst ? /^\s*[.!?]?\s*$/.test(behind) : VERB_AT_START.test(behind.replace(/^\s*,\s*/, ' ')) && /^\s*,/.test(behind)) ? appointee : undefined;
}

/**
 * The first person named after a quote, or the one an organisation's title
 * introduces right after it: in “…,” said PesaCheck fact-checker X, the outlet
 * is whose fact-checker X is, not the one speaking.
 */
function ownerTitled(paragraph: string, people: Mention[]): Mention | undefined {
  const [first, next] = people;
  if (!first || !next || first.role || first.honorific) return first;
  const between = paragraph.slice(first.offset + first.surface.length, next.offset);
  return OWNER_THEN_TITLE.test(between) && between.trim().split(/\s+/).every(titleWord) ? next : first;
}

/** Only words between two names, lower-case ones among them: "PesaCheck fact-checker X", "Amnesty Kenya senior researcher X". */
const OWNER_THEN_TITLE = /^\s+(?:[\p{L}'’-]+\s+){0,3}\p{Ll}[\p{L}'’-]*\s+$/u;

/** A word of a job's title: capitalised, a title word, or a noun for a person who does something ("analyst", "fact-checker"). */
function titleWord(word: string): boolean {
  if (/^\p{Lu}/u.test(word)) return true;
  const lower = word.toLowerCase();
  return TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || (/(?:er|or|ist|ian|ant|ent)$/.test(lower) && !NOT_A_TITLE.has(lower));
}

/** Words ending like a person's noun that are none: "after", "however", "president" stays a title head. */
const NOT_A_TITLE = new Set(['after', 'over', 'under', 'never', 'however', 'whether', 'later', 'earlier', 'together', 'rather', 'other', 'either', 'neither', 'ever', 'further', 'per', 'for', 'or', 'recent', 'current', 'present', 'absent', 'against', 'meant', 'want', 'sent', 'spent', 'went', 'urgent', 'constant', 'distant', 'silent', 'patient', 'consistent']);

/** He wrote on X (formerly Twitter): “…” / She posted: “…”. */
// ("She closed in Kiswahili: “…”", "He added, in English: “…”": a verb of speaking in order, then its colon.)
export const POST_BEFORE = /(?:^|[.,;]\s*|\b(?:and|but|while)\s+)(he|she)\s+(?:also\s+|later\s+|then\s+)?(?:wrote|posted|tweeted|closed|opened|began|ended|concluded|continued|added|said|spoke)\b[^.;“”"]{0,60}:\s*$/i;

/** True when the words before a name open a clause it stands in: "X, who wants to unseat Makori". */
export function inClause(before: string): boolean {
  // "while Koileken argued" has Koileken as its subject; "after meeting Koileken" does not.
  return /,\s*(?:who|whom|whose|which|that)\b[^,]*$|,\s*(?:after|before|when|while|as|because|if)\s+(?:[^,]*\s)?\p{Ll}[^,]*$/iu.test(before);
}


/**
 * A title used for the speaker instead of a name, before the quote ("the
 * senator-elect told journalists that …") or after it ("…,” the deputy
 * governor observed): whom it means is settled once the article's roles are known.
 */
export function titleSpeaker(lead: string, after: string): string | undefined {
  const before = TITLE_BEFORE.exec(lead);
  // ("The senator responded to X, who had said the senator was “…”": the words are those of the one the clause is about.)
  const title = (before && !RELATIVE_SPEAKER.test(before[0]) ? before[1] : undefined) ?? TITLE_AFTER.exec(after)?.[1];
  if (!title || ANONYMOUS.test(title) || !/[\p{Ll}\p{Lu}]/u.test(title)) return undefined;
  return title;
}

/** ", who had said", ", who earlier claimed": a relative clause whose own verb of speech hands the quote to its antecedent. */
const RELATIVE_SPEAKER = new RegExp(`,\\s*(?:who|whom)\\s+(?:(?:had|has|earlier|once|also|reportedly)\\s+)*(?:${QUOTING})\\b`, 'i');

/** A role named after the quote, unless it is an anonymous source: “…,” said the former prime minister. */
export function roleAfter(after: string): string | undefined {
  const role = ROLE_AFTER.exec(after)?.[1];
  if (!role || ANONYMOUS.test(role)) return undefined;
  return role.replace(/^the\s+/i, '').trim();
}
