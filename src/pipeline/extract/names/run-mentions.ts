/**
 * The mentions one run of capitalised words yields (src/pipeline/extract/names/runs.ts):
 * a person with the cues around them, a party, a word to settle later, and a
 * party named as the organisation of a title ("ODM chairman X").
 */
import type { CountryPack } from '../../pack';
import type { Token } from '../../text/tokens';
import type { Mention, Place, RoleCue } from '../../types';
import { readContext, type Context } from '../context';
import { classify, isPackParty } from './name-kinds';
import { nameText, readRun, type RunReading } from './names';
import { mayNameParty, partyPrefix } from './name-parties';
import { wordTable } from '../lexicon';
import { readRole } from '../roles';
import type { Run } from './runs';
import { abbreviates } from '../../resolve/parties';
import { standingIn } from '../offices/apposition-offices';
import { deniedParty } from './party-denials';
import { relationOfRole } from '../tie-facts';
import { STANDINGS } from '../ties/tie-patterns';
/** Where a run's mentions are: the sentence, and how to cut their text out of the paragraph. */
export interface Site {
  place: Place;
  /** Where the bodies named with their own acronyms go, for `partiesByEvidence`. */
  bodies: Mention[];
  /** Where the names the article says are no party go. */
  denied: Set<string>;
  at: (tokens: Token[]) => { surface: string; offset: number };
}

/** The exact text of `tokens` in the paragraph, a final possessive left out. */
export function surfaceIn(paragraph: string, tokens: Token[]): { surface: string; offset: number } {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  return { surface: paragraph.slice(first.start, last.end - (last.text.length - last.base.length)), offset: first.start };
}

/** The mentions one run yields: its name, and a party named as the organisation of its title. */
export function mentionsOfRun(
  tokens: Token[],
  run: Run,
  previous: Run | undefined,
  site: Site,
  pack: CountryPack,
  definitions: Map<string, 'party' | 'other'>,
  phrases: Set<string>,
  bodies: Map<string, string>,
): Mention[] {
  const reading = chiefJustice(readRun(run.tokens, pack));
  const context = readContext(tokens, run, previous, pack);
  // "Bomachoge Borabu legislator …": the run before a lower-case title is a place or a body.
  if (context.organisation) phrases.add(context.organisation.toLowerCase());
  const acronym = definedAcronym(tokens, run.end) ?? (reading.kind === 'party' ? spelledAcronym(tokens, run) : undefined);
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
  let role = roleOf(reading, context) ?? kiswahiliOffice(reading.honorific, context);
  // "Former Speaker X, who served as Kericho County Assembly Speaker": the same office, where the apposition says where.
  if (role && context.apposition && !context.membership && context.apposition.title === role.title && !role.organisation && context.apposition.organisation && context.apposition.tense === role.tense) role = context.apposition;
  if (role) result.role = role;
  // "Tana River Senator X, the MDP Secretary-General": the office after the name is one more role.
  const office = context.apposition;
  // "Ndhiwa MP X, a governor hopeful": an office sought, even with no place; "a former Deputy Solicitor General": one held.
  // "the ODM lawmaker X, who is the Minority Whip": a standing in the party, then the office.
  const standing = role && STANDINGS.test(role.title);
  if (role && office && (office.organisation || standing || context.nominatedSeat || (office.tense && office.title !== 'Candidate')) && !context.membership && role !== office && office.title !== role.title) result.roles = [office];
  // ("The acting Speaker, Deputy Speaker X,": the title set off before the run's own is a second office.)
  const before = reading.title && context.title ? readRole(context.title, context.organisation, context.tense) : undefined;
  if (before && before.title !== role?.title) result.roles = [...(result.roles ?? []), before];
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
    result.ties = [...(result.ties ?? []), { party: apposition.organisation, relation, ...(apposition.tense && relation !== 'candidate' && relation !== 'left' ? { tense: apposition.tense } : {}) }];
  }
  return result;
}

/** The role a mention states: in the run ("Lugari MP"), before it ("Kakamega governor"), or in an apposition. */
function roleOf(reading: RunReading, context: Context): RoleCue | undefined {
  // ("The acting Speaker, Deputy Speaker X,": a title set off before the run's own dates itself, not the run's.)
  // ("Soin/Sigowet MP X": the run's place is half the seat's name; the seat is left without one rather than given half.)
  if (reading.title) return readRole(reading.title, reading.organisation && !context.afterSlash ? nameText(reading.organisation) : undefined, context.title ? undefined : context.tense);
  if (context.title) return readRole(context.title, context.organisation, context.tense);
  return context.membership ? undefined : context.apposition;
}

/**
 * "Gavana X", "Seneta X", "Spika X", "Mbunge X": a Kiswahili title of office that English copy keeps before a name. The
 * name reader takes it as a courtesy word (it is never part of the name); it is the office all the same, with no place
 * ("Mheshimiwa", "Mhe", "Bi", "Bw" are courtesy only, and "Waziri" is a name as often as a minister).
 */
function kiswahiliOffice(honorific: string | undefined, context: Context): RoleCue | undefined {
  const title = honorific === undefined ? undefined : KISWAHILI_OFFICES[honorific.toLowerCase()];
  return title === undefined ? undefined : { title, ...(context.tense ? { tense: context.tense } : {}) };
}

const KISWAHILI_OFFICES = wordTable({ gavana: 'Governor', seneta: 'Senator', spika: 'Speaker', mbunge: 'MP' });

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
 * An acronym a party's name is written beside in other ways than "NAME (ACR)",
 * each read off the name's words ("UPP" of "Umoja Progressive Party"), as
 * these forms are also how a sentence sets two parties side by side:
 * "NAME, or ACR,", "NAME – ACR –", "ACR (NAME)", "the ACR, the NAME,".
 */
function spelledAcronym(tokens: Token[], run: Run): string | undefined {
  const name = nameText(run.tokens);
  const fits = (token: Token | undefined) => (token?.acronym && abbreviates(token.base, name) ? token.base : undefined);
  const [next, second, third] = [tokens[run.end], tokens[run.end + 1], tokens[run.end + 2]];
  if (next?.text === ',' && second?.lower === 'or' && /^[,.;)]$/.test(tokens[run.end + 3]?.text ?? '.')) return fits(third);
  if (next && DASH.test(next.text) && third && DASH.test(third.text)) return fits(second);
  const before = tokens[run.index - 1];
  if (before?.text === '(' && next?.text === ')') return fits(tokens[run.index - 2]);
  const comma = before?.lower === 'the' ? run.index - 2 : run.index - 1;
  if (tokens[comma]?.text === ',' && (next?.text === ',' || next?.text === '.')) return fits(tokens[comma - 1]);
  return undefined;
}

const DASH = /^[–—-]$/;

/** "Chief Justice X", "Deputy Chief Justice X": "Justice" there ends the title, the office's own name, not a judge's courtesy title. */
function chiefJustice(reading: RunReading): RunReading {
  return reading.title && reading.honorific === 'Justice' && /\bChief$/.test(reading.title) ? { ...reading, title: `${reading.title} Justice` } : reading;
}
