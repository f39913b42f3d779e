/**
 * A party told by a pronoun's possessive: "BUP boss X said her party would not
 * carry anybody's handbag. Her acting chairman, Y, accompanied her." "Her"
 * stands for the one person of the sentence before (as a stand-in does), and
 * "her (party's) chairman" is the chairman of that person's one party now. The
 * sentence is read again with the party's name in the possessive's place ("The
 * BUP's acting chairman, Y, …"); the offices that reading gives the people it
 * names in that party are theirs, with the sentence that ties the person to the
 * party, the one before and this one as the evidence.
 */
import type { Mention, TieCue } from '../../types';
import type { SentenceMentions } from '../sentence-view';
import { isTitleWordText } from '../quotes/speaker-titles';
import { resolveStandIn, speaksOfUnnamed } from '../offices/stand-ins';
import { rolesOf, stateRole, type KnownSoFar, type Reread } from '../offices/stand-in-facts';
import { addTie } from '../tie-facts';

/** "Her acting chairman, X,", "His party's national chairman, Dr X,": a possessive, then an office, then the holder's name. */
const POSSESSIVE_OFFICE = /^(His|Her)\s+(?:party['’]s\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s*,\s*(?=(?:(?:Dr|Prof|Hon|Mr|Mrs|Ms|Eng|CPA)\.?\s+)?\p{Lu})/u;

/** Ties that say which party a person is in now. */
const IN_PARTY = (tie: TieCue) => !tie.tense && !['left', 'candidate', 'ally'].includes(tie.relation);

/** Reads "Her (party's) T, X," of the party of the one person the sentence before names. */
export function readPossessiveParty(sentence: SentenceMentions, before: SentenceMentions, known: KnownSoFar, reread: Reread): void {
  const opening = POSSESSIVE_OFFICE.exec(sentence.text);
  if (!opening || !(opening[2] as string).split(/\s+/).every(isTitleWordText) || before.paragraph !== sentence.paragraph || speaksOfUnnamed(before.text)) return;
  const sex = opening[1] === 'His' ? 'm' : 'f';
  const person = resolveStandIn({ written: opening[1] as string, at: 0, kind: 'pronoun', sex, describing: [], title: '' }, before.mentions.filter((one) => !one.quoted && (one.kind === 'person' || (one.kind === 'word' && known.tiesOf(one).length > 0))), known);
  const tied = person ? known.tiesOf(person).flatMap((mention) => (mention.ties ?? []).filter(IN_PARTY).map((tie) => ({ tie, mention }))) : [];
  // ("Kenya Mashinani Forum (joined)" and "KMF (leader)": one party, written in full and by its initials; the initials, a
  // form the sentence before most often names it by too, are read back most surely.)
  const parties = new Set(tied.map(({ tie }) => initials(tie.party)));
  const first = [...tied].sort((a, b) => a.tie.party.length - b.tie.party.length)[0];
  if (!person || parties.size !== 1 || !first) return;
  const party = first.tie.party;
  // ("Her party's chairman" and "Her chairman" alike: the party's chairman.)
  const written = /^(?:His|Her)\s+(?:party['’]s\s+)?/u.exec(sentence.text)?.[0] ?? '';
  const rewritten = `The ${party}’s ${sentence.text.slice(written.length)}`;
  const shift = rewritten.length - sentence.text.length;
  const mentions = reread(`${before.text} ${rewritten}`);
  const statedIn = [...new Set([first.mention.place.sentence, before.text, sentence.text])].join(' ');
  for (const holder of sentence.mentions.filter((one) => one.kind === 'person' && !one.quoted)) {
    const at = before.text.length + 1 + holder.offset - sentence.start + shift;
    const read = mentions.find((one) => one.offset === at && one.name === holder.name);
    for (const role of read ? rolesOf(read) : []) if (role.organisation === party) stateRole(holder, { ...role, statedIn });
    for (const tie of read?.ties ?? []) if (tie.party === party) addTie(holder, { ...tie, statedIn });
  }
}

/** A party's initials, or its acronym as written: "Kenya Mashinani Forum" → "KMF". */
function initials(party: string): string {
  return /\s/.test(party) ? party.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('') : party;
}
