/** The synthetic corpus generator scales to national archives without changing the small corpora earlier benchmarks used. */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCast, castSize, type Cast, type Person } from '../../bench/corpus/cast';
import { corpusTruth, generateCorpus, generateCorpusInto, writeCorpus } from '../../bench/corpus/index';
import { extendCommunity } from '../../bench/corpus/invented-names';
import { COMMUNITIES, isRealPolitician } from '../../bench/corpus/names';
import { CONSTITUENCIES, COUNTIES } from '../../bench/corpus/places';
import { createRandom } from '../../bench/corpus/prng';

/** The cast a corpus of `articles` articles gets, as generateCorpus draws it. */
const castFor = (articles: number, seed = '1'): Cast => buildCast(createRandom(seed).fork('cast'), articles);

/** Every short name a person goes by, as cast.ts keys them ("First Surname", "Middle Surname", "Jnr" kept). */
const shortNames = (person: Person) =>
  [person.first, person.middle].filter(Boolean).map((name) => `${name} ${person.surname}${person.suffix ? ` ${person.suffix}` : ''}`.toLowerCase());

describe('the cast of a 100,000-article corpus', () => {
  // Built once: some 10,000 people, a few seconds.
  const cast = castFor(100_000);
  const handWritten = new Set(COMMUNITIES.flatMap((community) => community.surnames));

  it('has a person per ten articles, each short name belonging to one person only', () => {
    expect(cast.people).toHaveLength(castSize(100_000));
    expect(castSize(100_000)).toBe(10_050);
    const names = cast.people.flatMap(shortNames);
    expect(new Set(names).size).toBe(names.length);
    const bylines = cast.journalists.map((name) => name.toLowerCase());
    expect(bylines.filter((name) => names.includes(name))).toEqual([]);
  });

  it('names people from invented pools once the hand-written ones run out, and never a real politician', () => {
    const invented = cast.people.filter((person) => !person.surname.split('-').every((part) => handWritten.has(part.replace(/^Ole /, ''))));
    expect(invented.length).toBeGreaterThan(cast.people.length / 2);
    for (const person of cast.people) expect(isRealPolitician(person.name, person.surname), person.name).toBe(false);
  });

  it('is the same for the same seed and another for another seed', () => {
    const names = (some: Cast) => some.people.map((person) => person.name);
    expect(names(castFor(30_000))).toEqual(names(castFor(30_000)));
    expect(names(castFor(30_000, '2'))).not.toEqual(names(castFor(30_000)));
  });
});

describe('invented names', () => {
  const grown = (name: string) => {
    const community = COMMUNITIES.find((c) => c.name === name)!;
    const extended = extendCommunity(createRandom(`test/${name}`), community, 20_050);
    return { ...extended, male: extended.male.slice(community.male.length), female: extended.female.slice(community.female.length), surnames: extended.surnames.slice(community.surnames.length) };
  };

  it("mark a man's and a woman's name as the community does", () => {
    const luo = grown('Luo');
    expect(luo.male.every((name) => name.startsWith('O'))).toBe(true);
    expect(luo.female.every((name) => name.startsWith('A'))).toBe(true);
    const kalenjin = grown('Kalenjin');
    expect(kalenjin.male.every((name) => /^Kip?[a-z]/.test(name))).toBe(true);
    expect(kalenjin.female.every((name) => /^(Chep?|Jep?)[a-z]/.test(name))).toBe(true);
    const turkana = grown('Turkana');
    expect(turkana.male.every((name) => /^(E|Lo)[a-z]/.test(name))).toBe(true);
    expect(turkana.female.every((name) => /^(A|Na)[a-z]/.test(name))).toBe(true);
  });

  it('are new, pronounceable, and neither places nor politicians', () => {
    const places = new Set([...COUNTIES, ...CONSTITUENCIES.map(([name]) => name)].map((place) => place.toLowerCase()));
    const written = new Set(COMMUNITIES.flatMap((c) => [...c.male, ...c.female, ...c.surnames]));
    for (const community of COMMUNITIES) {
      const { male, female, surnames } = grown(community.name);
      expect(surnames.length, community.name).toBeGreaterThanOrEqual(200);
      for (const name of [...male, ...female, ...surnames]) {
        expect(name, community.name).toMatch(/^[A-Z][a-z']{3,13}$/);
        expect(name).not.toMatch(/[aeiou]{3}|(.)\1\1/i);
        expect(written.has(name), name).toBe(false);
        expect(places.has(name.toLowerCase()), name).toBe(false);
        expect(isRealPolitician(name, name), name).toBe(false);
      }
    }
  });
});

describe('small corpora', () => {
  it('are byte for byte what the generator wrote before the invented names', () => {
    // sha256 of corpus.json from `npm run bench:corpus -- --articles 200 --out DIR`,
    // taken at commit 0b639c4, BEFORE the invented names were added. 2,000 and
    // 10,000 articles were checked the same way by hand (whole folders).
    const corpus = generateCorpus(200, '1');
    const written = `${JSON.stringify(corpusTruth(corpus), null, 2)}\n`;
    expect(createHash('sha256').update(written).digest('hex')).toBe('d64157de7698366fa645b54da7dc329ac494aba851718d506d8ef827b480d8cd');
  });
});

describe('generateCorpusInto', () => {
  it('writes, article by article, the files writeCorpus writes from a whole corpus', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'siasa-bench-corpus-'));
    try {
      const [whole, streamed] = [path.join(root, 'whole'), path.join(root, 'streamed')];
      await writeCorpus(whole, generateCorpus(40, '7'));
      const outline = await generateCorpusInto(streamed, 40, '7');
      const files = await readdir(whole);
      expect(files).toHaveLength(41);
      expect(await readdir(streamed)).toEqual(files);
      for (const file of files) expect(await readFile(path.join(streamed, file), 'utf8'), file).toBe(await readFile(path.join(whole, file), 'utf8'));
      expect(outline.articles.every((article) => !('text' in article))).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
