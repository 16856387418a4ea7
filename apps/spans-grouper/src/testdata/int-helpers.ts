// Helpers of the grouper's integration tests: starting stage processes on their own admin ports,
// waiting for them to join, and reading structured-traces back.
import { freePort } from '@tracehouse/infra';
import { encodeRawSpan, type RawSpan, type StructuredTrace } from '@tracehouse/model';
import { committedOffsets, endOffsets, pollUntil, readTopic, startScript, type TestProcess } from '@tracehouse/testing';
import { STRUCTURED_TRACES } from '@tracehouse/topics';
import type { Kafka } from 'kafkajs';

/** A stage process started by a test, with its admin port. */
export interface StageProcess {
  readonly process: TestProcess;
  readonly adminPort: number;
}

/** Starts a compiled app (`apps/<app>/src/main.js`) on a free admin port, quiet logs. */
export async function startStage(app: 'span-normalizer' | 'spans-grouper', env: Record<string, string>): Promise<StageProcess> {
  const adminPort = await freePort();
  const process = startScript(`apps/${app}/src/main.js`, { ADMIN_PORT: String(adminPort), ADMIN_HOST: '127.0.0.1', LOG_LEVEL: 'warn', STAGE_SESSION_TIMEOUT_MS: '6000', KAFKA_CREATE_TOPICS: 'false', ...env });
  return { process, adminPort };
}

/** Polls `/readyz` until 200: the stage joined its group and can produce. */
export async function waitReady(stage: StageProcess, timeoutMs = 60_000): Promise<void> {
  await pollUntil(
    `the stage on admin port ${stage.adminPort} to be ready`,
    async () => {
      if (stage.process.child.exitCode !== null) throw new Error(`the stage exited: ${stage.process.output()}`);
      const res = await fetch(`http://127.0.0.1:${stage.adminPort}/readyz`);
      return res.status === 200;
    },
    timeoutMs,
    200,
  );
}

/** The value of one counter series on a stage's `/metrics`, 0 when absent. */
export async function metricValue(stage: StageProcess, series: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${stage.adminPort}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(series));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

/** Waits until the group has committed every partition of `topic` to its current end. */
export async function waitCommittedToEnd(kafka: Kafka, groupId: string, topic: string, timeoutMs: number): Promise<void> {
  const ends = await endOffsets(kafka, topic);
  await pollUntil(
    `group ${groupId} to commit ${topic} to its end`,
    async () => {
      const committed = await committedOffsets(kafka, groupId, topic);
      return [...ends].every(([p, end]) => end === 0n || committed.get(p) === end);
    },
    timeoutMs,
    250,
  );
}

/** One structured-traces record, decoded, with its key. */
export interface TraceRecord {
  readonly key: string | undefined;
  readonly trace: StructuredTrace;
}

/** Reads and decodes every record of a structured-traces topic. */
export async function readTraces(kafka: Kafka, topic: string): Promise<TraceRecord[]> {
  const records = await readTopic(kafka, topic, { timeoutMs: 60_000 });
  return records.map((r) => ({ key: r.key, trace: STRUCTURED_TRACES.decode(r.value) }));
}

/** `tenant/trace/span`: how the pipeline identifies a span. */
export const spanKey = (s: RawSpan): string => `${s.tenantId}/${s.traceId}/${s.spanId}`;

/** What the records say about the input spans. */
export interface Accounting {
  /** Input spans absent from every record. */
  readonly missing: string[];
  /** Spans in the records that were never input. */
  readonly unexpected: string[];
  /** Spans seen more than once whose copies differ from the input span. */
  readonly differingReplays: string[];
  /** Records whose key, tenant or trace id does not match one of its spans. */
  readonly misfiled: string[];
  /** Spans seen more than once (all exact replays when differingReplays is empty). */
  readonly duplicates: number;
}

/**
 * Checks every input span against the records: present, in its own trace's record, and every copy
 * identical to the input span (`compareContent`, when the test wrote the raw spans itself).
 */
export function account(input: readonly RawSpan[], records: readonly TraceRecord[], options: { compareContent: boolean }): Accounting {
  const encoded = (s: RawSpan): string => (options.compareContent ? Buffer.from(encodeRawSpan(s)).toString('base64') : '');
  const expected = new Map(input.map((s) => [spanKey(s), encoded(s)]));
  const seen = new Map<string, number>();
  const unexpected: string[] = [];
  const differingReplays: string[] = [];
  const misfiled: string[] = [];
  for (const { key, trace } of records) {
    if (key !== `${trace.tenantId}/${trace.traceId}`) misfiled.push(`record key ${key} for ${trace.tenantId}/${trace.traceId}`);
    for (const span of trace.spans) {
      const k = spanKey(span);
      if (span.traceId !== trace.traceId || span.tenantId !== trace.tenantId) misfiled.push(k);
      const want = expected.get(k);
      if (want === undefined) {
        unexpected.push(k);
        continue;
      }
      const count = (seen.get(k) ?? 0) + 1;
      seen.set(k, count);
      if (encoded(span) !== want) differingReplays.push(k);
    }
  }
  const missing = [...expected.keys()].filter((k) => !seen.has(k));
  const duplicates = [...seen.values()].reduce((n, c) => n + c - 1, 0);
  return { missing, unexpected, differingReplays, misfiled, duplicates };
}
