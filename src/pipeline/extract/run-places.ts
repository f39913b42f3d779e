/**
 * Whether the words around a run of capitalised words say it names a place
 * or a body, not anyone: "the X by-election", "Residents of X", "elders of
 * the Njuri Ncheke".
 */
import type { Token } from '../text/tokens';
import { PERSON_POSSESSIONS } from './lexicon';
import type { Run } from './runs';

/** "of the Njuri Ncheke", "by the Wazee wa Pokomo": a run of two or more words right after a lower-case "the", inside a sentence. */
// ("the Raila Odinga camp", "the Kamau Njoroge family": a person's name before a noun of their own is still a person's.)
export function afterThe(tokens: Token[], run: Run): boolean {
  const next = tokens[run.end];
  return run.tokens.length > 1 && tokens[run.index - 1]?.text === 'the' && run.index > 1 && !(run.tokens[run.tokens.length - 1] as Token).possessive && !(next?.isWord && (PERSON_POSSESSIONS.has(next.lower) || /^(?:family|era|wing|faction|brothers|sisters|clan|household|years)$/.test(next.lower)));
}

/** Words after a name that make it a place: "the X by-election", "X constituency", "X residents". */
const PLACE_AFTER = /^(?:by-election|by-elections|constituency|constituencies|ward|sub-county|subcounty|residents|electorate)$/;

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
  // "who represents X in Parliament" (not "the lawyer who represents X in court", a client).
  return (before?.lower === 'represents' || before?.lower === 'represented') && next?.lower === 'in' && /^(?:Parliament|the National Assembly|the Senate|the County Assembly|the Assembly)\b/.test(tokens.slice(run.end + 1, run.end + 4).map((token) => token.text).join(' '));
}


/** "X (Emurua Dikirr)": a run in brackets of its own, right after the run before it. */
export function bracketedAfter(tokens: Token[], run: Run, previous: Run | undefined): boolean {
  return previous !== undefined && previous.end === run.index - 1 && tokens[run.index - 1]?.text === '(' && tokens[run.end]?.text === ')';
}
