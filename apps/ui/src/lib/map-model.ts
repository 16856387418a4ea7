// The service map's model: nodes (services and backends) and edges from `/api/service-graph`, the
// neighbourhood filter, node size by load and colour by health, and the dagre layout.
import { Graph, layout } from '@dagrejs/dagre';

/** An edge of `/api/service-graph` (latencies in µs). */
export interface GraphEdge {
  readonly caller: string;
  readonly callee: string;
  readonly calleeKind: 'SERVICE' | 'BACKEND';
  readonly callCount: number;
  readonly errorCount: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** Calls stored behind `callCount` (tail sampling; absent from an older query API). */
  readonly sampledCallCount?: number;
  /** Some call stood for several (tail sampling): the counts are estimates. */
  readonly extrapolated?: boolean;
}

/** What a node is: a service, or the kind of backend its name's protocol tells. */
export const NODE_KINDS = ['service', 'database', 'cache', 'messaging', 'external'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * Health from a node's own error rate: for a service, its requests and errors (the home page's
 * figures) when known; otherwise, and for backends, the calls into it (or, for a service nobody
 * calls, the calls it makes).
 */
export const HEALTH = ['ok', 'warning', 'failing', 'idle'] as const;
export type Health = (typeof HEALTH)[number];

export interface MapNode {
  readonly id: string;
  readonly kind: NodeKind;
  /** Calls into the node in the window (its load); for a service nobody calls, the calls it makes. */
  readonly calls: number;
  readonly errors: number;
  readonly health: Health;
  /** Radius in px, by load (log scale). */
  readonly radius: number;
}

const CACHES = ['redis', 'memcached', 'valkey', 'keydb', 'dragonfly', 'hazelcast', 'ignite', 'coherence', 'geode'];
const MESSAGING = ['kafka', 'rabbitmq', 'activemq', 'nats', 'pulsar', 'amqp', 'sqs', 'sns', 'kinesis', 'pubsub', 'jms', 'mqtt', 'eventhubs', 'servicebus'];
const EXTERNAL = ['http', 'https', 'grpc', 'rpc', 'ws', 'wss'];

/** The kind of a backend from its name (`postgresql://orders-db:5432`, `redis://cache:6379`, `https://api.stripe.com`, `kafka`). */
export function backendKind(name: string): Exclude<NodeKind, 'service'> {
  const protocol = (/^([a-z][a-z0-9+.-]*):\/\//i.exec(name)?.[1] ?? name.split(/[:/\s]/)[0] ?? '').toLowerCase();
  if (CACHES.includes(protocol)) return 'cache';
  if (MESSAGING.includes(protocol)) return 'messaging';
  if (EXTERNAL.includes(protocol)) return 'external';
  return 'database';
}

/** Health of an error rate: failing at 5% and over, warning from 1%, idle without calls. */
export function healthOf(calls: number, errors: number): Health {
  if (calls === 0) return 'idle';
  const rate = errors / calls;
  return rate >= 0.05 ? 'failing' : rate >= 0.01 ? 'warning' : 'ok';
}

/** The edges touching `service` (its callers and callees); all edges when none is given. */
export function neighbourhood(edges: readonly GraphEdge[], service: string | undefined): GraphEdge[] {
  return service ? edges.filter((e) => e.caller === service || e.callee === service) : [...edges];
}

/** A service's own requests and errors in the window (from `/api/overview/services`). */
export type ServiceLoad = ReadonlyMap<string, { readonly requests: number; readonly errors: number }>;

/**
 * Nodes of the graph: every caller and callee, with its load and health. A service's own figures
 * (`own`) win over its edges: a caller whose calls fail is not itself failing, and a service that
 * fails its requests without failing calls is.
 */
export function mapNodes(edges: readonly GraphEdge[], own?: ServiceLoad): MapNode[] {
  const nodes = new Map<string, { kind: NodeKind; inCalls: number; inErrors: number; outCalls: number; outErrors: number }>();
  const node = (id: string, kind: NodeKind) => {
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { kind, inCalls: 0, inErrors: 0, outCalls: 0, outErrors: 0 }));
    return n;
  };
  for (const e of edges) {
    const caller = node(e.caller, 'service');
    caller.outCalls += e.callCount;
    caller.outErrors += e.errorCount;
    const callee = node(e.callee, e.calleeKind === 'BACKEND' ? backendKind(e.callee) : 'service');
    callee.inCalls += e.callCount;
    callee.inErrors += e.errorCount;
  }
  const figures = (id: string, n: { kind: NodeKind; inCalls: number; inErrors: number; outCalls: number; outErrors: number }): { calls: number; errors: number } => {
    const self = n.kind === 'service' ? own?.get(id) : undefined;
    if (self && self.requests > 0) return { calls: self.requests, errors: self.errors };
    return { calls: n.inCalls || n.outCalls, errors: n.inCalls ? n.inErrors : n.outErrors };
  };
  const withFigures = [...nodes.entries()].map(([id, n]) => ({ id, kind: n.kind, ...figures(id, n) }));
  const max = Math.max(1, ...withFigures.map((n) => n.calls));
  return withFigures
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n) => ({ ...n, health: healthOf(n.calls, n.errors), radius: 14 + 16 * (Math.log1p(n.calls) / Math.log1p(max)) }));
}

/** A laid-out graph: node centres and edge polylines in px. */
export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly (MapNode & { readonly x: number; readonly y: number })[];
  readonly edges: readonly (GraphEdge & { readonly points: readonly { x: number; y: number }[] })[];
}

type Point = { x: number; y: number };

/**
 * An edge polyline that starts on the caller's circle and ends on the callee's (dagre ends edges at
 * the node's box, which includes the label): the end points are moved onto the circles, in the
 * direction of their neighbouring point.
 */
export function clipToCircles(points: readonly Point[], from: Point & { r: number }, to: Point & { r: number }): Point[] {
  if (points.length < 2) return [...points];
  const onCircle = (c: Point & { r: number }, toward: Point): Point => {
    const dx = toward.x - c.x;
    const dy = toward.y - c.y;
    const len = Math.hypot(dx, dy) || 1;
    return { x: c.x + (dx / len) * c.r, y: c.y + (dy / len) * c.r };
  };
  const inner = points.slice(1, -1);
  const first = onCircle(from, inner[0] ?? to);
  const last = onCircle(to, inner[inner.length - 1] ?? from);
  return [first, ...inner, last];
}

/** From this many edges on, the layout skips dagre's costly crossing minimisation. */
export const LARGE_MAP_EDGES = 60;

/** Lays the graph out left to right with dagre (callers left of callees). */
export function layoutMap(edges: readonly GraphEdge[], own?: ServiceLoad): MapLayout {
  const nodes = mapNodes(edges, own);
  const g = new Graph({ multigraph: true });
  // Greedy cycle breaking: service graphs have cycles (A calls B calls A), and dagre's default
  // (DFS) then stretches the graph over many more ranks.
  g.setGraph({ rankdir: 'LR', nodesep: 30, ranksep: 140, marginx: 40, marginy: 40, acyclicer: 'greedy' });
  g.setDefaultEdgeLabel(() => ({}));
  // The box leaves room for the label under the circle; edges are then clipped to the circle itself.
  for (const n of nodes) g.setNode(n.id, { width: Math.max(n.radius * 2, 140), height: n.radius * 2 + 28 });
  const radius = new Map(nodes.map((n) => [n.id, n.radius]));
  edges.forEach((e, i) => g.setEdge(e.caller, e.callee, {}, String(i)));
  // Dagre's crossing minimisation is what takes seconds on a dense graph (50 services, 200 edges);
  // above a size its single-pass ordering keeps the map under half a second.
  layout(g, { disableOptimalOrderHeuristic: edges.length > LARGE_MAP_EDGES });
  const graph = g.graph();
  return {
    width: graph.width ?? 0,
    height: graph.height ?? 0,
    nodes: nodes.map((n) => {
      const p = g.node(n.id);
      return { ...n, x: p.x, y: p.y };
    }),
    edges: edges.map((e, i) => {
      const points = g.edge({ v: e.caller, w: e.callee, name: String(i) }).points ?? [];
      const from = g.node(e.caller);
      const to = g.node(e.callee);
      return { ...e, points: clipToCircles(points, { x: from.x, y: from.y, r: radius.get(e.caller) ?? 0 }, { x: to.x, y: to.y, r: radius.get(e.callee) ?? 0 }) };
    }),
  };
}
