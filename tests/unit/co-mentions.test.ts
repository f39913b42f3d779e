/**
 * Who appears with whom, as the ingest counts it on the real seeds: ordered
 * by strength (shared articles, then shared paragraphs, then mentions), never
 * by name alone; and a party's picture label, a form the articles write.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseCorpus, publishCorpus } from '../../src/pipeline/corpus';
import { loadPack, readSeedFolder } from '../../src/pipeline/ingest';
import type { ContentEntries } from '../../src/pipeline/records';
import { byStrength } from '../../src/site/order';
import { SEEDS } from './helpers';

let entries: ContentEntries;

beforeAll(async () => {
  entries = publishCorpus(analyseCorpus(await readSeedFolder(SEEDS), await loadPack()), '/').entries;
});

const person = (slug: string) => entries.people.find((entry) => entry.slug === slug)!;
const party = (slug: string) => entries.parties.find((entry) => entry.slug === slug)!;

describe('co-mentions', () => {
  it('rank Musalia Mudavadi, named 12 times in the article he shares with Raila Odinga, above Godfrey Osotsi, named once', () => {
    const people = person('raila-odinga').coMentions.people;
    const mudavadi = people.findIndex((ref) => ref.slug === 'musalia-mudavadi');
    const osotsi = people.findIndex((ref) => ref.slug === 'godfrey-osotsi');
    expect(mudavadi).toBeGreaterThanOrEqual(0);
    expect(osotsi).toBeGreaterThanOrEqual(0);
    expect(people[mudavadi]).toMatchObject({ count: 1, mentions: 12 });
    expect(people[osotsi]).toMatchObject({ count: 1, mentions: 1 });
    expect(mudavadi).toBeLessThan(osotsi);
  });

  it('come strongest first in every list, by articles, then paragraphs, then mentions', () => {
    for (const entry of [...entries.people, ...entries.parties]) {
      for (const list of [entry.coMentions.people, entry.coMentions.parties]) {
        expect(list.map((ref) => ref.slug)).toEqual([...list].sort(byStrength).map((ref) => ref.slug));
      }
    }
  });

  it('count paragraphs that name both, never more than the mentions, and the same from either side', () => {
    for (const entry of entries.people) {
      for (const ref of entry.coMentions.people) {
        expect(ref.paragraphs).toBeLessThanOrEqual(ref.mentions);
        const back = person(ref.slug).coMentions.people.find((other) => other.slug === entry.slug)!;
        expect({ count: back.count, paragraphs: back.paragraphs }).toEqual({ count: ref.count, paragraphs: ref.paragraphs });
      }
    }
  });
});

describe('co-mentions of a long list', () => {
  it('keep only the strongest, and count them all', async () => {
    const analysis = analyseCorpus(await readSeedFolder(SEEDS), await loadPack());
    const cut = publishCorpus(analysis, '/', undefined, undefined, { coMentionsKept: 2 }).entries;
    let shortened = 0;
    for (const entry of [...cut.people, ...cut.parties]) {
      const whole = [...entries.people, ...entries.parties].find((other) => other.slug === entry.slug)!;
      expect(entry.coMentionCounts).toEqual({ people: whole.coMentions.people.length, parties: whole.coMentions.parties.length });
      expect(entry.coMentions.people).toEqual(whole.coMentions.people.slice(0, 2));
      expect(entry.coMentions.parties).toEqual(whole.coMentions.parties.slice(0, 2));
      if (whole.coMentions.people.length > 2) shortened++;
    }
    // On the seeds most people appear with more than two others, so the cut is seen.
    expect(shortened).toBeGreaterThan(5);
  });
});

describe('byStrength', () => {
  const tie = (name: string, count: number, paragraphs: number, mentions: number) => ({ name, count, paragraphs, mentions });

  it('orders by shared articles, then paragraphs, then mentions, and only then by name', () => {
    const list = [tie('Amina', 1, 0, 1), tie('Baraka', 1, 0, 5), tie('Chebet', 1, 2, 2), tie('Dan', 2, 0, 2), tie('Aaron', 1, 0, 1)];
    expect([...list].sort(byStrength).map((ref) => ref.name)).toEqual(['Dan', 'Chebet', 'Baraka', 'Aaron', 'Amina']);
  });
});

describe('party labels', () => {
  it('use the acronym only where an article wrote it', () => {
    expect(party('orange-democratic-movement').label).toBe('ODM');
    // "One Kenya Alliance (OKA)": defined in brackets, and so written.
    expect(party('one-kenya-alliance').label).toBe('OKA');
  });

  it('use the shortest form the articles write when they never wrote the acronym', () => {
    // The country pack knows JP and WDM-K; no article writes them.
    expect(party('jubilee')).toMatchObject({ acronym: 'JP', label: 'Jubilee' });
    expect(party('wiper-democratic-movement')).toMatchObject({ acronym: 'WDM-K', label: 'Wiper' });
    expect(party('azimio-la-umoja-one-kenya-coalition-party').label).toBe('Azimio');
  });
});
