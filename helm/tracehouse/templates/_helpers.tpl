{{/*
The stages of the pipeline: the values key of each app, and for the ones that consume Kafka the
values key of their input topic (kafka.topics.names.<input>). Each becomes a Deployment, an admin
Service, a PodDisruptionBudget and an HPA or KEDA ScaledObject (templates/stages.yaml).
*/}}
{{- define "tracehouse.stages" -}}
collector: { key: collector }
span-normalizer: { key: spanNormalizer, input: otlpSpans }
spans-grouper: { key: spansGrouper, input: rawSpans }
trace-enricher: { key: traceEnricher, input: structuredTraces }
view-generator: { key: viewGenerator, input: enrichedTraces }
{{- end }}

{{- define "tracehouse.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "tracehouse.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Name of an app's resources: <fullname>-<app>, within the 63 characters of a DNS label. */}}
{{- define "tracehouse.appName" -}}
{{- printf "%s-%s" (include "tracehouse.fullname" .root) .app | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "tracehouse.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ include "tracehouse.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: tracehouse
app.kubernetes.io/component: {{ .app }}
{{- end }}

{{- define "tracehouse.selectorLabels" -}}
app.kubernetes.io/name: {{ include "tracehouse.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .app }}
{{- end }}

{{- define "tracehouse.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "tracehouse.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "tracehouse.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.repositoryPrefix .app (default .root.Chart.AppVersion .root.Values.image.tag) }}
{{- end }}

{{/*
A consuming stage never gets more replicas than its input topic has partitions: the extra members
of the consumer group would be assigned nothing and sit idle. Checks the fixed replica count and
every autoscaling bound.
*/}}
{{- define "tracehouse.checkReplicas" -}}
{{- $partitions := int .root.Values.kafka.topics.partitions }}
{{- $topic := index .root.Values.kafka.topics.names .stage.input }}
{{- $bounds := list (list "replicas" .v.replicas) }}
{{- if .v.autoscaling.enabled }}
{{- $bounds = append $bounds (list "autoscaling.maxReplicas" .v.autoscaling.maxReplicas) }}
{{- end }}
{{- if .v.keda.enabled }}
{{- $bounds = append $bounds (list "keda.maxReplicas" .v.keda.maxReplicas) }}
{{- end }}
{{- range $bounds }}
{{- $key := index . 0 }}
{{- $count := int (index . 1) }}
{{- if gt $count $partitions }}
{{- fail (printf "%s.%s is %d, above the %d partitions of its input topic %s (kafka.topics.partitions): a consumer group never gives work to more members than there are partitions, so the extra pods would sit idle. Lower %s.%s to at most %d, or raise kafka.topics.partitions." $.stage.key $key $count $partitions $topic $.stage.key $key $partitions) }}
{{- end }}
{{- end }}
{{- end }}

{{/* A secret reference must name its Secret. */}}
{{- define "tracehouse.requireSecret" -}}
{{- if not .secret }}
{{- fail (printf "%s is empty: name the Secret that holds %s (the chart never takes secrets as plain values)." .path .what) }}
{{- end }}
{{- end }}

{{/* Environment variables every app reads: Kafka, topics, logging (see the README's table). */}}
{{- define "tracehouse.kafkaEnv" -}}
{{- $k := .Values.kafka }}
- name: KAFKA_BROKERS
  value: {{ $k.brokers | quote }}
- name: KAFKA_CLIENT_ID
  value: {{ $k.clientId | quote }}
- name: KAFKA_SSL
  value: {{ $k.tls | quote }}
{{- if $k.sasl.mechanism }}
{{- include "tracehouse.requireSecret" (dict "secret" $k.sasl.existingSecret "path" "kafka.sasl.existingSecret" "what" "the Kafka SASL user and password") }}
- name: KAFKA_SASL_MECHANISM
  value: {{ $k.sasl.mechanism | quote }}
- name: KAFKA_SASL_USERNAME
  valueFrom:
    secretKeyRef: { name: {{ $k.sasl.existingSecret | quote }}, key: {{ $k.sasl.usernameKey | quote }} }
- name: KAFKA_SASL_PASSWORD
  valueFrom:
    secretKeyRef: { name: {{ $k.sasl.existingSecret | quote }}, key: {{ $k.sasl.passwordKey | quote }} }
{{- end }}
- name: TOPIC_OTLP_SPANS
  value: {{ $k.topics.names.otlpSpans | quote }}
- name: TOPIC_RAW_SPANS
  value: {{ $k.topics.names.rawSpans | quote }}
- name: TOPIC_STRUCTURED_TRACES
  value: {{ $k.topics.names.structuredTraces | quote }}
- name: TOPIC_ENRICHED_TRACES
  value: {{ $k.topics.names.enrichedTraces | quote }}
- name: TOPIC_OTLP_LOGS
  value: {{ $k.topics.names.otlpLogs | quote }}
{{- end }}

{{/* The entity store of the trace-enricher (writes) and the query-service (reads): its URL only from a Secret. */}}
{{- define "tracehouse.documentStoreEnv" -}}
{{- $store := .Values.documentStore }}
- name: DOCUMENT_STORE
  value: {{ $store.type | quote }}
{{- if eq $store.type "postgres" }}
{{- include "tracehouse.requireSecret" (dict "secret" $store.postgres.existingSecret "path" "documentStore.postgres.existingSecret" "what" "the PostgreSQL URL") }}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef: { name: {{ $store.postgres.existingSecret | quote }}, key: {{ $store.postgres.urlKey | quote }} }
{{- else }}
{{- include "tracehouse.requireSecret" (dict "secret" $store.mongodb.existingSecret "path" "documentStore.mongodb.existingSecret" "what" "the MongoDB URL") }}
- name: MONGODB_URL
  valueFrom:
    secretKeyRef: { name: {{ $store.mongodb.existingSecret | quote }}, key: {{ $store.mongodb.urlKey | quote }} }
{{- end }}
{{- end }}

{{/* The ClickHouse server of the view-generator (writes) and the query-service (reads): URL and database plain, credentials from a Secret. */}}
{{- define "tracehouse.clickhouseEnv" -}}
{{- $c := .Values.clickhouse }}
- name: CLICKHOUSE_URL
  value: {{ $c.url | quote }}
- name: CLICKHOUSE_DATABASE
  value: {{ $c.database | quote }}
{{- with $c.existingSecret }}
- name: CLICKHOUSE_USER
  valueFrom:
    secretKeyRef: { name: {{ . | quote }}, key: {{ $c.userKey | quote }} }
- name: CLICKHOUSE_PASSWORD
  valueFrom:
    secretKeyRef: { name: {{ . | quote }}, key: {{ $c.passwordKey | quote }} }
{{- end }}
{{- end }}

{{/* Extra plain and secret variables of one app (values <stage>.env and <stage>.secretEnv). */}}
{{- define "tracehouse.extraEnv" -}}
{{- range $name, $value := .v.env }}
- name: {{ $name }}
  value: {{ $value | quote }}
{{- end }}
{{- range $name, $ref := .v.secretEnv }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef: { name: {{ $ref.secret | quote }}, key: {{ $ref.key | quote }} }
{{- end }}
{{- end }}

{{/* Probes on the admin port: alive = /healthz, ready = /readyz (dependencies answer). */}}
{{- define "tracehouse.probes" -}}
startupProbe:
  httpGet: { path: /healthz, port: admin }
  periodSeconds: 2
  failureThreshold: 60
livenessProbe:
  httpGet: { path: /healthz, port: admin }
  periodSeconds: 10
  timeoutSeconds: 3
  failureThreshold: 3
readinessProbe:
  httpGet: { path: /readyz, port: admin }
  periodSeconds: 5
  timeoutSeconds: 3
  failureThreshold: 3
{{- end }}

{{/*
TLS of an app's listening ports (values <app>.tls, the README's TLS section): the variables naming
the files of the mounted Secrets. The Secrets are mounted as whole volumes (never subPath), so the
kubelet's update of a renewed certificate reaches the pod and the app reloads it. Arguments: prefix
(COLLECTOR or QUERY), tls (the values), path (their values path, for messages).
*/}}
{{- define "tracehouse.tlsEnv" -}}
{{- $t := .tls }}
{{- if and $t.clientCa.existingSecret (not $t.existingSecret) }}
{{- fail (printf "%s.clientCa.existingSecret is set but %s.existingSecret is empty: client certificates are verified only over TLS, so name the Secret holding the server's tls.crt and tls.key too." .path .path) }}
{{- end }}
{{- if and $t.clientTenantFrom (not $t.clientCa.existingSecret) }}
{{- fail (printf "%s.clientTenantFrom is %s but %s.clientCa.existingSecret is empty: a tenant is read only from a client certificate the CA verified." .path $t.clientTenantFrom .path) }}
{{- end }}
{{- if and $t.clientTenants (not $t.clientTenantFrom) }}
{{- fail (printf "%s.clientTenants is set but %s.clientTenantFrom is empty: say which certificate field (cn, dns, uri or email) the identities are." .path .path) }}
{{- end }}
{{- if $t.existingSecret }}
- name: {{ .prefix }}_TLS_CERT_FILE
  value: /etc/tracehouse/tls/tls.crt
- name: {{ .prefix }}_TLS_KEY_FILE
  value: /etc/tracehouse/tls/tls.key
- name: {{ .prefix }}_TLS_RELOAD_INTERVAL_MS
  value: {{ $t.reloadIntervalMs | quote }}
{{- if $t.clientCa.existingSecret }}
- name: {{ .prefix }}_TLS_CLIENT_CA_FILE
  value: /etc/tracehouse/tls-client-ca/ca.crt
{{- end }}
{{- with $t.clientTenantFrom }}
- name: {{ $.prefix }}_TLS_CLIENT_TENANT_FROM
  value: {{ . | quote }}
{{- end }}
{{- with $t.clientTenants }}
- name: {{ $.prefix }}_TLS_CLIENT_TENANTS
  value: {{ . | quote }}
{{- end }}
{{- end }}
{{- end }}

{{/* The volumes of tracehouse.tlsEnv's files (mode 0440: the pod's group, fsGroup 1000, reads them). */}}
{{- define "tracehouse.tlsVolumes" -}}
{{- if .tls.existingSecret }}
- name: tls
  secret:
    secretName: {{ .tls.existingSecret | quote }}
    defaultMode: 288
    items: [{ key: tls.crt, path: tls.crt }, { key: tls.key, path: tls.key }]
{{- with .tls.clientCa.existingSecret }}
- name: tls-client-ca
  secret:
    secretName: {{ . | quote }}
    defaultMode: 288
    items: [{ key: {{ $.tls.clientCa.key | quote }}, path: ca.crt }]
{{- end }}
{{- end }}
{{- end }}

{{/* Where tracehouse.tlsVolumes are mounted, read-only. */}}
{{- define "tracehouse.tlsMounts" -}}
{{- if .tls.existingSecret }}
- { name: tls, mountPath: /etc/tracehouse/tls, readOnly: true }
{{- if .tls.clientCa.existingSecret }}
- { name: tls-client-ca, mountPath: /etc/tracehouse/tls-client-ca, readOnly: true }
{{- end }}
{{- end }}
{{- end }}
