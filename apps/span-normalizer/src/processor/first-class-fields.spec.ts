import type { Attributes, SpanKind, StatusCode } from '@tracehouse/model';
import { FIELD_KEYS, firstClassFields, sqlOperation, sqlTable, truncate, type FirstClassFields } from './first-class-fields';

const OPTIONS = { dbStatementMaxLength: 64 };

function fields(attributes: Attributes, kind: SpanKind = 'CLIENT', more: { statusCode?: StatusCode; statusMessage?: string; events?: Array<{ name: string; attributes: Attributes }> } = {}): FirstClassFields {
  return firstClassFields(
    {
      kind,
      statusCode: more.statusCode ?? 'UNSET',
      statusMessage: more.statusMessage ?? '',
      attributes,
      events: (more.events ?? []).map((e) => ({ timeUnixNano: 1n, droppedAttributesCount: 0, ...e })),
    },
    OPTIONS,
  );
}

type Row = [description: string, kind: SpanKind, attributes: Attributes, expected: unknown];

describe('first-class fields: HTTP', () => {
  const rows: Row[] = [
    ['method, current name', 'CLIENT', { 'http.request.method': 'GET' }, { method: 'GET' }],
    ['method, older name', 'CLIENT', { 'http.method': 'POST' }, { method: 'POST' }],
    ['method, both: the current name wins', 'CLIENT', { 'http.request.method': 'PUT', 'http.method': 'POST' }, { method: 'PUT' }],
    ['method _OTHER: the original method is kept', 'SERVER', { 'http.request.method': '_OTHER', 'http.request.method_original': 'purge' }, { method: 'PURGE' }],
    ['status code, current name', 'CLIENT', { 'http.response.status_code': 503n }, { statusCode: 503 }],
    ['status code, older name', 'CLIENT', { 'http.status_code': 404n }, { statusCode: 404 }],
    ['status code, Zipkin string tag', 'CLIENT', { 'http.status_code': '502' }, { statusCode: 502 }],
    ['status code, both: the current name wins', 'CLIENT', { 'http.response.status_code': 200n, 'http.status_code': 500n }, { statusCode: 200 }],
    [
      'full URL, current name, split into its parts',
      'CLIENT',
      { 'url.full': 'https://api.example.com:8443/users/42?verbose=1' },
      { url: 'https://api.example.com:8443/users/42?verbose=1', scheme: 'https', host: 'api.example.com', port: 8443, path: '/users/42', query: 'verbose=1' },
    ],
    ['full URL, older name, default port from the scheme', 'CLIENT', { 'http.url': 'http://shop.local/cart' }, { url: 'http://shop.local/cart', scheme: 'http', host: 'shop.local', port: 80, path: '/cart' }],
    ['full URL, both: the current name wins', 'CLIENT', { 'url.full': 'https://new.example/a', 'http.url': 'https://old.example/b' }, { url: 'https://new.example/a', host: 'new.example', path: '/a' }],
    ['IPv6 URL host loses its brackets', 'CLIENT', { 'url.full': 'http://[::1]:8080/x' }, { host: '::1', port: 8080, path: '/x' }],
    ['URL with credentials, fragment and no path', 'CLIENT', { 'url.full': 'HTTPS://u:p@Api.Example.com?q=1#frag' }, { scheme: 'https', host: 'api.example.com', port: 443, path: '/', query: 'q=1' }],
    ['a relative http.url yields no URL parts', 'CLIENT', { 'http.url': '/only/a/path' }, { url: '/only/a/path' }],
    ['scheme, current name', 'SERVER', { 'url.scheme': 'https', 'url.path': '/' }, { scheme: 'https' }],
    ['scheme, older name', 'SERVER', { 'http.scheme': 'http', 'http.target': '/' }, { scheme: 'http' }],
    ['scheme, both: the current name wins', 'SERVER', { 'url.scheme': 'https', 'http.scheme': 'http', 'url.path': '/' }, { scheme: 'https' }],
    ['server host, current name', 'SERVER', { 'http.request.method': 'GET', 'server.address': 'api.example.com' }, { host: 'api.example.com' }],
    ['server host, older http.host with port', 'SERVER', { 'http.method': 'GET', 'http.host': 'api.example.com:8080' }, { host: 'api.example.com', port: 8080 }],
    ['server host, older net.host.name and net.host.port', 'SERVER', { 'http.method': 'GET', 'net.host.name': 'web-1', 'net.host.port': 3000n }, { host: 'web-1', port: 3000 }],
    ['server host, both: the current name wins', 'SERVER', { 'http.request.method': 'GET', 'server.address': 'new.host', 'http.host': 'old.host', 'net.host.name': 'older.host' }, { host: 'new.host' }],
    ['client host, older net.peer.name and net.peer.port', 'CLIENT', { 'http.method': 'GET', 'net.peer.name': 'inventory', 'net.peer.port': 8080n }, { host: 'inventory', port: 8080 }],
    ['client host, both: server.address wins over net.peer.name', 'CLIENT', { 'http.method': 'GET', 'server.address': 'new.peer', 'net.peer.name': 'old.peer' }, { host: 'new.peer' }],
    ['port, both: server.port wins over net.peer.port', 'CLIENT', { 'http.method': 'GET', 'server.port': 443n, 'net.peer.port': 80n }, { port: 443 }],
    ['port sent as a string', 'CLIENT', { 'http.method': 'GET', 'server.port': '9000' }, { port: 9000 }],
    ['path, current name', 'SERVER', { 'url.path': '/users/42' }, { path: '/users/42' }],
    ['path and query from the older http.target', 'SERVER', { 'http.target': '/users/42?page=2' }, { path: '/users/42', query: 'page=2' }],
    ['path, Zipkin http.path tag', 'SERVER', { 'http.path': '/api/items' }, { path: '/api/items' }],
    ['path, both: url.path wins over http.target and http.path', 'SERVER', { 'url.path': '/new', 'http.target': '/old?x=1', 'http.path': '/zipkin' }, { path: '/new', query: 'x=1' }],
    ['query, current name', 'SERVER', { 'url.path': '/', 'url.query': 'q=1' }, { query: 'q=1' }],
    ['query, both: url.query wins over http.target', 'SERVER', { 'url.query': 'a=new', 'http.target': '/p?a=old' }, { query: 'a=new' }],
    [
      'URL reconstructed from scheme, host, port and target (older server span)',
      'SERVER',
      { 'http.method': 'GET', 'http.scheme': 'http', 'http.host': 'shop:8080', 'http.target': '/cart?id=7' },
      { url: 'http://shop:8080/cart?id=7', host: 'shop', port: 8080, path: '/cart', query: 'id=7' },
    ],
    ['URL reconstruction leaves out the default port', 'SERVER', { 'url.scheme': 'https', 'server.address': 'a.example', 'server.port': 443n, 'url.path': '/x' }, { url: 'https://a.example/x', port: 443 }],
    ['route', 'SERVER', { 'http.route': '/users/{id}' }, { route: '/users/{id}' }],
    ['user agent, current name', 'SERVER', { 'http.route': '/', 'user_agent.original': 'curl/8.0' }, { userAgent: 'curl/8.0' }],
    ['user agent, older name', 'SERVER', { 'http.route': '/', 'http.user_agent': 'Mozilla/5.0' }, { userAgent: 'Mozilla/5.0' }],
    ['user agent, both: the current name wins', 'SERVER', { 'http.route': '/', 'user_agent.original': 'new', 'http.user_agent': 'old' }, { userAgent: 'new' }],
    ['request body size, current name (0 is kept)', 'CLIENT', { 'http.request.method': 'POST', 'http.request.body.size': 0n }, { requestBodySize: 0 }],
    ['request body size, older name', 'CLIENT', { 'http.method': 'POST', 'http.request_content_length': 512n }, { requestBodySize: 512 }],
    ['request body size, both: the current name wins', 'CLIENT', { 'http.method': 'POST', 'http.request.body.size': 1n, 'http.request_content_length': 2n }, { requestBodySize: 1 }],
    ['response body size, current name', 'CLIENT', { 'http.request.method': 'GET', 'http.response.body.size': 2048n }, { responseBodySize: 2048 }],
    ['response body size, older name', 'CLIENT', { 'http.method': 'GET', 'http.response_content_length': 99n }, { responseBodySize: 99 }],
    ['response body size, both: the current name wins', 'CLIENT', { 'http.method': 'GET', 'http.response.body.size': 3n, 'http.response_content_length': 4n }, { responseBodySize: 3 }],
  ];
  it.each(rows)('%s', (_d, kind, attributes, expected) => {
    expect(fields(attributes, kind).http).toMatchObject(expected as object);
  });

  it('a relative http.url gives no host, scheme or port', () => {
    const http = fields({ 'http.url': '/only/a/path' }).http;
    expect([http?.host, http?.scheme, http?.port]).toEqual([undefined, undefined, undefined]);
  });

  it('is absent when the span has no HTTP attribute', () => {
    expect(fields({ 'db.system': 'postgresql' }).http).toBeUndefined();
  });
});

describe('first-class fields: RPC / gRPC', () => {
  const rows: Row[] = [
    ['system, service and method', 'CLIENT', { 'rpc.system': 'grpc', 'rpc.service': 'helloworld.Greeter', 'rpc.method': 'SayHello' }, { system: 'grpc', service: 'helloworld.Greeter', method: 'SayHello' }],
    ['gRPC status code (0 is kept)', 'CLIENT', { 'rpc.system': 'grpc', 'rpc.grpc.status_code': 0n }, { statusCode: 0 }],
    ['gRPC status code, non-zero', 'SERVER', { 'rpc.system': 'grpc', 'rpc.grpc.status_code': 14n }, { statusCode: 14 }],
    ['status code by name (rpc.response.status_code)', 'CLIENT', { 'rpc.system': 'grpc', 'rpc.response.status_code': 'DEADLINE_EXCEEDED' }, { statusCode: 4 }],
    ['status code, both: rpc.response.status_code wins over rpc.grpc.status_code', 'CLIENT', { 'rpc.system': 'grpc', 'rpc.response.status_code': 'NOT_FOUND', 'rpc.grpc.status_code': 2n }, { statusCode: 5 }],
    ['JSON-RPC error code', 'CLIENT', { 'rpc.system': 'jsonrpc', 'rpc.jsonrpc.error_code': -32601n }, { system: 'jsonrpc', statusCode: -32601 }],
    ['Connect error code name', 'CLIENT', { 'rpc.system': 'connect_rpc', 'rpc.connect_rpc.error_code': 'unavailable' }, { statusCode: 14 }],
    ['brave grpc.status_code tag alone implies gRPC', 'CLIENT', { 'grpc.status_code': 'UNAVAILABLE' }, { system: 'grpc', statusCode: 14 }],
  ];
  it.each(rows)('%s', (_d, kind, attributes, expected) => {
    expect(fields(attributes, kind).rpc).toMatchObject(expected as object);
  });

  it('is absent when the span has no RPC attribute', () => {
    expect(fields({ 'http.method': 'GET' }).rpc).toBeUndefined();
  });
});

describe('first-class fields: database', () => {
  const rows: Row[] = [
    ['system, current name', 'CLIENT', { 'db.system.name': 'postgresql' }, { system: 'postgresql' }],
    ['system, older name', 'CLIENT', { 'db.system': 'mysql' }, { system: 'mysql' }],
    ['system, OpenTracing db.type', 'CLIENT', { 'db.type': 'sql' }, { system: 'sql' }],
    ['system, both: the current name wins', 'CLIENT', { 'db.system.name': 'postgresql', 'db.system': 'mysql' }, { system: 'postgresql' }],
    ['name, current name', 'CLIENT', { 'db.system': 'postgresql', 'db.namespace': 'shop' }, { name: 'shop' }],
    ['name, older name', 'CLIENT', { 'db.system': 'postgresql', 'db.name': 'orders' }, { name: 'orders' }],
    ['name, OpenTracing db.instance', 'CLIENT', { 'db.type': 'sql', 'db.instance': 'legacy' }, { name: 'legacy' }],
    ['name, both: the current name wins', 'CLIENT', { 'db.namespace': 'new', 'db.name': 'old' }, { name: 'new' }],
    ['operation, current name', 'CLIENT', { 'db.system': 'mongodb', 'db.operation.name': 'findAndModify' }, { operation: 'findAndModify' }],
    ['operation, older name', 'CLIENT', { 'db.system': 'redis', 'db.operation': 'HGET' }, { operation: 'HGET' }],
    ['operation, both: the current name wins', 'CLIENT', { 'db.operation.name': 'new', 'db.operation': 'old' }, { operation: 'new' }],
    ['operation read from the statement when not given', 'CLIENT', { 'db.system': 'postgresql', 'db.statement': '  select * from users where id = $1' }, { operation: 'SELECT' }],
    ['statement, current name', 'CLIENT', { 'db.query.text': 'SELECT 1' }, { statement: 'SELECT 1' }],
    ['statement, older name', 'CLIENT', { 'db.statement': 'SELECT 2' }, { statement: 'SELECT 2' }],
    ['statement, both: the current name wins', 'CLIENT', { 'db.query.text': 'SELECT new', 'db.statement': 'SELECT old' }, { statement: 'SELECT new' }],
    ['statement truncated to the configured length', 'CLIENT', { 'db.statement': `SELECT ${'x'.repeat(200)}` }, { statement: `SELECT ${'x'.repeat(57)}` }],
    ['table, current name', 'CLIENT', { 'db.system': 'mongodb', 'db.collection.name': 'users' }, { table: 'users' }],
    ['table, older SQL name', 'CLIENT', { 'db.system': 'mysql', 'db.sql.table': 'orders' }, { table: 'orders' }],
    ['table, older MongoDB name', 'CLIENT', { 'db.system': 'mongodb', 'db.mongodb.collection': 'carts' }, { table: 'carts' }],
    ['table, older Cassandra name', 'CLIENT', { 'db.system': 'cassandra', 'db.cassandra.table': 'events' }, { table: 'events' }],
    ['table, both: the current name wins', 'CLIENT', { 'db.collection.name': 'new', 'db.sql.table': 'old' }, { table: 'new' }],
    ['table read from the statement when not given', 'CLIENT', { 'db.system': 'postgresql', 'db.statement': 'INSERT INTO "public"."orders" (id) VALUES ($1)' }, { table: 'public.orders', operation: 'INSERT' }],
  ];
  it.each(rows)('%s', (_d, kind, attributes, expected) => {
    expect(fields(attributes, kind).db).toMatchObject(expected as object);
  });

  it('reads the operation and table from the whole statement, before it is cut', () => {
    const db = fields({ 'db.statement': `/* app */ UPDATE ${'t'.repeat(100)} SET a = 1` }).db;
    expect(db?.statement).toHaveLength(64);
    expect(db?.operation).toBe('UPDATE');
    expect(db?.table).toBe('t'.repeat(100));
  });

  it('is absent when the span has no database attribute', () => {
    expect(fields({ 'http.method': 'GET' }).db).toBeUndefined();
  });
});

describe('first-class fields: messaging', () => {
  const rows: Row[] = [
    ['system', 'PRODUCER', { 'messaging.system': 'kafka' }, { system: 'kafka' }],
    ['destination, current name', 'PRODUCER', { 'messaging.system': 'kafka', 'messaging.destination.name': 'orders' }, { destination: 'orders' }],
    ['destination, older name', 'PRODUCER', { 'messaging.system': 'rabbitmq', 'messaging.destination': 'jobs' }, { destination: 'jobs' }],
    ['destination, OpenTracing message_bus.destination', 'PRODUCER', { 'message_bus.destination': 'legacy' }, { destination: 'legacy' }],
    ['destination, both: the current name wins', 'PRODUCER', { 'messaging.destination.name': 'new', 'messaging.destination': 'old' }, { destination: 'new' }],
    ['destination and system from brave kafka.topic', 'CONSUMER', { 'kafka.topic': 'payments' }, { system: 'kafka', destination: 'payments' }],
    ['operation, current name', 'CONSUMER', { 'messaging.system': 'kafka', 'messaging.operation.type': 'process' }, { operation: 'process' }],
    ['operation, older name', 'CONSUMER', { 'messaging.system': 'kafka', 'messaging.operation': 'receive' }, { operation: 'receive' }],
    ['operation, both: the current name wins', 'CONSUMER', { 'messaging.operation.type': 'settle', 'messaging.operation': 'receive' }, { operation: 'settle' }],
  ];
  it.each(rows)('%s', (_d, kind, attributes, expected) => {
    expect(fields(attributes, kind).messaging).toMatchObject(expected as object);
  });

  it('is absent when the span has no messaging attribute', () => {
    expect(fields({ 'http.method': 'GET' }).messaging).toBeUndefined();
  });
});

describe('first-class fields: peer', () => {
  const rows: Row[] = [
    ['remote service name', 'CLIENT', { 'peer.service': 'inventory' }, { service: 'inventory' }],
    ['remote service name, both: service.peer.name wins over peer.service', 'CLIENT', { 'service.peer.name': 'new', 'peer.service': 'old' }, { service: 'new' }],
    ['client span: server.address and server.port', 'CLIENT', { 'server.address': 'db.internal', 'server.port': 5432n }, { address: 'db.internal', port: 5432 }],
    ['client span: older net.peer.name and net.peer.port', 'CLIENT', { 'net.peer.name': 'cache', 'net.peer.port': 6379n }, { address: 'cache', port: 6379 }],
    ['client span: both: server.address wins over net.peer.name', 'CLIENT', { 'server.address': 'new', 'net.peer.name': 'old', 'server.port': 1n, 'net.peer.port': 2n }, { address: 'new', port: 1 }],
    ['client span: network.peer.address when no logical name', 'CLIENT', { 'network.peer.address': '10.0.0.5', 'network.peer.port': 9000n }, { address: '10.0.0.5', port: 9000 }],
    ['client span: Zipkin remote endpoint (net.peer.ip)', 'CLIENT', { 'net.peer.ip': '192.168.1.1', 'net.peer.port': 8080n }, { address: '192.168.1.1', port: 8080 }],
    ['client span: OpenTracing peer.hostname and peer.port', 'CLIENT', { 'peer.hostname': 'legacy-host', 'peer.port': 7000n }, { address: 'legacy-host', port: 7000 }],
    ['client span: the URL host when nothing else names the peer', 'CLIENT', { 'url.full': 'https://pay.example/charge' }, { address: 'pay.example', port: 443 }],
    ['server span: client.address and client.port', 'SERVER', { 'client.address': '203.0.113.9', 'client.port': 51000n }, { address: '203.0.113.9', port: 51000 }],
    ['server span: older http.client_ip', 'SERVER', { 'http.client_ip': '198.51.100.1' }, { address: '198.51.100.1' }],
    ['server span: older net.peer.ip', 'SERVER', { 'net.peer.ip': '10.1.1.1', 'net.peer.port': 40000n }, { address: '10.1.1.1', port: 40000 }],
    ['server span: both: client.address wins over net.peer.ip', 'SERVER', { 'client.address': 'new', 'net.peer.ip': 'old' }, { address: 'new' }],
    ['server span: server.address is the span\'s own host, not the peer', 'SERVER', { 'server.address': 'me.example', 'client.address': 'caller' }, { address: 'caller' }],
  ];
  it.each(rows)('%s', (_d, kind, attributes, expected) => {
    expect(fields(attributes, kind).peer).toMatchObject(expected as object);
  });

  it('is absent when nothing names the other side', () => {
    expect(fields({ 'app.x': 1n }, 'INTERNAL').peer).toBeUndefined();
  });
});

describe('first-class fields: error', () => {
  it('status ERROR is an error; the status message is the message', () => {
    expect(fields({}, 'SERVER', { statusCode: 'ERROR', statusMessage: 'boom' }).error).toEqual({ isError: true, message: 'boom' });
  });
  it('no error signal: not an error', () => {
    expect(fields({ 'http.method': 'GET' }, 'SERVER', { statusCode: 'OK' }).error).toEqual({ isError: false });
  });
  it('Jaeger boolean error tag', () => {
    expect(fields({ error: true }).error.isError).toBe(true);
    expect(fields({ error: false }).error.isError).toBe(false);
  });
  it('Zipkin error tag: its value is the message', () => {
    expect(fields({ error: 'connection refused' }).error).toEqual({ isError: true, message: 'connection refused' });
  });
  it('Zipkin error tag "true" or empty: an error without a message', () => {
    expect(fields({ error: 'true' }).error).toEqual({ isError: true });
    expect(fields({ error: '' }).error).toEqual({ isError: true });
    expect(fields({ error: 'false' }).error).toEqual({ isError: false });
  });
  it('error.type (current semconv, set only on failure) is an error and gives the type', () => {
    expect(fields({ 'error.type': 'timeout' }).error).toEqual({ isError: true, type: 'timeout' });
  });
  it('otel.status_code=ERROR left as an attribute is an error', () => {
    expect(fields({ 'otel.status_code': 'ERROR', 'otel.status_description': 'bad' }).error).toEqual({ isError: true, message: 'bad' });
  });
  it('the last exception event gives type and message, over the attributes', () => {
    const error = fields({ 'error.type': 'java.io.IOException', 'exception.message': 'attr' }, 'SERVER', {
      statusCode: 'ERROR',
      statusMessage: 'status',
      events: [
        { name: 'exception', attributes: { 'exception.type': 'First', 'exception.message': 'first' } },
        { name: 'log', attributes: {} },
        { name: 'exception', attributes: { 'exception.type': 'TypeError', 'exception.message': 'x is undefined' } },
      ],
    }).error;
    expect(error).toEqual({ isError: true, type: 'TypeError', message: 'x is undefined' });
  });
  it('a handled exception event alone is not an error, but its type is kept', () => {
    expect(fields({}, 'SERVER', { events: [{ name: 'exception', attributes: { 'exception.type': 'Retry' } }] }).error).toEqual({ isError: false, type: 'Retry' });
  });
  it('OpenTracing error.kind and error.message', () => {
    expect(fields({ error: true, 'error.kind': 'Timeout', 'error.message': 'took too long' }).error).toEqual({ isError: true, type: 'Timeout', message: 'took too long' });
  });
});

describe('first-class fields: span kind', () => {
  it.each([
    ['client', 'CLIENT'],
    ['SERVER', 'SERVER'],
    ['producer', 'PRODUCER'],
    ['consumer', 'CONSUMER'],
    ['internal', 'INTERNAL'],
    ['weird', 'UNSPECIFIED'],
  ])('span.kind tag %s on an unspecified span -> %s', (tag, kind) => {
    expect(fields({ 'span.kind': tag }, 'UNSPECIFIED').kind).toBe(kind);
  });
  it('OTLP kind wins over the span.kind tag', () => {
    expect(fields({ 'span.kind': 'client' }, 'SERVER').kind).toBe('SERVER');
  });
});

describe('helpers', () => {
  it('sqlOperation reads the leading verb, skipping comments', () => {
    expect(sqlOperation('/* x */ delete from a')).toBe('DELETE');
    expect(sqlOperation('GET key')).toBeUndefined();
  });
  it('sqlTable reads the first table', () => {
    expect(sqlTable('select a from `shop`.`items` i join b')).toBe('shop.items');
    expect(sqlTable('update accounts set x=1')).toBe('accounts');
    expect(sqlTable('SELECT 1')).toBeUndefined();
  });
  it('truncate does not split a surrogate pair', () => {
    expect(truncate('ab😀cd', 3)).toBe('ab');
    expect(truncate('abc', 5)).toBe('abc');
  });
  it('every key list names the current semconv key first where there are several', () => {
    expect(FIELD_KEYS.http.method[0]).toBe('http.request.method');
    expect(FIELD_KEYS.http.statusCode[0]).toBe('http.response.status_code');
    expect(FIELD_KEYS.http.url[0]).toBe('url.full');
    expect(FIELD_KEYS.peer.outboundAddress.indexOf('server.address')).toBeLessThan(FIELD_KEYS.peer.outboundAddress.indexOf('net.peer.name'));
  });
});
