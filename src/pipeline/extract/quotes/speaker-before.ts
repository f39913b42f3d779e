/**
 * Who spoke a quote, from the words before it in its sentence: X said: “…”,
 * X told reporters, “…”, according to X, “…”, X hit back: “…”, X described it
 * as “…”, and a list item `X: “…”`. Names a speaker only when the words settle
 * it; otherwise the candidates.
 */
import type { Mention } from '../../types';
import { inClause, OBJECT_BEFORE, peopleBetween, type Reading, type Span } from './attribution';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon';
import { QUOTING_SOMEONE, RELAYED, reportedBy } from './relayed-quotes';
import { distinct } from './speaker-titles';
import { QUOTING } from './speech-verbs';
import { isSpokenOf, openingPhraseEnd, spokenOfStretches } from './spoken-of';

const QUOTING_VERB = new RegExp(`\\b(?:${QUOTING})\\b`, 'gi');
/** "according to X", "according to Kitui Senator X", "according to the Kitui senator, X". */
const ACCORDING_TO = /(?:\b(?:according to|in the words of|as per)|^\s*Per)\s*(?:(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\s*,?\s*)?$/iu;
const NAME_MESSAGE = /(?:^|[,;]\s*)((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s\s+(?:[\p{Ll}-]+\s+)?(?:message|response|answer|reply|verdict|advice|warning|plea|view|take|retort)\s+(?:to\s+[^:“”"]{1,40}\s+)?(?:was|is)\b[^:“”"]{0,30}:\s*$/u;
/**
 * "Neither X nor Y responded to Muhoro's claims that the nominations had been decided “…”": words reported as someone's
 * claim, charge or remark are the possessor's, whoever the sentence's subject is.
 */
const NAME_CLAIM = /((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s\s+(?:[\p{Ll}-]+\s+)?(?:claims?|charges?|remarks?|allegations?|accusations?|assertions?|suggestions?|statements?)\s+that\b[^“”".;:]{0,160}["“]?$/u;
/** "In Kamau's words, “…”", "In Kamau's own words: “…”". */
const IN_NAME_WORDS = /(?:^|[,;]\s*)[Ii]n\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s?\s+(?:own\s+)?words\s*[,:]?\s*$/u;

/**
 * The speaker the words before the quote, in its sentence, name: X said: “…”,
 * X told reporters, “…”, according to X, “…”, X hit back: “…”, X described it
 * as “…”, and a list item `X: “…”`. Two people as one subject ("X and Y
 * dismissed it as “…”") settle nothing.
 */
export function speakerBefore(span: Span, mentions: Mention[]): Reading | undefined {
  const { paragraph, start, from } = span;
  const before = paragraph.slice(from, start);
  // ("In Kamau's words": the name after "In" is a possessor here, not a place.)
  const words = IN_NAME_WORDS.exec(before);
  if (words) {
    const at = from + words.index + words[0].indexOf(words[1] as string);
    const owner = mentions.find((mention) => mention.kind !== 'party' && !mention.quoted && mention.offset === at);
    if (owner) return { speaker: owner };
  }
  const people = peopleBetween(mentions, from, start);
  if (people.length === 0) return undefined;
  // ("X, through his lawyer Y, said: “…”": spoken by one for the other; whose words they are, the text does not settle.)
  if (before.includes('through') && THROUGH_AGENT.test(before)) return { candidates: [], attributed: true };
  // ("She had received a letter from Governor X which read: “…”": the words are the letter's, its writer's; with two
  // writers, neither's alone.)
  const document = before.includes('which') || before.includes('that') ? DOCUMENT_FROM.exec(before) : null;
  if (document) {
    const at = from + document.index + document[0].indexOf(document[1] as string);
    const writers = distinct(peopleBetween(mentions, at, at + (document[1] as string).length));
    return writers.length === 1 ? { speaker: writers[0] as Mention } : { candidates: [], attributed: true };
  }
  // "… responded to Muhoro's claims that the nominations had been decided “…”": the claimant's words.
  const claim = NAME_CLAIM.exec(before);
  if (claim) {
    const at = from + claim.index + claim[0].indexOf(claim[1] as string);
    // (A possessive is no subject, so the claimant is looked for among all the sentence's mentions.)
    const owner = mentions.find((mention) => mention.kind !== 'party' && !mention.quoted && mention.offset >= at && mention.offset + mention.surface.length === at + (claim[1] as string).length);
    if (owner && peopleBetween(mentions, owner.offset + 1, start).length === 0) return { speaker: owner };
  }
  // "Kamau's message to the governor was clear: “…”": the possessor's words, when no one else is named.
  const message = NAME_MESSAGE.exec(before);
  if (message && people.length === 1 && people[0]?.offset === from + message.index + message[0].indexOf(message[1] as string)) return { speaker: people[0] };
  const afterName = (mention: Mention) => paragraph.slice(mention.offset + mention.surface.length, start);
  // "He wrote on X (formerly Twitter):": a name in brackets is an aside, never the one speaking.
  const subject = (mention: Mention) => {
    const lead = paragraph.slice(from, mention.offset);
    return !OBJECT_BEFORE.test(lead) && (lead.match(/\(/g)?.length ?? 0) <= (lead.match(/\)/g)?.length ?? 0);
  };

  // "Wairimu, reacting to a post by Njambi's ally, Kandara MCA Y, said:": Y stands in the participle's aside of the one named before.
  const inAside = (mention: Mention) => people.some((person) => person.offset < mention.offset && PARTICIPLE_ASIDE.test(paragraph.slice(person.offset + person.surface.length, mention.offset)));

  // According to X, “…”
  const according = people.find((mention) => ACCORDING_TO.test(paragraph.slice(from, mention.offset)));
  // ("According to X, the governor told her in August: “…”": the source relays words a subject of its own spoke; whose
  // wording it is, the text does not settle.)
  if (according && RELAYED.test(afterName(according))) return { candidates: [], attributed: true };
  if (according && !/[.;]/.test(afterName(according)) && peopleBetween(mentions, according.offset + 1, start).length === 0) return { speaker: according };

  // "X, quoting former Minister Y, said the House must “…”": the words may be Y's as well as X's, so neither is certain.
  const quoted = people.find((mention) => QUOTING_SOMEONE.test(paragraph.slice(from, mention.offset)));
  if (quoted) return { candidates: people, attributed: true };

  // "X paid tribute to the late Senator Y, who he said had “…”": inside the clause about Y, "he" is the sentence's subject.
  const aside = WHO_HE_SAID.exec(before);
  // (Or the subject alone, the clause about someone not named: "X beat the incumbent senator, whom he accused of “…”".)
  if (aside && (people.length === 2 || people.length === 1)) {
    const [first, other] = people as [Mention, Mention | undefined];
    const clause = from + aside.index;
    if ((other ?? first).offset < clause && /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(paragraph.slice(from, first.offset)) && !/^['’]s\b/.test(afterName(first))) return { speaker: first };
  }

  // "…, which Dr X described as “…”": the subject of a relative clause whose verb puts the words in its mouth.
  const relative = RELATIVE_QUOTING.exec(before);
  if (relative) {
    const named = peopleBetween(mentions, from + relative.index, start);
    if (named.length === 1) return { speaker: named[0] as Mention };
  }
  // "X resigned on Monday, citing what she called “…”", "Mr X thanked the delegates for what he called “…”": the pronoun
  // stands for the one person the sentence names.
  if (WHAT_PRONOUN_CALLED.test(before)) {
    const named = distinct(peopleBetween(mentions, span.sentenceStart, start));
    if (named.length === 1 && !/^['’]s\b/.test(afterName(named[0] as Mention))) return { speaker: named[0] as Mention };
  }

  // X said: “…” / X hit back: “…” / X: “…”.
  if (/:\s*$/.test(before)) {
    // "…,” he said, while Majority Leader X added: “…”": the subject of the clause that opens this quote.
    // ("X in a post that Y later shared: “…”": Y is the subject of a clause about the post, not of the colon.)
    const clauseSubject = (lead: string) => (!inClause(lead) || /,\s*(?:while|whereas|but|and)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,6}$/u.test(lead)) && !RELATIVE_BEFORE.test(lead);
    // ("X retweeted Mwinyi's post, adding: “…”": a possessor is no subject.)
    const speaker = [...people].reverse().find((mention) => subject(mention) && clauseSubject(paragraph.slice(from, mention.offset)) && !inAside(mention) && !/^['’]s\b/.test(afterName(mention)));
    // "- Roysambu MCA X, an ally of the TKM: “…”": a list item's apposition before its colon.
    // "X of the Chama cha Wananchi-Kenya (CCW-K) disagreed: “…”": the party the speaker belongs to is part of the subject.
    // "X (Kenya Kwanza) in a statement: “…”", "X, in a post on Facebook: “…”": where the words were given is no part of the gap.
    const gap = speaker ? partyAfter(speaker, mentions, paragraph, start).replace(MEDIA_BEFORE_COLON, ' ').replace(/,[^,]*,/g, ' ').replace(/^\s*,\s*(?:an?|the)\s[^,.;:“”"]{1,50}(?=:\s*$)/, ' ') : '';
    const words = gap.replace(/:\s*$/, '').trim().split(/\s+/).filter(Boolean);
    // ("Asked whether he would follow X to UDA, he said:": a pronoun of its own is the verb's subject, not X.)
    // ("Asked about Ojuok's chief of staff, X, who …, the senator said:": a subject of its own, after the asides, is the speaker; X is what was asked about.)
    const ownSubject = /^\s*(?:the|a|an|his|her|their|its)\s/i.test(gap);
    // ("X and his deputy, Y, toured the market, with the governor saying: “…”": "with" opens a subject of its own.)
    if (speaker && !ownSubject && words.length <= 4 && !/[.;]/.test(gap.replace(/:\s*$/, '')) && !/\b(?:that|who|which|because|while|but|and|he|she|they|with)\b/i.test(gap)) {
      // ("Chepkoech said Kiprotich had told her: “…”": Kiprotich's words as Chepkoech tells them; whose wording it is, the text does not settle.)
      const reporter = reportedBy(paragraph, [...before.matchAll(QUOTING_VERB)].filter((match) => /^\p{Ll}/u.test(match[0])), from, speaker, people);
      if (reporter) return { candidates: [reporter, speaker], attributed: true };
      return settle(speaker, people, paragraph);
    }
  }
  // X spoke in Mwingi, saying: “…” / X left, insisting that the county “…”: the clause's subject, when the only person before it.
  const participle = PARTICIPLE.exec(before);
  if (participle) {
    const at = from + participle.index;
    const before = people.filter((mention) => mention.offset < at);
    const named = before[0];
    // ("Mombasa County Executive for Tourism X defended the plan, saying …": a title's "for" or "of" before the name.)
    // ("ODM leader X also weighed in, telling supporters …": a title's lower-case head among them.)
    const lead = paragraph.slice(from, named?.offset ?? from).split(/\s+/).filter(Boolean);
    if (named && before.every((mention) => sameName(mention, named)) && lead.every((word) => /^(?:\p{Lu}|for$|of$)/u.test(word) || TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word)) && peopleBetween(mentions, at, start).length === 0) {
      return { speaker: named };
    }
  }
  // X said the party would “…” / X told reporters, “…”: the last quoting verb, with its subject before it.
  // "Nyali MP Said Juma Mwachiro": a capitalised word is a name, not the verb.
  const verbs = [...before.matchAll(QUOTING_VERB)].filter((match) => /^\p{Ll}/u.test(match[0]));
  // "X shared photos of the rally with the caption “…”": the caption is the words of whoever posted it.
  const caption = CAPTION.exec(before);
  if (caption && !verbs.some((match) => match.index > caption.index)) verbs.push(caption);
  const verb = verbs[verbs.length - 1];
  if (!verb) return undefined;
  const verbAt = from + verb.index;
  const inBetween = peopleBetween(mentions, verbAt, start);
  // "The motion was opposed by X, who said the party would “…”": the relative pronoun stands for the name right before it.
  const antecedent = people.filter((mention) => mention.offset < verbAt).pop();
  if (antecedent && inBetween.length === 0 && WHO_THEN_VERB.test(paragraph.slice(antecedent.offset + antecedent.surface.length, verbAt)) && !/^['’]s\b/.test(afterName(antecedent))) {
    // ("X and Y, who said …": "who" stands for both, and settles neither.)
    return settle(antecedent, people.filter((mention) => mention.offset < verbAt), paragraph);
  }
  // ("Speaking after Rono, Keter said the ministry had “…”": whoever the sentence's opening phrase names is not its subject.)
  const opened = from === span.sentenceStart ? from + openingPhraseEnd(before) : from;
  const subjects = people.filter((mention) => mention.offset >= opened && mention.offset < verbAt && !inClause(paragraph.slice(from, mention.offset)) && subject(mention) && !inAside(mention));
  const speaker = subjects[subjects.length - 1];
  if (!speaker) return undefined;
  const gap = withoutAffiliation(paragraph.slice(speaker.offset + speaker.surface.length, verbAt));
  if (!subjectGap(gap) && !coordinated(span, speaker, people, gap)) return undefined;
  // "Khisa said President X had assured him that “…”": X's words as Khisa tells them; whose wording it is, the text does not settle.
  const reporter = reportedBy(paragraph, verbs, from, speaker, subjects);
  if (reporter) return { candidates: [reporter, speaker], attributed: true };
  // "X accused Nyali MP Y and Z of “…”": the accused are objects; the words are the accuser's.
  if (inBetween.length > 0 && ACCUSED.test(paragraph.slice(verbAt, start))) return settle(speaker, subjects, paragraph);
  // "X told journalists that Y was “…”", "X dismissed it, saying Y had “…”": Y is spoken of in what X said; the words are X's.
  if (inBetween.length > 0 && onlySpokenOf(span, speaker, inBetween)) return settle(speaker, subjects, paragraph);
  if (inBetween.length > 0) return { candidates: [speaker, ...inBetween], attributed: true };
  return settle(speaker, subjects, paragraph);
}

/** "a post that", "the remarks which": a relative pronoun right before a name (and its title), opening a clause without a comma. */
const RELATIVE_BEFORE = /\b(?:that|which|whom)\s+(?:(?:the|former)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,6}$/u;

/** ", reacting to a post by", ", responding to": an aside opened by a participle right after a name, still open. */
const PARTICIPLE_ASIDE = /^\s*,\s*\p{Ll}+ing\b[^.;:“”"]*$/u;

/** A bracketed aside, then where the words were given, right before a colon: " (UDA) in a statement:", ", in a post on X (formerly Twitter):", " on Facebook:". */
const MEDIA_BEFORE_COLON = /^\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:in|via|on|through)\s+(?:(?:a|an|his|her|their|the)\s+)?(?:(?:brief|short|separate|press|written|televised|video|TV|radio|live|Facebook|Twitter|X|TikTok|Instagram|WhatsApp|YouTube)\s+)?(?:statement|post|tweet|message|video|clip|address|broadcast|interview|Facebook|Twitter|X|TikTok|Instagram|YouTube|page|account|handle|Space)(?:\s+(?:on|to|with)\s+(?:(?:his|her|their|the)\s+)?(?:\p{Lu}[\p{L}.]*\s*)+(?:\s*\(formerly\s+Twitter\))?)?\s*,?(?=\s*:\s*$)/u;

/** True when the sentence only speaks of `others`, in what its subject, `speaker`, said before the quote. */
function onlySpokenOf(span: Span, speaker: Mention, others: Mention[]): boolean {
  const stretches = spokenOfStretches(span.paragraph.slice(span.sentenceStart, span.start), true);
  const at = (mention: Mention) => mention.offset - span.sentenceStart;
  return !isSpokenOf(stretches, at(speaker)) && others.every((mention) => isSpokenOf(stretches, at(mention)));
}

/** ", through his lawyer Y,", ", through her spokesperson,": someone who speaks for the subject. */
const THROUGH_AGENT = /,\s*through\s+(?:his|her|their|its|the)\s+(?:[\p{Ll}-]+\s+)?(?:lawyers?|advocates?|counsel|spokes(?:man|woman|person)|aides?|representatives?|agents?)\b/u;

/** "a letter from Governor X which read:", "a statement signed by X and Y that said": a document, its writers, and what it says. */
const DOCUMENT_FROM = /\b(?:letter|statement|message|memo|note|communiqu[eé]|post|tweet|missive|petition)\s+(?:(?:dated|written\s+on)\s+[^,.;:“”"]{1,30}?\s+)?(?:from|by|signed\s+by|written\s+by|sent\s+by)\s+([^.;:“”"]{1,80}?)\s*,?\s+(?:which|that)\s+(?:read|reads|said|says|stated|states)\s*:?\s*$/u;

const RELATIVE_QUOTING = /(?:,\s*which|\bwhat)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:has\s+|had\s+|once\s+)?(?:described|termed|called|dubbed|branded|labelled|labeled)\s+(?:as\s+)?$/u;

/** "what she called", "what he described as": the words named by the subject's pronoun, right before the quote. */
const WHAT_PRONOUN_CALLED = /\bwhat\s+(?:he|she)\s+(?:called|termed|dubbed|branded|labell?ed|described\s+as)\s*$/;

/** ", who he said had", ", which she said was": a pronoun inside a relative clause, saying what the sentence's subject said. */
// ("beat the incumbent senator, whom he accused during the campaign of “…”": the accusation is the subject's words too.)
const WHO_HE_SAID = /,\s*(?:who|whom|which)\s+(?:he|she)\s+(?:said|says|claimed|noted|described\s+as|accused\b[^,.;:“”"]{0,60}\bof)\b[^.;:“”"]*$/i;

/** ", who said", ", who later told reporters": what stands between a name and the verb of the relative clause it heads. */
// ("moved by X (UDA), the Kirimari MCA, who told …": an apposition may stand between.)
const WHO_THEN_VERB = /^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:an?|the)\s[^,.;:“”"()]{1,60})?,\s*who\s+(?:(?:also|later|then|had|has|once|again|on\s+\p{Lu}\p{Ll}+)\s+)*$/u;

const CAPTION = /\b(?:shared|posted|uploaded)\b(?=[^.;“”"]{0,120}\bwith\s+(?:the|a)\s+caption\s*:?\s*$)/;

/** "accused X and Y of “…”": only the accused and their titles between the verb and the quote, not what they said. */
const ACCUSED = /^(?:accused|blamed|faulted)\s+(?:(?!saying|telling|calling|describing|claiming|that|who|which)[\p{L}.'’-]+,?\s+){1,12}?(?:of|for)\s+$/iu;

/** The words between a speaker and `to`, a party named right after them ("X of ODM", "X (UDA)") left out. */
function partyAfter(speaker: Mention, mentions: Mention[], paragraph: string, to: number): string {
  const end = speaker.offset + speaker.surface.length;
  const party = mentions.find((one) => one.kind === 'party' && one.offset > end && one.offset < to && /^\s+of\s+(?:the\s+)?$/.test(paragraph.slice(end, one.offset)));
  if (!party) return paragraph.slice(end, to);
  return paragraph.slice(party.offset + party.surface.length, to).replace(/^\s*\([^()]{1,20}\)/, '');
}

/** ", saying: “…”", ", adding that the party “…”": a participle of speech after the clause of its subject. */
const PARTICIPLE = /,\s*(?:while\s+|and\s+)?(?:saying|accusing|adding|noting|insisting|warning|arguing|stating|explaining|urging|asking|claiming|maintaining|charging|lamenting|observing|remarking|reiterating|cautioning|assuring|declaring|stressing|emphasising|emphasizing|wondering|posing|telling|vowing|pledging|promising|asserting|alleging|reminding|pointing\s+out|writing|posting|tweeting)\b[^.;:“”"]*:?\s*$/i;

/** Two mentions of one person: the same surname ("Peter Mutiso Kyalo" and "Kyalo"). */
function sameName(a: Mention, b: Mention): boolean {
  const last = (mention: Mention) => mention.name.toLowerCase().split(/\s+/).pop();
  return last(a) === last(b);
}

/**
 * Only the words of a subject between a speaker and their verb: apposition or
 * clauses set off by commas ("X, the ODM leader, said", "X, who …, said"),
 * and adverbs ("X also said", "X on Tuesday said").
 */
function subjectGap(gap: string): boolean {
  // ("X, speaking to Kenyans.co.ke by phone, said": a full stop inside a word ends no sentence.)
  if (gap.length > 120 || /[;:]|\.(?![\p{L}\d])/u.test(gap)) return false;
  // "The party's youth leader, X, charged": the comma closing an apposition the name stands in.
  // ("X, the DAPK Deputy Secretary-General, who moved the motion, said": two asides in a row.)
  const bare = gap.replace(/^\s*(?:,[^,]*)+,(?=\s*(?:\p{Ll}+\s+)?$)/u, ' ').replace(/,[^,]*,/g, ' ').replace(/^\s*,/, ' ').replace(/\s+/g, ' ').trim();
  // "X, an aspirant for the seat, who said …": the relative pronoun stands for X.
  // ("X had earlier said", "X would later tell reporters": a tense's helper and its adverb.)
  return /^(?:(?:also|further|then|later|earlier|has|had|have|would|will|once|again|now|still|currently|yesterday|today|reportedly|however|on \p{Lu}\p{Ll}+|\p{Ll}+ly)\s*)*(?:who\s*)?$/u.test(bare);
}

/**
 * The words between a name and its verb without the body the person is of: "X of UDA, who …, said", "X of the Anglican
 * Church of Kenya has asked", "X (ODM) said".
 */
function withoutAffiliation(gap: string): string {
  return gap.replace(/^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|na|wa|cha|la|ya)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*(?:\s*\([^()]{1,12}\))?|^\s*\([^()]{1,30}\)/u, ' ');
}

/**
 * "Governor X dismissed the claims and said the party was “…”", "X, who sat at the high table, did not speak about
 * the list, but pledged to work with “…”": a second verb of the sentence's subject, after "and" or "but". Only for the
 * first person of the sentence, written at its start, with no one else before the quote.
 */
function coordinated(span: Span, speaker: Mention, people: Mention[], gap: string): boolean {
  if (span.from !== span.sentenceStart || people[0] !== speaker || people.length !== 1) return false;
  if (!/^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(span.paragraph.slice(span.from, speaker.offset))) return false;
  return gap.length <= 160 && /^[^.;:“”"]*?[\s,]\s*(?:and|but)\s+(?:(?:also|later|then|instead)\s+)?$/.test(gap);
}

/** A speaker, unless another person shares the subject: "Athman and Mbarak dismissed …", "X of UDA and Y said …". */
/** "According to (Ms)", opening its sentence: the source of what follows. */
const SOURCE_OPENING = /(?:^|[.!?]\s+|\n)\s*According to\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/;

function settle(speaker: Mention, people: Mention[], paragraph: string): Reading {
  const index = people.indexOf(speaker);
  // ("its deputy secretary-general for Zanzibar, X, who told …": a place after "for" is the title's, no second subject.)
  // ("According to Ms X, Ms Y told the summit: “…”": the source who relays the words is no second subject; a principal
  // named by a name of their own speaks, as the README's relayed recollection.)
  const previous = people[index - 1] && !/\b(?:for|of|in|at|from)\s+$/.test(paragraph.slice(Math.max(0, (people[index - 1] as Mention).offset - 6), (people[index - 1] as Mention).offset)) && !SOURCE_OPENING.test(paragraph.slice(Math.max(0, (people[index - 1] as Mention).offset - 24), (people[index - 1] as Mention).offset)) ? people[index - 1] : undefined;
  if (previous && /^\s*(?:,|and|&|,\s*and)\s*(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(withoutAffiliation(paragraph.slice(previous.offset + previous.surface.length, speaker.offset)))) {
    return { candidates: [previous, speaker], attributed: true };
  }
  return { speaker };
}
