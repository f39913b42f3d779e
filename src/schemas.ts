/**
 * The contract between the pipeline and the site: the shape of every file the
 * ingest writes into `content/`. `content.config.ts` hands these to Astro's
 * content layer; the emit tests parse the pipeline's output with them, so a
 * change on either side that breaks the other fails a test, not a build.
 */
import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase ASCII words joined by hyphens');

/** Where a fact was read: the article and the sentence, verbatim, and when and where the article appeared. */
export const evidenceSchema = z.object({
  article: slug,
  articleTitle: z.string(),
  sentence: z.string(),
  /** The article's date, when it has one: a fact is as of this day. */
  date: z.string().date().optional(),
  outlet: z.string().optional(),
});

/** How the text places an office or a tie in time (see `Tense` in the pipeline's types). */
export const tenseSchema = z.enum(['current', 'former', 'incoming', 'acting', 'aspiring']);

/**
 * A short reference to another entity, enough to render a link. `count` is how
 * often it is mentioned in an article's lists, and how many articles the two
 * share in an entity's co-mentions.
 */
const entityRefSchema = z.object({
  slug,
  name: z.string(),
  count: z.number().int().positive(),
});

const articleRefSchema = z.object({
  slug,
  title: z.string(),
  date: z.string().date().optional(),
  /** Plain text around the first mention of the entity in that article. */
  snippet: z.string(),
});

/**
 * Another entity an entity appears with, and how strongly: `count` shared
 * articles, then `paragraphs` that name both, then the other's `mentions` in
 * the shared articles. Lists come strongest first, in that order.
 */
const coMentionRefSchema = entityRefSchema.extend({
  paragraphs: z.number().int().nonnegative().default(0),
  mentions: z.number().int().nonnegative().default(0),
});

const coMentionsSchema = z.object({
  people: z.array(coMentionRefSchema),
  parties: z.array(coMentionRefSchema),
});

export const roleSchema = z.object({
  /** The title as written, normalised in case: "Secretary-General", "MP", "leader". */
  title: z.string(),
  /** The organisation or place the title is held in, when the text says: "Azimio", "Lugari". */
  organisation: z.string().optional(),
  /** The party page, when the organisation is a known party. */
  organisationSlug: slug.optional(),
  tense: tenseSchema,
  evidence: evidenceSchema,
});

export const partyTieSchema = z.object({
  slug,
  name: z.string(),
  /** How the person is tied to the party: "leader", "member", "Secretary-General"... */
  relation: z.string(),
  tense: tenseSchema,
  /** Absent only for ties an editor added in `seeds/editorial.yaml`. */
  evidence: evidenceSchema.optional(),
});

export const quoteSchema = z.object({
  text: z.string(),
  evidence: evidenceSchema,
});

const entityBase = {
  slug,
  /** Newest first; undated articles last, by title. */
  name: z.string(),
  aliases: z.array(z.string()),
  description: z.string().optional(),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  articles: z.array(articleRefSchema),
  mentionCount: z.number().int().nonnegative(),
  /** The strongest of those it appears with (src/pipeline/co-mentions.ts, CO_MENTIONS_KEPT). */
  coMentions: coMentionsSchema,
  /** How many people and parties it appears with in all, kept in `coMentions` or not. */
  coMentionCounts: z.object({ people: z.number().int().nonnegative(), parties: z.number().int().nonnegative() }),
};

export const personSchema = z.object({
  ...entityBase,
  roles: z.array(roleSchema),
  parties: z.array(partyTieSchema),
  quotes: z.array(quoteSchema),
});

export const partySchema = z.object({
  ...entityBase,
  acronym: z.string().nullable(),
  /** The short form pictures label it with: the acronym only if an article wrote it, else the shortest form the articles use. */
  label: z.string().optional(),
  /** People tied to the party, with how (the inverse of a person's `parties`). */
  people: z.array(
    z.object({ slug, name: z.string(), relation: z.string(), tense: tenseSchema, evidence: evidenceSchema.optional() }),
  ),
  /** Coalitions this party belongs to, or parties this coalition includes. */
  coalitions: z.array(
    z.object({ slug, name: z.string(), relation: z.enum(['member of', 'includes']), evidence: evidenceSchema }),
  ),
});

export const articleSchema = z.object({
  slug,
  title: z.string(),
  date: z.string().date().optional(),
  outlet: z.string().optional(),
  /** Who wrote it, when the seed says so (front matter, a saved page's metadata). */
  author: z.string().optional(),
  url: z.string().url().optional(),
  /** The seed file's base name. */
  source: z.string(),
  excerpt: z.string(),
  wordCount: z.number().int().nonnegative(),
  people: z.array(entityRefSchema),
  parties: z.array(entityRefSchema),
});

/** Something an editor should look at: a possible duplicate, an unresolved short form, weak evidence, a stale editorial entry. */
export const reviewItemSchema = z.object({
  /** Stable while the item stands: the kind and the names. The page's anchor for it. */
  slug,
  kind: z.enum(['ambiguous-short-form', 'title-only', 'possible-duplicate', 'weak-evidence', 'stale-editorial', 'held-back-fact', 'unattributed-quote']),
  /** Open, or settled by an entry of the editorial file (kept, so the page can count what was done). */
  status: z.enum(['open', 'settled']),
  message: z.string(),
  names: z.array(z.string()),
  articles: z.array(z.object({ slug, title: z.string() })),
  /** The sentences the names stand in. */
  evidence: z.array(evidenceSchema),
  /** Every way to settle the item: what it means, and the lines for `seeds/editorial.yaml` that say it. */
  fixes: z.array(
    z.object({
      action: z.enum(['confirm', 'merge', 'keep-apart', 'full-name', 'rule-out', 'keep-entry', 'suggested']),
      yaml: z.string(),
      /** For a merge: the name merged, then the name it is merged into. */
      names: z.tuple([z.string(), z.string()]).optional(),
    }),
  ),
});

/**
 * An address that once had a page and has none now: a person or party merged
 * or renamed (it redirects to `target`), or gone from every article, or a
 * removed article. Written from the slug registry.
 */
export const retiredSchema = z.object({
  /** `<kind>--<slug>`: unique across kinds. */
  id: z.string(),
  kind: z.enum(['person', 'party', 'article']),
  slug,
  /** The name (or title) the address was last issued for. */
  name: z.string(),
  /** The live slug, of the same kind, that the address now leads to. */
  target: slug.optional(),
});

/**
 * How `content/` and Astro's data store keep an entity's co-mention lists: as
 * one JSON string. The store serialises every value of every entry one by one
 * (devalue), and these lists, hundreds of small objects per profile, were half
 * of all the values of a 10,000-article store: seconds to write it, read it
 * back and copy it for the pages. The emit stage packs them; the site unpacks
 * them once per build (`src/site/data.ts`). The string is checked against
 * `coMentionsSchema` when Astro reads the file, as the lists were before.
 */
const packedCoMentionsSchema = z.string().superRefine((text, context) => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    context.addIssue({ code: z.ZodIssueCode.custom, message: 'coMentions must be the JSON text of { people, parties }' });
    return;
  }
  for (const issue of coMentionsSchema.safeParse(value).error?.issues ?? []) context.addIssue(issue);
});

/**
 * What only a person's own page and the data export read: their roles and
 * quotes, each with its sentence, half of what the people's files hold. They
 * are kept out of Astro's data store, in `content/people-details/<slug>.json`
 * (src/content-files.ts), so that the store, which every process that builds
 * pages loads whole and the dev server writes again on every change, does not
 * grow with every fact the archive states; the profile reads its own file.
 */
export const personDetailsSchema = personSchema.pick({ roles: true, quotes: true });

/**
 * A person as `content/people/<slug>.json` holds it: co-mentions packed,
 * roles and quotes in the details file, the first role kept for the lists.
 */
export const storedPersonSchema = personSchema
  .omit({ roles: true, quotes: true })
  .extend({ coMentions: packedCoMentionsSchema, firstRole: roleSchema.optional() });
/** A party as `content/parties/<slug>.json` holds it: co-mentions packed. */
export const storedPartySchema = partySchema.extend({ coMentions: packedCoMentionsSchema });

type CoMentions = z.infer<typeof coMentionsSchema>;
type Packed<T extends { coMentions: CoMentions }> = Omit<T, 'coMentions'> & { coMentions: string };

/** The entry as it is stored: its co-mention lists as one JSON string, every key in its place. */
export function packCoMentions<T extends { coMentions: CoMentions }>(entry: T): Packed<T> {
  return { ...entry, coMentions: JSON.stringify(entry.coMentions) };
}

/** The stored entry as the pipeline made it: the inverse of `packCoMentions`. */
export function unpackCoMentions<T extends { coMentions: CoMentions }>(entry: Packed<T>): T {
  return { ...entry, coMentions: JSON.parse(entry.coMentions) as CoMentions } as unknown as T;
}

/** A person as the site's lists know them: everything but their roles and quotes, and their first role. */
export type PersonSummary = Omit<PersonEntry, 'roles' | 'quotes'> & { firstRole?: PersonEntry['roles'][number] };
export type PersonDetails = z.infer<typeof personDetailsSchema>;

/** A person's entry as `content/` keeps it: the summary, and the details in a file of their own. */
export function splitPerson({ roles, quotes, ...summary }: PersonEntry): { summary: PersonSummary; details: PersonDetails } {
  return { summary: roles[0] ? { ...summary, firstRole: roles[0] } : summary, details: { roles, quotes } };
}

/** The person's whole entry again, keys in the pipeline's order: the inverse of `splitPerson`. */
export function joinPerson({ firstRole: _first, ...summary }: PersonSummary, { roles, quotes }: PersonDetails): PersonEntry {
  const { parties, ...rest } = summary;
  return { ...rest, roles, parties, quotes };
}

export type RetiredEntry = z.infer<typeof retiredSchema>;
export type ReviewItemEntry = z.infer<typeof reviewItemSchema>;
export type ArticleEntry = z.infer<typeof articleSchema>;
export type PersonEntry = z.infer<typeof personSchema>;
export type PartyEntry = z.infer<typeof partySchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
