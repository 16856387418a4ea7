import { LAUNCHER_PORTS, listenerEnv, planPorts, type PortProbe, type PortSpec } from './port-plan';

const specs: PortSpec[] = [
  { key: 'kafka', label: 'Kafka', standard: 9092 },
  { key: 'postgres', label: 'PostgreSQL' },
  { key: 'otlpGrpc', label: 'OTLP gRPC', env: 'COLLECTOR_OTLP_GRPC_PORT', standard: 4317 },
];

/** A machine where `busy` ports are taken and the OS hands out `offers` in order. */
function probe(busy: number[], offers: number[]): PortProbe {
  const queue = [...offers];
  return {
    isFree: (port) => Promise.resolve(!busy.includes(port)),
    anyFree: () => Promise.resolve(queue.shift() ?? 50_000 + queue.length),
  };
}

describe('planPorts: which port each listener of a launcher run gets', () => {
  it('gives the standard ports on a machine where they are free, and any free port where there is no standard one', async () => {
    const plan = await planPorts(specs, { env: {}, saved: {}, probe: probe([], [41000]) });
    expect(plan.ports).toEqual({ kafka: 9092, postgres: 41000, otlpGrpc: 4317 });
    expect(plan.moved).toEqual([]);
  });

  it('moves a listener whose standard port another run holds to a free one, and says so', async () => {
    const plan = await planPorts(specs, { env: {}, saved: {}, probe: probe([9092, 4317], [41000, 41001, 41002]) });
    expect(plan.ports).toEqual({ kafka: 41000, postgres: 41001, otlpGrpc: 41002 });
    expect(plan.moved).toEqual([
      { label: 'Kafka', standard: 9092, port: 41000 },
      { label: 'OTLP gRPC', standard: 4317, port: 41002 },
    ]);
  });

  it('keeps the ports a data folder had, so a restart does not move the pipeline tracers point at', async () => {
    const plan = await planPorts(specs, { env: {}, saved: { kafka: 41000, postgres: 41001, otlpGrpc: 41002 }, probe: probe([], [45000]) });
    expect(plan.ports).toEqual({ kafka: 41000, postgres: 41001, otlpGrpc: 41002 });
  });

  it('falls back to the standard port when the saved one is taken now', async () => {
    const plan = await planPorts(specs, { env: {}, saved: { kafka: 41000 }, probe: probe([41000], [45000]) });
    expect(plan.ports.kafka).toBe(9092);
  });

  it("uses the listener's environment variable as given, even when that port is taken (the server then says so)", async () => {
    const plan = await planPorts(specs, { env: { COLLECTOR_OTLP_GRPC_PORT: '4317' }, saved: {}, probe: probe([4317], [41000]) });
    expect(plan.ports.otlpGrpc).toBe(4317);
  });

  it('refuses a bad port variable, naming it', async () => {
    await expect(planPorts(specs, { env: { COLLECTOR_OTLP_GRPC_PORT: 'grpc' }, saved: {}, probe: probe([], []) })).rejects.toThrow(
      'COLLECTOR_OTLP_GRPC_PORT: must be a port number 1-65535 (got "grpc")',
    );
  });

  it('never hands out one port twice, even when the OS offers it again', async () => {
    const plan = await planPorts(specs, { env: {}, saved: { kafka: 41000 }, probe: probe([4317], [41000, 41000, 41001, 41002]) });
    expect(new Set(Object.values(plan.ports)).size).toBe(3);
    expect(plan.ports).toEqual({ kafka: 41000, postgres: 41001, otlpGrpc: 41002 });
  });

  it("hands every app its listener variables and the launcher's admin ports, each under its own key", async () => {
    const plan = await planPorts(LAUNCHER_PORTS, { env: {}, saved: {}, probe: probe([], Array.from({ length: 20 }, (_, i) => 42000 + i)) });
    expect(plan.ports['admin:collector']).toBe(8081);
    expect(listenerEnv(plan.ports)).toEqual({
      COLLECTOR_OTLP_GRPC_PORT: '4317',
      COLLECTOR_OTLP_HTTP_PORT: '4318',
      COLLECTOR_JAEGER_GRPC_PORT: '14250',
      COLLECTOR_JAEGER_THRIFT_HTTP_PORT: '14268',
      COLLECTOR_ZIPKIN_PORT: '9411',
      COLLECTOR_JAEGER_AGENT_COMPACT_PORT: '6831',
      COLLECTOR_JAEGER_AGENT_BINARY_PORT: '6832',
      QUERY_PORT: '16686',
    });
  });
});
