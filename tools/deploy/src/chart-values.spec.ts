import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMap, isPair, isScalar, parseDocument, type Pair, type YAMLMap } from 'yaml';
import { DEFAULT_ADMIN_PORTS, DEFAULT_PORTS, DEFAULT_TOPIC_PARTITIONS, topicSchema } from '@tracehouse/config';
import { CHART_DIR, appNames, appVariables } from './deploy-files';

const valuesText = readFileSync(resolve(CHART_DIR, 'values.yaml'), 'utf8');
const values = parseDocument(valuesText).toJS() as Record<string, Record<string, unknown>>;
const schema = JSON.parse(readFileSync(resolve(CHART_DIR, 'values.schema.json'), 'utf8')) as JsonSchema;

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
}

/** Maps whose entries are free-form (Kubernetes objects, variables, annotations): documented as a whole. */
const FREE_FORM = new Set(['resources', 'env', 'secretEnv', 'podAnnotations', 'nodeSelector', 'affinity', 'annotations', 'labels', 'podSecurityContext', 'securityContext', 'adminPorts', 'names']);

/** Keys of values.yaml whose value is not itself a documented group of keys, as dotted paths, with whether a comment precedes them. */
function leafKeys(map: YAMLMap, prefix: string, out: Array<{ path: string; documented: boolean }>): void {
  map.items.forEach((item, index) => {
    if (!isPair(item) || !isScalar(item.key)) return;
    const pair = item as Pair<{ value: string; commentBefore?: string | null }, unknown>;
    const key = String(pair.key.value);
    const path = prefix ? `${prefix}.${key}` : key;
    if (isMap(pair.value) && !FREE_FORM.has(key) && pair.value.items.length > 0) leafKeys(pair.value, path, out);
    // The comment above a map's first key is kept as the map's own comment.
    else out.push({ path, documented: /(^|\n)\s*-- /.test(`${pair.key.commentBefore ?? ''}\n${index === 0 ? (map.commentBefore ?? '') : ''}`) });
  });
}

/** Whether the schema names `path` (dotted) as a property. */
function schemaHas(path: string): boolean {
  let node: JsonSchema | undefined = schema;
  for (const part of path.split('.')) {
    while (node?.$ref) node = schema.definitions?.[node.$ref.replace('#/definitions/', '')];
    node = node?.properties?.[part];
    if (!node) return false;
  }
  return true;
}

describe('helm/tracehouse/values.yaml', () => {
  it('uses the standard ports of libs/config/src/ports.ts', () => {
    expect(values.ports).toEqual(DEFAULT_PORTS);
    expect(values.adminPorts).toEqual(DEFAULT_ADMIN_PORTS);
  });

  it('uses the default partition count and topic names of @tracehouse/config', () => {
    const topics = values.kafka?.topics as { partitions: number; names: Record<string, string> };
    expect(topics.partitions).toBe(DEFAULT_TOPIC_PARTITIONS);
    expect(topics.names).toEqual({
      otlpSpans: topicSchema.TOPIC_OTLP_SPANS.parse(undefined),
      rawSpans: topicSchema.TOPIC_RAW_SPANS.parse(undefined),
      structuredTraces: topicSchema.TOPIC_STRUCTURED_TRACES.parse(undefined),
      enrichedTraces: topicSchema.TOPIC_ENRICHED_TRACES.parse(undefined),
      otlpLogs: topicSchema.TOPIC_OTLP_LOGS.parse(undefined),
    });
  });

  it('has a block for every app, consumer groups as the apps default them', () => {
    const camel = (app: string) => app.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
    for (const app of appNames()) {
      const block = values[camel(app)] as { consumerGroup?: string } | undefined;
      expect(block).toBeDefined();
      if (block?.consumerGroup !== undefined) expect(block.consumerGroup).toBe(app);
      const groupDefault = appVariables(app).names.has('KAFKA_GROUP_ID') ? app : undefined;
      expect(block?.consumerGroup).toBe(groupDefault);
    }
    // The chart's view-generator writes to a ClickHouse server, so it serves no query API: the
    // query-service is the only one, on unless turned off.
    expect((values.queryService as { enabled: boolean }).enabled).toBe(true);
  });

  it('documents every key with a `# --` comment', () => {
    const doc = parseDocument(valuesText);
    const keys: Array<{ path: string; documented: boolean }> = [];
    leafKeys(doc.contents as YAMLMap, '', keys);
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => !k.documented).map((k) => k.path)).toEqual([]);
  });

  it('has a values.schema.json that names every key and refuses unknown ones', () => {
    const doc = parseDocument(valuesText);
    const keys: Array<{ path: string; documented: boolean }> = [];
    leafKeys(doc.contents as YAMLMap, '', keys);
    expect(keys.map((k) => k.path).filter((p) => !schemaHas(p))).toEqual([]);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(values).sort());
  });
});
