// Which port each listener of a `npm start` run gets. A person's first run gets the standard ports
// (tracers configured for 4317 just work); a second run on another data folder, beside the first,
// gets free ones instead of failing; and a data folder keeps the ports it had, so a restart does not
// move a pipeline that tracers already point at.
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ADMIN_PORTS, DEFAULT_PORTS } from '@tracehouse/config';
import { PIPELINE_APPS } from './apps';
import { isRunning, readPidFile, removePidFile, type ProcessRecord } from './pid-file';

/** One port the launcher hands out. */
export interface PortSpec {
  /** Key in the plan and in `ports.json`. */
  readonly key: string;
  /** What listens there, for messages. */
  readonly label: string;
  /** Environment variable that fixes it (the app's own variable, read by the launcher too). */
  readonly env?: string;
  /** The standard port, used when free; none: any free port. */
  readonly standard?: number;
  /** A UDP port (probed as UDP: a TCP listener on the number says nothing about it). */
  readonly udp?: boolean;
}

const adminEnv = (app: string): string => `${app.toUpperCase().replace(/-/g, '_')}_ADMIN_PORT`;

/** Every port of a launcher run: the local Kafka and PostgreSQL, the collector's receivers, the query API and each app's admin port. */
export const LAUNCHER_PORTS: readonly PortSpec[] = [
  { key: 'kafka', label: 'Kafka', standard: 9092 },
  { key: 'kafkaController', label: 'Kafka controller' },
  { key: 'postgres', label: 'PostgreSQL' },
  { key: 'otlpGrpc', label: 'OTLP gRPC', env: 'COLLECTOR_OTLP_GRPC_PORT', standard: DEFAULT_PORTS.otlpGrpc },
  { key: 'otlpHttp', label: 'OTLP HTTP', env: 'COLLECTOR_OTLP_HTTP_PORT', standard: DEFAULT_PORTS.otlpHttp },
  { key: 'jaegerGrpc', label: 'Jaeger gRPC', env: 'COLLECTOR_JAEGER_GRPC_PORT', standard: DEFAULT_PORTS.jaegerGrpc },
  { key: 'jaegerThriftHttp', label: 'Jaeger Thrift HTTP', env: 'COLLECTOR_JAEGER_THRIFT_HTTP_PORT', standard: DEFAULT_PORTS.jaegerThriftHttp },
  { key: 'zipkin', label: 'Zipkin', env: 'COLLECTOR_ZIPKIN_PORT', standard: DEFAULT_PORTS.zipkin },
  { key: 'jaegerAgentCompact', label: 'Jaeger agent (compact, UDP)', env: 'COLLECTOR_JAEGER_AGENT_COMPACT_PORT', standard: DEFAULT_PORTS.jaegerAgentCompact, udp: true },
  { key: 'jaegerAgentBinary', label: 'Jaeger agent (binary, UDP)', env: 'COLLECTOR_JAEGER_AGENT_BINARY_PORT', standard: DEFAULT_PORTS.jaegerAgentBinary, udp: true },
  { key: 'query', label: 'Query API', env: 'QUERY_PORT', standard: DEFAULT_PORTS.query },
  ...PIPELINE_APPS.map((a): PortSpec => ({ key: `admin:${a.name}`, label: `${a.name} admin`, env: adminEnv(a.name), standard: DEFAULT_ADMIN_PORTS[a.name] })),
];

/** The ports of a run, by {@link PortSpec.key}. */
export type PortPlan = Readonly<Record<string, number>>;

/** How {@link planPorts} asks about the machine (injected, so the rule is tested without sockets). */
export interface PortProbe {
  isFree(port: number, options?: { udp?: boolean }): Promise<boolean>;
  /** A port the OS picks as free. */
  anyFree(): Promise<number>;
}

/** The plan and, for messages, every port that is not the standard one because that was taken. */
export interface PlannedPorts {
  readonly ports: PortPlan;
  readonly moved: ReadonlyArray<{ readonly label: string; readonly standard: number; readonly port: number }>;
}

/**
 * Picks each port: its environment variable when set (used as given, even when taken: the server
 * then says so); else the port this data folder had before (`saved`) when free; else the standard
 * port when free; else one the OS picks. No port is handed out twice.
 */
export async function planPorts(specs: readonly PortSpec[], options: { env: Readonly<Record<string, string | undefined>>; saved: PortPlan; probe: PortProbe }): Promise<PlannedPorts> {
  const ports: Record<string, number> = {};
  const moved: Array<{ label: string; standard: number; port: number }> = [];
  const taken = new Set<number>();
  const usable = async (port: number | undefined, udp?: boolean): Promise<boolean> => port !== undefined && !taken.has(port) && (await options.probe.isFree(port, { udp }));
  for (const spec of specs) {
    const fromEnv = spec.env ? options.env[spec.env] : undefined;
    let port: number | undefined;
    if (fromEnv !== undefined && fromEnv !== '') {
      port = Number(fromEnv);
      if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${spec.env}: must be a port number 1-65535 (got "${fromEnv}")`);
    } else if (await usable(options.saved[spec.key], spec.udp)) {
      port = options.saved[spec.key];
    } else if (await usable(spec.standard, spec.udp)) {
      port = spec.standard;
    } else {
      for (let attempt = 0; port === undefined; attempt++) {
        const candidate = await options.probe.anyFree();
        if (!taken.has(candidate)) port = candidate;
        else if (attempt > 100) throw new Error(`No free port found for ${spec.label}`);
      }
      if (spec.standard !== undefined) moved.push({ label: spec.label, standard: spec.standard, port });
    }
    if (port === undefined) throw new Error(`No port for ${spec.label}`);
    ports[spec.key] = port;
    taken.add(port);
  }
  return { ports, moved };
}

/** The ports a data folder had (its `ports.json`); none when it has no such file or an unreadable one. */
export function readSavedPorts(file: string): PortPlan {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!value || typeof value !== 'object') return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, number] => Number.isInteger(e[1])));
  } catch {
    return {};
  }
}

/** Keeps a run's ports with its data folder, for the next start to reuse. */
export function savePorts(file: string, ports: PortPlan): void {
  writeFileSync(file, `${JSON.stringify(ports, null, 2)}\n`);
}

/**
 * The environment of the apps for a plan: each listener's variable, which the apps read. The admin
 * port variable is per app: the launcher sets ADMIN_PORT for each from this plan.
 */
export function listenerEnv(ports: PortPlan): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of LAUNCHER_PORTS) {
    const port = ports[spec.key];
    if (spec.env && !spec.key.startsWith('admin:') && port !== undefined) out[spec.env] = String(port);
  }
  return out;
}

/**
 * Ports claimed by launchers of this machine, one file per port in a shared folder naming the
 * claimant. A port stays free from when a launcher picks it until its server binds it (Kafka starts
 * first, so tens of seconds): without claims, a second `npm start` in that window picks the same
 * ports. A claim whose launcher is gone (checked against its cmdline, as pid files are) is stale.
 */
export class PortClaims {
  private readonly mine = new Set<number>();

  constructor(
    private readonly owner: ProcessRecord,
    private readonly dir: string = join(tmpdir(), 'tracehouse-port-claims'),
  ) {}

  /** Claims `port` for this process: true when it was unclaimed, stale, or already ours. */
  tryClaim(port: number): boolean {
    if (this.mine.has(port)) return true;
    mkdirSync(this.dir, { recursive: true });
    try {
      // Shared by every user's launchers, like /tmp itself (the umask narrows mkdir's mode).
      chmodSync(this.dir, 0o1777);
    } catch {
      // Created by another user: it set the mode.
    }
    const file = join(this.dir, String(port));
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx');
        writeSync(fd, `${JSON.stringify(this.owner)}\n`);
        closeSync(fd);
        this.mine.add(port);
        return true;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return false;
      }
      const holder = readPidFile(file);
      if (holder?.pid === this.owner.pid) {
        this.mine.add(port);
        return true;
      }
      if (holder && isRunning(holder)) return false;
      try {
        removePidFile(file);
      } catch {
        return false; // Another user's stale claim: leave that port alone.
      }
    }
    return false;
  }

  /** Gives back every port this process claimed (at stop). */
  releaseAll(): void {
    for (const port of this.mine) {
      const file = join(this.dir, String(port));
      if (readPidFile(file)?.pid === this.owner.pid) removePidFile(file);
    }
    this.mine.clear();
  }
}
