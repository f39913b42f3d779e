/**
 * Whether the words around a run of capitalised words say it names a place
 * or a body, not anyone: "the X by-election", "Residents of X", "elders of
 * the Njuri Ncheke", a constituency in brackets after an MP's name.
 */
import { isCommonWord } from '../../resolve/common-words';
import type { Token } from '../../text/tokens';
import type { Mention } from '../../types';
import { PERSON_POSSESSIONS } from '../lexicon';
import type { Run } from './runs';

/** "of the Njuri Ncheke", "by the Wazee wa Pokomo": a run of two or more words right after a lower-case "the", inside a sentence. */
// ("the Raila Odinga camp", "the Kamau Njoroge family": a person's name before a noun of their own is still a person's.)
export function afterThe(tokens: Token[], run: Run): boolean {
  const next = tokens[run.end];
  return run.tokens.length > 1 && tokens[run.index - 1]?.text === 'the' && run.index > 1 && !(run.tokens[run.tokens.length - 1] as Token).possessive && !(next?.isWord && (PERSON_POSSESSIONS.has(next.lower) || /^(?:family|era|wing|faction|brothers|sisters|clan|household|years)$/.test(next.lower)));
}

/** "the Tea Party wing of the Republican Party", "the X faction of P": the name is a part of what follows "of". */
export function namesPartOf(tokens: Token[], run: Run): boolean {
  const next = tokens[run.end];
  const after = tokens[run.end + 2];
  return next?.isWord === true && PARTS.has(next.lower) && tokens[run.end + 1]?.lower === 'of' && (after?.capitalised === true || (after?.lower === 'the' && tokens[run.end + 3]?.capitalised === true));
}

const PARTS = new Set(['wing', 'wings', 'faction', 'factions', 'caucus', 'arm', 'bloc']);

/** An envoy's office, the country it is posted to after "to": "Ambassador to Japan", "High Commissioner to Uganda". */
const ENVOYS = /^(?:ambassador|ambassadors|envoy|envoys|commissioner|consul|emissary)$/;

/** Those a school is named after "of" for: "alumni of X", "a graduate of X", "the principal of X". */
const SCHOOLED = /^(?:alumni|alumnus|alumna|alumnae|graduate|graduates|students|pupils|principal|headteacher|headmaster|headmistress)$/;

/**
 * Words after a name that make it a place: "the X by-election", "X constituency", "X residents"; and a venue,
 * "Kisumu's Got Nyabondo grounds", "X stadium", "X primary school" (a venue named after a person names the venue there).
 */
const PLACE_AFTER = /^(?:by-election|by-elections|constituency|constituencies|ward|sub-county|subcounty|residents|electorate|grounds|stadium|showground|showgrounds|market|primary|secondary|airstrip)$/;

/** Whether the words around a run say it names a place: "the X by-election", "the X seat", "Residents of X", "who represents X". */
export function namesPlace(tokens: Token[], run: Run): boolean {
  const next = tokens[run.end];
  const before = tokens[run.index - 1];
  if (next?.isWord && !run.tokens[run.tokens.length - 1]?.possessive) {
    if (PLACE_AFTER.test(next.text.toLowerCase())) return true;
    // "won the X seat", "the X parliamentary seat": a seat is a constituency's or a ward's.
    if (before?.lower === 'the' && (next.lower === 'seat' || (next.lower === 'parliamentary' && tokens[run.end + 1]?.lower === 'seat'))) return true;
  }
  if (before?.lower === 'of' && /^(?:residents|people|voters|electorate|MCAs|wards)$/i.test(tokens[run.index - 2]?.text ?? '')) return true;
  // ("a former Kenyan Ambassador to Japan": the country an envoy is posted to; "alumni of Moi Girls Isinya": a school.)
  if (before?.lower === 'to' && ENVOYS.test(tokens[run.index - 2]?.lower ?? '')) return true;
  if (before?.lower === 'of' && SCHOOLED.test(tokens[run.index - 2]?.lower ?? '')) return true;
  if (run.tokens.slice(1).some((token) => /^(?:Girls|Boys)$/.test(token.text))) return true;
  // "who represents X in Parliament" (not "the lawyer who represents X in court", a client).
  return (before?.lower === 'represents' || before?.lower === 'represented') && next?.lower === 'in' && /^(?:Parliament|the National Assembly|the Senate|the County Assembly|the Assembly)\b/.test(tokens.slice(run.end + 1, run.end + 4).map((token) => token.text).join(' '));
}


/** Nouns a programme's name stands before, as "the Kazi Mtaani programme" or a list of them does ("the A and B schemes"). */
// (Not "fund": "X and Y fund the youth groups" is a verb.)
const PROGRAMME_HEADS = new Set(['programme', 'programmes', 'program', 'programs', 'scheme', 'schemes', 'initiative', 'initiatives']);

/**
 * "the Inua Jamii and Kazi Mtaani programmes", "the Linda Mama, Inua Jamii and Kazi Mtaani schemes": each name of a
 * list that ends in a programme's noun names a programme, not someone. (Not "campaign", "show": "the X campaign" is a person's.)
 */
export function namesProgramme(tokens: Token[], run: Run): boolean {
  if (run.tokens[run.tokens.length - 1]?.possessive) return false;
  let at = run.end;
  for (let items = 0; items < 5; items++) {
    const next = tokens[at];
    if (!next) return false;
    if (next.isWord && PROGRAMME_HEADS.has(next.lower)) return true;
    // (", B", " and B", ", and B": the next name of the list, its words all capitalised.)
    if (next.text === ',') at++;
    if (tokens[at]?.lower === 'and' || tokens[at]?.lower === 'or' || tokens[at]?.text === '&') at++;
    if (at === run.end || !tokens[at]?.capitalised) return false;
    while (tokens[at]?.isWord && tokens[at]?.capitalised && !tokens[at]?.possessive) at++;
  }
  return false;
}

/** "X (Emurua Dikirr)": a run in brackets of its own, right after the run before it. */
export function bracketedAfter(tokens: Token[], run: Run, previous: Run | undefined): boolean {
  return previous !== undefined && previous.end === run.index - 1 && tokens[run.index - 1]?.text === '(' && tokens[run.end]?.text === ')';
}

/** "(Emurua Dikirr)", "(Baringo Central)": a place's name, not a party, an acronym, anyone titled, or a common word ("(Nominated)"). */
export function isSeatPlace(run: Run, yielded: Mention[]): boolean {
  if (run.tokens.length > 3 || run.tokens.some((token) => token.acronym) || run.tokens.every((token) => isCommonWord(token.lower))) return false;
  // ("X (Rtd)", "X (Retd.)": a retired officer's mark, no place.)
  if (run.tokens.length === 1 && /^(?:rtd|retd|retired)$/.test(run.tokens[0]?.lower.replace(/\.$/, '') ?? '')) return false;
  return yielded.every((mention) => (mention.kind === 'person' || mention.kind === 'word') && !mention.honorific && !mention.role && !mention.acronym);
}

/**
 * "MP X (Emurua Dikirr)": the place in brackets is where a seat with none is held; applied once the
 * sentence's lists are read, so that "MPs X (Emurua Dikirr) and Y (Baringo Central)" gives each the plural's title, then their own place.
 */
export function seatIn(holder: Mention, place: string): void {
  if (holder.role && !holder.role.organisation && !holder.role.tense && SEATS_IN_PLACES.test(holder.role.title)) holder.role = { ...holder.role, organisation: place };
}

const SEATS_IN_PLACES = /^(?:MP|MCA|Senator|Governor|Deputy Governor|Woman Representative)$/;
