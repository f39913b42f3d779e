/**
 * Words near a name that are not the name's own, though they stand where its
 * title or standing would: a relative's or an employer's title ("the widow of
 * the late Juja MP, X,"), titles paired with names in order ("the governor and
 * deputy governor respectively"), a plural ("According to X, the MCAs …"), and
 * a standing the next clause says is over ("a TDP member who is now in the HPM"),
 * and an office "of" a person of the article ("Ndirangu's spokesman X").
 */
import type { CountryPack } from '../../pack';
import type { Token } from '../../text/tokens';
import type { Mention, RoleCue } from '../../types';
import { isTitleHead } from './names';

/** Who a title before a name may belong to instead: "the widow of the late Juja MP, X,", "an aide to the Kisumu Governor, X,". */
const RELATIVE_OR_AIDE = /^(?:widow|widower|wife|husband|son|daughter|brother|sister|mother|father|child|children|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|relative|aide|assistant|driver|bodyguard)$/;

/** Whether the "the" that opens the title at `start` follows "widow of", "aide to": the title is that other person's. */
export function heldByAnother(tokens: Token[], start: number): boolean {
  for (let at = start - 1; at >= Math.max(0, start - 4); at--) {
    if (tokens[at]?.lower !== 'the') continue;
    return /^(?:of|to)$/.test(tokens[at - 1]?.lower ?? '') && RELATIVE_OR_AIDE.test(tokens[at - 2]?.lower ?? '');
  }
  return false;
}

/** The lower-case words of the clause from `index` on, up to its comma or full stop, at most `limit` of them. */
function clauseWords(tokens: Token[], index: number, limit = Infinity): string[] {
  const words: string[] = [];
  for (let at = index; at < tokens.length && words.length < limit && !/^[,.;:]$/.test(tokens[at]?.text ?? ''); at++) words.push(tokens[at]?.lower ?? '');
  return words;
}

/**
 * "who is now in the HPM", "who has since joined ODM", "now with Wiper", "who defected to ODM last week", "who quit the
 * party in May": at `index`, a clause saying the person is in another body now, or out of this one.
 */
export function movedOn(tokens: Token[], index: number): boolean {
  return MOVED_ON.test(clauseWords(tokens, index, 6).join(' '));
}

const MOVED_ON = /^(?:who\s+)?(?:(?:is\s+|has\s+)?(?:now|since)\s+(?:in|with|joined|a\s+member\s+of)\b|(?:has\s+|had\s+)?(?:since\s+|later\s+|recently\s+)?(?:defected|decamped|crossed\s+over|switched)\s+to\b|(?:has\s+|had\s+)?(?:since\s+|later\s+|recently\s+)?(?:quit|left|ditched|dumped)\s+(?:the\s+party|it)\b)/;

/** Whether the clause from `index` on says "respectively": titles paired with names in order. */
export function respectively(tokens: Token[], index: number): boolean {
  return clauseWords(tokens, index).includes('respectively');
}

/** "MCAs", "Senators", "governors": a title head that is the plural of another. */
export function isPluralTitle(token: Token, pack: CountryPack): boolean {
  return token.isWord && /s$/i.test(token.text) && isTitleHead(token, pack) && isTitleHead({ ...token, text: token.text.slice(0, -1), base: token.base.slice(0, -1), lower: token.lower.slice(0, -1) }, pack);
}

const SEAT = /^(?:MP|MCA|Senator|Governor|Deputy Governor|Woman Representative)$/;

/**
 * "Ndirangu's spokesman X", "Governor Kibe's chief of staff X": a title held "of" a person of the article is a place in
 * that person's service, no office of a body; the role is dropped.
 */
export function withoutOfficesOfPeople(mentions: Mention[]): void {
  // (Full names and their surnames only: a lone word read as a person may be a place, "Governor, Kisii".)
  const people = new Set(mentions.filter((mention) => mention.kind === 'person' && mention.name.includes(' ')).flatMap((mention) => [mention.name, mention.name.split(' ').pop() as string]));
  for (const party of mentions) if (party.kind === 'party') people.delete(party.name);
  for (const mention of mentions) {
    const held = [mention.role, ...(mention.roles ?? [])].filter((role) => role !== undefined);
    // (A seat's "of" is its place, whatever else the article reads as a name: "Lunga Lunga MP".)
    const kept = held.filter((role) => !role.organisation || !people.has(role.organisation) || SEAT.test(role.title));
    if (mention.kind !== 'person' || kept.length === held.length) continue;
    const [first, ...rest] = kept;
    if (first) mention.role = first;
    else delete mention.role;
    if (rest.length > 0) mention.roles = rest;
    else delete mention.roles;
  }
}

/**
 * Words for whoever sits in a House, or heads something, that name no office once the readers are done: "The first-term
 * legislator, X," (a constituency's legislator was read as its MP, a party's as a standing in it), "Treasury boss X" (a
 * party's boss was read as its Party Leader; a ministry's may be its CS or its PS). The role is dropped.
 */
const NO_OFFICE = /^(?:Legislator|Lawmaker|Boss)$/;

export function withoutTitlesOfNoOffice(mentions: Mention[]): void {
  for (const mention of mentions) {
    if (mention.kind !== 'person' || ![mention.role, ...(mention.roles ?? [])].some((role) => role && NO_OFFICE.test(role.title))) continue;
    const [first, ...rest] = [mention.role, ...(mention.roles ?? [])].filter((role): role is RoleCue => role !== undefined && !NO_OFFICE.test(role.title));
    if (first) mention.role = first;
    else delete mention.role;
    if (rest.length > 0) mention.roles = rest;
    else delete mention.roles;
  }
}
