/**
 * A Title Case headline capitalises its verbs, and a plural subject's verb has
 * no -s: "Kilifi: ODM-Leaning MCAs Join Pwani Democratic Front in Blow to
 * Party" made a party "Join Pwani Democratic Front". A verb of the moves
 * headlines tell, right after a plural, is no word of a name.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract/index';
import { loadPack } from '../../src/pipeline/ingest';
import { readArticle } from '../../src/pipeline/read/index';
import { seed } from './helpers';

const pack = await loadPack();
/** The parties a Markdown story names, its headline a heading of its own. */
const parties = (text: string) => {
  const { article } = readArticle(seed('x.md', text));
  if (!article) throw new Error('fixture did not read');
  return [...new Set(extractArticle(article, pack).mentions.filter((mention) => mention.kind === 'party').map((mention) => mention.name))];
};

const body = '\n\nSix MCAs on Sunday decamped to the Pwani Democratic Front (PDF) at a rally in Malindi.';

describe("a plural subject's verb in a Title Case headline", () => {
  it.each([
    'Kilifi: ODM-Leaning MCAs Join Pwani Democratic Front in Blow to Party',
    'Kilifi: ODM-leaning MCAs Join Pwani Democratic Front in Blow to Party',
    'Kilifi Leaders Back Pwani Democratic Front Ahead of 2027 Polls',
  ])('keeps the party whole and alone: %s', (headline) => {
    expect(parties(`# ${headline}${body}`).filter((name) => /Pwani/.test(name))).toEqual(['Pwani Democratic Front']);
  });
});
