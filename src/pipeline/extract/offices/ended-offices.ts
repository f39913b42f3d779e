/**
 * Offices the article says have ended, read once every role of the article is
 * known: a person who died ("who died in office", "to bury Senator X", "the
 * death of X") holds no office any more, whatever title stands before the
 * name; an officer "dismissed", "sacked", who "stepped down" or "resigned as"
 * an office, whose election a court nullified, or who "left office", no
 * longer holds that one (the last two: any elected seat).
 * Such roles become former wherever the article gives them in the present.
 */
import type { Mention, RoleCue, Tense } from '../../types';
import type { SentenceMentions } from '../sentence-view';
import { placed } from './incoming-offices';
import { readRole } from '../roles';
import { isTitleWordText, officeKey } from '../quotes/speaker-titles';

/** Capitalised words (titles, places) and "the late" that may stand between a cue and the name. */
const TITLED = String.raw`(?:the\s+)?(?:late\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}`;

/** "the death of Senator X", "to bury X", "the burial of the late MP X": a death told before the name. */
const DIED_BEFORE = new RegExp(String.raw`\b(?:(?:death|demise|passing|murder|killing|assassination|burial|funeral)\s+of|to\s+bury|buried|[Tt]he\s+late)\s+${TITLED}$`, 'u');
/** "X, who died in office", "X died on", "X, who passed away", "X's death": a death told after it. */
const DIED_AFTER = /^(?:\s*,\s*who\s+(?:had\s+)?|\s+(?:had\s+)?)(?:died|passed\s+away|succumbed\s+to\s+(?:his|her)\s+(?:injuries|wounds|illness)|was\s+(?:killed|murdered|shot\s+dead))\b|^['’]s?\s+(?:death|demise|burial|funeral)\b|^\s*,\s*who\s+[^,.;:“”"]{0,80}\buntil\s+(?:his|her)\s+death\b/u;

/** "X, was also dismissed", "its chairman, X, stepped down", "X resigned as Secretary-General": an office left; the office, if named. */
// ("who retired as Kilumbi Governor", "was voted out as Kilumbi MP": only with the office named, never "retired as a teacher".)
// (Not "resigned from UDA", "stepped down from the race": a party or a race left, the office kept; nor "was removed from
// the committee": "removed" ends the office only with none of its own after it, "was removed on Thursday after …".)
const LEFT_AFTER = /^\s*,?\s*(?:who\s+)?(?:(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?:(?:yesterday|today|on\s+\p{Lu}\p{Ll}+|last\s+(?:week|month|year))\s+)?(?:dismissed|sacked|fired|axed|removed\s+from\s+office|removed(?=\s+(?:as|on|after|following|by|in|last|this|yesterday|today)\b|\s*[,.;])|dropped\s+from\s+(?:the\s+)?(?:Cabinet|government)|relieved\s+of\s+(?:his|her)\s+(?:duties|post|position)|ousted|impeached\s+and\s+removed)|(?:has\s+|had\s+)?(?:also\s+)?(?:stepped\s+down|resigned|(?:retired|(?:was\s+)?voted\s+out|bowed\s+out)(?=\s+as\s+(?:the\s+)?\p{Lu}))(?!\s+(?:from|to|in\s+favour)\b))\b(?:\s+as\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*){1,5}|[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+of\s+the\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:on|of|and|for)\s+)*(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’-]*){0,6}))?/u;
/** ", the Interior Cabinet Secretary" before ", who": an apposition between the name and the clause about it. */
const APPOSITION = /^\s*,\s*(?:the|a|an)\s+[^,;.:“”"()]{1,60}(?=,\s*who\s)/u;
/** ", who was elected on a Ford-Kenya ticket," before "stepped down as": a clause about the name, then its verb. */
const WHO_CLAUSE = /^\s*,\s*who\s+[^,;.:“”"()]{1,80},(?=\s+(?:has\s+|had\s+)?(?:also\s+)?(?:stepped\s+down|resigned|was\s+(?:dismissed|sacked|removed))\b)/u;
/** "upheld the impeachment of Samburu Governor X", "sacked Lands CS X": an office taken away, told before the name. */
// (Not "dismissed Senator X as a liar", nor "fired back at X": those verbs take away nothing.)
// ("The President yesterday carried out a reshuffle, dropping Labour CS X and …": the act told as it was done.)
// ("The Senate voted to uphold the impeachment of Deputy Governor X", "MCAs voted to remove Speaker X": the vote told as
// taken. Not "voted to impeach": an assembly's impeachment is not yet a removal.)
// ("accepted the resignation of National Treasurer X": a resignation only when accepted; "has removed Moiben MP X as …": the
// office after "as". Not "called for the removal of Governor X", "demanded the sacking of …", "quashed the removal of …": an end
// only sought, or undone.)
const LEFT_BEFORE = new RegExp(String.raw`\b(?:(?:upheld|confirmed|voted\s+to\s+(?:uphold|confirm))\s+the\s+(?:impeachment|removal|dismissal|sacking|ouster)\s+of|voted\s+to\s+(?:remove|oust|sack)|accepted\s+the\s+resignation\s+of|sacked|ousted|axed|removed|dropped|dropping|sacking|firing|axing|ousting|removing|(?<!\b(?:for|demanded|demanding|demand|sought|seeking|seek|seeks|wants?|wanted|urged|push|pushed|pushing|quashed|overturned|reversed|aside|stayed|blocked|halted|suspended|nullified|annulled|challenged|challenging|opposed|opposing|against)\s+the\s+)(?:removal|dismissal|sacking|ouster)\s+of)\s+${TITLED}$`, 'u');
/** " as the party's Secretary-General", " as Secretary-General of the JPA": the one office a removal told before the name ends. */
const REMOVED_AS = /^\s+as\s+(?:the\s+)?(?:party['’]s\s+|its\s+)?((?:\p{Lu}[\p{L}'’-]*\s*){1,5}|[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?(?=[,.;]|\s+(?:of|and|after|on|in|for|by|until)\b))/u;
/** "The tribunal set aside the appointment of the party's Organising Secretary, X, as acting secretary-general": an office undone. */
const APPOINTMENT_UNDONE = /\b(?:set\s+aside|quashed|revoked|rescinded|nullified|annulled|overturned|cancelled|canceled|reversed)\s+the\s+(?:appointment|nomination|election)\s+of\s+[^.;:“”"]{0,80}?$/u;
/** After the name (and an apposition): " as acting secretary-general", the office the appointment gave. */
const APPOINTED_AS = /^(?:\s*,[^,;.“”"]{1,80},)?\s*,?\s+as\s+(?:the\s+)?(?:party['’]s\s+|its\s+)?(?:(?:acting|interim)\s+)?((?:\p{Lu}[\p{L}'’-]*\s*){1,5}|[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?(?=[,.;]|\s+(?:of|and|until|after|on|in|for|by)\b))/u;
/** "The court reinstated Deputy Governor X, who was removed from office in July", "X was reinstated": the removal undone. */
const REINSTATED_BEFORE = new RegExp(String.raw`\b(?:reinstated|reinstates|reinstating|restored|restores)\s+${TITLED}$`, 'u');
const REINSTATED_AFTER = /^(?:\s*,\s*who\s+|\s+)(?:was|has\s+been|had\s+been|is)\s+(?:\p{Ll}+\s+)?(?:reinstated|restored\s+to\s+office)\b/u;
/** "Out are Agriculture CS X and Tourism CS Y": a reshuffle's list of those dropped, each titled name of it. */
const OUT_LIST = new RegExp(String.raw`^\s*(?:Out|Dropped|Axed)\s+(?:are|is|were|was|go|goes)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,8}(?:,\s*(?:and\s+)?|and\s+))*${TITLED}$`, 'u');

/** "Kitui Governor X, whose term ended in 2022,": every office the sentence gives the person is over. */
const TERM_ENDED = /^\s*,\s*whose\s+(?:(?:first|second|last|final)\s+)?(?:term|tenure)\s+(?:(?:in\s+office|as\s+\p{Lu}[\p{L}'’-]*)\s+)?(?:ended|expired|ran\s+out|came\s+to\s+an\s+end)\b/u;

/** "X, who left office in 2022", "X left office last year": whatever seat the person held is over. */
const LEFT_OFFICE_AFTER = /^(?:\s*,\s*who\s+|\s+)(?:had\s+|has\s+)?(?:since\s+)?left\s+office\b/u;

/**
 * "Kesses MP X, who lost his seat in 2022,", "X lost her seat to a newcomer", "Embu Senator X, who lost his re-election
 * bid in 2022,", "who was voted out in 2022": the elected seat the person held is over.
 * (Only "his/her seat": "lost the seat", "lost the Senate seat" may be a race for a seat never held. Not a seat won back:
 * "lost his seat in 2017 but regained it in 2022", nor one followed by another won ("… in 2017, won the governorship in
 * 2022"): the title held now may be the second's; nor a seat on a body, "lost his seat on the Budget committee".)
 */
const LOST_SEAT_AFTER = /^(?:\s*,\s*(?:the|a|an)\s+[^,;.:“”"()]{1,60},)?(?:\s*,\s*who\s+|\s+)(?:had\s+|has\s+)?(?:since\s+)?(?:lost\s+(?:his|her)\s+seat\b(?!\s+(?:on|at|as|in\s+the\s+(?:Cabinet|committee|board|council|commission|team)\b))|lost\s+(?:his|her)\s+(?:re-?election(?:\s+bid)?|bid\s+for\s+(?:re-?election|a\s+second\s+term))\b|was\s+voted\s+out\b)(?![^.;]*\b(?:regain|reclaim|won|win|recapture|comeback|re-elected|reelected|elected|returned|bounced\s+back)\w*)/u;

/**
 * "Nandi Senator X retired from politics in 2022", "Kirinyaga Governor X served two terms before retiring", "X, who
 * retired in 2022,": the elected seat the person held is over. (Not a career retired from that is not the seat's:
 * "retired from the army", "retired as a teacher", nor "will retire", "plans to retire": only the retirement told as done.)
 */
const RETIRED_AFTER =
  /^(?:\s*,\s*(?:the|a|an)\s+[^,;.:“”"()]{1,60},)?(?:\s*,\s*who\s+|\s*,?\s+)(?:had\s+|has\s+)?(?:since\s+)?(?:retired\s+(?:from\s+(?:active\s+|elective\s+|competitive\s+|national\s+)?(?:politics|public\s+life)\b|(?:in\s+\d{4}|last\s+year|at\s+the\s+(?:\d{4}\s+)?(?:general\s+)?(?:election|polls))\b)|served\s+(?:(?:one|two|three|four|five|a\s+single|\d+)\s+)?(?:full\s+)?(?:terms?|years)\s+(?:in\s+office\s+)?before\s+(?:retiring|bowing\s+out|quitting\s+politics)\b)/u;

/** "the nullification of Governor X's election", "X, whose election was nullified": the elected seat ended. */
const ANNULLED_BEFORE = new RegExp(String.raw`\b(?:nullification|annulment|nullified|annulled|overturned)\s+(?:of\s+)?${TITLED}$`, 'u');
const OWN_ELECTION = /^['’]s?\s+election\b/u;
const ANNULLED_AFTER = /^(?:\s*,\s*whose|['’]s?)\s+election\s+(?:was|has\s+been|had\s+been)\s+(?:\p{Ll}+\s+)?(?:nullified|annulled|overturned|quashed)\b/u;

const ELECTED = new Set(['governor', 'deputy governor', 'senator', 'mp', 'mca', 'woman representative']);

/**
 * A word that every expression above needs (case-blind, so that it finds more, never less): a sentence without one
 * tells no death, no office left or taken away, no election annulled and no reinstatement.
 */
const MAY_TELL_AN_END =
  /death|demise|pass|murder|kill|assassination|burial|funeral|bury|buried|\bthe\s+late\b|died|succumbed|shot\s+dead|dismiss|sack|fired|firing|axed|axing|removed|removing|removal|remove\b|oust\b|dropped|dropping|relieved|ouste|ousting|impeach|stepped|resign|retired|retiring|quitting\s+politics|voted\s+out|bowed\s+out|nullif|annul|overturned|quashed|revoked|rescinded|cancel|reversed|aside|left\s+office|lost\s+(?:his|her)\s+(?:seat|re-?election|bid\s+for)|ended|expired|ran\s+out|came\s+to\s+an\s+end|reinstat|restor|^\s*(?:out|dropped|axed)\b/i;

/** What the article says ended for one person: every office (a death), or some by title. */
interface Ended {
  died: boolean;
  /** Office keys (`officeKey`) of the titles left. */
  titles: Set<string>;
  elected: boolean;
  /** A court or a body gave the office back: what the article says was taken away is held again. */
  reinstated?: boolean;
}

/** Makes former the present roles (and office ties) of offices the article says ended; drops seats a dead person "seeks". */
export function dateEndedOffices(sentences: SentenceMentions[]): void {
  const ended = new Map<string, Ended>();
  for (const sentence of sentences) {
    // (Most sentences tell no end: the expressions of `readEnd` are not tried on them, once per person.)
    if (!MAY_TELL_AN_END.test(sentence.text)) continue;
    for (const mention of sentence.mentions) if (mention.kind !== 'party' && !mention.quoted) readEnd(sentence, mention, ended);
  }
  if (ended.size === 0) return;
  const people = sentences.flatMap((sentence) => sentence.mentions.filter((mention) => mention.kind !== 'party'));
  giveBack(ended, people);
  for (const mention of people) {
    const end = endOf(mention, ended, people);
    if (end) applyEnd(mention, end);
  }
}

function readEnd(sentence: SentenceMentions, mention: Mention, ended: Map<string, Ended>): void {
  const at = mention.offset - sentence.start;
  const before = sentence.text.slice(0, at);
  const after = sentence.text.slice(at + mention.surface.length);
  const possessive = /^['’]s?\s/u.test(after);
  const end = (): Ended => {
    let found = ended.get(mention.name);
    if (!found) ended.set(mention.name, (found = { died: false, titles: new Set(), elected: false }));
    return found;
  };
  // ("the death of X's mother": the possessive's owner is not the one who died.)
  if ((DIED_BEFORE.test(before) && !possessive) || DIED_AFTER.test(after)) end().died = true;
  // ("X, the Interior Cabinet Secretary, who was dropped from the Cabinet": the apposition names the office the clause ends.)
  const clause = APPOSITION.exec(after) ? undefined : WHO_CLAUSE.exec(after)?.[0];
  const apposition = APPOSITION.exec(after)?.[0] ?? clause ?? '';
  const places = new Set(rolesOf(mention).map((role) => role.organisation));
  const own = apposition && !sentence.mentions.some((one) => one !== mention && one.kind !== 'party' && !places.has(one.name) && one.offset > mention.offset && one.offset - sentence.start < at + mention.surface.length + apposition.length) ? apposition : '';
  const written = LEFT_AFTER.exec(after.slice(own.length));
  // ("X, who was seeking the post of chairman, stepped down to back Y": past a clause, only an office the verb names ends.)
  const removed = (LEFT_BEFORE.test(before) || OUT_LIST.test(before)) && !possessive;
  // ("removed Moiben MP X as the party's Secretary-General": the seat before the name is still held; the office after "as" ends.)
  const removedAs = removed ? REMOVED_AS.exec(after) : null;
  const left = (written && !(clause && own && !written[1]) ? written : null) ?? (removedAs ? (['', removedAs[1]] as unknown as RegExpExecArray) : removed ? ([''] as unknown as RegExpExecArray) : null);
  if (left) {
    // "resigned as Secretary-General": that office; otherwise the office the sentence gives the person.
    const named = left[1] ? office(left[1].trim()) : undefined;
    // (An office written after "as" that reads as none ends no other office of the person's.)
    const titles = named ? [named] : left[1] ? [] : rolesOf(mention).filter((role) => !role.tense);
    for (const role of titles) end().titles.add(officeKey(role.title));
    // ("who resigned as chairperson of the Settlement Fund Trustees", "who retired as Governor in 2022", "who stepped down as
    // Speaker last year": an office the text names only as left is a former one, its place where the words give one.)
    if (named && !rolesOf(mention).some((role) => officeKey(role.title) === officeKey(named.title))) {
      if (mention.role) mention.roles = [...(mention.roles ?? []), { ...named, tense: 'former' }];
      else mention.role = { ...named, tense: 'former' };
    }
  }
  if (TERM_ENDED.test(after)) for (const role of rolesOf(mention).filter((one) => !one.tense)) end().titles.add(officeKey(role.title));
  const undone = APPOINTMENT_UNDONE.test(before) ? APPOINTED_AS.exec(after) : null;
  const undoneOffice = undone ? office((undone[1] as string).trim()) : undefined;
  if (undoneOffice) end().titles.add(officeKey(undoneOffice.title));
  if ((ANNULLED_BEFORE.test(before) && OWN_ELECTION.test(after)) || ANNULLED_AFTER.test(after) || LEFT_OFFICE_AFTER.test(after) || LOST_SEAT_AFTER.test(after) || RETIRED_AFTER.test(after)) end().elected = true;
  if ((REINSTATED_BEFORE.test(before) && !possessive) || REINSTATED_AFTER.test(after)) end().reinstated = true;
}

/** "X was removed in July. … Jillo was reinstated": an office given back under one form of the name is given back under all. */
function giveBack(ended: Map<string, Ended>, people: Mention[]): void {
  for (const [name, end] of ended) {
    if (!end.reinstated) continue;
    const surname = lastWord(name);
    const full = new Set(people.filter((one) => one.name.includes(' ') && lastWord(one.name) === surname).map((one) => one.name));
    if (full.size !== 1) continue;
    const whole = [...full][0] as string;
    for (const [other, form] of ended) if (other === whole || other === surname) form.reinstated = true;
  }
}

/** What ended for the person a mention names: by the full name, or by the surname alone of one full name. */
function endOf(mention: Mention, ended: Map<string, Ended>, people: Mention[]): Ended | undefined {
  const own = ended.get(mention.name);
  if (own) return own;
  const surname = lastWord(mention.name);
  // "Amagove" for "Chagala Mulinya Amagove", but not for another full name that shares the surname.
  if (mention.name.includes(' ')) {
    const short = ended.get(surname);
    const others = new Set(people.filter((one) => one.name.includes(' ') && lastWord(one.name) === surname).map((one) => one.name));
    return short && others.size === 1 ? short : undefined;
  }
  const full = [...ended.keys()].filter((name) => name.includes(' ') && lastWord(name) === surname);
  return full.length === 1 ? ended.get(full[0] as string) : undefined;
}

function applyEnd(mention: Mention, end: Ended): void {
  if (end.reinstated && !end.died) return;
  const ends = (role: RoleCue) =>
    end.died || end.titles.has(officeKey(role.title)) || (end.elected && ELECTED.has(role.title.toLowerCase()));
  const date = (role: RoleCue): RoleCue | undefined => {
    if (!ends(role)) return role;
    // A dead person seeks and awaits nothing.
    if (end.died && (role.tense === 'aspiring' || role.tense === 'incoming')) return undefined;
    return !role.tense || role.tense === 'acting' ? { ...role, tense: 'former' } : role;
  };
  const roles = rolesOf(mention).map(date).filter((role): role is RoleCue => role !== undefined);
  const [first, ...rest] = roles;
  if (first) mention.role = first;
  else delete mention.role;
  if (rest.length > 0) mention.roles = rest;
  else delete mention.roles;
  for (const tie of mention.ties ?? []) {
    // (A dead person's candidacy is over, as their seat sought is dropped; a membership is the party's to speak of.)
    if (end.died && tie.relation === 'candidate' && !tie.tense) tie.tense = 'former' satisfies Tense;
    if (STANDINGS.has(tie.relation) || tie.tense) continue;
    if (end.died || end.titles.has(officeKey(tie.relation === 'leader' ? 'Party Leader' : tie.relation))) tie.tense = 'former' satisfies Tense;
  }
}

/** Ties that are no office: a membership, a candidacy, a move, an alliance. */
const STANDINGS = new Set(['member', 'candidate', 'left', 'joined', 'ally']);

/** "Secretary-General", "chairperson of the Settlement Fund Trustees": an office as written after "resigned as". */
function office(written: string): RoleCue | undefined {
  const scoped = /^(.+?)\s+of\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:on|of|and|for)\s+)*(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’-]*){0,6})$/u.exec(written);
  const role = scoped ? readRole(scoped[1] as string, (scoped[2] as string).trim()) : readRole(written);
  // ("resigned as Lands CS": the portfolio before the title is the office's.)
  return role && isTitleWordText(role.title.split(/\s+/).pop() ?? '') ? placed(role) : undefined;
}

function rolesOf(mention: Mention): RoleCue[] {
  return [...(mention.role ? [mention.role] : []), ...(mention.roles ?? [])];
}

function lastWord(name: string): string {
  return name.split(/\s+/).pop() ?? name;
}
