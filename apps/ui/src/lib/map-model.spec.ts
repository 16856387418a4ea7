import { backendKind, clipToCircles, healthOf, layoutMap, mapNodes, neighbourhood, type GraphEdge } from './map-model';

const edge = (caller: string, callee: string, callCount: number, errorCount = 0, calleeKind: GraphEdge['calleeKind'] = 'SERVICE'): GraphEdge => ({ caller, callee, calleeKind, callCount, errorCount, p50: 1, p95: 2, p99: 3 });

const edges = [
  edge('frontend', 'checkout', 100, 10),
  edge('checkout', 'payments', 50),
  edge('checkout', 'postgresql://orders-db:5432', 80, 0, 'BACKEND'),
  edge('payments', 'https://api.stripe.com', 50, 1, 'BACKEND'),
  edge('frontend', 'redis://cache:6379', 300, 0, 'BACKEND'),
  edge('worker', 'kafka', 5, 0, 'BACKEND'),
];

describe('map model', () => {
  it('tells a backend kind from its name', () => {
    expect(backendKind('postgresql://orders-db:5432')).toBe('database');
    expect(backendKind('redis://cache:6379')).toBe('cache');
    expect(backendKind('kafka')).toBe('messaging');
    expect(backendKind('https://api.stripe.com')).toBe('external');
  });

  it('makes one node per service and backend, load from incoming calls (outgoing for a pure caller), health from errors', () => {
    const nodes = Object.fromEntries(mapNodes(edges).map((n) => [n.id, n]));
    expect(Object.keys(nodes)).toHaveLength(8);
    expect(nodes.checkout).toMatchObject({ kind: 'service', calls: 100, errors: 10, health: 'failing' });
    expect(nodes.frontend).toMatchObject({ calls: 400, errors: 10, health: 'warning' });
    expect(nodes['https://api.stripe.com']).toMatchObject({ kind: 'external', health: 'warning' });
    expect(nodes.frontend!.radius).toBeGreaterThan(nodes.kafka!.radius);
    expect(healthOf(0, 0)).toBe('idle');
  });

  it('colours a service by its own requests and errors when they are known, not by the calls it makes', () => {
    // frontend's calls to checkout fail (10%), but frontend answers all its own requests; worker
    // fails every request although its one call (to kafka) succeeds.
    const own = new Map([
      ['frontend', { requests: 200, errors: 0 }],
      ['worker', { requests: 4, errors: 4 }],
    ]);
    const nodes = Object.fromEntries(mapNodes(edges, own).map((n) => [n.id, n]));
    expect(nodes.frontend).toMatchObject({ calls: 200, errors: 0, health: 'ok' });
    expect(nodes.worker).toMatchObject({ calls: 4, errors: 4, health: 'failing' });
    // Without own figures (checkout) and for backends, the calls into the node decide.
    expect(nodes.checkout).toMatchObject({ calls: 100, errors: 10, health: 'failing' });
    expect(nodes['https://api.stripe.com']).toMatchObject({ health: 'warning' });
  });

  it('keeps only a service’s neighbourhood when filtered', () => {
    expect(neighbourhood(edges, 'payments').map((e) => `${e.caller}>${e.callee}`)).toEqual(['checkout>payments', 'payments>https://api.stripe.com']);
    expect(neighbourhood(edges, undefined)).toHaveLength(edges.length);
  });

  it('lays callers out left of their callees', () => {
    const layout = layoutMap(edges);
    const x = Object.fromEntries(layout.nodes.map((n) => [n.id, n.x]));
    expect(x.frontend).toBeLessThan(x.checkout!);
    expect(x.checkout).toBeLessThan(x.payments!);
    expect(layout.edges.every((e) => e.points.length >= 2)).toBe(true);
    expect(layout.width).toBeGreaterThan(0);
  });
});

describe('layoutMap on a dense graph', () => {
  it('lays out 50 services with 200 edges, cycles included, every node placed once', () => {
    const dense: GraphEdge[] = [];
    for (let i = 0; i < 50; i++) for (let j = 1; j <= 3; j++) dense.push(edge(`svc-${i}`, `svc-${(i * 7 + j * 13) % 50}`, 10, j));
    for (let i = 0; i < 50; i++) dense.push(edge(`svc-${i}`, ['postgresql://db:5432', 'redis://c:6379', 'kafka', 'https://x'][i % 4]!, 5, 0, 'BACKEND'));
    const layout = layoutMap(dense);
    expect(layout.nodes).toHaveLength(54);
    expect(layout.edges).toHaveLength(200);
    expect(layout.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });
});

describe('clipToCircles', () => {
  it('moves the end points onto the node circles, toward their neighbours', () => {
    const clipped = clipToCircles([{ x: 50, y: 0 }, { x: 100, y: 0 }, { x: 150, y: 0 }], { x: 0, y: 0, r: 10 }, { x: 200, y: 0, r: 20 });
    expect(clipped).toEqual([{ x: 10, y: 0 }, { x: 100, y: 0 }, { x: 180, y: 0 }]);
  });
});
