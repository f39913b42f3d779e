/**
 * Offices in newsroom words: "the Treasury boss", "the TDF boss" for the head
 * of the body named, "the Treasury mandarin" for its Principal Secretary.
 * No profile writes such a word, so only the sentence before settles it: the
 * one person it names who holds that office in that body now.
 */
import type { Mention, QuoteCue, RoleCue } from '../../types';
import { nearOf, rolesByPerson, settle } from './anaphora';
import { distinct, keyOf, officeKey } from './speaker-titles';

/** "Treasury boss", "TDF chief", "Treasury mandarin": the body's words, then the newsroom's word for its officer. */
const NEWSROOM_TITLE = /^((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(boss|chief|supremo|mandarin|technocrat)$/u;
/** The offices that head a body: a boss is its Cabinet Secretary, leader, governor or chair; not a deputy's. */
const HEADS = new Set(['cabinet secretary', 'party leader', 'leader', 'governor', 'chair', 'national chair', 'chief executive', 'director-general', 'managing director']);
/** A mandarin is the body's senior civil servant. */
const MANDARINS = new Set(['principal secretary', 'permanent secretary']);

/** Gives each quote attributed by a newsroom title to the one person of the sentence before who holds that office now. */
export function settleNewsroomTitles(quotes: QuoteCue[], mentions: Mention[], partyKey: (name: string) => string): void {
  let roles: Map<string, RoleCue[]> | undefined;
  for (const quote of quotes) {
    if (quote.speaker || !quote.speakerRole) continue;
    const written = NEWSROOM_TITLE.exec(quote.speakerRole);
    if (!written) continue;
    const body = (written[1] as string).trim();
    const offices = /^(?:mandarin|technocrat)$/.test(written[2] as string) ? MANDARINS : HEADS;
    roles ??= rolesByPerson(mentions.filter((mention) => mention.kind !== 'party'));
    const holds = (role: RoleCue) => !role.tense && offices.has(officeKey(role.title)) && role.organisation !== undefined && ofBody(role.organisation, body, partyKey);
    const holders = distinct(nearOf(quote)).filter((person) => (roles?.get(keyOf(person)) ?? []).some(holds));
    if (holders.length !== 1) continue;
    settle(quote, holders[0] as Mention);
  }
}

/** Whether an organisation is the body the words name: "National Treasury" for "Treasury", "Tuungane Democratic Front" for "TDF". */
function ofBody(organisation: string, body: string, partyKey: (name: string) => string): boolean {
  const words = organisation.toLowerCase().split(/\s+/);
  return body.toLowerCase().split(/\s+/).every((word) => words.includes(word)) || partyKey(organisation) === partyKey(body);
}
