/**
 * Gold annotations for measuring the extractor: for each article (or a whole
 * corpus), the people and parties a careful reader finds, the names each goes
 * by, the trap names that must not become an entity, and (in the facts sets)
 * the roles, party ties and quotes the article states.
 */
import { parse } from 'yaml';
import type { Tense } from '../pipeline/types';

export interface GoldEntity {
  name: string;
  aliases: string[];
  acronym?: string | null;
  /** Named, but not a politician: finding it is neither required nor wrong. */
  optional: boolean;
}

/** A role the article states: "former Kisumu Deputy Governor" is {Deputy Governor, of Kisumu, former}. */
export interface GoldRole {
  person: string;
  title: string;
  of?: string;
  tense: Tense;
}

/** A tie to a party: leader | office (with its title) | member | candidate | left | joined | ally. */
export interface GoldTie {
  person: string;
  party: string;
  relation: string;
  title?: string;
}

/** A quote by its first words; `speaker` null when the text does not say who spoke. */
export interface GoldQuote {
  speaker: string | null;
  starts: string;
}

export interface Gold {
  people: GoldEntity[];
  parties: GoldEntity[];
  traps: string[];
  /** The facts, when the file annotates them (the facts sets do; the older sets do not). */
  facts?: { roles: GoldRole[]; ties: GoldTie[]; quotes: GoldQuote[] };
}

const TENSES: readonly Tense[] = ['current', 'former', 'incoming', 'acting', 'aspiring'];

/** Parses one gold file. */
export function parseGold(text: string): Gold {
  const raw = (parse(text) ?? {}) as {
    people?: Partial<GoldEntity>[];
    parties?: Partial<GoldEntity>[];
    traps?: unknown[];
    roles?: Record<string, unknown>[];
    ties?: Record<string, unknown>[];
    quotes?: Record<string, unknown>[];
  };
  const entity = (item: Partial<GoldEntity>): GoldEntity => ({
    name: String(item.name),
    aliases: (item.aliases ?? []).map(String),
    acronym: item.acronym ?? null,
    optional: item.optional === true,
  });
  return {
    people: (raw.people ?? []).map(entity),
    parties: (raw.parties ?? []).map(entity),
    traps: (raw.traps ?? []).map(String),
    ...(raw.roles || raw.ties || raw.quotes
      ? { facts: { roles: (raw.roles ?? []).map(goldRole), ties: (raw.ties ?? []).map(goldTie), quotes: (raw.quotes ?? []).map(goldQuote) } }
      : {}),
  };
}

const text = (value: unknown): string | undefined => (value === undefined || value === null || value === '' ? undefined : String(value));

function goldRole(item: Record<string, unknown>): GoldRole {
  const tense = String(item.tense ?? 'current').toLowerCase() as Tense;
  if (!TENSES.includes(tense)) throw new Error(`gold role of ${String(item.person)}: unknown tense “${tense}”`);
  const of = text(item.of ?? item.organisation);
  return { person: String(item.person), title: String(item.title), ...(of ? { of } : {}), tense };
}

function goldTie(item: Record<string, unknown>): GoldTie {
  const title = text(item.title);
  return { person: String(item.person), party: String(item.party), relation: String(item.relation ?? 'member').toLowerCase(), ...(title ? { title } : {}) };
}

function goldQuote(item: Record<string, unknown>): GoldQuote {
  return { speaker: text(item.speaker) ?? null, starts: String(item.starts) };
}
