// Validates Kubernetes manifests against the Kubernetes OpenAPI schemas (kubernetes-models) and the
// CRD schemas of KEDA and prometheus-operator (@kubernetes-models/*). Reads a JSON array of
// manifests on stdin; prints a JSON array of { kind, name, errors } (errors empty when valid).
// An .mjs run as its own process because these packages are ES modules only (Jest loads CommonJS).
const PACKAGES = {
  'keda.sh/': '@kubernetes-models/keda/',
  'monitoring.coreos.com/': '@kubernetes-models/prometheus-operator/',
};

function moduleOf(apiVersion) {
  for (const [prefix, pkg] of Object.entries(PACKAGES)) if (apiVersion.startsWith(prefix)) return `${pkg}${apiVersion}`;
  return `kubernetes-models/${apiVersion}`;
}

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const manifest of JSON.parse(input)) {
  const kind = manifest?.kind ?? '(no kind)';
  const name = manifest?.metadata?.name ?? '(no name)';
  let model;
  try {
    model = (await import(moduleOf(String(manifest.apiVersion))))[kind];
  } catch (err) {
    results.push({ kind, name, errors: [`no schema for ${manifest.apiVersion} (${err.message})`] });
    continue;
  }
  if (!model) {
    results.push({ kind, name, errors: [`no schema for ${manifest.apiVersion} ${kind}`] });
    continue;
  }
  try {
    new model(manifest).validate();
    results.push({ kind, name, errors: [] });
  } catch (err) {
    results.push({ kind, name, errors: (err.errors ?? [err]).map((e) => `${e.instancePath ?? ''} ${e.message}`.trim()) });
  }
}
process.stdout.write(JSON.stringify(results));
