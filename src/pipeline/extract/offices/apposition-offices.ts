/**
 * The office or membership an apposition names ("X, the leader of Wiper",
 * "a senior figure in the ODM"), and the offices it names in ways of their
 * own: an envoy's, of the country posted to ("a one-time Kenyan ambassador to
 * Ethiopia"), and a director's, of a field ("the DAPK's Director of Policy").
 */
import type { CountryPack } from '../../pack';
import type { Token } from '../../text/tokens';
import type { RoleCue } from '../../types';
import type { Context } from '../context';
import { NAME_PARTICLES, PARTY_HEADS, PERSON_NOUNS, RELATION_NOUNS, TITLE_LINKS } from '../lexicon';
import { classify } from '../names/name-kinds';
import { isTitleHead, isTitleWord, nameText } from '../names/names';
import { readRole } from '../roles';
import { tenseAfter, tenseBefore } from '../tense-words';
import { SEAT_WORDS, seatPlace } from './seat-words';
import { houseSeat } from './represented-seats';

/** Words of a standing beside a party rather than in it: "a TMDP sympathiser" is the party's ally. */
export const SYMPATHY = ['sympathiser', 'sympathizer'];

/** Words that look like a membership rather than an office: "a senior figure in ODM". */
// ("X, UDA's man in Marsabit": the party's own man, as "a UDA stalwart"; "a TMDP sympathiser": with the party, not in it.)
// ("a Wiper bigwig", "an ANC functionary", "a DAP-K foot soldier": a party's own people, by the words news English calls
// them; "the ODM torchbearer", "the UDA flag bearer": its candidate.)
export const MEMBERSHIP = new Set(['member', 'figure', 'stalwart', 'official', 'loyalist', 'supporter', 'die-hard', 'diehard', 'legislator', 'lawmaker', 'politician', 'aspirant', 'candidate', 'nominee', 'flagbearer', 'flag-bearer', 'man', 'woman', ...SYMPATHY,
  'bigwig', 'heavyweight', 'kingpin', 'functionary', 'operative', 'insider', 'mobiliser', 'mobilizer', 'soldier', 'footsoldier', 'foot-soldier', 'torchbearer', 'torch-bearer', 'standard-bearer', 'standardbearer', 'bearer']);

/** Who someone is to another, whose office then follows: "an aide to a … MP", "the son of the late Senator". */
const SERVES_ANOTHER = new Set([...RELATION_NOUNS].filter((noun) => !['deputy', 'nominee', 'mate', 'boss', 'ally', 'allies', 'predecessor', 'successor', 'rival', 'opponent'].includes(noun)));

/** The offices a party or a House fills by its own vote: "chairman", "whip", "speaker". */
const INTERNAL_POSTS = /^(?:chair|chairman|chairperson|chairwoman|chairlady|leader|whip|speaker|secretary-general|treasurer)$/;

/** "leader of Wiper Democratic Movement", "senior figure in the ODM", "Wiper Organising Secretary". */
export function readApposition(phrase: Token[], pack: CountryPack, context: Context): void {
  // ("X, Member of Parliament for Kilumbi East,": the seat's full name is its MP's, held for the place after "for".)
  const member = phrase.findIndex((token, at) => token.lower === 'member' && phrase[at + 1]?.lower === 'of' && phrase[at + 2]?.lower === 'parliament');
  if (member !== -1) phrase = [...phrase.slice(0, member), { ...(phrase[member] as Token), text: 'MP', base: 'MP', lower: 'mp', acronym: true }, ...phrase.slice(member + 3)];
  const posting = readPosting(phrase) ?? houseSeat(phrase);
  if (posting) {
    context.apposition = posting;
    return;
  }
  // ("X, a Jubilee-era MP,": a seat of a government's time, held then; neither the office now nor the party's membership.)
  if (phrase.some((token) => ERA.test(token.text))) return;
  // ("X, the Kisumu county chief of staff": an aide's post, no office called Chief.)
  if (phrase.some((token, at) => token.lower === 'chief' && phrase[at + 1]?.lower === 'of' && phrase[at + 2]?.lower === 'staff')) return;
  // ("X, an aide to a Jubilee MP who defected to UDA,", "the widow of a former Kitui MP": the office and its party are the
  // other one's, whom the phrase names by title alone.)
  if (phrase.some((token, at) => SERVES_ANOTHER.has(token.lower) && /^(?:to|of)$/.test(phrase[at + 1]?.lower ?? ''))) return;
  const link = phrase.findIndex((token) => TITLE_LINKS.has(token.lower) || token.lower === 'at');
  const head = link === -1 ? phrase : phrase.slice(0, link);
  const last = head[head.length - 1];
  if (!last) return;
  if (PERSON_NOUNS.has(last.lower) || RELATION_NOUNS.has(last.lower)) context.evidence += 2;
  // "X, a member of the PDU since 2021": a membership, not an office called Member.
  // "X, a UDA legislator", "a long-serving ODM official": a standing in the party, like "member"; no office called Legislator.
  // ("X, the TBP boss": after an organisation's name, "boss" is the office of its head, not a relation as in "his boss".)
  const bodysBoss = last.lower === 'boss' && head.length > 1 && /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(head[head.length - 2]?.text ?? '');
  // ("X, the Treasury Cabinet Secretary nominee": a nominee to an office named before it, not someone's nominee; a party's
  // "the ODM governor nominee" stays its candidate.)
  const nominated = last.lower === 'nominee' && head.slice(0, -1).some((token) => isTitleHead(token, pack) && token.lower !== 'nominee') && !['party', 'acronym'].includes(classify(head.filter((token) => token.capitalised && !isTitleWord(token, pack)), pack, false));
  const isOffice = isTitleHead(last, pack) && (!RELATION_NOUNS.has(last.lower) || bodysBoss || nominated) && !/^(?:member|legislator|lawmaker|politician|official)$/.test(last.lower);
  // (The whole word: a token's `lower` drops a lower-case tail after a hyphen, "die-hard" → "die".)
  if (!isOffice && !MEMBERSHIP.has(last.lower) && !MEMBERSHIP.has(last.text.toLowerCase())) return;
  // ("ODM's nominee for the post of party chairman": a nomination for an office inside the party or the House is no candidacy.)
  if (/^(?:nominee|candidate)$/.test(last.lower) && link !== -1 && phrase.slice(link + 1).some((token) => INTERNAL_POSTS.test(token.lower))) return;

  // The title is the head noun with its modifiers; capitalised words before them name the organisation.
  let start = head.length - 1;
  const extendsTitle = (token: Token | undefined) =>
    token?.isWord && (!token.capitalised || (isTitleWord(token, pack) && !PARTY_HEADS.has(token.lower))) && !LEANING.test(token.text);
  while (start > 0 && extendsTitle(head[start - 1])) start--;
  // "a former Deputy Solicitor General": "General" after a noun is part of that noun's title.
  if (start === head.length - 1 && last.lower === 'general' && start > 0 && head[start - 1]?.capitalised) {
    start--;
    while (start > 0 && extendsTitle(head[start - 1])) start--;
  }
  // "the JDC Deputy Party Leader": "Party" inside an office's name is part of the title, not a party's name.
  if (start > 1 && head[start - 1]?.lower === 'party' && /^(?:deputy|vice|assistant)$/.test(head[start - 2]?.lower ?? '') && head[start]?.lower === 'leader') start -= 2;
  // ("the Party Whip of the P", "the Party Leader of the P": so is it in a title held "of" a party named after it.)
  else if (start > 0 && head[start - 1]?.lower === 'party' && /^(?:whip|leader)$/.test(last.lower) && link !== -1 && phrase[link]?.lower === 'of') start -= 1;
  // "the party's National Chairman": the possessive names whose office it is; resolution of "the party" is the ties' job.
  const owned = start < head.length - 1 && /^(?:party['’]s|its|their)$/.test(head[start]?.text.toLowerCase() ?? '');
  while (start < head.length - 1 && /^(?:party['’]s|its|their)$/.test(head[start]?.text.toLowerCase() ?? '')) start++;
  // "the DAPK's Director of Policy": with its body named before it, a director's "of" names the office's field, not a body.
  const field = link !== -1 && phrase[link]?.lower === 'of' && FIELD_HEADS.has(last.lower) && head.slice(0, start).some((token) => token.capitalised) ? fieldAfter(phrase.slice(link + 1)) : undefined;
  const title = head.slice(start).map((token) => token.text).join(' ') + (field ? ` of ${field}` : '');
  // "the Haki na Usawa Party (HUP) leader": a particle between capitalised words stays in the organisation's name.
  // ("the UDA-backed Kilumbi governor hopeful", "a Jubilee-friendly MCA": a party glued to a word of how the holder stands
  // with it is no part of the office's place, nor the holder's party as "a Jubilee MCA" is; tie-named reads those words.)
  const before = head.slice(0, start).filter((token, at, all) => (token.capitalised && !GLUED.test(token.text)) || (NAME_PARTICLES.has(token.text) && token.text !== 'the' && all[at - 1]?.capitalised === true && all[at + 1]?.capitalised === true));
  // "a former Nakuru County Woman Representative": the tense word stands before the place.
  // ("the County Executive for Finance nominee": a word after the office's scope dates the office.)
  const closing = link !== -1 && isOffice ? tenseAfter(phrase[phrase.length - 1]?.lower ?? '') : undefined;
  const tense = head.slice(0, start).map((token) => tenseBefore(token.text.toLowerCase())).find(Boolean) ?? closing;
  let organisation: string | undefined;
  if (before.length > 0) organisation = nameText(before);
  // ("who was the party's Deputy Whip in the National Assembly": the House is where the party's office is held, not whose.)
  else if (link !== -1 && !field && !(owned && phrase[link]?.lower === 'in')) {
    let scope = phrase.slice(link + 1).filter((token, index) => !(index === 0 && token.lower === 'the'));
    // ("a member of the ruling P", "of the opposition P": the party's standing is no part of its name.)
    while (scope.length > 1 && STANDING.test(scope[0]?.text ?? '')) scope = scope.slice(1);
    // ("a member of the Chama cha Wananchi-Kenya": a particle between a name's words is part of it.)
    const inName = (token: Token, at: number) => token.capitalised || token.lower === 'of' || (NAME_PARTICLES.has(token.text) && token.text !== 'the' && token.text !== 'for' && scope[at + 1]?.capitalised === true);
    const capitalised = scope.filter(inName);
    // ("the Party Whip of the P in the House": the body's name ends where a lower-case preposition opens where the office is held.)
    const named = scope.findIndex((token, at) => !inName(token, at));
    if (capitalised.length > 0 && capitalised.length === scope.length) organisation = nameText(scope);
    else if (named > 0 && /^(?:in|at)$/.test(scope[named]?.lower ?? '') && scope[named - 1]?.lower !== 'of') organisation = nameText(scope.slice(0, named));
    else if (!isOffice && scope[0]?.acronym && /^(?:since|from|for|in|until)$/.test(scope[1]?.lower ?? '')) organisation = nameText(scope.slice(0, 1));
  }
  // "the ODM MCA for Kondele": a seat is held for the place after "for"; the party before it is the holder's.
  const place = link !== -1 && phrase[link]?.lower === 'for' && SEATS.test(last.lower) ? phrase.slice(link + 1) : [];
  if (organisation && place.length > 0 && place.every((token) => token.capitalised) && ['party', 'acronym'].includes(classify(before, pack, false))) {
    context.seatParty = organisation;
    organisation = nameText(place);
  }
  // ("X, the UDA leader in Kisumu", "the Jubilee leader in the Senate": who leads a party somewhere is no Party Leader of
  // it; a member, as far as the words go.)
  const leadsSomewhere = last.lower === 'leader' && link !== -1 && phrase[link]?.lower === 'in' && before.length > 0;
  // "the Ainamoi legislator", "the ODM lawmaker for Kisumu East": a constituency's legislator is its MP, an office; a
  // party's or a county's stays a standing, as before.
  const seatTokens = place.length > 0 ? place : link === -1 ? before : phrase[link]?.lower === 'for' ? phrase.slice(link + 1) : [];
  const seated = SEAT_WORDS.has(last.lower) && organisation !== undefined && seatPlace(seatTokens, pack) === 'constituency';
  // ("X, the ODM governor nominee": a party's candidate for an office, its candidacy, not a membership to come.)
  const candidacy = !isOffice && !seated && tenseAfter(last.text.toLowerCase()) !== undefined;
  const role = readRole(leadsSomewhere ? 'member' : seated ? title.replace(/\S+$/, 'MP') : candidacy ? last.text : title, organisation, tense);
  if (!role) return;
  context.apposition = role;
  if ((!isOffice && !seated) || leadsSomewhere) context.membership = true;
  // ("SHP Deputy Party Leader X, a nominated senator,": the README's nominated seat, held now.)
  else if (head.length === 2 && head[0]?.lower === 'nominated' && /^(?:senator|mp|mca)$/.test(last.lower)) context.nominatedSeat = true;
}

/**
 * The tie a standing in an apposition states: "the JDC candidate" a candidacy, "a TMDP sympathiser" an alliance, "a
 * UDA member until 2021" a membership the words after it ended, any other a membership.
 */
export function standingIn(apposition: RoleCue, context: Context): string {
  if (apposition.title === 'Candidate') return 'candidate';
  if (SYMPATHY.includes(apposition.title.toLowerCase())) return 'ally';
  // ("X, a former ODM member,", "an ex-UDA stalwart": a standing that is over is the party left, as "was a member until 2022".)
  return context.membershipEnded || apposition.tense === 'former' ? 'left' : 'member';
}

/** A party glued to a word of how the holder stands with it, read by tie-named: "UDA-backed", "Jubilee-friendly". */
// ("a UDA-allied independent MP": "-allied" too, or "independent MP" would be an office held in the party.)
const GLUED = /^\p{Lu}[\p{L}\p{N}-]*-(?:backed|sponsored|supported|friendly|inclined|sympathetic|leaning|allied|affiliated|aligned)$/u;

/** "Jubilee-era", "Moi-era": a time named by its government. */
const ERA = /^\p{Lu}[\p{L}\p{N}-]*-era$/u;

/** "a pro-ODM independent MP", "the anti-UDA legislator": a leaning written before the title is no word of it. */
const LEANING = /^(?:pro|anti)-/i;

/** Words for a party's standing, written in lower case before its name: "the ruling P", "the main opposition P". */
const STANDING = /^(?:ruling|governing|main|opposition)$/;

/** Seats held for a place: "MCA for Kondele", "MP for Kapseret". */
const SEATS = /^(?:mp|mca|senator|representative|rep|legislator|lawmaker)$/;

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
