/**
 * Whether a word is part of a title as news English writes one before a name:
 * a title's head ("Senator", "chairman"), a word that modifies one ("Deputy",
 * "Former"), or titles joined by hyphens ("MCA-turned-MP").
 */
import type { CountryPack } from '../pack';
import type { Token } from '../text/tokens';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';

/** The lower-cased form of a token without an abbreviation's full stop or an "ex-": "ex-mp" is a title word. */
// (Tested before replacing: most words end in no full stop and open with no "ex-", and `bare` is called per word.)
export const bare = (token: Token) => {
  const word = token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower;
  return word.startsWith('ex-') ? word.replace(EX_PREFIX, '') : word;
};

// (Built once, here: tsx compiles a `\p{…}` literal into a `new RegExp` built again at every call, and `bare` is called per word.)
const EX_PREFIX = /^ex-(?=\p{L})/u;

/** A word a title is made of: its head or a word that modifies it. */
export function isTitleWord(token: Token, pack: CountryPack): boolean {
  const word = bare(token);
  return TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word) || pack.titles.has(word) || joinedTitle(word, pack);
}

/** A word a title ends in: "Senator", "chairman". */
export function isTitleHead(token: Token, pack: CountryPack): boolean {
  const word = bare(token);
  return TITLE_HEADS.has(word) || pack.titles.has(word) || joinedTitle(word, pack);
}

/** "Vice-Chair", "MCA-turned-MP", "Governor-turned-Senator": titles joined by hyphens into one word are a title. */
function joinedTitle(word: string, pack: CountryPack): boolean {
  if (!word.includes('-')) return false;
  const parts = word.split('-').filter((part) => part !== 'turned');
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1] as string;
  return (TITLE_HEADS.has(last) || pack.titles.has(last)) && parts.every((part) => TITLE_HEADS.has(part) || TITLE_MODIFIERS.has(part) || pack.titles.has(part));
}
