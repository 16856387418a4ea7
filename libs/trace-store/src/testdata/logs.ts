// Named log fixtures: what a checkout service and its dependencies log while serving one trace
// whose payment fails, plus records outside any trace, of another tenant, and two different
// records in the same nanosecond. Fixed ids and times (T0 = 2026-03-01T10:00:00Z).
import type { LogRow } from '../logs';

export const TENANT = 'acme';
export const OTHER_TENANT = 'globex';
export const T0_NS = 1_772_359_200_000_000_000n;
const MS = 1_000_000n;

export const CHECKOUT_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
export const OK_TRACE = '0af7651916cd43dd8448eb211c80319c';
export const SPANS = { checkout: '00f067aa0ba902b7', inventory: '53995c3f42cd8ad8', payment: 'b7ad6b7169203331', ok: 'e457b5a2e4d86bd1' } as const;

const CHECKOUT_RESOURCE = { 'service.name': 'checkout', 'deployment.environment': 'prod-eu', 'k8s.pod.name': 'checkout-7d9f' };
const INVENTORY_RESOURCE = { 'service.name': 'inventory', 'deployment.environment': 'prod-eu' };
const PAYMENT_RESOURCE = { 'service.name': 'payment', 'deployment.environment': 'staging' };

/** A record with the defaults of an OTel SDK log emitted inside a span. */
export function logRow(fields: Partial<LogRow> & Pick<LogRow, 'serviceName' | 'timeUnixNano'>): LogRow {
  return {
    tenant: TENANT,
    observedTimeUnixNano: fields.timeUnixNano + 250_000n,
    traceId: '',
    spanId: '',
    traceFlags: 1,
    severityNumber: 9,
    severityText: 'INFO',
    body: '',
    eventName: '',
    attributes: {},
    resourceAttributes: { 'service.name': fields.serviceName },
    scopeName: '@opentelemetry/winston-transport',
    scopeVersion: '0.10.0',
    droppedAttributesCount: 0,
    receivedAtMs: Date.now(),
    ...fields,
  };
}

/** The failing checkout: info, warn, error (with typed attributes) and a structured audit body. */
export const checkoutTraceLogs: LogRow[] = [
  logRow({ serviceName: 'checkout', timeUnixNano: T0_NS + 1n * MS, traceId: CHECKOUT_TRACE, spanId: SPANS.checkout, body: 'checkout started order=1234 cart_items=3', resourceAttributes: CHECKOUT_RESOURCE, attributes: { 'http.method': 'POST', 'http.route': '/api/checkout' } }),
  logRow({ serviceName: 'inventory', timeUnixNano: T0_NS + 5n * MS, traceId: CHECKOUT_TRACE, spanId: SPANS.inventory, severityNumber: 13, severityText: 'WARN', body: 'inventory low for sku=ABC-1 (2 left)', resourceAttributes: INVENTORY_RESOURCE, attributes: { sku: 'ABC-1', remaining: 2n } }),
  logRow({
    serviceName: 'payment', timeUnixNano: T0_NS + 12n * MS, traceId: CHECKOUT_TRACE, spanId: SPANS.payment, severityNumber: 17, severityText: 'ERROR',
    body: 'payment declined: card_expired 100% of retries used', resourceAttributes: PAYMENT_RESOURCE,
    attributes: { 'exception.type': 'CardDeclinedError', retry: 2n, 'payment.amount': 99.5, fatal: false },
  }),
  logRow({ serviceName: 'checkout', timeUnixNano: T0_NS + 15n * MS, traceId: CHECKOUT_TRACE, spanId: SPANS.checkout, severityNumber: 17, severityText: 'ERROR', body: 'checkout failed for order=1234', resourceAttributes: CHECKOUT_RESOURCE }),
  logRow({ serviceName: 'checkout', timeUnixNano: T0_NS + 16n * MS, traceId: CHECKOUT_TRACE, spanId: SPANS.checkout, eventName: 'audit.checkout', body: { event: 'audit', user: 'u-17', items: [1n, 2n] }, resourceAttributes: CHECKOUT_RESOURCE }),
];

/** Two different records the payment span wrote in the same nanosecond (a millisecond clock). */
export const sameInstantLogs: LogRow[] = [
  logRow({ serviceName: 'payment', timeUnixNano: T0_NS + 12n * MS, traceId: CHECKOUT_TRACE, spanId: SPANS.payment, body: 'retrying charge attempt=1', resourceAttributes: PAYMENT_RESOURCE }),
  logRow({ serviceName: 'payment', timeUnixNano: T0_NS + 12n * MS, traceId: CHECKOUT_TRACE, spanId: SPANS.payment, body: 'retrying charge attempt=2', resourceAttributes: PAYMENT_RESOURCE }),
];

/** A successful trace, a minute later. */
export const okTraceLogs: LogRow[] = [
  logRow({ serviceName: 'checkout', timeUnixNano: T0_NS + 60_000n * MS, traceId: OK_TRACE, spanId: SPANS.ok, body: 'checkout started order=1235 cart_items=1', resourceAttributes: CHECKOUT_RESOURCE }),
  logRow({ serviceName: 'checkout', timeUnixNano: T0_NS + 60_020n * MS, traceId: OK_TRACE, spanId: SPANS.ok, body: 'checkout completed order=1235', resourceAttributes: CHECKOUT_RESOURCE }),
];

/** Start-up lines outside any trace, with no severity number (text only) and a debug line. */
export const untracedLogs: LogRow[] = [
  logRow({ serviceName: 'checkout', timeUnixNano: T0_NS - 30_000n * MS, severityNumber: 0, severityText: 'warning', body: 'config key cart.ttl is deprecated_please use cart.expiry', resourceAttributes: CHECKOUT_RESOURCE }),
  logRow({ serviceName: 'inventory', timeUnixNano: T0_NS - 20_000n * MS, severityNumber: 5, severityText: 'DEBUG', body: 'cache warmed in 120ms', resourceAttributes: INVENTORY_RESOURCE }),
];

/** The same trace id logged by another tenant: never visible to TENANT. */
export const otherTenantLogs: LogRow[] = [
  logRow({ tenant: OTHER_TENANT, serviceName: 'checkout', timeUnixNano: T0_NS + 2n * MS, traceId: CHECKOUT_TRACE, spanId: SPANS.checkout, severityNumber: 17, severityText: 'ERROR', body: 'payment declined elsewhere', resourceAttributes: CHECKOUT_RESOURCE }),
];

/** Every fixture of TENANT. */
export const allTenantLogs = (): LogRow[] => [...checkoutTraceLogs, ...sameInstantLogs, ...okTraceLogs, ...untracedLogs];
