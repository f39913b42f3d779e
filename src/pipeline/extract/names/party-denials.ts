/**
 * A body named like a party ("the Kenya Haki Democratic Movement") that the
 * article itself says is something else: ", a civil society group,", ", a
 * lobby of farmers,", ", which is not a registered party,". No mention of that
 * name in the article is a party then, whatever its shape.
 */
import type { Token } from '../../text/tokens';
import type { Mention } from '../../types';

/** What the apposition or clause right after the name calls it. */
const NOT_A_PARTY =
  /^(?:\([^()]{1,12}\)\s*)?,\s*(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:lobby|lobbies|pressure\s+group|civil\s+society\s+(?:group|organi[sz]ation|coalition|movement|network)|non-governmental\s+organi[sz]ation|NGO|campaign(?:\s+group)?|advocacy\s+group|rights\s+group|think\s+tank|charity|welfare\s+group|self-help\s+group|residents['’]?\s+association|(?:trade\s+)?union|caucus|movement\s+of|network\s+of|grouping\s+of|coalition\s+of\s+(?:civil|non-governmental|church|faith|youth|women)|faith-based)\b|(?:which|that)\s+is\s+not\s+a\s+(?:registered\s+)?(?:political\s+)?party\b)/iu;

/** How many tokens after a name are read for what it is called. */
const WINDOW = 14;

/** True when the words right after the run ending at `end` say the body is no party. */
export function deniedParty(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' && tokens[end]?.text !== '(') return false;
  const after = tokens.slice(end, end + WINDOW).map((token) => token.text).join(' ').replace(/\s+([,)])/g, '$1').replace(/\(\s+/g, '(');
  return NOT_A_PARTY.test(after);
}

/** The mentions left once the names the article says are no party are dropped, with their acronyms. */
export function withoutDenied(mentions: Mention[], denied: ReadonlySet<string>): Mention[] {
  if (denied.size === 0) return mentions;
  const acronyms = new Set(mentions.filter((mention) => denied.has(mention.name) && mention.acronym).map((mention) => mention.acronym as string));
  return mentions.filter((mention) => !(mention.kind === 'party' || mention.kind === 'word') || !(denied.has(mention.name) || acronyms.has(mention.name)));
}
