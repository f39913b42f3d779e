/**
 * The pictures' geometry (src/site/graph.ts, network.ts): labels, line
 * widths, one entity's neighbourhood, and the corpus network with its
 * d3-force layout, which must give the same coordinates on every run.
 */
import { describe, expect, it } from 'vitest';
import { edgeWidth, LABEL_FONT_SIZE, neighbourhood, nodeLabel, nodeTitle, type GraphEntity } from '../../src/site/graph';
import { coMentionNetwork, layoutNetwork, siteNetwork } from '../../src/site/network';
import { labelBox, overlaps } from '../../src/site/label-placement';
import { fixtureText } from './helpers';

const entities = JSON.parse(fixtureText('graph', 'entities.json')) as GraphEntity[];
const amina = entities.find((entity) => entity.slug === 'amina-wekesa')!;

describe('labels and lines', () => {
  it("labels a party by its short form, and cuts a long name at a word", () => {
    expect(nodeLabel('Umoja Progressive Alliance', 'UPA')).toBe('UPA');
    expect(nodeLabel('Amina Wekesa')).toBe('Amina Wekesa');
    expect(nodeLabel("The Very Long Named People's Democratic Front")).toBe('The Very Long Named…');
  });

  it('names a node by its label first, then its full name when the label is not part of it', () => {
    expect(nodeTitle('Umoja Progressive Alliance', 'UPA', '7 mentions')).toBe('UPA, Umoja Progressive Alliance: 7 mentions');
    expect(nodeTitle("The Very Long Named People's Democratic Front", 'The Very Long Named…', '2 mentions')).toBe(
      "The Very Long Named People's Democratic Front: 2 mentions",
    );
    expect(nodeTitle('Amina Wekesa', 'Amina Wekesa', 'leader')).toBe('Amina Wekesa: leader');
  });

  it('draws one shared article at width 1 and the most at width 5', () => {
    expect(edgeWidth(1, 4)).toBe(1);
    expect(edgeWidth(4, 4)).toBe(5);
    expect(edgeWidth(2, 3)).toBe(3);
    expect(edgeWidth(1, 1)).toBe(1);
  });
});

describe('a neighbourhood', () => {
  const labels = new Map([['umoja-progressive-alliance', 'UPA']]);

  it('puts the strongest tie at the top and goes clockwise: shared articles, then shared paragraphs, not names', () => {
    const picture = neighbourhood(amina.coMentions, { labels });
    // Zawadi and the front share one article with Amina; only Zawadi shares a paragraph.
    // The front's label, on the left, is cut to the room between its node and the picture's edge.
    expect(picture.neighbours.map((neighbour) => neighbour.label)).toEqual(['UPA', 'Tom Barasa', 'Zawadi Chepkoech', 'The Very Long…']);
    const [top, right] = picture.neighbours;
    expect(top).toMatchObject({ x: picture.centre.x, kind: 'party', count: 4, width: 5 });
    expect(top!.y).toBeLessThan(picture.centre.y);
    expect(right!.x).toBeGreaterThan(picture.centre.x);
  });

  it('keeps at most `limit` neighbours and counts them all', () => {
    const picture = neighbourhood(amina.coMentions, { limit: 2 });
    expect(picture.neighbours.map((neighbour) => neighbour.slug)).toEqual(['umoja-progressive-alliance', 'tom-barasa']);
    expect(picture.total).toBe(4);
  });

  it('sets labels on the right side to run right, on the left to run left, at the top and bottom centred', () => {
    const { neighbours, centre } = neighbourhood(amina.coMentions);
    for (const neighbour of neighbours) {
      const anchor = neighbour.labelAt.anchor;
      if (Math.abs(neighbour.x - centre.x) < 1) expect(anchor).toBe('middle');
      else expect(anchor).toBe(neighbour.x > centre.x ? 'start' : 'end');
    }
  });

  it('keeps every node inside the picture', () => {
    const { neighbours, width, height } = neighbourhood(amina.coMentions);
    for (const { x, y } of neighbours) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(height);
    }
  });

  it('cuts a label that would run out of the picture, and keeps every label inside it', () => {
    const long = (index: number) => ({ slug: `p${index}`, name: `Bartholomew Wanjiku Kiprotich ${index}`, count: 1, paragraphs: 0, mentions: 1 });
    const { neighbours, width } = neighbourhood({ people: Array.from({ length: 12 }, (_, index) => long(index)), parties: [] });
    expect(neighbours.some((neighbour) => neighbour.label.endsWith('…'))).toBe(true);
    for (const neighbour of neighbours) {
      const box = labelBox(neighbour.label, neighbour.labelAt, LABEL_FONT_SIZE, 0);
      expect(box.left, neighbour.label).toBeGreaterThanOrEqual(0);
      expect(box.right, neighbour.label).toBeLessThanOrEqual(width);
    }
  });

  it('is empty for an entity that appears with no one', () => {
    expect(neighbourhood({ people: [], parties: [] })).toMatchObject({ neighbours: [], total: 0 });
  });
});

describe('the network', () => {
  it('keeps the most-mentioned nodes, leaves out the never-mentioned, and counts every entity', () => {
    const network = coMentionNetwork(entities, { limit: 3 });
    expect(network.nodes.map((node) => node.id)).toEqual(['person:amina-wekesa', 'party:umoja-progressive-alliance', 'person:tom-barasa']);
    expect(network.totalNodes).toBe(6);
  });

  it('draws each pair once, between kept nodes only, the first in order as source', () => {
    const network = coMentionNetwork(entities, { limit: 3 });
    expect(network.edges).toEqual([
      { source: 'party:umoja-progressive-alliance', target: 'person:amina-wekesa', count: 4 },
      { source: 'party:umoja-progressive-alliance', target: 'person:tom-barasa', count: 2 },
      { source: 'person:amina-wekesa', target: 'person:tom-barasa', count: 3 },
    ]);
  });

  it("keeps each node's strongest ties only", () => {
    const network = coMentionNetwork(entities, { tiesPerNode: 1 });
    // Amina's strongest is UPA, Tom's is Amina, Zawadi's is Amina; the front shares one article with
    // Amina and with UPA, but a paragraph only with UPA, so UPA is its strongest, though Amina sorts first by name.
    expect(network.edges.map((edge) => `${edge.source} ${edge.target}`)).toEqual([
      'party:the-very-long-named-people-s-democratic-front party:umoja-progressive-alliance',
      'party:umoja-progressive-alliance person:amina-wekesa',
      'person:amina-wekesa person:tom-barasa',
      'person:amina-wekesa person:zawadi-chepkoech',
    ]);
  });

  it('lists top connections from all co-mentions, drawn or not', () => {
    const network = coMentionNetwork(entities, { limit: 1, topConnections: 2 });
    expect(network.nodes[0]!.topConnections.map((ref) => `${ref.kind}:${ref.slug} ${ref.count}`)).toEqual([
      'party:umoja-progressive-alliance 4',
      'person:tom-barasa 3',
    ]);
  });

  it('lays out the same coordinates on every run', () => {
    const first = layoutNetwork(coMentionNetwork(entities));
    const second = layoutNetwork(coMentionNetwork(structuredClone(entities)));
    expect(second).toEqual(first);
  });

  it('places every node inside the picture, sized by mentions, the largest labelled', () => {
    const layout = layoutNetwork(coMentionNetwork(entities), { width: 600, labels: 2 });
    expect(layout.width).toBe(600);
    for (const node of layout.nodes) {
      expect(node.x - node.r).toBeGreaterThanOrEqual(0);
      expect(node.x + node.r).toBeLessThanOrEqual(600);
      expect(node.y - node.r).toBeGreaterThanOrEqual(0);
      expect(node.y + node.r).toBeLessThanOrEqual(layout.height);
    }
    const [largest, ...rest] = layout.nodes;
    expect(largest!.r).toBe(16);
    for (const node of rest) expect(node.r).toBeLessThanOrEqual(largest!.r);
    expect(layout.nodes.filter((node) => node.labelled).map((node) => node.slug)).toEqual(['amina-wekesa', 'umoja-progressive-alliance']);
    expect(new Set(layout.nodes.map((node) => `${node.x},${node.y}`)).size).toBe(layout.nodes.length);
  });

  it('labels the largest nodes only where their labels do not cover each other', () => {
    const layout = layoutNetwork(coMentionNetwork(syntheticCorpus(400)), { labels: 60 });
    const boxes = layout.nodes.filter((node) => node.labelled).map((node) => labelBox(node.label, node.labelAt!, LABEL_FONT_SIZE));
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.length).toBeLessThanOrEqual(60);
    expect(layout.nodes[0]!.labelled, 'the largest node is always labelled').toBe(true);
    for (const [index, box] of boxes.entries()) {
      for (const other of boxes.slice(index + 1)) {
        expect(overlaps(box, other)).toBe(false);
      }
    }
  });

  it('joins each line to the nodes it stands between, thin lines first', () => {
    const layout = layoutNetwork(coMentionNetwork(entities));
    const at = new Map(layout.nodes.map((node) => [node.id, node]));
    for (const edge of layout.edges) {
      expect(edge.from).toEqual({ x: at.get(edge.source)!.x, y: at.get(edge.source)!.y });
      expect(edge.to).toEqual({ x: at.get(edge.target)!.x, y: at.get(edge.target)!.y });
    }
    const counts = layout.edges.map((edge) => edge.count);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('lays out an empty corpus as an empty picture', () => {
    expect(layoutNetwork(coMentionNetwork([]))).toMatchObject({ nodes: [], edges: [], totalNodes: 0 });
  });

  it('lays out a site once, however many pages ask', () => {
    const people = entities.filter((entity) => entity.kind === 'person');
    const parties = entities.filter((entity) => entity.kind === 'party');
    const site = { people, parties };
    expect(siteNetwork(site)).toBe(siteNetwork(site));
    expect(siteNetwork(site).nodes.find((node) => node.slug === 'umoja-progressive-alliance')?.label).toBe('UPA');
  });

  // How long it takes is the build benchmark's to say (bench/build.ts), not a test's.
  it('lays out 300 of 3,000 entities', () => {
    const layout = layoutNetwork(coMentionNetwork(syntheticCorpus(3000)));
    expect(layout.nodes).toHaveLength(300);
    expect(layout.totalNodes).toBe(3000);
    expect(layout.edges.length).toBeLessThanOrEqual(300 * 6);
  });
});

/** `count` people, each co-mentioned with the twenty before it: a dense corpus, as 10,000 articles make. */
function syntheticCorpus(count: number): GraphEntity[] {
  const name = (index: number) => `Person ${String(index).padStart(4, '0')}`;
  const slug = (index: number) => `person-${index}`;
  return Array.from({ length: count }, (_, index) => ({
    kind: 'person' as const,
    slug: slug(index),
    name: name(index),
    mentionCount: count - index,
    coMentions: {
      people: Array.from({ length: 40 }, (_, step) => (index + step - 20 + count) % count)
        .filter((other) => other !== index)
        .map((other) => ({ slug: slug(other), name: name(other), count: 1 + ((index + other) % 5), paragraphs: (index * other) % 3, mentions: 1 + ((index + 2 * other) % 7) })),
      parties: [],
    },
  }));
}
