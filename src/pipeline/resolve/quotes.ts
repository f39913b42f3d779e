/**
 * Gives each quote to its speaker, only when the text settles who spoke: the
 * attribution names a person (or a title only one person holds), and the
 * evidence check finds that person named in the quote's sentence or the one
 * before. Any other quote stays unattributed: it reaches no profile, and goes
 * to the review page with the people it could be.
 */
import type { ArticleExtraction, Entity, Evidence, Mention, Quote, QuoteCue } from '../types';
import { attributionText, attributionWords, PRONOUN_OR_TITLE, quoteAttributed, unquoted } from './evidence-check';
import { formsOf, namesAny } from './named-in';
import type { ReviewNote } from './people';
import { factFor } from './kept-facts';
import { titleAttributed, titleBefore } from './title-quotes';

/** A quote no profile shows: who could have said it, as far as the text tells. */
export interface UnattributedQuote {
  text: string;
  evidence: Evidence;
  /** Names of the people it could be, most likely first; empty when the text names no one ("a party official said"). */
  candidates: string[];
}

export interface QuoteAttribution {
  unattributed: UnattributedQuote[];
  /** One note per unattributed quote that has candidates: something an editor can settle. */
  review: ReviewNote[];
}

/** What became of one article's quotes, by their index: given to that quote's speaker, or left open with the names it could be. */
export type QuoteDecision = { quote: number; said: true } | { quote: number; said: false; candidates: string[] };

/**
 * One article's quotes as `attachQuotes` settles them: each quote's speaker,
 * as a position in the article's pool of people (its own, then the role
 * holders its quotes ask for), and the decisions.
 */
export interface ArticleQuotes {
  speakers: (number | undefined)[];
  decisions: QuoteDecision[];
}

/**
 * Remembers an article's quotes between resolves: given the article, the
 * inputs its decisions read of the people (what they read of each person of
 * its pool, see `readOf`; then, per quote that names its speaker by a title
 * only, the pool's one holder of it or -1) and a way to decide, returns what
 * was decided. The default decides every time.
 */
export type DecisionMemo = (extraction: ArticleExtraction, inputs: readonly unknown[], decide: () => ArticleQuotes) => ArticleQuotes;

const decideAlways: DecisionMemo = (_extraction, _inputs, decide) => decide();

export interface QuoteOptions {
  memo?: DecisionMemo;
  /**
   * What the decisions of the article `source` read of a person (its names, its roles' titles, its roles
   * in the article and its mentions there), as items that stay the same by `===` while that does:
   * resolve's memo hands out copies of kept people. Default: the person itself, which no memo can
   * recognise from one run to the next.
   */
  readOf?: (entity: Entity, source: string) => readonly unknown[];
}

/** Attaches every certain quote to its speaker's entity; returns the rest. */
export function attachQuotes(extractions: ArticleExtraction[], people: { entity: Entity; mentions: Mention[] }[], { memo = decideAlways, readOf = (entity) => [entity] }: QuoteOptions = {}): QuoteAttribution {
  // Only who names each article is indexed for the whole corpus; where they stand, only for an article decided again.
  const peopleIn = new Map<string, Entity[]>();
  for (const { entity } of people) {
    for (const source of entity.mentions.keys()) {
      const list = peopleIn.get(source);
      if (list) list.push(entity);
      else peopleIn.set(source, [entity]);
    }
  }
  const holders = roleHolders(people.map((person) => person.entity));
  const formsCache = new Map<Entity, string[]>();
  const forms = (entity: Entity) => {
    let known = formsCache.get(entity);
    if (!known) formsCache.set(entity, (known = formsOf(entity)));
    return known;
  };
  const known = new Map<Entity, Set<string>>();
  const unattributed: UnattributedQuote[] = [];
  const review: ReviewNote[] = [];
  for (const extraction of extractions) {
    const { article, quotes } = extraction;
    if (quotes.length === 0) continue;
    const here = peopleIn.get(article.source) ?? [];
    // "said the former prime minister": who else in the corpus holds a title a quote names its speaker by decides it too,
    // when one person alone does (`personWithRole`); that one joins the pool, or the inputs say there was none.
    const pool = [...here];
    const alone: number[] = [];
    for (const quote of quotes) {
      if (quote.speaker || !quote.speakerRole) continue;
      const holding = holders(quote.speakerRole);
      const one = holding.length === 1 ? (holding[0] as Entity) : undefined;
      if (one && !pool.includes(one)) pool.push(one);
      alone.push(one ? pool.indexOf(one) : -1);
    }
    // One list, grown in place: thousands of articles' quotes are looked up on every run of the dev server.
    const inputs: unknown[] = [];
    for (const person of pool) for (const item of readOf(person, article.source)) inputs.push(item);
    for (const one of alone) inputs.push(one);
    const settled = memo(extraction, inputs, () => {
      const speakerAt = placesIn(article.source, here);
      const speakers = quotes.map((quote) => speakerOf(quote, here, speakerAt, holders));
      return {
        speakers: speakers.map((speaker) => (speaker ? pool.indexOf(speaker) : undefined)),
        decisions: decideQuotes(extraction, here, speakers, speakerAt, forms),
      };
    });
    const outcome = outcomeOf(settled, quotes, article.source);
    for (const { at, fact } of outcome.said) {
      const speaker = at === undefined ? undefined : pool[at];
      if (!speaker) continue;
      const texts = known.get(speaker) ?? new Set(speaker.quotes.map((said) => said.text));
      known.set(speaker, texts);
      if (!texts.has(fact.text)) {
        texts.add(fact.text);
        speaker.quotes.push(fact);
      }
    }
    unattributed.push(...outcome.unattributed);
    review.push(...outcome.review);
  }
  return { unattributed, review };
}

/** What one article's settled quotes give: facts for speakers (by their place in the pool), and the quotes left open with their notes. */
interface Outcome {
  said: { at: number | undefined; fact: Quote }[];
  unattributed: UnattributedQuote[];
  review: ReviewNote[];
}

/**
 * Kept by the settlement, which the decision memo hands back, the same
 * object, while nothing it read changed: the notes of an unchanged article's
 * open quotes are then not written out again on every resolve.
 */
const outcomes = new WeakMap<ArticleQuotes, Outcome>();

function outcomeOf(settled: ArticleQuotes, quotes: QuoteCue[], source: string): Outcome {
  const kept = outcomes.get(settled);
  if (kept) return kept;
  const outcome: Outcome = { said: [], unattributed: [], review: [] };
  for (const decision of settled.decisions) {
    const quote = quotes[decision.quote] as QuoteCue;
    const fact = factOf(quote, source);
    if (decision.said) {
      outcome.said.push({ at: settled.speakers[decision.quote], fact });
      continue;
    }
    const { evidence } = fact;
    outcome.unattributed.push({ text: quote.text, evidence, candidates: decision.candidates });
    if (decision.candidates.length > 0) outcome.review.push(unattributedNote(quote, evidence, decision.candidates));
  }
  outcomes.set(settled, outcome);
  return outcome;
}

/** A quote as a fact of its speaker's, one object per quote of an extraction (see factFor). */
function factOf(quote: QuoteCue, source: string): Quote {
  return factFor<Quote>(
    quote,
    (fact) => fact.evidence.source === source,
    () => ({ text: quote.text, evidence: { source, sentence: quote.place.sentence } }),
  );
}

/** Which of an article's people a mention of it is, by where it stands: a cached extraction holds copies of the mentions, not the same objects. */
function placesIn(source: string, here: Entity[]): (mention: Mention) => Entity | undefined {
  const place = (mention: Mention) => mention.place.paragraph * 1_000_000 + mention.offset;
  const at = new Map<number, Entity>();
  for (const entity of here) for (const mention of entity.mentions.get(source) ?? []) at.set(place(mention), entity);
  return (mention) => at.get(place(mention));
}

/**
 * Decides each quote of one article: said by its speaker when the text settles
 * it, else open with the people it could be (each quote text once). Reads of
 * the people only what the memo's inputs cover.
 */
function decideQuotes(
  { article, quotes }: ArticleExtraction,
  here: Entity[],
  speakers: (Entity | undefined)[],
  speakerAt: (mention: Mention) => Entity | undefined,
  forms: (entity: Entity) => string[],
): QuoteDecision[] {
  const decisions: QuoteDecision[] = [];
  const seen = new Set<string>();
  quotes.forEach((quote, index) => {
    const speaker = speakers[index];
    const others = here.filter((person) => person !== speaker);
    const stated =
      speaker &&
      (quoteAttributed(article.paragraphs, quote, forms(speaker), others.map(forms)) ||
        titleAttributed(article.paragraphs, quote, speaker) ||
        titleBefore(article.paragraphs, quote, speaker, others, article.source, forms));
    if (speaker && stated) {
      decisions.push({ quote: index, said: true });
      return;
    }
    if (seen.has(quote.text)) return;
    seen.add(quote.text);
    const candidates = [speaker, ...(quote.candidates ?? []).map(speakerAt), ...(speaker ? namedNear(article.paragraphs, quote, others) : [])];
    // "…,” he said." and no one at all: whoever the writer names in the quote's paragraph and the one before, for the editor to choose from.
    if (!candidates.some(Boolean) && pointsBack(article.paragraphs, quote)) candidates.push(...namedAround(article.paragraphs, quote, others));
    decisions.push({ quote: index, said: false, candidates: [...new Set(candidates.flatMap((entity) => (entity ? [entity.name] : [])))] });
  });
  return decisions;
}

/**
 * True when a quote's own words give its speaker only as "he", "she" or "the
 * <title>", someone named before; not "said the source", who is no one named.
 */
function pointsBack(paragraphs: string[], quote: QuoteCue): boolean {
  const words = attributionWords(attributionText(paragraphs, quote).own);
  return PRONOUN_OR_TITLE.test(words.replace(/^(?:said|added|told\s+\S+)\s+/i, ''));
}

/** The people the writer names (outside quotation marks) in a quote's paragraph and the one before. */
function namedAround(paragraphs: string[], quote: QuoteCue, people: Entity[]): Entity[] {
  const at = quote.place.paragraph;
  const text = [paragraphs[at - 1], paragraphs[at]].map((paragraph) => unquoted(paragraph ?? '')).join(' ');
  return people.filter((person) => namesAny(text, formsOf(person)));
}

/** The people named around a quote besides the speaker the extractor chose: who else it could be. */
function namedNear(paragraphs: string[], quote: QuoteCue, others: Entity[]): Entity[] {
  const { own, before } = attributionText(paragraphs, quote);
  return others.filter((person) => namesAny(`${before} ${own}`, formsOf(person)));
}

/** The person the attribution names, or the one person who holds the title it uses ("said the former prime minister"). */
function speakerOf(quote: QuoteCue, here: Entity[], named: (mention: Mention) => Entity | undefined, holders: (title: string) => Entity[]): Entity | undefined {
  const speaker = quote.speaker ? named(quote.speaker) : undefined;
  if (speaker || !quote.speakerRole) return speaker;
  return personWithRole(holders(quote.speakerRole), here);
}

function unattributedNote(quote: QuoteCue, evidence: Evidence, candidates: string[]): ReviewNote {
  const words = quote.text.split(/\s+/);
  const opening = words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : quote.text;
  return {
    kind: 'unattributed-quote',
    message: `Not published: the text does not settle who said “${opening}” in ${evidence.source}; it could be ${candidates.map((name) => `“${name}”`).join(' or ')}`,
    names: candidates,
    sources: [evidence.source],
    evidence: [evidence],
    // The editorial file cannot attribute a quote: the article must name its speaker.
    fixes: [],
  };
}

/** The people who hold a role of a given title (any case): indexed once, since every quote "said the minister" asks. */
function roleHolders(people: Entity[]): (title: string) => Entity[] {
  const byTitle = new Map<string, Entity[]>();
  for (const person of people) {
    for (const title of new Set(person.roles.map((role) => role.title.toLowerCase()))) {
      const list = byTitle.get(title) ?? [];
      list.push(person);
      byTitle.set(title, list);
    }
  }
  return (title) => byTitle.get(title.toLowerCase()) ?? [];
}

/**
 * "said the former prime minister": the one person the corpus gives that role,
 * preferring the article's own people (`here`, those it names). A title many
 * hold ("the governor") is looked up from the article's side, not the holders'.
 */
function personWithRole(holders: Entity[], here: Entity[]): Entity | undefined {
  const holding = holderSet(holders);
  const named = here.filter((person) => holding.has(person));
  if (named.length === 1) return named[0];
  return holders.length === 1 ? holders[0] : undefined;
}

const holderSets = new WeakMap<Entity[], Set<Entity>>();

function holderSet(holders: Entity[]): Set<Entity> {
  let set = holderSets.get(holders);
  if (!set) holderSets.set(holders, (set = new Set(holders)));
  return set;
}
