/**
 * The extract stage: reads one article and lists every place it names a
 * person or a party, with the cues around each (titles, roles, party ties,
 * acronyms), and the quotes it attributes. Nothing here looks beyond the
 * article: joining names up is resolution's job.
 */
import type { CountryPack } from '../pack';
import { doubleSingleQuotes } from '../text/quote-marks';
import { splitSentences } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import type { Article, ArticleExtraction, Mention, Place, RoleCue } from '../types';
import { readOfficesInTime } from './offices-in-time';
import { findCoalitions } from './coalitions';
import { readContext, type Context } from './context';
import { classify, isPackParty, nameText, readRun, type RunReading } from './names';
import { mayNameParty, partyPrefix, splitAffiliation } from './name-parties';
import type { Discourse } from './discourse';
import { interviewAnswers } from './interview-answers';
import { settleByGenders } from './late-genders';
import { findQuotes } from './quotes';
import { settleTitleSpeakers } from './speaker-titles';
import { definedTitles } from './title-definitions';
import { readRole } from './roles';
import { findRuns, type Run } from './runs';
import { afterThe, bracketedAfter, isSeatPlace, namesPartOf, namesPlace, seatIn } from './run-places';
import { standingIn } from './apposition-offices';
import { acronymsDefinedOverPack, placedAbroad, tiesToDefined, withoutForeignForms } from './foreign-parties';
import { spellOutBodies } from './spelled-bodies';
import { registeredNames } from './parties-in-play';
import { deniedParty, withoutDenied } from './party-denials';
import { partiesByEvidence } from './party-evidence';
import { readShortForms } from './party-short-forms';
import { rolesAsRead, withdrawRetracted } from './retractions';
import { readTies, type SentenceMentions } from './ties';
import { relationOfRole } from './tie-facts';

/** Finds the mentions and quotes of one article. */
export function extractArticle(article: Article, pack: CountryPack): ArticleExtraction {
  const mentions: Mention[] = [];
  const quotes: ArticleExtraction['quotes'] = [];
  const coalitions: ArticleExtraction['coalitions'] = [];
  const definitions = new Map<string, 'party' | 'other'>();
  const phrases = new Set<string>();
  const bodies = new Map<string, string>();
  const discourse: Discourse = {};
  const sentences: SentenceMentions[] = [];
  const acronymBodies: Mention[] = [];
  /** Names the article says are no party ("X, a civil society group,"). */
  const denied = new Set<string>();
  /** "MP X (Emurua Dikirr)": the place in brackets after each person's name. */
  const seats = new Map<Mention, string>();
  /** "Tanzania's CCM": a pack party's form the article places in another country. */
  const abroad = new Set<Mention>();
  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    const found: Mention[] = [];
    for (const sentence of splitSentences(paragraph)) {
      const place: Place = { paragraph: paragraphIndex, sentence: sentence.text };
      const at = (tokens: Token[]) => surfaceIn(paragraph, tokens);
      const site = { place, at, bodies: acronymBodies, denied };
      const tokens = tokenize(sentence.text, sentence.start);
      const runs: Run[] = [];
      for (const run of findRuns(tokens)) runs.push(...splitAffiliation(run, pack));
      const inSentence: Mention[] = [];
      runs.forEach((run, index) => {
        // "the 'Tuko Pamoja' tour": a name set in quotation marks of its own is a slogan or a title, never a person.
        const marked = (mention: Mention) => mention.kind !== 'party' && OPENING.test(paragraph.charAt(mention.offset - 1)) && CLOSING.test(paragraph.charAt(mention.offset + mention.surface.length));
        // "telling Kenyans that …": a country's people are no one.
        const people = (mention: Mention) => mention.kind === 'word' && /^\p{Lu}\p{Ll}+ns$/u.test(mention.name) && pack.places.has(mention.name.slice(0, -2).toLowerCase());
        // "the Tea Party wing of the Republican Party": a part of a party is no party; a registered party stays one ("the ODM wing of Azimio").
        const part = namesPartOf(tokens, run);
        const partOf = (mention: Mention) => part && mention.kind === 'party' && !isPackParty(mention.name.toLowerCase(), pack);
        const yielded = mentionsOfRun(tokens, run, runs[index - 1], site, pack, definitions, phrases, bodies).filter((mention) => !marked(mention) && !people(mention) && !partOf(mention));
        for (const mention of yielded) if (placedAbroad(mention, paragraph, pack)) abroad.add(mention);
        // "MPs X (Emurua Dikirr) and Y (Baringo Central)": a name in brackets right after a person's is their seat, no one.
        const holder = bracketedAfter(tokens, run, runs[index - 1]) ? inSentence[inSentence.length - 1] : undefined;
        if (holder && holder.kind === 'person' && isSeatPlace(run, yielded)) {
          for (const mention of yielded) phrases.add(mention.name.toLowerCase());
          seats.set(holder, nameText(run.tokens));
          return;
        }
        // "the Bogeka Mokomoni by-election", "Residents of Bogeka Mokomoni": a place, whatever its shape; no one of that name.
        // "elders of the Njuri Ncheke": a name right after "the", with no title of its own, is a body's; no one is called so.
        if (namesPlace(tokens, run) || afterThe(tokens, run)) for (const mention of yielded) if (mention.kind !== 'party' && !mention.role && !mention.honorific) phrases.add(mention.name.toLowerCase());
        inSentence.push(...yielded);
      });
      const parties = inSentence.filter((mention) => mention.kind === 'party' || (mention.kind === 'word' && !mention.role));
      for (const cue of findCoalitions(sentence.text, sentence.start, parties)) coalitions.push({ ...cue, place });
      found.push(...inSentence);
      sentences.push({ paragraph: paragraphIndex, text: sentence.text, start: sentence.start, mentions: inSentence });
    }
    markQuoted(paragraph, found);
    // ("described her as “the best Speaker Nandi has had”": inside a quote, a county's name after a title is the place spoken of.)
    const named = found.filter((mention) => !(mention.quoted && mention.kind === 'person' && !/\s/.test(mention.name) && pack.places.has(mention.name.toLowerCase())));
    mentions.push(...named);
    quotes.push(...findQuotes(paragraph, paragraphIndex, named, discourse));
  });
  quotes.push(...interviewAnswers(article.paragraphs, mentions));
  for (const body of partiesByEvidence(sentences, article.paragraphs, definitions, acronymBodies)) insertInOrder(mentions, body);
  const overPack = acronymsDefinedOverPack(mentions, pack);
  const kept = withoutDenied(applyDefinitions(withoutForeignForms(mentions, abroad, overPack), definitions), denied);
  // "East African Legislative Assembly (EALA)" … "EALA MP X": an acronym the article defines as no party ties no one to it.
  if (kept.length < mentions.length) {
    const still = new Set(kept);
    for (const sentence of sentences) sentence.mentions = sentence.mentions.filter((mention) => still.has(mention));
  }
  readShortForms(kept);
  const asRead = rolesAsRead(kept);
  readTies(sentences, pack);
  readOfficesInTime(sentences, article.date ? Number(article.date.slice(0, 4)) : undefined);
  tiesToDefined(kept, overPack);
  for (const [holder, place] of seats) seatIn(holder, place);
  withdrawRetracted(sentences, asRead);
  const spelled = spellOutBodies(kept, bodies, definitions, article.paragraphs, pack);
  // "the ODM leader said": one party whether the article writes its acronym, its name, or the pack's name for it.
  // (Only a definition: "CCW-K" written alone later carries itself as its acronym, and would undo the map.)
  const acronyms = new Map(kept.filter((mention) => mention.kind === 'party' && mention.acronym && mention.acronym !== mention.name).map((party) => [party.acronym as string, party.name]));
  const registered = registeredNames(pack);
  // ("the EALA MP said" of an MP of the East African Legislative Assembly: a body's acronym the article spelled out.)
  settleByGenders(quotes, article.paragraphs, sentences, kept);
  settleTitleSpeakers(quotes, kept, (name) => registered.get(name.toLowerCase()) ?? registered.get((acronyms.get(name) ?? name).toLowerCase()) ?? acronyms.get(name) ?? spelled.get(name) ?? name, definedTitles(article.paragraphs));
  return { article, mentions: kept, phrases: [...phrases], quotes, coalitions };
}

/** "MP X (Emurua Dikirr)": the place in brackets is where a seat with none is held. */
/** Puts a mention among the article's others, in the order they are written. */
function insertInOrder(mentions: Mention[], mention: Mention): void {
  const at = mentions.findIndex((one) => one.place.paragraph > mention.place.paragraph || (one.place.paragraph === mention.place.paragraph && one.offset > mention.offset));
  mentions.splice(at === -1 ? mentions.length : at, 0, mention);
}

const OPENING = /^['‘"“]$/;
const CLOSING = /^['’"”]$/;

/** Marks the mentions that stand inside quotation marks; a mark left open (a quote going on in the next paragraph) runs to the end. */
function markQuoted(paragraph: string, mentions: Mention[]): void {
  const spans = [...doubleSingleQuotes(paragraph).matchAll(/“[^”]*(?:”|$)|"[^"”\n]*(?:["”]|$)/g)].map((match) => [match.index, match.index + match[0].length] as const);
  for (const mention of mentions) {
    if (spans.some(([start, end]) => mention.offset > start && mention.offset < end)) mention.quoted = true;
  }
}

/** Where a run's mentions are: the sentence, and how to cut their text out of the paragraph. */
interface Site {
  place: Place;
  /** Where the bodies named with their own acronyms go, for `partiesByEvidence`. */
  bodies: Mention[];
  /** Where the names the article says are no party go. */
  denied: Set<string>;
  at: (tokens: Token[]) => { surface: string; offset: number };
}

/** The exact text of `tokens` in the paragraph, a final possessive left out. */
function surfaceIn(paragraph: string, tokens: Token[]): { surface: string; offset: number } {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  return { surface: paragraph.slice(first.start, last.end - (last.text.length - last.base.length)), offset: first.start };
}

/** The mentions one run yields: its name, and a party named as the organisation of its title. */
function mentionsOfRun(
  tokens: Token[],
  run: Run,
  previous: Run | undefined,
  site: Site,
  pack: CountryPack,
  definitions: Map<string, 'party' | 'other'>,
  phrases: Set<string>,
  bodies: Map<string, string>,
): Mention[] {
  const reading = readRun(run.tokens, pack);
  const context = readContext(tokens, run, previous, pack);
  // "Bomachoge Borabu legislator …": the run before a lower-case title is a place or a body.
  if (context.organisation) phrases.add(context.organisation.toLowerCase());
  const acronym = definedAcronym(tokens, run.end);
  const result: Mention[] = [];

  const organisation = reading.organisation;
  if (organisation) {
    // "Alego Usonga MP …": what a title is held in is a place or a body, wherever else it stands.
    phrases.add(nameText(organisation).toLowerCase());
    const kind = classify(organisation, pack, false);
    // "Party leader X": the word "Party" opening a title is no organisation, nor anyone who could speak.
    const partyWord = organisation.length === 1 && (organisation[0] as Token).lower === 'party';
    if (!partyWord && (kind === 'party' || kind === 'acronym' || kind === 'single')) {
      const body = mention(kind === 'party' ? 'party' : 'word', organisation, site, 0);
      // "MDP Secretary-General X": an acronym before a title is read as the article defines it, like one standing alone.
      if (kind === 'acronym') body.acronym = nameText(organisation);
      result.push(body);
    }
  }
  // "Matuga MP Mugambi Njagi (UPA)" ties a person to a party; it defines nothing.
  if (acronym && reading.kind !== 'person') definitions.set(acronym, reading.kind === 'party' ? 'party' : 'other');
  // "East African Legislative Assembly (EALA)": what a body's acronym stands for, for the offices held in it.
  if (acronym && reading.kind === 'other' && run.tokens.length > 1) bodies.set(acronym, nameText(run.tokens));

  switch (reading.kind) {
    case 'person':
      result.push(person(reading, context, site, acronym));
      break;
    case 'party': {
      const party = mention('party', reading.name, site, 0);
      // "The Kenya Haki Democratic Movement, a civil society group,": the article says it is no party.
      if (!isPackParty(party.name.toLowerCase(), pack) && deniedParty(tokens, run.end)) {
        site.denied.add(party.name);
        if (acronym) definitions.set(acronym, 'other');
        break;
      }
      if (acronym) party.acronym = acronym;
      result.push(party);
      break;
    }
    case 'acronym':
      result.push({ ...mention('word', reading.name, site, context.evidence), acronym: nameText(reading.name) });
      break;
    case 'single': {
      // "Party leader X": a lone "Party" opening a title is nobody.
      if (reading.name.length === 1 && (reading.name[0] as Token).lower === 'party') break;
      // A lone word may still be a person ("Mukhwana, the DRP chairman,"): keep what its context says.
      const word = person(reading, context, site, acronym);
      word.kind = 'word';
      result.push(word);
      break;
    }
    case 'other': {
      if (run.tokens.length > 1) phrases.add(nameText(run.tokens).toLowerCase());
      // "Jukwaa la Wananchi (JLW)": a body named with its own acronym may yet be a party the article treats as one.
      if (acronym && !reading.title && mayNameParty(reading.name, pack)) site.bodies.push({ ...mention('party', reading.name, site, 0), acronym });
      // "Tumaini Republican Party National Delegates Convention": the party inside the event's name.
      const party = reading.title ? 0 : partyPrefix(reading.name, pack);
      if (party > 1) result.push(mention('party', reading.name.slice(0, party), site, 0));
      // "the ODM Kilifi branch chairman": a party's acronym before the place of its branch.
      const first = run.tokens[0] as Token;
      const known = first.acronym && (isPackParty(first.lower, pack) || definitions.get(first.base) === 'party');
      if (party <= 1 && known && run.tokens.length > 1) result.push({ ...mention('party', [first], site, 0), acronym: first.base });
      // "was elected Secretary-General of the PPK": a party's acronym closing a title's run is that party.
      const last = run.tokens[run.tokens.length - 1] as Token;
      const link = run.tokens[run.tokens.length - (run.tokens[run.tokens.length - 2]?.text === 'the' ? 3 : 2)];
      if (party <= 1 && run.tokens.length > 2 && link?.text === 'of' && last.acronym && (isPackParty(last.lower, pack) || definitions.get(last.base) === 'party')) {
        result.push({ ...mention('party', [last], site, 0), acronym: last.base });
      }
      break;
    }
  }
  return result;
}

function person(reading: RunReading, context: Context, site: Site, acronym: string | undefined): Mention {
  const titled = reading.honorific !== undefined || reading.title !== undefined;
  const result = mention('person', reading.name, site, context.evidence + (titled ? 3 : 0));
  if (reading.honorific) result.honorific = reading.honorific;
  if (context.afterPlacePreposition) result.afterPlacePreposition = true;
  let role = roleOf(reading, context);
  // "Former Speaker X, who served as Kericho County Assembly Speaker": the same office, where the apposition says where.
  if (role && context.apposition && !context.membership && context.apposition.title === role.title && !role.organisation && context.apposition.organisation && context.apposition.tense === role.tense) role = context.apposition;
  if (role) result.role = role;
  // "Tana River Senator X, the MDP Secretary-General": the office after the name is one more role.
  const office = context.apposition;
  // "Ndhiwa MP X, a governor hopeful": an office sought, even with no place; "a former Deputy Solicitor General": one held.
  // "the ODM lawmaker X, who is the Minority Whip": a standing in the party, then the office.
  const standing = role && /^(?:Lawmaker|Legislator|Member|Politician)$/.test(role.title);
  if (role && office && (office.organisation || standing || (office.tense && office.title !== 'Candidate')) && !context.membership && role !== office && office.title !== role.title) result.roles = [office];
  // "X, the HUP leader and a former Marsabit Senator,": the second office of the apposition.
  const also = context.alsoHeld;
  if (also && ![result.role, ...(result.roles ?? [])].some((held) => held?.title === also.title && held.organisation === also.organisation)) {
    if (result.role) result.roles = [...(result.roles ?? []), also];
    else result.role = also;
  }
  if (acronym) result.ties = [{ party: acronym, relation: 'member' }];
  if (context.seatParty) result.ties = [...(result.ties ?? []), { party: context.seatParty, relation: 'member', ...(context.apposition?.tense ? { tense: context.apposition.tense } : {}) }];
  const apposition = context.apposition;
  if (apposition?.organisation) {
    // "Karanja, the JDC candidate": a candidacy; "a senior figure in ODM": a membership.
    const relation = context.membership ? standingIn(apposition, context) : relationOfRole(apposition);
    result.ties = [...(result.ties ?? []), { party: apposition.organisation, relation, ...(apposition.tense && relation !== 'candidate' ? { tense: apposition.tense } : {}) }];
  }
  return result;
}

/** The role a mention states: in the run ("Lugari MP"), before it ("Kakamega governor"), or in an apposition. */
function roleOf(reading: RunReading, context: Context): RoleCue | undefined {
  if (reading.title) return readRole(reading.title, reading.organisation && nameText(reading.organisation), context.tense);
  if (context.title) return readRole(context.title, context.organisation, context.tense);
  return context.membership ? undefined : context.apposition;
}

function mention(kind: Mention['kind'], tokens: Token[], site: Site, evidence: number): Mention {
  return { kind, name: nameText(tokens), ...site.at(tokens), place: site.place, evidence };
}

/** "Orange Democratic Movement (ODM)": the acronym in brackets right after a run. */
function definedAcronym(tokens: Token[], end: number): string | undefined {
  const open = tokens[end];
  const word = tokens[end + 1];
  const close = tokens[end + 2];
  if (open?.text === '(' && word?.acronym && close?.text === ')') return word.base;
  return undefined;
}

/**
 * Acronyms the article defined stand for what they were defined as: a party
 * wherever they stand alone, or an institution that is no entity at all.
 */
function applyDefinitions(mentions: Mention[], definitions: Map<string, 'party' | 'other'>): Mention[] {
  return mentions.filter((mention) => {
    if (mention.kind !== 'word' || !mention.acronym) return true;
    const defined = definitions.get(mention.acronym);
    if (defined === 'party') mention.kind = 'party';
    return defined !== 'other';
  });
}
