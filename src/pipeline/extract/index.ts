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
import type { Article, ArticleExtraction, Mention, Place } from '../types';
import { readOfficesInTime } from './offices/offices-in-time';
import { findCoalitions } from './ties/coalitions';
import { isPackParty } from './names/name-kinds';
import { nameText } from './names/names';
import { splitAffiliation } from './names/name-parties';
import type { Discourse } from './discourse';
import { withoutOtherPartysLegislators } from './quotes/described-holders';
import { settleAppositionCallings } from './quotes/apposition-descriptions';
import { settleNewsroomTitles } from './quotes/newsroom-titles';
import { settleCandidateDescriptions } from './quotes/candidate-descriptions';
import { interviewAnswers } from './quotes/interview-answers';
import { isScriptureFigure } from './names/bible-names';
import { transcriptTurns } from './quotes/transcripts';
import { settleByGenders } from './quotes/late-genders';
import { findQuotes } from './quotes/quotes';
import { settleTitleSpeakers } from './quotes/title-holders';
import { definedTitles } from './offices/title-definitions';
import { findRuns, type Run } from './names/runs';
import { afterThe, bracketedAfter, isSeatPlace, namesPartOf, namesPlace, namesProgramme, seatIn } from './names/run-places';
import { acronymsDefinedOverPack, placedAbroad, tiesToDefined, withoutForeignForms } from './names/foreign-parties';
import { placeForeignOffices } from './offices/foreign-offices';
import { namesInCapitals, unshoutOpening } from './names/shouted-openings';
import { spellOutBodies } from './names/spelled-bodies';
import { registeredNames } from './ties/parties-in-play';
import { withoutDenied } from './names/party-denials';
import { partiesByEvidence } from './names/party-evidence';
import { readShortForms } from './names/party-short-forms';
import { rolesAsRead, withdrawRetracted } from './names/retractions';
import { readTies, type SentenceMentions } from './ties/ties';
import { mentionsOfRun, surfaceIn } from './names/run-mentions';
import { withoutOfficesOfPeople, withoutTitlesOfNoOffice } from './names/not-theirs';
import { readStandIns } from './offices/stand-in-facts';

/** Finds the mentions and quotes of one article; `standIns: false` reads no sentence again for a stand-in (the re-reading itself). */
export function extractArticle(article: Article, pack: CountryPack, { standIns = true }: { standIns?: boolean } = {}): ArticleExtraction {
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
  // ("“…,” MULONGO said" beside "Senator Wekesa Barasa Mulongo": a name of the article written in capitals.)
  const shoutedNames = namesInCapitals(article.paragraphs, pack);
  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    const found: Mention[] = [];
    for (const sentence of splitSentences(paragraph)) {
      const place: Place = { paragraph: paragraphIndex, sentence: sentence.text };
      const at = (tokens: Token[]) => surfaceIn(paragraph, tokens);
      const site = { place, at, bodies: acronymBodies, denied };
      const tokens = unshoutOpening(tokenize(sentence.text, sentence.start), pack, shoutedNames);
      const runs: Run[] = [];
      for (const run of findRuns(tokens)) runs.push(...splitAffiliation(run, pack));
      const inSentence: Mention[] = [];
      runs.forEach((run, index) => {
        // "the 'Tuko Pamoja' tour": a name set in quotation marks of its own is a slogan or a title, never a person.
        const marked = (mention: Mention) => mention.kind !== 'party' && OPENING.test(paragraph.charAt(mention.offset - 1)) && CLOSING.test(paragraph.charAt(mention.offset + mention.surface.length));
        // "telling Kenyans that …": a country's people are no one.
        const people = (mention: Mention) => mention.kind === 'word' && DEMONYM.test(mention.name) && pack.places.has(mention.name.slice(0, -2).toLowerCase());
        // "the Tea Party wing of the Republican Party": a part of a party is no party; a registered party stays one ("the ODM wing of Azimio").
        const part = namesPartOf(tokens, run);
        const partOf = (mention: Mention) => part && mention.kind === 'party' && !isPackParty(mention.name.toLowerCase(), pack);
        // ("likened his critics to Goliath and said David had defeated the giant": a figure of scripture, no one of the story.)
        const yielded = mentionsOfRun(tokens, run, runs[index - 1], site, pack, definitions, phrases, bodies).filter((mention) => !marked(mention) && !people(mention) && !partOf(mention) && !isScriptureFigure(mention));
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
        // ("the Inua Jamii and Kazi Mtaani programmes": a name of a list of programmes is no one's.)
        if (namesPlace(tokens, run) || afterThe(tokens, run) || namesProgramme(tokens, run)) for (const mention of yielded) if (mention.kind !== 'party' && !mention.role && !mention.honorific) phrases.add(mention.name.toLowerCase());
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
  quotes.push(...interviewAnswers(article.paragraphs, mentions), ...transcriptTurns(article.paragraphs, mentions));
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
  readOfficesInTime(sentences, pack, article.date ? Number(article.date.slice(0, 4)) : undefined);
  tiesToDefined(kept, overPack);
  for (const [holder, place] of seats) seatIn(holder, place);
  withdrawRetracted(sentences, asRead);
  withoutOfficesOfPeople(kept);
  // ("South Africa's Deputy President X": another state's office, not Kenya's.)
  placeForeignOffices(kept, article.paragraphs);
  // "The first-term legislator, who is also Wiper's deputy secretary-general, …": the sentence read with the name in its place.
  if (standIns) readStandIns(sentences, discourse.genders, (paragraph) => extractArticle({ ...article, paragraphs: [paragraph], title: '' }, pack, { standIns: false }).mentions);
  const spelled = spellOutBodies(kept, bodies, definitions, article.paragraphs, pack);
  // "the ODM leader said": one party whether the article writes its acronym, its name, or the pack's name for it.
  // (Only a definition: "CCW-K" written alone later carries itself as its acronym, and would undo the map.)
  const acronyms = new Map(kept.filter((mention) => mention.kind === 'party' && mention.acronym && mention.acronym !== mention.name).map((party) => [party.acronym as string, party.name]));
  const registered = registeredNames(pack);
  // ("the EALA MP said" of an MP of the East African Legislative Assembly: a body's acronym the article spelled out.)
  settleByGenders(quotes, article.paragraphs, sentences, kept);
  const partyKey = (name: string) => registered.get(name.toLowerCase()) ?? registered.get((acronyms.get(name) ?? name).toLowerCase()) ?? acronyms.get(name) ?? spelled.get(name) ?? name;
  settleTitleSpeakers(quotes, kept, partyKey, definedTitles(article.paragraphs), article.paragraphs);
  // ("“…,” the UDA legislator said" after an MP the article ties to ODM: read once the article's ties are.)
  withoutOtherPartysLegislators(quotes, kept, partyKey);
  // ("The Treasury boss told …", "the Treasury mandarin added": offices in newsroom words, for the one of the sentence before who holds them.)
  settleNewsroomTitles(quotes, kept, partyKey);
  // ("“…,” the independent candidate said": the one of the sentence before the article gives that ticket.)
  settleCandidateDescriptions(quotes, kept, article.paragraphs, partyKey);
  // ("“…,” the physician said." after "Dr X, a physician in Eldoret, said …": a calling no roles reader reads.)
  settleAppositionCallings(quotes, article.paragraphs);
  // (Last: the words a speaker is described by, "the legislator said", are settled above with the titles as written.)
  withoutTitlesOfNoOffice(kept);
  return { article, mentions: kept, phrases: [...phrases], quotes, coalitions };
}

/** Puts a mention among the article's others, in the order they are written. */
function insertInOrder(mentions: Mention[], mention: Mention): void {
  const at = mentions.findIndex((one) => one.place.paragraph > mention.place.paragraph || (one.place.paragraph === mention.place.paragraph && one.offset > mention.offset));
  mentions.splice(at === -1 ? mentions.length : at, 0, mention);
}

const OPENING = /^['‘"“]$/;
/** "Kenyans", "Nairobians": a place's people. (Built once: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.) */
const DEMONYM = /^\p{Lu}\p{Ll}+ns$/u;
const CLOSING = /^['’"”]$/;

/** Marks the mentions that stand inside quotation marks; a mark left open (a quote going on in the next paragraph) runs to the end. */
function markQuoted(paragraph: string, mentions: Mention[]): void {
  const spans = [...doubleSingleQuotes(paragraph).matchAll(/“[^”]*(?:”|$)|"[^"”\n]*(?:["”]|$)/g)].map((match) => [match.index, match.index + match[0].length] as const);
  for (const mention of mentions) {
    if (spans.some(([start, end]) => mention.offset > start && mention.offset < end)) mention.quoted = true;
  }
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
