/**
 * Labels placed so that none overlaps another, a node or the picture's edge
 * (src/site/label-placement.ts).
 */
import { describe, expect, it } from 'vitest';
import { cutToWidth, labelBox, overlaps, placeLabels, textWidth, type LabelledNode } from '../../src/site/label-placement';

const node = (id: string, x: number, y: number, label = id, r = 6): LabelledNode => ({ id, x, y, r, label });
const picture = { width: 400, height: 300, fontSize: 13, limit: 30 };

describe('textWidth', () => {
  it('grows with the characters, capitals and wide letters wider than narrow ones', () => {
    expect(textWidth('ODM', 13)).toBeGreaterThan(textWidth('odm', 13));
    expect(textWidth('WWW', 13)).toBeGreaterThan(textWidth('iii', 13) * 2);
    // Twice the font, twice the width (each rounded up to a whole unit).
    expect(Math.abs(textWidth('Wycliffe Oparanya', 26) - 2 * textWidth('Wycliffe Oparanya', 13))).toBeLessThanOrEqual(1);
    expect(textWidth('', 13)).toBe(0);
  });
});

describe('cutToWidth', () => {
  it('keeps a label that fits, and cuts one that does not at a word, then at a letter', () => {
    expect(cutToWidth('Raila Odinga', 200, 13)).toBe('Raila Odinga');
    expect(cutToWidth('Rosabella Jerono Mudavadi', 120, 13)).toBe('Rosabella…');
    expect(cutToWidth('Supercalifragilistic', 60, 13)).toBe('Super…');
    expect(textWidth(cutToWidth('Azimio la Umoja One Kenya Coalition Party', 150, 13), 13)).toBeLessThanOrEqual(150);
  });
});

describe('labelBox', () => {
  it('runs right from a start anchor, left from an end anchor, both ways from the middle', () => {
    const width = textWidth('Raila', 13);
    expect(labelBox('Raila', { x: 100, y: 50, anchor: 'start' }, 13, 0)).toMatchObject({ left: 100, right: 100 + width });
    expect(labelBox('Raila', { x: 100, y: 50, anchor: 'end' }, 13, 0)).toMatchObject({ left: 100 - width, right: 100 });
    expect(labelBox('Raila', { x: 100, y: 50, anchor: 'middle' }, 13, 0)).toMatchObject({ left: 100 - width / 2, right: 100 + width / 2 });
  });
});

describe('placeLabels', () => {
  it('puts a lone label centred below its node', () => {
    expect(placeLabels([node('a', 200, 100)], picture).get('a')).toMatchObject({ x: 200, anchor: 'middle' });
    expect(placeLabels([node('a', 200, 100)], picture).get('a')!.y).toBeGreaterThan(100);
  });

  it('moves the second of two close nodes’ labels elsewhere instead of letting them touch', () => {
    // "Wycliffe OparanyaOKA": two nodes side by side whose labels below would run into each other.
    const nodes = [node('Wycliffe Oparanya', 200, 150), node('OKA', 250, 150)];
    const spots = placeLabels(nodes, picture);
    expect(spots.size).toBe(2);
    const [a, b] = nodes.map((each) => labelBox(each.label, spots.get(each.id)!, 13));
    expect(overlaps(a!, b!)).toBe(false);
    // The larger node keeps the spot below; the other's label goes above its node.
    expect(spots.get('Wycliffe Oparanya')!.y).toBeGreaterThan(150);
    expect(spots.get('OKA')!.y).toBeLessThan(150);
  });

  it('never lets a label cover another node, nor leave the picture', () => {
    const nodes = Array.from({ length: 40 }, (_, index) => node(`Node number ${index}`, 20 + (index % 8) * 50, 20 + Math.floor(index / 8) * 55));
    const spots = placeLabels(nodes, picture);
    expect(spots.size).toBeGreaterThan(5);
    const boxes = [...spots].map(([id, spot]) => ({ id, box: labelBox(id, spot, 13) }));
    for (const { id, box } of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(picture.width);
      for (const other of nodes.filter((each) => each.id !== id)) {
        expect(overlaps(box, { left: other.x - other.r, right: other.x + other.r, top: other.y - other.r, bottom: other.y + other.r })).toBe(false);
      }
      for (const other of boxes.filter((each) => each.id !== id)) expect(overlaps(box, other.box)).toBe(false);
    }
  });

  it('places the first nodes first and stops at the limit', () => {
    const nodes = [node('a', 50, 50), node('b', 150, 50), node('c', 250, 50)];
    expect([...placeLabels(nodes, { ...picture, limit: 2 }).keys()]).toEqual(['a', 'b']);
  });
});
