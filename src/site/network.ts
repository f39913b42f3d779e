/**
 * The whole corpus's co-mention network as a picture: the most-mentioned
 * people and parties, a line for each one's strongest ties, laid out by
 * d3-force from a fixed start in a fixed number of steps, and labels placed so
 * that none overlaps another. Pure and deterministic, so builds stay
 * byte-identical. Drawn by `NetworkGraph`.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { compareText, edgeWidth, idOf, LABEL_FONT_SIZE, nodeLabel, rankedCoMentions, round, type CoMentionRef, type GraphEntity, type Point } from './graph';
import { placeLabels, type LabelSpot } from './label-placement';
import { byMentionsThenName } from './order';
import type { EntityKind } from './urls';

/** A person or party in the network. */
export interface NetworkNode {
  /** `person:<slug>` or `party:<slug>`, as in `data/graph.json`. */
  id: string;
  kind: EntityKind;
  slug: string;
  name: string;
  label: string;
  mentions: number;
  /** The entities it shares most articles with, strongest first (whether drawn or not). */
  topConnections: (CoMentionRef & { kind: EntityKind })[];
}

/** Two nodes that share `count` articles. `source` sorts before `target`. */
export interface NetworkEdge {
  source: string;
  target: string;
  count: number;
}

/** The nodes and lines a network picture draws. */
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** People and parties in the whole corpus (the network may show fewer). */
  totalNodes: number;
  /** At most how many lines each node keeps: its strongest ties. */
  tiesPerNode: number;
}

export interface NetworkOptions {
  /** The most-mentioned nodes kept (default 300): more would not be readable, nor quick to lay out. */
  limit?: number;
  /** Lines kept per node, its strongest (default 6): all pairs would be a hairball. */
  tiesPerNode?: number;
  /** Connections listed per node in the table (default 3). */
  topConnections?: number;
}

/**
 * The most-mentioned people and parties, and a line between two of them for
 * each of the strongest ties of either (articles that name both).
 */
export function coMentionNetwork(entities: readonly GraphEntity[], options: NetworkOptions = {}): Network {
  const { limit = 300, tiesPerNode = 6, topConnections = 3 } = options;
  const kept = entities
    .filter((entity) => entity.mentionCount > 0)
    .sort((a, b) => byMentionsThenName(a, b) || compareText(idOf(a.kind, a.slug), idOf(b.kind, b.slug)))
    .slice(0, limit);
  const keptIds = new Set(kept.map((entity) => idOf(entity.kind, entity.slug)));

  const nodes = kept.map((entity): NetworkNode => ({
    id: idOf(entity.kind, entity.slug),
    kind: entity.kind,
    slug: entity.slug,
    name: entity.name,
    label: nodeLabel(entity.name, entity.label),
    mentions: entity.mentionCount,
    topConnections: rankedCoMentions(entity.coMentions).slice(0, topConnections),
  }));

  const strongest = new Map<string, NetworkEdge>();
  for (const entity of kept) {
    const id = idOf(entity.kind, entity.slug);
    const ties = rankedCoMentions(entity.coMentions)
      .map((ref) => ({ other: idOf(ref.kind, ref.slug), count: ref.count }))
      .filter(({ other }) => keptIds.has(other) && other !== id)
      .slice(0, tiesPerNode);
    for (const { other, count } of ties) {
      const [source, target] = id < other ? [id, other] : [other, id];
      strongest.set(`${source} ${target}`, { source, target, count });
    }
  }
  const edges = [...strongest.values()].sort((a, b) => compareText(a.source, b.source) || compareText(a.target, b.target));
  return { nodes, edges, totalNodes: entities.length, tiesPerNode };
}


/** A network node where the layout put it, with its size and where its label is drawn, if it is. */
export interface PlacedNode extends NetworkNode, Point {
  r: number;
  labelled: boolean;
  labelAt?: LabelSpot;
}

/** A line between two placed nodes. */
export interface PlacedEdge extends NetworkEdge {
  from: Point;
  to: Point;
  width: number;
}

/** A network with coordinates, ready to draw. */
export interface NetworkLayout extends Omit<Network, 'nodes' | 'edges'> {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export interface LayoutOptions {
  /** The picture's width; its height follows the layout's shape. */
  width?: number;
  /** Steps of the force simulation: a fixed number, so every build gives the same picture. */
  ticks?: number;
  /** At most how many of the largest nodes get a visible label (those that fit). */
  labels?: number;
}

const NODE_RADIUS = { min: 3.5, max: 16 } as const;
const MARGIN = { x: 80, y: 30 } as const;

/**
 * Places the network with d3-force: lines pull tied nodes together (harder
 * the more articles they share), every node pushes the others away, and no
 * two overlap. The start is d3's own deterministic spiral, in node order (most
 * mentioned first, so at the centre), and the number of steps is fixed.
 */
export function layoutNetwork(network: Network, options: LayoutOptions = {}): NetworkLayout {
  // 720 wide: in a docs column (about 700px) its 13px labels stay 11px or more on screen (see graphs.css).
  const { width = 720, ticks = 300, labels = 30 } = options;
  const maxMentions = Math.max(1, ...network.nodes.map((node) => node.mentions));
  const maxCount = Math.max(1, ...network.edges.map((edge) => edge.count));

  interface Body extends SimulationNodeDatum {
    id: string;
    r: number;
  }
  const bodies: Body[] = network.nodes.map((node) => ({
    id: node.id,
    r: round(NODE_RADIUS.min + (NODE_RADIUS.max - NODE_RADIUS.min) * Math.sqrt(node.mentions / maxMentions)),
  }));
  const links: (SimulationLinkDatum<Body> & { count: number })[] = network.edges.map((edge) => ({ ...edge }));
  // Stopped at once: the simulation is stepped by hand below, never by d3's timer.
  const simulation = forceSimulation(bodies)
    .stop()
    .force('link', forceLink<Body, (typeof links)[number]>(links).id((body) => body.id).distance(60).strength((link) => 0.1 + 0.5 * (link.count / maxCount)))
    .force('charge', forceManyBody<Body>().strength(-90).distanceMax(400))
    .force('collide', forceCollide<Body>((body) => body.r + 3))
    // Keeps islands (nodes that share no drawn line) from drifting off.
    .force('x', forceX<Body>(0).strength(0.06))
    .force('y', forceY<Body>(0).strength(0.06));
  simulation.tick(ticks);

  const fit = fitInto(bodies, width);
  const placed = network.nodes.map((node, index) => ({ ...node, ...fit(bodies[index]!), r: bodies[index]!.r }));
  const spots = placeLabels(placed, { width, height: fit.height, fontSize: LABEL_FONT_SIZE, limit: labels });
  const nodes = placed.map((node): PlacedNode => {
    const spot = spots.get(node.id);
    return { ...node, labelled: spot !== undefined, ...(spot ? { labelAt: spot } : {}) };
  });
  const at = new Map(nodes.map((node) => [node.id, node]));
  const edges = network.edges
    .map((edge): PlacedEdge => {
      const [from, to] = [at.get(edge.source)!, at.get(edge.target)!];
      return { ...edge, from: { x: from.x, y: from.y }, to: { x: to.x, y: to.y }, width: round(0.25 + edgeWidth(edge.count, maxCount) * 0.5) };
    })
    // Thin lines first, so strong ties are drawn on top.
    .sort((a, b) => a.count - b.count || compareText(a.source, b.source) || compareText(a.target, b.target));
  const height = fit.height;
  return { width, height, nodes, edges, totalNodes: network.totalNodes, tiesPerNode: network.tiesPerNode };
}


/** Scales the simulation's coordinates into a picture `width` wide, keeping their shape. */
function fitInto(bodies: readonly (SimulationNodeDatum & { r: number })[], width: number): ((body: SimulationNodeDatum) => Point) & { height: number } {
  // An empty network is one point at the origin.
  const xs = bodies.length > 0 ? bodies.map((body) => body.x ?? 0) : [0];
  const ys = bodies.length > 0 ? bodies.map((body) => body.y ?? 0) : [0];
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const inner = width - 2 * MARGIN.x;
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  // As wide as the picture, unless that would make it taller than it is wide.
  const scale = Math.min(inner / spanX, inner / spanY);
  const height = Math.max(240, Math.ceil(spanY * scale + 2 * MARGIN.y + 20));
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const place = (body: SimulationNodeDatum): Point => ({
    x: round(offsetX + ((body.x ?? 0) - minX) * scale),
    y: round(offsetY + ((body.y ?? 0) - minY) * scale),
  });
  return Object.assign(place, { height });
}

// Each build lays out one network; every page that shows it shares that layout.
const layouts = new WeakMap<object, NetworkLayout>();

/**
 * The network of a loaded site, laid out once and memoised by the site's
 * people list (which `loadSite` reads once per build).
 */
export function siteNetwork(
  site: { people: readonly GraphEntityInput[]; parties: readonly (GraphEntityInput & { label?: string })[] },
  options: NetworkOptions & LayoutOptions = {},
): NetworkLayout {
  const cached = layouts.get(site.people);
  if (cached) return cached;
  const entities: GraphEntity[] = [
    ...site.people.map((person) => ({ ...pick(person), kind: 'person' as const })),
    ...site.parties.map((party) => ({ ...pick(party), kind: 'party' as const, label: party.label })),
  ];
  const layout = layoutNetwork(coMentionNetwork(entities, options), options);
  layouts.set(site.people, layout);
  return layout;
}

/** The fields of a person or party entry the network reads. */
type GraphEntityInput = Pick<GraphEntity, 'slug' | 'name' | 'mentionCount' | 'coMentions'>;

function pick({ slug, name, mentionCount, coMentions }: GraphEntityInput): GraphEntityInput {
  return { slug, name, mentionCount, coMentions };
}
