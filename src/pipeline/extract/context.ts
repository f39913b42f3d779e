/**
 * Reads the words around a name for what they say about it: a title written
 * in lower case before it ("Kakamega governor"), a relation ("his brother"),
 * a verb of speech after it, an apposition ("X, the leader of Y,"). Each cue
 * adds evidence that the name is a person, and some carry a role or a tie.
 */
import type { CountryPack } from '../pack';
import type { Token } from '../text/tokens';
import type { RoleCue, Tense } from '../types';
import {
  ORGANISATION_HEADS,
  PERSON_POSSESSIONS,
  PLACE_PREPOSITIONS,
  RELATION_NOUNS,
  SPEECH_VERBS,
} from './lexicon';
import { ACRONYM_TITLES, isTitleHead, isTitleWord, nameText, PARTY_OFFICE_WORDS, readRun } from './names';
import { heldByAnother, isPluralTitle, movedOn, respectively } from './not-theirs';
import { tenseBefore } from './roles';
import { isTitleWordText } from './speaker-titles';
import { MEMBERSHIP, readApposition } from './apposition-offices';
import { readSecondOffice } from './second-offices';
import { ENDED, tenseAt } from './title-tense';
import type { Run } from './runs';

export interface Context {
  evidence: number;
  /** A title written before the name outside the run ("former prime minister"). */
  title?: string;
  organisation?: string;
  /** A word before the run, or before its title, that dates the title: "former", "acting". */
  tense?: Tense;
  /** A role or membership stated in an apposition after the name. */
  apposition?: RoleCue;
  /** The apposition states a membership ("a senior figure in ODM"), not an office. */
  membership?: boolean;
  /** The party a seat in the apposition is held as a member of: "the ODM MCA for Kondele". */
  seatParty?: string;
  /** A second office the apposition joins with "and": "the HUP leader and a former Marsabit Senator". */
  alsoHeld?: RoleCue;
  /** Preceded by "in", "at"...: a place, unless other cues say otherwise. */
  afterPlacePreposition: boolean;
}

/** Words a verb of speech may stand behind: "Atwoli also confirmed", "Raila had said". */
const AUXILIARIES = new Set(['also', 'further', 'then', 'later', 'has', 'had', 'have', 'was', 'is', 'reportedly', 'however', 'yesterday', 'recently', 'once', 'earlier', 'on', 'today']);


/** "Embu County Assembly's" ending at `end`: the capitalised words of a body's name in the possessive, or none. */
function possessiveBody(tokens: Token[], end: number): Token[] {
  const last = tokens[end];
  if (!last?.possessive || !last.capitalised) return [];
  let start = end;
  while (start > 0 && tokens[start - 1]?.capitalised && tokens[start - 1]?.isWord && !tokens[start - 1]?.possessive && tokens[start - 1]?.lower !== 'the') start--;
  const words = tokens.slice(start, end + 1);
  return ORGANISATION_HEADS.has(last.lower) ? words : [];
}

/** "PUP-K-allied", "ODM-affiliated": a party glued to the word that ties someone to it. */
const GLUED_TIE = /^\p{Lu}[\p{L}\p{N}-]*-(?:allied|affiliated|aligned|leaning)$/u;

const STOP = new Set([',', '.', ';', ':', '“', '”', '"', '(', ')', '?', '!', '—', '–']);

/** Everything the neighbours of `run` say about it. */
export function readContext(tokens: Token[], run: Run, previous: Run | undefined, pack: CountryPack): Context {
  const context: Context = { evidence: 0, afterPlacePreposition: false };
  readBefore(tokens, run, previous, pack, context);
  // "the death of Nyando MP X's mother": the possessive's owner is not the one whose death the sentence tells.
  if (run.tokens[run.tokens.length - 1]?.possessive && tokens.slice(Math.max(0, run.index - 6), run.index).some((token) => token.lower === 'of' && ENDED.test(tokens[tokens.indexOf(token) - 1]?.lower ?? ''))) delete context.tense;
  readAfter(tokens, run, pack, context);
  return context;
}

function readBefore(tokens: Token[], run: Run, previous: Run | undefined, pack: CountryPack, context: Context): void {
  let index = run.index - 1;
  const before = tokens[index];
  if (!before) return;
  // "according to Owiti" names a source, not a place.
  if (before.isWord && PLACE_PREPOSITIONS.has(before.lower) && tokens[index - 1]?.lower !== 'according') context.afterPlacePreposition = true;
  if (before.isWord && SPEECH_VERBS.has(before.lower)) context.evidence += 2;
  context.tense = tenseAt(tokens, index);
  const titleRun = previous && previous.end === run.index - 1 ? readRun(previous.tokens, pack) : undefined;
  const bareTitle = previous && titleRun?.title && titleRun.name.length === 0 ? titleRun : undefined;
  // "Interior Principal Secretary designate X": a word after a capitalised title that dates it.
  if (previous && bareTitle && before.isWord && /^(?:designate|elect)$/.test(before.lower) && previous.end === index) {
    context.title = `${bareTitle.title} ${before.lower}`;
    if (bareTitle.organisation) context.organisation = nameText(bareTitle.organisation);
    context.tense = tenseAt(tokens, previous.index - 1);
    context.evidence += 3;
    return;
  }
  // "The acting Solicitor General, X,", "The incoming Majority Leader, X,": "the" and a title set off by commas before the name.
  // ("under the chairmanship of the National Chairman, Dr X.": or the sentence's end.)
  const closed = tokens[run.end]?.text === ',' || (tokens[run.end]?.text === '.' && run.end === tokens.length - 1);
  if (previous && before.text === ',' && closed && previous.end === index && bareTitle && !heldByAnother(tokens, previous.index)) {
    const dated = tenseAt(tokens, previous.index - 1);
    // ("the immediate former Secretary-General, X,": two words date it.)
    const tense = dated && tokens[previous.index - 2]?.lower === 'immediate' ? undefined : dated;
    if (dated && !tense) {
      const at = previous.index - 3;
      if (tokens[at]?.lower === 'the') {
        context.title = bareTitle.title;
        if (bareTitle.organisation) context.organisation = nameText(bareTitle.organisation);
        context.tense = dated;
        context.evidence += 3;
        return;
      }
    }
    // ("The PUP-K-allied God Jope MCA, X,": a party glued to the word that ties the person may stand after "the".)
    // ("The sitting MP, X,", "the incumbent Senator, X,": a word that says the office is held now may stand after "the" too.)
    const glued = GLUED_TIE.test(tokens[previous.index - 1]?.text ?? '') || (!tense && /^(?:sitting|incumbent)$/.test(tokens[previous.index - 1]?.lower ?? '')) ? 1 : 0;
    // ("The Embu County Assembly's Acting Clerk, X,": the body whose office it is, named in the possessive before the title.)
    const body = glued ? [] : possessiveBody(tokens, previous.index - (tense ? 2 : 1));
    if (body.length > 0 && tokens[previous.index - (tense ? 2 : 1) - body.length]?.lower === 'the') {
      context.title = bareTitle.title;
      context.organisation = nameText(body);
      context.tense = tense;
      context.evidence += 3;
      return;
    }
    // ("The assembly's Speaker, X,": a body named only by its common noun, in the possessive; the office without a place.)
    const owner = tokens[previous.index - (tense ? 2 : 1)];
    const common = !glued && owner?.possessive && !owner.capitalised && /^(?:assembly|senate|house|county|council|committee|board|commission)$/.test(owner.base.toLowerCase()) ? 1 : 0;
    if (tokens[previous.index - (tense ? 2 : 1) - glued - common]?.lower === 'the') {
      context.title = bareTitle.title;
      if (bareTitle.organisation) context.organisation = nameText(bareTitle.organisation);
      context.tense = tense;
      context.evidence += 3;
      return;
    }
  }

  // A title in lower case right before the run: "Kakamega governor", "former prime minister".
  const titleEnd = index;
  while (index >= 0 && tokens[index]?.isWord && !tokens[index]?.capitalised && isTitleWord(tokens[index] as Token, pack)) index--;
  if (index < titleEnd && isTitleHead(tokens[titleEnd] as Token, pack)) {
    context.title = tokens.slice(index + 1, titleEnd + 1).map((token) => token.text).join(' ');
    context.evidence += 3;
    // "Jamhuri Progressive Alliance (JPA) leader X": the acronym in brackets is the body the title is held in.
    const bracketed = previous && tokens[index]?.text === ')' && tokens[index - 2]?.text === '(' && previous.end === index && previous.tokens.length === 1 && previous.tokens[0]?.acronym;
    if (bracketed) index--;
    const titled = previous && previous.end === index + 1 ? readRun(previous.tokens, pack) : undefined;
    if (previous && titled?.title && titled.name.length === 0 && previous.tokens.length === 1 && ACRONYM_TITLES.test(titled.title) && PARTY_OFFICE_WORDS.test(context.title)) {
      // ("DP chairman X": a title's abbreviation before a party office is the party's acronym, as in one run.)
      context.organisation = titled.title;
    } else if (previous && titled?.title && titled.name.length === 0) {
      // "Defence Cabinet Secretary nominee X": the capitalised run is the title the lower-case word dates.
      context.title = `${titled.title} ${context.title}`;
      if (titled.organisation) context.organisation = nameText(titled.organisation);
      context.tense = tenseAt(tokens, previous.index - 1);
    } else if (previous && previous.end === index + 1) {
      // "former Nakuru governor X": the word before the place dates the title; "Former ODM chairman X": the first word of the run.
      const opener = tenseBefore((previous.tokens[0] as Token).text.toLowerCase());
      const place = opener && previous.tokens.length > 1 ? previous.tokens.slice(1) : previous.tokens;
      context.organisation = nameText(place);
      context.tense = opener && place !== previous.tokens ? opener : tenseAt(tokens, previous.index - 1);
    } else if (tokens[index]?.capitalised) {
      // ("Former senator X" opening a sentence: a tense word in capitals, kept out of the lower-case title, still dates it.)
      context.tense ??= tenseAt(tokens, index);
    }
    return;
  }
  // "his elder brother Oburu Oginga", "his running mate, Ms Martha Karua".
  const relation = before.text === ',' ? tokens[run.index - 2] : before;
  if (relation?.isWord && RELATION_NOUNS.has(relation.lower)) context.evidence += 2;
}

function readAfter(tokens: Token[], run: Run, pack: CountryPack, context: Context): void {
  let index = run.end;
  const last = run.tokens[run.tokens.length - 1];
  const next = tokens[index];
  if (!next) return;
  if (last?.possessive && next.isWord && PERSON_POSSESSIONS.has(next.lower)) context.evidence += 1;

  while (tokens[index]?.isWord && AUXILIARIES.has(tokens[index]?.lower ?? '')) index++;
  if (tokens[index]?.isWord && SPEECH_VERBS.has(tokens[index]?.lower ?? '')) context.evidence += 2;

  // "Karimi is the immediate former Nyeri County Assembly Speaker", "X is a one-time Lari MCA": a copula and a titled office
  // (not "was the Governor's choice for Senate": a possessive title is whose choice it was, no office of hers).
  // ("Sempele's running mate, X, is now the Deputy Governor-elect.": after a name set off by commas, "now" between.)
  const copula = next.text === ',' && tokens[run.index - 1]?.text === ',' ? run.end + 1 : run.end;
  const article = copula + (tokens[copula + 1]?.lower === 'now' ? 2 : 1);
  if (tokens[copula]?.isWord && /^(?:is|was)$/.test(tokens[copula]?.lower ?? '') && /^(?:a|an|the)$/.test(tokens[article]?.lower ?? '')) {
    const phrase: Token[] = [];
    for (let at = article + 1; at < tokens.length && tokens[at]?.isWord; at++) phrase.push(tokens[at] as Token);
    let head = phrase.findIndex((token) => isTitleHead(token, pack) && token.lower !== 'member' && !token.possessive);
    // ("the Deputy Governor-elect": the title runs on past its first head word, its "-elect" with it.)
    const titleWord = (token: Token | undefined) => token !== undefined && token.capitalised && (isTitleWord(token, pack) || /^\p{L}+-(?:elect|designate)$/u.test(token.text) && isTitleWordText(token.lower.replace(/-(?:elect|designate)$/, '')));
    while (head !== -1 && titleWord(phrase[head + 1])) head++;
    const words = head === -1 ? [] : phrase.slice(0, head + 1);
    const plain = words.every((token, at) => token.capitalised || at === words.length - 1 || tenseBefore(token.text.toLowerCase()) !== undefined || /^(?:immediate|the|a)$/.test(token.lower));
    if (head !== -1 && plain && words.some((token) => token.capitalised)) {
      readApposition(words, pack, context);
      if (tokens[copula]?.lower === 'was' && context.apposition && !context.apposition.tense) context.apposition = { ...context.apposition, tense: 'former' };
    }
    return;
  }
  // "X has been acting Speaker since March", "X, who has been acting Attorney General,": an office held in an acting capacity.
  const acting = actingFrom(tokens, next.text === ',' ? run.end + 1 : run.end);
  if (acting) {
    readApposition(acting, pack, context);
    if (context.apposition && context.apposition.tense !== 'acting') delete context.apposition;
    return;
  }
  // ("Majority Leader X (UDA), the Kirimari MCA,": the party in brackets before the apposition.)
  // ("Apondi Owegi Ogwel (Rarieda), the ODM-allied first-term MP,": or the constituency.)
  const bracketed = next.text === '(' ? bracketBefore(tokens, run.end) : 0;
  if (tokens[run.end + bracketed]?.text !== ',') return;
  index = run.end + bracketed + 1;
  // "X, who was the Thika Town MP", "X, who served as Kiambu Governor", "X, previously the P Secretary-General": a past office.
  let past = false;
  /** "until 2022", "until last week", "from 2013 to 2017": the words after the title close the time it was held. */
  let closed = false;
  /** "who was Vihiga Senator": a title right after the verb, with no article. */
  let bare = false;
  if (tokens[index]?.lower === 'who' || tokens[index]?.lower === 'whose') {
    context.evidence += 2;
    index++;
    // ("X, who remains a PMP member,": a standing kept.)
    while (tokens[index]?.isWord && /^(?:is|was|has|had|been|also|now|currently|then|once|previously|formerly|served|as|remains|still)$/.test(tokens[index]?.lower ?? '')) {
      if (/^(?:was|had|then|once|previously|formerly|served)$/.test(tokens[index]?.lower ?? '')) past = true;
      index++;
    }
    // "who served as Kiambu Governor": the title may follow "as" without an article; "who was Vihiga Senator until …" too.
    if (/^(?:as|was|is|now)$/.test(tokens[index - 1]?.lower ?? '') && tokens[index]?.capitalised) {
      index--;
      bare = true;
    }
  } else if (/^(?:previously|formerly|once)$/.test(tokens[index]?.lower ?? '') || (tokens[index]?.lower === 'then' && /^(?:the|a|an)$/.test(tokens[index + 1]?.lower ?? ''))) {
    // ("X, then the ODM chairperson in Bungoma,": the office held at the time told of.)
    past = true;
    index++;
  } else if (tokens[index]?.lower === 'at' && tokens[index + 1]?.lower === 'the' && tokens[index + 2]?.lower === 'time' && /^(?:the|a|an)$/.test(tokens[index + 3]?.lower ?? '')) {
    // ("In 2017, X, at the time the Deputy Governor of Baringo, chaired …": the office held then.)
    past = true;
    index += 3;
  } else if (/^(?:now|currently)$/.test(tokens[index]?.lower ?? '') && /^(?:a|an|the)$/.test(tokens[index + 1]?.lower ?? '')) {
    // "X, now a DCP member": a standing held now.
    index++;
  }
  // "X, ODM's chairperson,": a party's possessive opens the apposition, and belongs to it.
  // "X, ODM national chairman,": an acronym and a title, with no article, are an apposition too.
  const owner =
    (tokens[index]?.possessive && tokens[index]?.capitalised && tokens[index + 1]?.isWord && !tokens[index + 1]?.capitalised) ||
    (tokens[index]?.acronym && !tokens[index]?.possessive && tokens[index + 1]?.isWord && isTitleWord(tokens[index + 1] as Token, pack));
  if (owner) index--;
  else if (!/^(?:the|a|an|his|her|as)$/.test(tokens[index]?.lower ?? '') && !bare) return;
  const phrase: Token[] = [];
  for (index++; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    // "the Democratic Renewal Party (DRP) chairman": an acronym in brackets is part of the phrase.
    if (token.text === '(' && tokens[index + 1]?.acronym && tokens[index + 2]?.text === ')') {
      index += 2;
      continue;
    }
    // "a two-term Machakos Governor who left office in 2022": the office ended.
    if (token.isWord && token.lower === 'who' && /^(?:left|vacated|retired|quit)$/.test(tokens[index + 1]?.lower ?? '') && /^(?:office|in|from|at)$/.test(tokens[index + 2]?.lower ?? '')) past = true;
    // "Asked whether they would field X, the former governor said …": a title followed by its own verb is the next clause's subject, no apposition.
    // ("Christopher Asega, the area MP said …", a comma left out, opens its sentence: an apposition still.)
    if (token.isWord && SPEECH_VERBS.has(token.lower) && tokens[run.end + 1]?.lower === 'the' && !run.sentenceInitial) return;
    // ("who was Senate Majority Leader when the bill passed in 2024": the clause after "when" tells the time, not the office.)
    if (STOP.has(token.text) || (token.isWord && (SPEECH_VERBS.has(token.lower) || /^(?:who|which|that|has|had|is|was|will|and|when)$/.test(token.lower)))) break;
    // "a Wiper lawmaker serving his first term": a participle after the title opens what the holder does, not the title.
    const held = phrase[phrase.length - 1];
    if (token.isWord && !token.capitalised && token.lower.endsWith('ing') && held && (isTitleHead(held, pack) || MEMBERSHIP.has(held.lower))) break;
    // "who was the Thika Town MP until 2022", "who served as Nakuru Town East MP from 2013 to 2017": the office ended.
    // ("from March 2013 until his death": a month may stand before the year.)
    if (token.isWord && (/^(?:until|till|between)$/.test(token.lower) || (token.lower === 'from' && (/^\d{4}$/.test(tokens[index + 1]?.text ?? '') || (MONTHS.test(tokens[index + 1]?.text ?? '') && /^\d{4}$/.test(tokens[index + 2]?.text ?? '')))))) {
      past = true;
      closed = true;
      break;
    }
    phrase.push(token);
  }
  // "According to Shee, the MCAs “were never …”": a plural title names others, never the one person before it.
  if (phrase.some((token) => isPluralTitle(token, pack))) return;
  // "X and his deputy, Y, the governor and deputy governor respectively,": titles paired with names in order, not Y's alone.
  if (respectively(tokens, index)) return;
  readApposition(phrase, pack, context);
  // "X, a TDP founder member who is now in the HPM,": a standing the clause after it says is over.
  if (context.membership && context.apposition && movedOn(tokens, index)) {
    delete context.apposition;
    delete context.membership;
  }
  // A past office is former, unless its words date it otherwise ("who was the JDC candidate").
  if (past && context.apposition && !context.apposition.tense && !context.membership) context.apposition = { ...context.apposition, tense: 'former' };
  // ("Ms X, a Speaker-designate of the county assembly until last week,": an office to come that the text says is off;
  // never taken up, it is no office of hers, neither coming nor former.)
  if (closed && (context.apposition?.tense === 'incoming' || context.apposition?.tense === 'aspiring')) {
    delete context.apposition;
    delete context.membership;
  }
  readSecondOffice(tokens, index, phrase.length > 0, past, pack, context);
}

/**
 * "(who) has been acting Attorney General", "is acting Speaker": from `index`, the title words after "acting" (with
 * "acting" first, so that the reading dates them), or none.
 */
function actingFrom(tokens: Token[], index: number): Token[] | undefined {
  let at = index;
  if (tokens[at]?.lower === 'who') at++;
  const verb = tokens[at]?.lower;
  if (verb === 'has' || verb === 'had') {
    if (tokens[at + 1]?.lower !== 'been') return undefined;
    at += 2;
  } else if (verb === 'is' || verb === 'was') at++;
  else return undefined;
  if (tokens[at]?.lower !== 'acting' || !tokens[at + 1]?.capitalised) return undefined;
  const phrase: Token[] = [tokens[at] as Token];
  for (at++; at < tokens.length && tokens[at]?.isWord && tokens[at]?.capitalised; at++) phrase.push(tokens[at] as Token);
  return phrase;
}

/** How many tokens a bracket of one to three capitalised words ("(UDA)", "(Emurua Dikirr)") takes before a comma at `open`; 0 if none. */
function bracketBefore(tokens: Token[], open: number): number {
  let close = open + 1;
  while (close < open + 5 && tokens[close]?.isWord && tokens[close]?.capitalised) close++;
  return close > open + 1 && tokens[close]?.text === ')' && tokens[close + 1]?.text === ',' ? close - open + 1 : 0;
}

const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
