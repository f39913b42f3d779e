/**
 * The second office an apposition may give after its first: "X, the HUP
 * leader and a former Marsabit Senator,", "X, the party's founder and a
 * former Nakuru Senator,", "X, a former Sabatia MP who is now the party's
 * presidential hopeful,". Read from where the first office's words stop.
 */
import type { CountryPack } from '../../pack';
import type { Token } from '../../text/tokens';
import { readApposition } from './apposition-offices';
import type { Context } from '../context';
import { tenseBefore } from '../tense-words';

/** Adds to `context` the office after `index` (the word that ended the first): its apposition, or `alsoHeld` beside one. */
export function readSecondOffice(tokens: Token[], index: number, read: boolean, past: boolean, pack: CountryPack, context: Context): void {
  // "X, the HUP leader and a former Marsabit Senator,": a second office, up to the apposition's closing comma.
  // ("X, a retired teacher and one-time Gikondi MCA who is also seeking …": an office after a calling, its tense word for an article.)
  // ("X, the party's founder and a former Nakuru Senator,": after a calling, an office with an article and its tense word.)
  const articled = /^(?:a|an|the)$/.test(tokens[index + 1]?.lower ?? '') ? 1 : 0;
  const dated = tokens[index]?.lower === 'and' && tenseBefore(tokens[index + 1 + articled]?.text.toLowerCase() ?? '') === 'former' && read && !context.apposition;
  if ((context.apposition || dated) && !past && tokens[index]?.lower === 'and' && (dated || articled === 1)) {
    const second: Token[] = [];
    const from = index + (dated ? 1 + articled : 2);
    for (let at = from; at < tokens.length && tokens[at]?.isWord && !(dated && /^(?:who|which|that)$/.test(tokens[at]?.lower ?? '')); at++) second.push(tokens[at] as Token);
    const closing = tokens[from + second.length]?.text ?? '';
    const more: Context = { evidence: 0, afterPlacePreposition: false };
    // ("an alumnus and a former student leader": with its article, only a titled office, capitalised, is read.)
    const titled = !(dated && articled) || second.some((token) => token.capitalised);
    if (titled && (closing === ',' || closing === '.' || (dated && /^(?:who|which|that)$/.test(tokens[from + second.length]?.lower ?? '')))) readApposition(second, pack, more);
    if (more.apposition && !more.membership) {
      if (context.apposition) context.alsoHeld = more.apposition;
      else context.apposition = more.apposition;
    }
  }
  // ("X, a former Sabatia MP who is now the party's presidential hopeful,": the office held now, after the one held before.)
  if (context.apposition?.tense === 'former' && !past && tokens[index]?.lower === 'who' && tokens[index + 1]?.lower === 'is' && tokens[index + 2]?.lower === 'now' && /^(?:a|an|the)$/.test(tokens[index + 3]?.lower ?? '')) {
    const second: Token[] = [];
    const from = index + 4;
    for (let at = from; at < tokens.length && tokens[at]?.isWord; at++) second.push(tokens[at] as Token);
    const more: Context = { evidence: 0, afterPlacePreposition: false };
    if (/^[,.]$/.test(tokens[from + second.length]?.text ?? '')) readApposition(second, pack, more);
    if (more.apposition && !more.membership && more.apposition.tense !== 'former') context.alsoHeld = more.apposition;
  }
  // ("X, TKM's candidate in the Kitui Central by-election, is a one-time Miambani MCA who …": the verb after the apposition gives an office.)
  const copula = tokens[index]?.text === ',' && /^(?:is|was)$/.test(tokens[index + 1]?.lower ?? '') && /^(?:a|an|the)$/.test(tokens[index + 2]?.lower ?? '');
  if (copula && read) {
    const third: Token[] = [];
    const from = index + 3;
    for (let at = from; at < tokens.length && tokens[at]?.isWord && !/^(?:who|which|that|and)$/.test(tokens[at]?.lower ?? ''); at++) third.push(tokens[at] as Token);
    const more: Context = { evidence: 0, afterPlacePreposition: false };
    if (third.some((token) => token.capitalised)) readApposition(third, pack, more);
    const office = more.apposition && !more.membership ? (tokens[index + 1]?.lower === 'was' && !more.apposition.tense ? { ...more.apposition, tense: 'former' as const } : more.apposition) : undefined;
    if (office && context.apposition && !context.membership) context.alsoHeld ??= office;
    else if (office) context.alsoHeld = office;
  }
}
