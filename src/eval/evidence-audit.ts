/**
 * Audits what a build would publish, from the content entries themselves: every
 * role, tie and quote on a person's page, and every person on a party's page,
 * must pass the evidence check against its own sentence. The check that
 * resolution applies, applied again at the far end, so that nothing between
 * (the editorial file, merges, the records) lets an unstated fact through.
 */
import type { ContentEntries } from '../pipeline/records';
import { attributionText, quoteAttributed, roleStated, tieStated } from '../pipeline/resolve/evidence-check';
import { formsOf } from '../pipeline/resolve/named-in';
import { TITLE_WORDINGS } from '../pipeline/extract/roles';
import { definedTitles } from '../pipeline/extract/offices/title-definitions';
import type { Article } from '../pipeline/types';
import { escapeRegExp } from '../pipeline/text/regexp';

export interface EvidenceAudit {
  /** How many facts of each kind were checked. */
  checked: { roles: number; ties: number; quotes: number; members: number };
  /** One line per published fact that fails the check: what, whose, and the sentence. */
  failures: string[];
}

/** Audits the entries built from `articles`. */
export function auditEvidence(entries: ContentEntries, articles: Article[]): EvidenceAudit {
  const formsBySlug = new Map<string, string[]>();
  for (const person of entries.people) formsBySlug.set(`person:${person.slug}`, formsOf({ name: person.name, aliases: person.aliases, acronym: null }));
  for (const party of entries.parties) formsBySlug.set(`party:${party.slug}`, formsOf(party));
  const forms = (kind: 'person' | 'party', slug: string) => formsBySlug.get(`${kind}:${slug}`) ?? [];
  const sourceOf = new Map(entries.articles.map((article) => [article.slug, article.source]));
  const paragraphsOf = new Map(articles.map((article) => [article.source, article.paragraphs]));

  const checked = { roles: 0, ties: 0, quotes: 0, members: 0 };
  const failures: string[] = [];
  const fail = (what: string, sentence: string) => failures.push(`${what}: “${sentence}”`);
  for (const person of entries.people) {
    const own = forms('person', person.slug);
    for (const role of person.roles) {
      checked.roles++;
      const party = role.organisationSlug ? forms('party', role.organisationSlug) : undefined;
      if (!roleStated(role.evidence.sentence, own, party)) fail(`${person.name}: role ${role.title}${role.organisation ? ` of ${role.organisation}` : ''}`, role.evidence.sentence);
    }
    for (const tie of person.parties) {
      if (!tie.evidence) continue; // an editor's tie, from the editorial file
      checked.ties++;
      if (!tieStated(tie.evidence.sentence, own, forms('party', tie.slug))) fail(`${person.name}: tie to ${tie.name} (${tie.relation})`, tie.evidence.sentence);
    }
    for (const quote of person.quotes) {
      checked.quotes++;
      const paragraphs = paragraphsOf.get(sourceOf.get(quote.evidence.article) ?? '') ?? [];
      const head = quote.text.slice(0, 40);
      // Any paragraph of the article the quote may stand in (a corpus can repeat words); stated there by name, or by a title the person holds.
      // ("the Wajir South MP", "the NAREM leader": the place or party the title is held in may stand before it, and a Party Leader is its party's leader.)
      // Case is matched by hand, not by the `i` flag, which would let \p{Lu} and \p{Ll} match any letter.
      const titles = person.roles.flatMap((role) => [
        /^Party Leader$/i.test(role.title) ? `(?:${anyCase('Party')}\\s+)?${anyCase('Leader')}` : anyCase(escapeRegExp(role.title)),
        // ("said the county boss": the other words the extractor reads as the title, src/pipeline/extract/roles.ts.)
        ...(TITLE_WORDINGS[role.title] ?? []).map((wording) => anyCase(wording).replace(/ /g, '\\s+')),
      ]);
      // ("the DP" after "Deputy Party Leader (hereafter “the DP”)": a short form the article defines for a title the person holds.)
      for (const [short, title] of definedTitles(paragraphs)) if (person.roles.some((role) => role.title === title)) titles.push(anyCase(escapeRegExp(short)));
      const byTitle = titles.length > 0 ? new RegExp(`\\b[Tt]he\\s+(?:[\\p{Ll}-]+\\s+)?(?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}(?:${titles.join('|')})\\b`, 'u') : undefined;
      const stated = paragraphs.some((text, paragraph) => {
        if (!text.includes(head)) return false;
        const at = { text: quote.text, place: { paragraph, sentence: quote.evidence.sentence } };
        if (quoteAttributed(paragraphs, at, own)) return true;
        const around = attributionText(paragraphs, at);
        return byTitle !== undefined && byTitle.test(`${around.before} ${around.own}`);
      });
      if (!stated) fail(`${person.name}: quote “${quote.text.slice(0, 40)}…”`, quote.evidence.sentence);
    }
  }
  for (const party of entries.parties) {
    for (const member of party.people) {
      if (!member.evidence) continue;
      checked.members++;
      if (!tieStated(member.evidence.sentence, forms('person', member.slug), forms('party', party.slug))) {
        fail(`${party.name}: member ${member.name} (${member.relation})`, member.evidence.sentence);
      }
    }
  }
  return { checked, failures };
}

/** A pattern for `text` in any case, letter by letter ("MP" → "[mM][pP]"); other characters as they are. */
function anyCase(text: string): string {
  return text.replace(/\p{L}/gu, (letter) => (letter.toLowerCase() === letter.toUpperCase() ? letter : `[${letter.toLowerCase()}${letter.toUpperCase()}]`));
}
