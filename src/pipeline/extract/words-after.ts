/**
 * Reads the words after a name: a verb of speech ("Atwoli said"), an
 * apposition or a clause that states an office or a membership ("X, the
 * leader of Y,", "X, who was the Thika Town MP,", "X, who is now in the HPM,"),
 * and the words that date it ("until 2022", "is acting Speaker").
 */
import type { CountryPack } from '../pack';
import type { Token } from '../text/tokens';
import { PERSON_POSSESSIONS, SPEECH_VERBS } from './lexicon';
import { isTitleHead, isTitleWord } from './names/names';
import { isPluralTitle, movedOn, respectively } from './names/not-theirs';
import { isDescribing, isIrregularPast, tenseBefore } from './tense-words';
import { isTitleWordText } from './quotes/speaker-titles';
import { MEMBERSHIP, readApposition } from './offices/apposition-offices';
import { representedSeat } from './offices/represented-seats';
import { readSecondOffice } from './offices/second-offices';
import type { Context } from './context';
import type { Run } from './names/runs';

/** Words a verb of speech may stand behind: "Atwoli also confirmed", "Raila had said". */
const AUXILIARIES = new Set(['also', 'further', 'then', 'later', 'has', 'had', 'have', 'was', 'is', 'reportedly', 'however', 'yesterday', 'recently', 'once', 'earlier', 'on', 'today']);

const STOP = new Set([',', '.', ';', ':', '“', '”', '"', '(', ')', '?', '!', '—', '–']);

/** What the words after `run` say about it, added to `context`. */
export function readAfter(tokens: Token[], run: Run, pack: CountryPack, context: Context): void {
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
  // ("X has been the Trade CS since January": the perfect's "been" is the copula; "had been", an office over.)
  const perfect = /^(?:has|had)$/.test(tokens[copula]?.lower ?? '') && tokens[copula + 1]?.lower === 'been';
  const verb = perfect ? copula + 1 : copula;
  const article = verb + (tokens[verb + 1]?.lower === 'now' ? 2 : 1);
  // ("Mr Gakure remains the Trade PS": an office kept is one held now.)
  if (tokens[verb]?.isWord && /^(?:is|was|remains|been)$/.test(tokens[verb]?.lower ?? '') && /^(?:a|an|the)$/.test(tokens[article]?.lower ?? '')) {
    const phrase: Token[] = [];
    for (let at = article + 1; at < tokens.length && tokens[at]?.isWord; at++) phrase.push(tokens[at] as Token);
    let head = phrase.findIndex((token) => isTitleHead(token, pack) && token.lower !== 'member' && !token.possessive);
    // ("the Deputy Governor-elect": the title runs on past its first head word, its "-elect" with it.)
    const titleWord = (token: Token | undefined) => token !== undefined && token.capitalised && (isTitleWord(token, pack) || /^\p{L}+-(?:elect|designate)$/u.test(token.text) && isTitleWordText(token.lower.replace(/-(?:elect|designate)$/, '')));
    while (head !== -1 && titleWord(phrase[head + 1])) head++;
    const words = head === -1 ? [] : phrase.slice(0, head + 1);
    // ("X is the current Kitui Central MP": a word that describes the holder, not the office, may stand before it.)
    const plain = words.every((token, at) => token.capitalised || at === words.length - 1 || tenseBefore(token.text.toLowerCase()) !== undefined || isDescribing(token.lower) || /^(?:immediate|the|a)$/.test(token.lower));
    if (head !== -1 && plain && words.some((token) => token.capitalised)) {
      readApposition(words, pack, context);
      if (/^(?:was|had)$/.test(tokens[copula]?.lower ?? '') && context.apposition && !context.apposition.tense) context.apposition = { ...context.apposition, tense: 'former' };
    }
    return;
  }
  // "X has been acting Speaker since March", "X, who has been acting Attorney General,": an office held in an acting capacity.
  const acting = actingFrom(tokens, next.text === ',' ? run.end + 1 : run.end);
  if (acting) {
    readApposition(acting.phrase, pack, context);
    if (context.apposition && context.apposition.tense !== 'acting') delete context.apposition;
    // ("X, who was acting County Secretary until last week,", "who had been acting Speaker": an acting spell that is over.)
    if (context.apposition && (acting.over || (!acting.present && ENDS_SPELL.test(tokens[acting.end]?.lower ?? '')))) context.apposition = { ...context.apposition, tense: 'former' };
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
  /** "who is … until next month": the clause says the office is held now, whenever it ends. */
  let present = false;
  // ("X, who represents Mbooni in the National Assembly": the seat of the House, for the place represented.)
  const represented = context.apposition ? undefined : representedSeat(tokens, index);
  if (represented) {
    context.apposition = represented;
    context.evidence += 2;
    return;
  }
  /** "X, who as Energy CS approved the plan,": the office the clause's own verb dates. */
  let whoAs = false;
  if (tokens[index]?.lower === 'who' || tokens[index]?.lower === 'whose') {
    context.evidence += 2;
    whoAs = tokens[index + 1]?.lower === 'as';
    index++;
    // ("X, who remains a PMP member,": a standing kept.)
    while (tokens[index]?.isWord && /^(?:is|was|has|had|been|also|now|currently|then|once|previously|formerly|served|as|remains|still)$/.test(tokens[index]?.lower ?? '')) {
      if (/^(?:was|had|then|once|previously|formerly|served)$/.test(tokens[index]?.lower ?? '')) past = true;
      if (/^(?:is|remains)$/.test(tokens[index]?.lower ?? '')) present = true;
      index++;
    }
    // ("who served two terms as Kesses MP": the count of terms, then "as".)
    if (tokens[index - 1]?.lower === 'served' && /^(?:one|two|three|four|five|several)$/.test(tokens[index]?.lower ?? '') && /^terms?$/.test(tokens[index + 1]?.lower ?? '') && tokens[index + 2]?.lower === 'as') index += 3;
    // "who served as Kiambu Governor": the title may follow "as" without an article; "who was Vihiga Senator until …" too,
    // and "who was once Siaya Senator", "who had been Siaya Senator".
    if (/^(?:as|was|is|now|once|been)$/.test(tokens[index - 1]?.lower ?? '') && tokens[index]?.capitalised) {
      index--;
      bare = true;
    }
  } else if (/^(?:previously|formerly|once)$/.test(tokens[index]?.lower ?? '') || (tokens[index]?.lower === 'then' && (/^(?:the|a|an)$/.test(tokens[index + 1]?.lower ?? '') || tokens[index + 1]?.capitalised))) {
    // ("X, then the ODM chairperson in Bungoma,": the office held at the time told of.)
    past = true;
    // ("X, then Speaker of the Kisii County Assembly,", "formerly Kitui Senator": a title with no article.)
    if (tokens[index + 1]?.capitalised) bare = true;
    else index++;
  } else if (tokens[index]?.lower === 'until' && /^[\p{L}\d]+$/u.test(tokens[index + 1]?.text ?? '') && /^(?:the|a|an)$/.test(tokens[index + 2]?.lower ?? '')) {
    // ("X, until Tuesday the Cabinet Secretary for Roads,", "until recently a Nakuru MCA": an office held up to then.)
    past = true;
    index += 2;
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
  if (owner || (!bare && tokens[index - 1]?.text === ',' && bareTitleAt(tokens, index, pack))) index--;
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
    // ("a one-time Logologo MCA fronted by Jubilee": so does a participle and its "by".)
    if (token.isWord && !token.capitalised && token.lower.endsWith('ed') && tokens[index + 1]?.lower === 'by' && held && isTitleHead(held, pack)) break;
    // "who was the Thika Town MP until 2022", "who served as Nakuru Town East MP from 2013 to 2017": the office ended.
    // ("from March 2013 until his death": a month may stand before the year.)
    // ("who is also the Bloc's chairperson until next month": held now, ending later; the office is current.)
    if (token.isWord && present && !past && /^(?:until|till)$/.test(token.lower)) break;
    if (token.isWord && (/^(?:until|till|between)$/.test(token.lower) || (token.lower === 'from' && (/^\d{4}$/.test(tokens[index + 1]?.text ?? '') || (MONTHS.test(tokens[index + 1]?.text ?? '') && /^\d{4}$/.test(tokens[index + 2]?.text ?? '')))))) {
      past = true;
      closed = true;
      break;
    }
    phrase.push(token);
  }
  // ("Unlike X, the deputy governor has been endorsed …": a name that ends a sentence's opening phrase; a title after its
  // comma that no comma closes is the main clause's subject, someone else.)
  if (endsOpeningPhrase(tokens, run) && tokens[index]?.text !== ',') return;
  // "According to Shee, the MCAs “were never …”": a plural title names others, never the one person before it.
  if (phrase.some((token) => isPluralTitle(token, pack))) return;
  // "X and his deputy, Y, the governor and deputy governor respectively,": titles paired with names in order, not Y's alone.
  if (respectively(tokens, index)) return;
  // "X, the senator and Y attended": a list of three, the title someone else's; "X, the senator and a former governor,"
  // keeps its two offices.
  if (listGoesOn(tokens, index, pack)) return;
  readApposition(phrase, pack, context);
  // ("X, the Soy/Turbo MCA,": a seat named by two places is left without one, as "Soy/Turbo MCA X", rather than given a
  // place that is neither.)
  if (context.apposition?.organisation && phrase.some((token) => token.text === '/')) {
    const { organisation: _halves, ...unplaced } = context.apposition;
    context.apposition = unplaced;
  }
  // ("X, Kitui's first governor,", "the assembly's first Speaker": the first holder of an office is a past one, as the
  // README's "the county's first governor"; not "Kitui's first woman governor", who may hold it now.)
  const first = phrase.findIndex((token) => token.text === 'first');
  if (first !== -1 && phrase[first + 1] && !/^(?:woman|female|lady)$/.test(phrase[first + 1]?.lower ?? '') && isTitleWord(phrase[first + 1] as Token, pack) && context.apposition && !context.apposition.tense) context.apposition = { ...context.apposition, tense: 'former' };
  // "X, a TDP founder member who is now in the HPM,": a standing the clause after it says is over.
  if (context.membership && context.apposition && movedOn(tokens, index)) {
    delete context.apposition;
    delete context.membership;
  }
  // ("X, who was a member of ODM until 2022,": a membership over.)
  if (closed && context.membership) context.membershipEnded = true;
  // ("X, who as Energy CS in 2019 approved the plan, has since joined …": the title is the one held when the clause's deed
  // was done; told in the past, a past office. "who as Energy CS has overseen …", "who as CS oversees …" keep it current.)
  if (whoAs && !present && toldInPast(phrase, tokens[index])) past = true;
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
 * After "who as TITLE": the clause's verb told in the past ("approved", "oversaw"), a year it was done in ("in 2019"), or
 * "was"/"had" where the words stopped. The title's own words are capitalised, so the first lower-case word after
 * them (past "in YEAR") is the verb.
 */
function toldInPast(phrase: Token[], stop: Token | undefined): boolean {
  if (stop?.isWord && /^(?:was|had)$/.test(stop.lower)) return true;
  for (let at = 0; at < phrase.length; at++) {
    const token = phrase[at] as Token;
    if (token.capitalised || /^(?:of|for|the|and)$/.test(token.lower)) continue;
    if (token.lower === 'in' && /^\d{4}$/.test(phrase[at + 1]?.text ?? '')) return true;
    return token.isWord && (/^\p{Ll}{3,}ed$/u.test(token.text) || isIrregularPast(token.lower));
  }
  return false;
}

/** Lower-case words a capitalised title may hold: "Deputy Speaker of the Mbotela County Assembly", "MCA for Kipsang Ward". */
const TITLE_LINK_WORDS = /^(?:of|for|the|and)$/;

/**
 * "X, Kilumbi MP-elect, said", "X, Mbotela Deputy Governor, was there", "X, Treasury CS, said": a title with no article,
 * set off by commas (or ending the sentence). Every word capitalised but a title's own links, its last before any link
 * a title's head; a name among them ("X, Kilumbi MP Y and Z") makes it no apposition.
 */
function bareTitleAt(tokens: Token[], index: number, pack: CountryPack): boolean {
  if (!tokens[index]?.capitalised) return false;
  let at = index;
  let head = -1;
  while (at < tokens.length && at < index + 10 && tokens[at]?.isWord) {
    const token = tokens[at] as Token;
    if (!token.capitalised && !TITLE_LINK_WORDS.test(token.lower)) return false;
    if (token.capitalised && head === -1 && isTitleHead(token, pack)) head = at;
    // ("X, Kilumbi MP, and Y": an "and" after the title's comma is the list's, past the phrase.)
    if (token.lower === 'and') return false;
    at++;
  }
  if (head === -1 || !/^[,.]$/.test(tokens[at]?.text ?? '')) return false;
  // The words from the head to the first link are titles too: "Deputy Governor", not "Governor Ouma".
  for (let word = head + 1; word < at && !TITLE_LINK_WORDS.test(tokens[word]?.lower ?? ''); word++) if (!isTitleWord(tokens[word] as Token, pack)) return false;
  return true;
}

/** The words of a phrase that opens a sentence and ends with a name: "Unlike X,", "Like X,", "Apart from X,". */
const OPENING_PHRASE = /^(?:unlike|like|besides|beyond|after|before|without|against|despite|apart from|except for|compared (?:to|with)|as (?:for|with))$/;

/** Whether `run` is the name an opening phrase of its sentence ends with ("Unlike X, …"). */
function endsOpeningPhrase(tokens: Token[], run: Run): boolean {
  return run.index <= 3 && tokens[run.end]?.text === ',' && OPENING_PHRASE.test(tokens.slice(0, run.index).map((token) => token.lower).join(' '));
}

/**
 * "(who) has been acting Attorney General", "is acting Speaker": from `index`, the title words after "acting" (with
 * "acting" first, so that the reading dates them), where they end, whether "had been" says the spell is over and
 * whether "is" says it goes on; or none.
 */
function actingFrom(tokens: Token[], index: number): { phrase: Token[]; end: number; over: boolean; present: boolean } | undefined {
  let at = index;
  if (tokens[at]?.lower === 'who') at++;
  const verb = tokens[at]?.lower;
  const over = verb === 'had';
  // ("who is acting Speaker until the by-election": acting now, whenever it ends.)
  const present = verb === 'is';
  if (verb === 'has' || verb === 'had') {
    if (tokens[at + 1]?.lower !== 'been') return undefined;
    at += 2;
  } else if (verb === 'is' || verb === 'was') at++;
  else return undefined;
  if (tokens[at]?.lower !== 'acting' || !tokens[at + 1]?.capitalised) return undefined;
  const phrase: Token[] = [tokens[at] as Token];
  for (at++; at < tokens.length && tokens[at]?.isWord && tokens[at]?.capitalised; at++) phrase.push(tokens[at] as Token);
  return { phrase, end: at, over, present };
}

/** "until", "till": the word after an office that closes the time it was held. */
const ENDS_SPELL = /^(?:until|till)$/;

/** How many tokens a bracket of one to three capitalised words ("(UDA)", "(Emurua Dikirr)") takes before a comma at `open`; 0 if none. */
function bracketBefore(tokens: Token[], open: number): number {
  // ("X (pictured), the Kitui Senator,", "X (left), the Kitui Governor,": a caption's pointer, no part of the apposition.)
  if (/^(?:pictured|left|right|centre|center|inset)$/.test(tokens[open + 1]?.lower ?? '') && tokens[open + 2]?.text === ')' && tokens[open + 3]?.text === ',') return 3;
  let close = open + 1;
  while (close < open + 5 && tokens[close]?.isWord && tokens[close]?.capitalised) close++;
  return close > open + 1 && tokens[close]?.text === ')' && tokens[close + 1]?.text === ',' ? close - open + 1 : 0;
}

const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * Whether the title before `index` goes on with "and" and a name: the phrase is an item of a list, not an apposition
 * ("the senator and Atieno …"; not "the Cabinet Secretary for Roads and Transport", whose "and" joins its scope).
 */
function listGoesOn(tokens: Token[], index: number, pack: CountryPack): boolean {
  const title = tokens[index - 1];
  const next = tokens[index + 1];
  return tokens[index]?.lower === 'and' && title !== undefined && isTitleHead(title, pack) && next !== undefined && next.capitalised && !next.acronym && !isTitleWord(next, pack) && tenseBefore(next.lower) === undefined;
}
