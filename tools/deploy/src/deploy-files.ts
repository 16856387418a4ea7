/**
 * Readers of the deployment files (Dockerfile, docker-compose.yml, the Helm chart) and of the apps'
 * configuration schemas, for tools/deploy's tests. Nothing here ships in an image's command line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import type { z } from 'zod';

/** The repository root. */
export const ROOT = resolve(__dirname, '../../..');

/** Path of the chart. */
export const CHART_DIR = resolve(ROOT, 'helm/tracehouse');

/** Every app of the repository: a folder under apps/ with a src/main.ts. */
export function appNames(): string[] {
  return readdirSync(resolve(ROOT, 'apps'))
    .filter((app) => existsSync(resolve(ROOT, 'apps', app, 'src/main.ts')))
    .sort();
}

/** The variables an app reads (the keys of its zod schema) and which of them have no default. */
export interface AppVariables {
  readonly names: ReadonlySet<string>;
  readonly required: ReadonlySet<string>;
}

/** Variables of a zod object schema whose keys are environment variable names. */
export function schemaVariables(schema: z.ZodObject): AppVariables {
  const names = new Set(Object.keys(schema.shape));
  const required = new Set([...names].filter((n) => !(schema.shape[n] as z.ZodType).safeParse(undefined).success));
  return { names, required };
}

/**
 * The app's config schema as it is now, found by the convention apps/<app>/src/config/<app>.config.ts
 * exporting `<camelCaseApp>ConfigSchema` (read at test time: other issues add variables to it).
 */
export function appConfigSchema(app: string): z.ZodObject {
  const file = resolve(ROOT, 'apps', app, 'src/config', `${app}.config.ts`);
  const exportName = `${app.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())}ConfigSchema`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by path on purpose: one schema per app folder
  const schema = (require(file) as Record<string, unknown>)[exportName] as z.ZodObject | undefined;
  if (!schema) throw new Error(`${file} exports no ${exportName}`);
  return schema;
}

/** The variables the app's config schema reads (see appConfigSchema). */
export function appVariables(app: string): AppVariables {
  return schemaVariables(appConfigSchema(app));
}

/**
 * Whether the app refuses to start without CLICKHOUSE_URL (its schema rejects an environment that
 * leaves it unset), so it never opens the embedded ClickHouse engine: the query-service.
 */
export function requiresClickhouseServer(app: string): boolean {
  const result = appConfigSchema(app).safeParse({});
  return result.error?.issues.some((issue) => issue.path[0] === 'CLICKHOUSE_URL') ?? false;
}

/** Variables that say where a dependency is: a deployment that leaves one unset cannot work. */
const CONNECTION_VARIABLE = /^(KAFKA_BROKERS|DOCUMENT_STORE)$|_URL$/;

/** Connection variables of which one is enough: the store DOCUMENT_STORE selects needs only its own URL. */
const ALTERNATIVES: readonly (readonly string[])[] = [['DATABASE_URL', 'MONGODB_URL']];

/** Options of envContractProblems. */
export interface EnvContractOptions {
  /**
   * Connection variables the app reads but does not use as deployed, so they may stay unset (the
   * view-generator's document store, read only by the query API it embeds without a ClickHouse server).
   */
  readonly unused?: ReadonlySet<string>;
}

/**
 * What is wrong with the variables a deployment gives an app: one it sets that no schema reads
 * (a typo, or a renamed variable), or one the app needs (no default, or a connection variable not
 * named in `unused`) that it leaves unset. Empty when the deployment and the app agree.
 */
export function envContractProblems(app: string, given: readonly string[], where: string, all: ReadonlyMap<string, AppVariables>, options: EnvContractOptions = {}): string[] {
  const own = all.get(app);
  if (!own) return [`${where}: ${app} is not an app of apps/`];
  const problems: string[] = [];
  for (const v of given) if (!own.names.has(v)) problems.push(`${where}: sets ${v}, which ${app} does not read`);
  for (const v of own.names) {
    if (given.includes(v)) continue;
    if (options.unused?.has(v) && !own.required.has(v)) continue;
    if (own.required.has(v)) problems.push(`${where}: ${app} requires ${v} (it has no default), which is not set`);
    else if (CONNECTION_VARIABLE.test(v) && !ALTERNATIVES.some((group) => group.includes(v) && group.some((o) => given.includes(o)))) problems.push(`${where}: ${app} reads ${v}, which says where a dependency is, and it is not set`);
  }
  return problems;
}

/** The variables of every app, by app name. */
export function allAppVariables(): Map<string, AppVariables> {
  return new Map(appNames().map((app) => [app, appVariables(app)]));
}

// ---- Dockerfile ----------------------------------------------------------------------------------

/** One build stage of the Dockerfile, with what it inherits from the stage it starts from. */
export interface ImageStage {
  readonly name: string;
  /** The stage or image it starts FROM, ARGs substituted. */
  readonly from: string;
  /** Its chain of ancestors within the file, nearest first. */
  readonly ancestors: string[];
  readonly env: Record<string, string>;
  readonly cmd?: string[];
  readonly user?: string;
  readonly workdir?: string;
  readonly healthcheck?: { readonly options: Record<string, string>; readonly cmd: string[] };
  readonly expose: number[];
  /** Its own RUN lines (not inherited). */
  readonly runs: string[];
}

/** Parses the Dockerfile into stages, each with the configuration an image built from it would have. */
export function parseDockerfile(text = readFileSync(resolve(ROOT, 'Dockerfile'), 'utf8')): Map<string, ImageStage> {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const args: Record<string, string> = {};
  const stages = new Map<string, ImageStage>();
  let current: { -readonly [K in keyof ImageStage]: ImageStage[K] } | undefined;
  const substitute = (s: string) => s.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, name: string) => args[name] ?? m);
  for (const line of lines) {
    const [, instruction = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    switch (instruction.toUpperCase()) {
      case 'ARG': {
        const [k, v] = rest.split('=');
        if (k && v !== undefined && !current) args[k] = v;
        break;
      }
      case 'FROM': {
        const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest);
        if (!m?.[1]) throw new Error(`Dockerfile: cannot read "FROM ${rest}"`);
        const from = substitute(m[1]);
        const parent = stages.get(from);
        current = {
          name: m[2] ?? `stage-${stages.size}`,
          from,
          ancestors: parent ? [parent.name, ...parent.ancestors] : [],
          env: { ...parent?.env },
          cmd: parent?.cmd,
          user: parent?.user,
          workdir: parent?.workdir,
          healthcheck: parent?.healthcheck,
          expose: [...(parent?.expose ?? [])],
          runs: [],
        };
        stages.set(current.name, current);
        break;
      }
      case 'ENV':
        for (const m of rest.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g)) if (current && m[1] && m[2]) current.env[m[1]] = m[2].replace(/^"|"$/g, '');
        break;
      case 'CMD':
        if (current) current.cmd = JSON.parse(rest) as string[];
        break;
      case 'USER':
        if (current) current.user = rest;
        break;
      case 'WORKDIR':
        if (current) current.workdir = rest;
        break;
      case 'EXPOSE':
        if (current) current.expose.push(...rest.split(/\s+/).map((p) => Number(p.replace(/\/(tcp|udp)$/, ''))));
        break;
      case 'RUN':
        current?.runs.push(rest);
        break;
      case 'HEALTHCHECK': {
        const m = /^((?:--\S+=\S+\s+)*)CMD\s+(\[.*\])$/.exec(rest);
        if (!m?.[2]) throw new Error(`Dockerfile: HEALTHCHECK must use the exec form (CMD [...]): "${rest}"`);
        const options = Object.fromEntries([...(m[1] ?? '').matchAll(/--(\S+?)=(\S+)/g)].map((o) => [o[1] ?? '', o[2] ?? '']));
        if (current) current.healthcheck = { options, cmd: JSON.parse(m[2]) as string[] };
        break;
      }
      default:
        break;
    }
  }
  return stages;
}

// ---- docker-compose.yml --------------------------------------------------------------------------

/** The parts of a compose service these tests read. */
export interface ComposeService {
  readonly image?: string;
  readonly build?: { context?: string; target?: string } | string;
  readonly command?: string[];
  readonly environment?: Record<string, string | number | boolean | null>;
  readonly ports?: Array<string | { published: number | string; target: number }>;
  readonly healthcheck?: { test?: string[]; disable?: boolean };
  readonly depends_on?: Record<string, { condition: string }>;
  readonly profiles?: string[];
  readonly volumes?: string[];
}

/** docker-compose.yml as written (YAML merge keys applied, as compose applies them). */
export function readCompose(text = readFileSync(resolve(ROOT, 'docker-compose.yml'), 'utf8')): { services: Record<string, ComposeService>; volumes?: Record<string, unknown> } {
  return parse(text, { merge: true }) as { services: Record<string, ComposeService>; volumes?: Record<string, unknown> };
}

/** The `host:container` pairs a service publishes. */
export function publishedPorts(service: ComposeService): Array<{ host: number; container: number; protocol?: 'udp' }> {
  return (service.ports ?? []).map((p) => {
    if (typeof p === 'string') {
      // `host:container[/protocol]`; only UDP is named, TCP being the default.
      const [mapping, protocol] = p.split('/');
      const [host, container] = (mapping ?? '').split(':').map(Number);
      return { host: host ?? NaN, container: container ?? NaN, ...(protocol === 'udp' ? { protocol } : {}) };
    }
    return { host: Number(p.published), container: p.target };
  });
}

/** The environment of a compose service as strings. */
export function composeEnv(service: ComposeService): Record<string, string> {
  return Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

// ---- tools ---------------------------------------------------------------------------------------

/** Paths of helm and docker-compose, installed by tools/deploy/ensure-tools.sh when missing. */
export function ensureTools(): { helm: string; dockerCompose: string } {
  const out = execFileSync('bash', [resolve(ROOT, 'tools/deploy/ensure-tools.sh')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
  const paths = Object.fromEntries(out.trim().split('\n').map((l) => l.split('=') as [string, string]));
  if (!paths.helm || !paths['docker-compose']) throw new Error(`tools/deploy/ensure-tools.sh printed no tool paths: ${out}`);
  return { helm: paths.helm, dockerCompose: paths['docker-compose'] };
}

/** Runs a tool and returns its exit code, stdout and stderr (never throws on a non-zero exit). */
export function runTool(command: string, args: readonly string[], options: { cwd?: string; input?: string } = {}): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(command, args, { cwd: options.cwd ?? ROOT, input: options.input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 }).toString();
    return { code: 0, stdout, stderr: '' };
  } catch (err) {
    const e = err as { status?: number; stdout?: Buffer; stderr?: Buffer };
    return { code: e.status ?? -1, stdout: String(e.stdout ?? ''), stderr: String(e.stderr ?? '') };
  }
}

/** A rendered Kubernetes object, as far as these tests read it. */
export interface Manifest {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests are free-form; tests read them by path
  readonly spec?: any;
}

/** Parses `helm template` output into its objects. */
export function parseManifests(yamlText: string): Manifest[] {
  return parseAllDocuments(yamlText)
    .map((d) => d.toJS() as Manifest | null)
    .filter((m): m is Manifest => m !== null);
}

/**
 * Validates objects against the Kubernetes (and KEDA, prometheus-operator) schemas with
 * tools/deploy/k8s-validate.mjs; returns `Kind/name: error` lines, empty when all are valid.
 */
export function kubernetesSchemaErrors(manifests: readonly unknown[]): string[] {
  const result = runTool(process.execPath, [resolve(ROOT, 'tools/deploy/k8s-validate.mjs')], { input: JSON.stringify(manifests) });
  if (result.code !== 0) throw new Error(`k8s-validate.mjs exited with ${result.code}: ${result.stderr}`);
  const results = JSON.parse(result.stdout) as Array<{ kind: string; name: string; errors: string[] }>;
  if (results.length !== manifests.length) throw new Error(`k8s-validate.mjs checked ${results.length} of ${manifests.length} objects`);
  return results.flatMap((r) => r.errors.map((e) => `${r.kind}/${r.name}: ${e}`));
}
