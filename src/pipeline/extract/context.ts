/**
 * Reads the words around a name for what they say about it: a title written
 * in lower case before it ("Kakamega governor"), a relation ("his brother"),
 * a verb of speech after it, an apposition ("X, the leader of Y,"). Each cue
 * adds evidence that the name is a person, and some carry a role or a tie.
 * The words before the name are read here; those after it in words-after.ts.
 */
import type { CountryPack } from '../pack';
import type { Token } from '../text/tokens';
import type { RoleCue, Tense } from '../types';
import { ORGANISATION_HEADS, PLACE_PREPOSITIONS, RELATION_NOUNS, SPEECH_VERBS } from './lexicon';
import { isPackParty } from './names/name-kinds';
import { ACRONYM_TITLES, isTitleHead, isTitleWord, nameText, PARTY_OFFICE_WORDS, readRun } from './names/names';
import { heldByAnother } from './names/not-theirs';
import { isDescribing, tenseBefore } from './tense-words';
import { SEAT_WORDS, seatPlace } from './offices/seat-words';
import { ENDED, REMOVING, tenseAt } from './offices/title-tense';
import { readAfter } from './words-after';
import type { Run } from './names/runs';

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
  /** The words after the membership close it: "a UDA member until 2021". */
  membershipEnded?: boolean;
  /** The party a seat in the apposition is held as a member of: "the ODM MCA for Kondele". */
  seatParty?: string;
  /** The apposition's seat is a nominated one, "a nominated senator": a seat held, whatever title stands before the name. */
  nominatedSeat?: boolean;
  /** A second office the apposition joins with "and": "the HUP leader and a former Marsabit Senator". */
  alsoHeld?: RoleCue;
  /** Preceded by "in", "at"...: a place, unless other cues say otherwise. */
  afterPlacePreposition: boolean;
  /** The run follows "Soin/": its place is the second of two written with a slash, not the seat's whole name. */
  afterSlash?: boolean;
}

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

/** Everything the neighbours of `run` say about it. */
export function readContext(tokens: Token[], run: Run, previous: Run | undefined, pack: CountryPack): Context {
  const context: Context = { evidence: 0, afterPlacePreposition: false };
  readBefore(tokens, run, previous, pack, context);
  // "the death of Nyando MP X's mother": the possessive's owner is not the one whose death the sentence tells.
  if (run.tokens[run.tokens.length - 1]?.possessive && tokens.slice(Math.max(0, run.index - 6), run.index).some((token) => token.lower === 'of' && ENDED.test(tokens[tokens.indexOf(token) - 1]?.lower ?? ''))) delete context.tense;
  // ("has removed Moiben MP X as the party's Secretary-General": the office taken away is the one after "as"; the seat is held.)
  if (context.tense === 'former' && tokens[run.end]?.lower === 'as' && removedBefore(tokens, run, previous)) delete context.tense;
  readAfter(tokens, run, pack, context);
  return context;
}

/** A verb of an office taken away right before the run's title, or before a title run just before it. */
function removedBefore(tokens: Token[], run: Run, previous: Run | undefined): boolean {
  const at = previous && previous.end === run.index ? previous.index - 1 : run.index - 1;
  return REMOVING.test(tokens[at]?.lower ?? '');
}

function readBefore(tokens: Token[], run: Run, previous: Run | undefined, pack: CountryPack, context: Context): void {
  let index = run.index - 1;
  const before = tokens[index];
  if (!before) return;
  // "according to Owiti" names a source, not a place.
  if (before.isWord && PLACE_PREPOSITIONS.has(before.lower) && tokens[index - 1]?.lower !== 'according') context.afterPlacePreposition = true;
  if (before.isWord && SPEECH_VERBS.has(before.lower)) context.evidence += 2;
  if (before.text === '/' && tokens[index - 1]?.capitalised) context.afterSlash = true;
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
  // ("accompanied by Mbunge wa Galole, X, who …": a Kiswahili office of a place, set off before the name, with no "the".)
  const kiswahili = closed && before.text === ',' ? officeOfPlaceBefore(tokens, index) : undefined;
  if (kiswahili) {
    context.title = kiswahili.title;
    context.organisation = kiswahili.place;
    if (kiswahili.former) context.tense = 'former';
    context.evidence += 3;
    return;
  }
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
    // ("The first-term Kilumbi East MP, X,": so may a word that describes the holder.)
    // ("The area MP, X,": "area" stands for the place the article is about, the seat written without it, as "X, the area MP".)
    const glued = GLUED_TIE.test(tokens[previous.index - 1]?.text ?? '') || (!tense && (/^(?:sitting|incumbent|area)$/.test(tokens[previous.index - 1]?.lower ?? '') || isDescribing(tokens[previous.index - 1]?.text ?? ''))) ? 1 : 0;
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
      // ("the county's Agriculture CEC, X,": the county is the one the sentence names, if only one; the portfolio is none.)
      const county = common && owner?.base.toLowerCase() === 'county' && /^(?:CEC|County Executive)$/.test(bareTitle.title ?? '') ? soleCounty(tokens, pack) : undefined;
      if (county) context.organisation = county;
      else if (bareTitle.organisation && county === undefined) context.organisation = nameText(bareTitle.organisation);
      context.tense = tense;
      context.evidence += 3;
      return;
    }
  }

  // "The Mbotela governor, X,", "The Kilumbi West lawmaker, X,", "Mbotela's deputy governor, X,": a lower-case title set
  // off by commas before the name reads as one right before it.
  if (before.text === ',' && closed && commaTitleOpens(tokens, index - 1, previous, pack)) index--;
  // A title in lower case right before the run: "Kakamega governor", "former prime minister".
  const titleEnd = index;
  while (index >= 0 && tokens[index]?.isWord && !tokens[index]?.capitalised && (isTitleWord(tokens[index] as Token, pack) || wardRep(tokens, index))) index--;
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
    } else if (previous && titled?.title && titled.name.length === 0 && previous.tokens[previous.tokens.length - 1]?.possessive) {
      // ("Kisii Governor's spokesman X", "Former Prime Minister's aide X": the office is the one X serves, not X's.)
      delete context.title;
    } else if (previous && titled?.title && titled.name.length === 0) {
      // "Defence Cabinet Secretary nominee X": the capitalised run is the title the lower-case word dates.
      context.title = `${titled.title} ${context.title}`;
      if (titled.organisation) context.organisation = nameText(titled.organisation);
      context.tense = tenseAt(tokens, previous.index - 1);
    } else if (previous && previous.end === index + 1) {
      // "former Nakuru governor X": the word before the place dates the title; "Former ODM chairman X": the first word of the run.
      const opener = tenseBefore((previous.tokens[0] as Token).text.toLowerCase());
      const place = opener && previous.tokens.length > 1 ? previous.tokens.slice(1) : previous.tokens;
      // ("Returning officer X", "Presiding officer X": a participle opening the sentence is part of the title, no place.)
      if (place.length === 1 && previous.index === 0 && PARTICIPLE.test((place[0] as Token).text) && !pack.places.has((place[0] as Token).lower)) {
        context.title = `${(place[0] as Token).text} ${context.title}`;
        return;
      }
      const party = branchParty(place, pack);
      // ("UDA Kisumu chairman X": the branch's office is the party's; "Kisumu UDA leader X": who leads the party somewhere
      // is no leader of it, and the title keeps no body.)
      if (party === undefined) context.organisation = nameText(place);
      else if (!/^leader$/i.test(context.title)) context.organisation = party;
      // "Mbooni lawmaker X": a constituency's legislator is its MP; a county's ("Kisumu legislator X") may hold any of its
      // seats, and the words give no office.
      const seat = party === undefined && SEAT_WORDS.has((tokens[titleEnd] as Token).lower) ? seatPlace(place, pack) : undefined;
      if (seat === 'constituency') context.title = 'MP';
      else if (seat === 'county') {
        delete context.title;
        delete context.organisation;
      }
      context.tense = opener && place !== previous.tokens ? opener : tenseAt(tokens, previous.index - 1);
    } else if (tokens[index]?.capitalised) {
      // ("Former senator X" opening a sentence: a tense word in capitals, kept out of the lower-case title, still dates it.)
      context.tense ??= tenseAt(tokens, index);
    } else {
      // ("since the death of secretary-general X", "mourned the death of its chairman X": the words before the title
      // end the office, as they do before a capitalised one.)
      context.tense ??= tenseAt(tokens, /^(?:its|his|her|their|the)$/.test(tokens[index]?.lower ?? '') ? index - 1 : index);
    }
    return;
  }
  // "his elder brother Oburu Oginga", "his running mate, Ms Martha Karua".
  const relation = before.text === ',' ? tokens[run.index - 2] : before;
  if (relation?.isWord && RELATION_NOUNS.has(relation.lower)) context.evidence += 2;
}

/**
 * Whether the lower-case title ending at `end` opens its clause: "the" (after tense or describing words) at the
 * sentence's start or after a comma, before the title and the place or party run before it ("The former Mbotela governor,
 * X,", "Meanwhile, the ODM legislator, X,"), or a place's possessive there ("Mbotela's deputy governor, X,"). Not "a letter
 * to the governor, X, …": the title there is someone the sentence speaks of.
 */
function commaTitleOpens(tokens: Token[], end: number, previous: Run | undefined, pack: CountryPack): boolean {
  const head = tokens[end];
  if (!head?.isWord || head.capitalised || !isTitleHead(head, pack)) return false;
  let at = end;
  // ("The party's deputy secretary-general, X,": whose office it is, the back-reference readers settle.)
  while (at >= 0 && tokens[at]?.isWord && !tokens[at]?.capitalised && (isTitleWord(tokens[at] as Token, pack) || wardRep(tokens, at))) if ((tokens[at--] as Token).possessive) return false;
  const possessive = previous !== undefined && previous.end === at + 1 && previous.tokens[previous.tokens.length - 1]?.possessive === true;
  if (previous && previous.end === at + 1) at = previous.index - 1;
  const opens = (index: number) => index < 0 || tokens[index]?.text === ',';
  if (possessive) return opens(at);
  while (at >= 0 && tokens[at]?.isWord && !tokens[at]?.capitalised && (tenseBefore(tokens[at]?.text ?? '') !== undefined || isDescribing(tokens[at]?.text ?? '') || tokens[at]?.lower === 'immediate')) at--;
  return tokens[at]?.lower === 'the' && opens(at - 1);
}

/** The one county a sentence names ("Members of the Baringo County Assembly …"), '' for none or several. */
function soleCounty(tokens: Token[], pack: CountryPack): string {
  const named = new Set<string>();
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (!token.capitalised) continue;
    const next = tokens[at + 1];
    if (next?.capitalised && pack.places.has(`${token.lower} ${next.lower}`)) {
      named.add(`${token.text} ${next.text}`);
      at++;
    } else if (pack.places.has(token.lower)) named.add(token.text);
  }
  return named.size === 1 ? ([...named][0] as string) : '';
}

/** "Matisi ward rep X": "ward" is a word of the title before "rep", whose place is then the ward's (its MCA, roles.ts). */
function wardRep(tokens: Token[], at: number): boolean {
  return tokens[at]?.lower === 'ward' && /^(?:rep|reps|representative|representatives)$/.test(tokens[at + 1]?.lower ?? '');
}

/** "Returning", "Presiding": a word of the title, in capitals only as a sentence's first. */
const PARTICIPLE = /^\p{Lu}\p{Ll}+ing$/u;

/**
 * The party of a run that names a party and where its office is held, a place or a House ("UDA Kisumu", "Kisumu UDA",
 * "Senate UDA"), not a body of that name; none for any other run.
 */
function branchParty(run: Token[], pack: CountryPack): string | undefined {
  if (run.length < 2) return undefined;
  const parties = run.filter((token) => isPackParty(token.base.toLowerCase(), pack));
  const where = run.filter((token) => pack.places.has(token.base.toLowerCase()) || /^(?:Senate|Assembly|Parliament)$/.test(token.base));
  return parties.length === 1 && parties.length + where.length === run.length ? (parties[0] as Token).base : undefined;
}

/** Kiswahili titles of elected office that "wa" ("of") joins to a place. */
const KISWAHILI_OFFICE_OF: Readonly<Record<string, string>> = { mbunge: 'MP', seneta: 'Senator', gavana: 'Governor' };

/**
 * "Mbunge wa Galole, " right before the comma at `comma`: the office and its place of one or two capitalised words;
 * "aliyekuwa" ("who was") before it dates the office as former.
 */
function officeOfPlaceBefore(tokens: Token[], comma: number): { title: string; place: string; former: boolean } | undefined {
  for (const words of [1, 2]) {
    const place = tokens.slice(comma - words, comma);
    const wa = tokens[comma - words - 1];
    const title = KISWAHILI_OFFICE_OF[tokens[comma - words - 2]?.lower ?? ''];
    if (title && wa?.lower === 'wa' && place.every((token) => token.capitalised && token.isWord && !token.possessive)) return { title, place: nameText(place), former: tokens[comma - words - 3]?.lower === 'aliyekuwa' };
  }
  return undefined;
}
