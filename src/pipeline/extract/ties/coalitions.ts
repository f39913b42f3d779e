/**
 * Finds sentences that say a party belongs to a coalition: "ANC and Ford
 * Kenya, both members of Kenya Kwanza" / "the Sauti Moja Coalition, which
 * brings together UPA, NRC and PUP". Only these plain statements count: talk
 * of joining, or of leaving, is not membership.
 */
import type { CoalitionCue, Mention } from '../../types';

/** Words between members and their coalition: "X is a member of Y". */
const MEMBER_OF = /\b(?:members? of|affiliated (?:to|with)|affiliates? (?:of|in)|part of|constituents? of|constituent (?:party|parties) (?:of|in)|partners? in)\s+(?:the\s+)?$/i;
/** What may stand between two members of one list: "UPA, NRC and the PUP", "UPA (…) and NRC". */
const LIST_GAP = /^\s*(?:\([^()]{1,12}\))?\s*(?:,|and|&|,\s*and)?\s*(?:the\s+)?$/i;
/** Words between a coalition and its members: "Y, which brings together A, B and C". */
const MADE_OF = /\b(?:brings together|bringing together|comprises|comprising|is made up of|made up of|consists of|consisting of|whose members are|whose affiliates are|affiliates such as|member parties)\b/i;
/** Statements that are not membership. */
const NOT_MEMBERSHIP = /\b(?:join|joins|joined|joining|quit|quits|quitting|left|leave|leaving|exit|exited|ditch|ditched|decamp|decamped|not|never|talks|plans?|considering|mulling)\b/i;

/** Coalition statements in one sentence, given the party mentions found in it (in order). */
export function findCoalitions(sentence: string, sentenceStart: number, parties: Mention[]): Omit<CoalitionCue, 'place'>[] {
  if (parties.length < 2 || parties.length > 8) return [];
  const at = (mention: Mention) => mention.offset - sentenceStart;
  const cues: Omit<CoalitionCue, 'place'>[] = [];

  const end = (mention: Mention) => at(mention) + mention.surface.length;
  /** The members listed right before `index`: the nearest party, and those joined to it by commas and "and". */
  const listBefore = (index: number): Mention[] => {
    const list = [parties[index - 1] as Mention];
    for (let previous = index - 2; previous >= 0; previous--) {
      const gap = sentence.slice(end(parties[previous] as Mention), at(list[0] as Mention));
      if (!LIST_GAP.test(gap)) break;
      list.unshift(parties[previous] as Mention);
    }
    return list;
  };
  /** The members listed from `index` on. */
  const listFrom = (index: number): Mention[] => {
    const list = [parties[index] as Mention];
    for (let next = index + 1; next < parties.length; next++) {
      const gap = sentence.slice(end(list[list.length - 1] as Mention), at(parties[next] as Mention));
      if (!LIST_GAP.test(gap)) break;
      list.push(parties[next] as Mention);
    }
    return list;
  };
  const cue = (member: Mention, coalition: Mention) => {
    if (member.name !== coalition.name) cues.push({ party: member.name, coalition: coalition.name });
  };

  for (const [index, coalition] of parties.entries()) {
    if (index === 0) continue;
    const members = listBefore(index);
    const claim = sentence.slice(at(members[0] as Mention), at(coalition));
    if (MEMBER_OF.test(sentence.slice(0, at(coalition))) && !NOT_MEMBERSHIP.test(claim)) {
      for (const member of members) cue(member, coalition);
      return cues;
    }
  }
  for (const [index, coalition] of parties.entries()) {
    const next = parties[index + 1];
    if (!next) break;
    const between = sentence.slice(end(coalition), at(next));
    if (MADE_OF.test(between) && !NOT_MEMBERSHIP.test(between)) {
      for (const member of listFrom(index + 1)) cue(member, coalition);
      return cues;
    }
  }
  return cues;
}
