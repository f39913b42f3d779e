/**
 * Corrections: "an earlier version of this article wrongly stated that X is a
 * member of UDA", "this story previously said X was elected on an ODM ticket".
 * What such a sentence reports after its cue is the claim it withdraws, so
 * the ties and offices read there are no facts: only the title the correction
 * names the person by stays.
 */
import type { Mention, RoleCue } from '../../types';
import type { SentenceMentions } from '../sentence-view';

const CLAIM_VERBS = String.raw`(?:stated|said|reported|described|indicated|suggested|claimed|identified|named|listed|referred\s+to)`;
/** The words that open a withdrawn claim; it runs to the end of the sentence. */
const RETRACTS = new RegExp(
  String.raw`\b(?:(?:wrongly|incorrectly|erroneously|mistakenly|falsely)\s+${CLAIM_VERBS}|(?:previously|earlier)\s+${CLAIM_VERBS}|misidentified|misreported|misnamed|an\s+earlier\s+version\s+of\s+(?:this|the)\s+(?:article|story|report)\s+(?:also\s+)?${CLAIM_VERBS})\b`,
  'iu',
);

/** Drops the ties and the later-read offices of the people a correction's withdrawn claim names. */
export function withdrawRetracted(sentences: SentenceMentions[], ownRoles: ReadonlyMap<Mention, RoleCue[]>): void {
  for (const { text, start, mentions } of sentences) {
    const cue = RETRACTS.exec(text);
    if (!cue) continue;
    const from = cue.index + cue[0].length;
    for (const mention of mentions) {
      const at = mention.offset - start;
      if (mention.kind === 'party' || at < from) continue;
      delete mention.ties;
      // "previously said Speaker X was …": the title before the name is how the correction names X, not the claim.
      const naming = text.slice(from, at).toLowerCase();
      const kept = (ownRoles.get(mention) ?? []).filter((role) => naming.includes((role.title.split(/\s+/).pop() ?? '').toLowerCase()));
      const [first, ...rest] = kept;
      if (first) mention.role = first;
      else delete mention.role;
      if (rest.length > 0) mention.roles = rest;
      else delete mention.roles;
    }
  }
}

/** The roles each mention has before the article's sentences are read for more: the ones its own words state. */
export function rolesAsRead(mentions: Mention[]): Map<Mention, RoleCue[]> {
  return new Map(mentions.map((mention) => [mention, [...(mention.role ? [mention.role] : []), ...(mention.roles ?? [])]]));
}
