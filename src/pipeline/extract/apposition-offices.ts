/**
 * Offices an apposition names in ways of their own: an envoy's, of the
 * country posted to ("a one-time Kenyan ambassador to Ethiopia"), and a
 * director's, of a field ("the DAPK's Director of Policy").
 */
import type { Token } from '../text/tokens';
import type { RoleCue } from '../types';
import { nameText } from './names';
import { readRole, tenseBefore } from './roles';

/**
 * "a one-time Kenyan ambassador to Ethiopia", "a former Kenyan High Commissioner
 * to Uganda": an envoy's office is of the country posted to; the nationality
 * before the title is no organisation.
 */
export function readPosting(phrase: Token[]): RoleCue | undefined {
  const to = phrase.findIndex((token, index) => token.lower === 'to' && index > 0 && ENVOYS.test(phrase[index - 1]?.lower ?? ''));
  if (to === -1) return undefined;
  const start = phrase[to - 2]?.lower === 'high' ? to - 2 : to - 1;
  const posting = phrase.slice(to + 1).filter((token, index) => !(index === 0 && token.lower === 'the'));
  if (posting.length === 0 || !posting.every((token) => token.capitalised)) return undefined;
  const tense = phrase.slice(0, start).map((token) => tenseBefore(token.text.toLowerCase())).find(Boolean);
  return readRole(phrase.slice(start, to).map((token) => token.text).join(' '), nameText(posting), tense);
}

const ENVOYS = /^(?:ambassador|envoy|commissioner)$/;

/** Heads of offices named for their field: "Director of Elections", "Secretary for Communications". */
export const FIELD_HEADS = new Set(['director', 'head']);

/** "Policy", "Elections", "Political Affairs": one or two capitalised words, and nothing after them. */
export function fieldAfter(scope: Token[]): string | undefined {
  return scope.length > 0 && scope.length <= 2 && scope.every((token) => token.capitalised && !token.acronym) ? scope.map((token) => token.text).join(' ') : undefined;
}
