/**
 * The people a sentence lists as seeking one office: "The aspirants for the
 * Garissa governorship are A (UDA), B (ODM) and C", "The IEBC cleared X, Y and
 * Z to contest the Lari seat", "the PUP-K candidate, X," in a sentence about
 * one by-election. Each is returned with the seat as an aspiring role.
 */
import type { Mention, RoleCue } from '../../types';
import { seat } from './by-elections';
import { sought } from './sought-offices';

/** A person and the office the sentence says they seek. */
export type Sought = [Mention, RoleCue];

/**
 * "The aspirants for the Garissa governorship so far are A (UDA), B (ODM) and
 * C (KDA)": each name of the list, with only brackets, commas and "and" between.
 */
export function listedAspirants(text: string, start: number, mentions: Mention[], wards: ReadonlySet<string>): Sought[] {
  const found: Sought[] = [];
  if (!/aspirants|candidates|contenders|hopefuls/.test(text)) return found;
  const listed = ASPIRANTS_ARE.exec(text);
  const role = listed ? sought(listed[1] as string, wards) : undefined;
  if (!listed || !role) return found;
  let at = listed.index + listed[0].length;
  for (const person of mentions) {
    if (person.kind === 'party' || person.offset - start < at) continue;
    const gap = text.slice(at, person.offset - start);
    if (!/^(?:\s|,|and\b)*$/.test(gap) && !(listed[2] && /^(?:\s|,|and\b|former\b|\p{Lu}[\p{L}'’-]*)*$/u.test(gap))) return found;
    found.push([person, { ...role, tense: 'aspiring' }]);
    at = person.offset - start + person.surface.length;
    at += /^\s*\([^()]{1,12}\)/.exec(text.slice(at))?.[0].length ?? 0;
  }
  return found;
}

/**
 * "Two other governor aspirants, A and B, have written to the elders", "Wajir governor hopefuls A, B and C": a plural
 * of the office's aspirants, then its list; each name seeks that office (in the place before the office's word).
 */
export function pluralAspirants(text: string, start: number, mentions: Mention[]): Sought[] {
  const found: Sought[] = [];
  if (!/aspirants|hopefuls/.test(text)) return found;
  for (const plural of text.matchAll(PLURAL_ASPIRANTS)) {
    const title = SOUGHT_TITLE[(plural[2] as string).toLowerCase().replace(/\s+/g, ' ')] as string;
    const place = (plural[1] as string).replace(NOT_A_PLACE, '').trim();
    const role: RoleCue = { title, ...(place ? { organisation: place } : {}), tense: 'aspiring' };
    let at = (plural.index ?? 0) + plural[0].length;
    const listed: Mention[] = [];
    for (const person of mentions) {
      if (person.kind === 'party' || person.offset - start < at) continue;
      if (!(listed.length === 0 ? /^$/ : LIST_GAP).test(text.slice(at, person.offset - start))) break;
      listed.push(person);
      at = person.offset - start + person.surface.length;
    }
    // (A list of two or more, closed: "governor aspirants A and B's supporters" are someone else.)
    if (listed.length < 2 || /^['’]s?\s/.test(text.slice(at))) continue;
    for (const person of listed) found.push([person, role]);
  }
  return found;
}

/** "Two other governor aspirants, ", "Wajir gubernatorial hopefuls ": the office's word, its place before it. */
const PLURAL_ASPIRANTS = /((?:\p{Lu}[\p{L}'’-]*\s+){0,2}?)\b([Gg]overnor|[Gg]ubernatorial|[Gg]overnorship|[Ss]enate|[Ss]enatorial|[Pp]residential|[Pp]arliamentary|[Ww]oman\s+[Rr]ep)\s+(?:aspirants|hopefuls)\s*,?\s+/gu;
const SOUGHT_TITLE: Record<string, string> = {
  governor: 'Governor', gubernatorial: 'Governor', governorship: 'Governor', senate: 'Senator', senatorial: 'Senator',
  presidential: 'President', parliamentary: 'MP', 'woman rep': 'Woman Representative',
};
/** "The", "Two", "Other" before the office's word: no place. */
const NOT_A_PLACE = /^(?:(?:The|Two|Three|Four|Five|Six|Other|Several|Some|All|Both|Rival|Leading|Top)\s+)+/;
/** Between two names of the list: a comma or "and", and the next name's own title. */
const LIST_GAP = /^\s*(?:,|,?\s*and)\s+(?:(?:former|ex-|\p{Lu}[\p{L}.'’-]*)\s+){0,4}$/u;

// ("Other P aspirants for the Kisumu Central seat, among them former Deputy Governor X,": titles may stand before each name.)
const ASPIRANTS_ARE = /\b(?:aspirants|candidates|contenders|hopefuls)\s+(?:for|in)\s+(the\s+[^,.;:“”"]+?)(?:\s+(?:so\s+far\s+|now\s+|already\s+)?(?:are|include)\s+|\s*,\s*(among\s+them|including)\s+)/;

/**
 * "The IEBC cleared X (UDA), Y (DCP) and Z to contest the Lari seat", "P has
 * fronted former Speaker X for the Kitui Central by-election": each person
 * between the verb and the seat, with no other verb between, seeks it.
 */
export function contested(text: string, start: number, person: Mention, mentions: Mention[], wards: ReadonlySet<string>): RoleCue | undefined {
  const at = person.offset - start;
  const verb = [...text.slice(0, at).matchAll(/\b(?:fronted|cleared|nominated|picked|endorsed)\b/g)].pop();
  if (!verb || FRONTS.test(text.slice(0, at)) === false && !/^[^.;:“”"]*$/.test(text.slice(verb.index, at))) return undefined;
  const rest = text.slice(at + person.surface.length);
  // Only names, their brackets and titles, commas and "and" between the person and the seat.
  for (const match of rest.matchAll(CONTEST)) {
    const between = rest.slice(0, match.index);
    if (/[.;:“”"]/.test(between) || /\b(?:said|says|told|will|would|has|had|is|was|are|were)\b/.test(between.replace(/,\s*who\s[^,]*,?/g, ','))) return undefined;
    const others = mentions.filter((one) => one.kind === 'person' && one.offset - start > at && one.offset - start < at + person.surface.length + match.index);
    if (others.some((one) => !/^(?:[\s,()\p{Lu}\p{Ll}'’-]|and)*$/u.test(text.slice(at, one.offset - start)))) return undefined;
    return seat(rest.slice(match.index + match[0].length), wards);
  }
  return undefined;
}

/** "cleared X (UDA), Y (DCP) and Z to contest the Lari seat", "fronted X for the Kitui Central by-election". */
const CONTEST = /\b(?:to\s+(?:contest|vie\s+for|run\s+for)|for)\s+(?=the\s)/g;
const FRONTS = /\b(?:fronted|cleared|nominated|picked|endorsed)\s+$/;

/**
 * "Campaigns for the Kakrao ward by-election entered the final week with the
 * PUP-K candidate, X, …": a party's candidate in a sentence that names one
 * by-election seeks its seat.
 */
export function candidatesInByElection(text: string, start: number, mentions: Mention[], wards: ReadonlySet<string>): Sought[] {
  const found: Sought[] = [];
  const races = [...text.matchAll(BY_ELECTION)].map((match) => seat(match[0], wards)).filter((role): role is RoleCue => role !== undefined);
  const race = races[0];
  if (!race || races.some((one) => one.organisation !== race.organisation)) return found;
  for (const person of mentions) {
    if (person.kind !== 'person' || !(person.ties ?? []).some((tie) => tie.relation === 'candidate' && !tie.tense)) continue;
    // (Only "the P candidate, X": "X, who was nominated to the County Assembly by P" seeks no seat in the race.)
    if (!CANDIDATE_BEFORE.test(text.slice(0, person.offset - start))) continue;
    if ([person.role, ...(person.roles ?? [])].some((role) => role?.tense === 'aspiring')) continue;
    found.push([person, { ...race, tense: 'aspiring' }]);
  }
  return found;
}

const CANDIDATE_BEFORE = /\b(?:candidate|nominee|flag-?bearer|aspirant)\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/;

/** "the Kakrao ward by-election", "the fresh Khwisero by-election": a by-election named with its place. */
const BY_ELECTION = /\bthe\s+(?:(?:fresh|coming|upcoming|forthcoming|repeat)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:ward\s+)?(?:by-election|by\s+election)\b/gu;
