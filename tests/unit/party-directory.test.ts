/**
 * The corpus's directory of parties and the short forms it joins to them: a
 * lone word joins a party whose name opens with it ("Wiper"), but never when
 * the word is an organisation's common noun or a place ("Forum", "Pwani": the
 * Coast), which a party named in some other article would otherwise absorb.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { PartyDirectory } from '../../src/pipeline/resolve/parties';

const pack = await loadPack();

describe('a lone word as a party\'s short form', () => {
  it('joins a distinctive first word to its party ("Mageuzi" of "Mageuzi Congress of Kenya")', () => {
    const directory = new PartyDirectory(pack);
    const mageuzi = directory.add('Mageuzi Congress of Kenya');
    expect(directory.find('Mageuzi')).toBe(mageuzi);
  });

  it('joins no organisation\'s common noun ("Forum" of "the Coast Leaders Forum") to a party that opens with it', () => {
    expect(new PartyDirectory(pack).find('Forum')).toBeUndefined();
  });

  it('joins no place ("Pwani", the Coast) to a party that opens with it', () => {
    const directory = new PartyDirectory(pack);
    directory.add('Pwani Mpya Party', 'PMP');
    expect(directory.find('Pwani')).toBeUndefined();
    expect(directory.find('Pwani Mpya')?.acronym).toBe('PMP');
  });
});

describe('two full names that share their first words', () => {
  it('keeps a "Movement" apart from a "Democratic Party" of the same words (facts-dev fd69 and fd77)', () => {
    const directory = new PartyDirectory(pack);
    const party = directory.add('Jamii Mpya Democratic Party', 'JMDP');
    expect(directory.find('Jamii Mpya Movement')).not.toBe(party);
    expect(directory.find('Jamii Mpya')).toBe(party);
  });

  it('keeps a coalition apart from a party of the same first word whose name ends with its country (facts-dev fd90 and fd133)', () => {
    const directory = new PartyDirectory(pack);
    const coalition = directory.add('Tumaini Coalition');
    const party = directory.add('Kesho Congress of Kenya', 'KCK');
    directory.add('Kesho Alliance');
    expect(directory.add('Tumaini Congress of Kenya', 'TCK')).not.toBe(coalition);
    expect(directory.find('Kesho Alliance')).not.toBe(party);
    expect(directory.add('Umoja Party-Kenya', 'UP-K')).not.toBe(directory.add('Umoja Coalition'));
    expect(directory.find('Kesho')).toBeUndefined();
  });

  it('still joins a coalition written as "Alliance" in one article and "Coalition" in another', () => {
    const directory = new PartyDirectory(pack);
    const coalition = directory.add('Mbele Pamoja Alliance');
    expect(directory.find('Mbele Pamoja Coalition')).toBe(coalition);
  });
});

describe('two full names of one kind, one with words the other lacks', () => {
  // (facts-dev fd32's "Umoja Alliance" and fd180's "Umoja wa Mabadiliko Alliance (UMA)" were pooled into one coalition.)
  it.each([
    ['Umoja wa Mabadiliko Alliance', 'UMA', 'Umoja Alliance'],
    ['Umoja wa Mabadiliko Alliance', 'UMA', 'Umoja Coalition'],
    ['Chama cha Usawa Party', 'CUP', 'Chama Party'],
    ['Kesho Mashinani Movement', undefined, 'Kesho Movement'],
  ])('keeps %s (%s) apart from %s', (long, acronym, short) => {
    for (const first of [true, false]) {
      const directory = new PartyDirectory(pack);
      const one = first ? directory.add(long, acronym) : directory.add(short);
      const other = first ? directory.add(short) : directory.add(long, acronym);
      expect(other).not.toBe(one);
    }
  });

  it('still joins a short form with no head word, or with generic words added ("Umoja wa Mabadiliko", "Safina Democratic Party")', () => {
    const directory = new PartyDirectory(pack);
    const alliance = directory.add('Umoja wa Mabadiliko Alliance', 'UMA');
    expect(directory.find('Umoja wa Mabadiliko')).toBe(alliance);
    const safina = directory.add('Safina Democratic Party');
    expect(directory.find('Safina Party')).toBe(safina);
  });
});

describe('two names a letter apart', () => {
  it('are two parties when each is defined with an acronym of its own ("Sauti ya Wananchi Party (SWP)", "Sauti ya Mwananchi Party (SMP)")', () => {
    for (const order of [['Sauti ya Wananchi Party', 'SWP', 'Sauti ya Mwananchi Party', 'SMP'], ['Sauti ya Mwananchi Party', 'SMP', 'Sauti ya Wananchi Party', 'SWP']] as const) {
      const directory = new PartyDirectory(pack);
      const first = directory.add(order[0], order[1]);
      const second = directory.add(order[2], order[3]);
      expect(second).not.toBe(first);
      expect(directory.find(order[2])).toBe(second);
      expect(directory.find(order[0])).toBe(first);
    }
  });

  it('stay one party when the second is written without an acronym, or with the same one (a slip of the pen)', () => {
    const directory = new PartyDirectory(pack);
    const party = directory.add('Sauti ya Wananchi Party', 'SWP');
    expect(directory.add('Sauti ya Wanainchi Party')).toBe(party);
    expect(directory.add('Sauti ya Wanainchi Party', 'SWP')).toBe(party);
  });
});
