import { isIdSegment, pathOf, templateName, templatePath } from './path-template';

// Real-world URL shapes (REST APIs of well-known services, frameworks' defaults, common id
// formats) and the API template each must give.
const TABLE: ReadonlyArray<[string, string]> = [
  // Plain names stay as they are.
  ['/', '/'],
  ['/health', '/health'],
  ['/api/v1/users', '/api/v1/users'],
  ['/v2/checkout/sessions', '/v2/checkout/sessions'],
  ['/users/', '/users/'],
  ['/api/v1.2.3/status', '/api/v1.2.3/status'],
  ['/static/js/main.js', '/static/js/main.js'],
  ['/blog/how-to-set-up-2fa-in-2024', '/blog/how-to-set-up-2fa-in-2024'],
  ['/docs/getting-started/installation', '/docs/getting-started/installation'],
  ['/graphql', '/graphql'],
  ['/api/ListAllOrdersForCustomerAccount', '/api/ListAllOrdersForCustomerAccount'],
  ['/oauth2/authorize', '/oauth2/authorize'],
  ['/api/iso-8601/parse', '/api/iso-8601/parse'],
  ['/feed/deadbeef', '/feed/deadbeef'],
  // Numeric ids.
  ['/users/123', '/users/{id}'],
  ['/users/123/orders/9f1c2e4a7b8d', '/users/{id}/orders/{id}'],
  ['/repos/octocat/hello-world/issues/1347', '/repos/octocat/hello-world/issues/{id}'],
  ['/api/v1/orders/0', '/api/v1/orders/{id}'],
  ['/customers/42/invoices/2024', '/customers/{id}/invoices/{id}'],
  // UUIDs, any case.
  ['/orders/550e8400-e29b-41d4-a716-446655440000', '/orders/{id}'],
  ['/orders/550E8400-E29B-41D4-A716-446655440000/items', '/orders/{id}/items'],
  ['/tenants/3fa85f64-5717-4562-b3fc-2c963f66afa6/users/17', '/tenants/{id}/users/{id}'],
  // Long hex: MongoDB ObjectIds, git SHAs, content hashes, dash-less UUIDs.
  ['/posts/507f1f77bcf86cd799439011', '/posts/{id}'],
  ['/repos/torvalds/linux/commits/a3c1b2d4e5f60718293a4b5c6d7e8f9012345678', '/repos/torvalds/linux/commits/{id}'],
  ['/blobs/sha256/e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', '/blobs/sha256/{id}'],
  ['/sessions/550e8400e29b41d4a716446655440000', '/sessions/{id}'],
  ['/builds/a1b2c3d4', '/builds/{id}'],
  // ULIDs, base64 and base64url tokens, JWTs.
  ['/events/01ARZ3NDEKTSV4RRFFQ69G5FAV', '/events/{id}'],
  ['/share/aGVsbG8gd29ybGQgMTIzNDU2Nzg5', '/share/{id}'],
  ['/reset-password/QmFzZTY0RW5jb2RlZFRva2Vu', '/reset-password/{id}'],
  ['/verify/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', '/verify/{id}'],
  ['/invite/Xk9_mP2-qR7sT4vW8yZ1', '/invite/{id}'],
  // Prefixed random ids (Stripe, Slack, AWS).
  ['/v1/customers/cus_J2x3kLmN4pQrS5t', '/v1/customers/{id}'],
  ['/v1/charges/ch_3MmlLrLkdIwHu7ix0snN0B15/refunds', '/v1/charges/{id}/refunds'],
  ['/ec2/instances/i_0abcd1234efgh5678', '/ec2/instances/{id}'],
  // Emails, raw and percent-encoded.
  ['/users/jane.doe@example.com/profile', '/users/{id}/profile'],
  ['/users/jane.doe%40example.com', '/users/{id}'],
  // Mostly-digit codes: dates, phone numbers, invoice numbers.
  ['/reports/2024-01-15', '/reports/{id}'],
  ['/calls/+14155552671', '/calls/{id}'],
  ['/invoices/INV-2024-0001/pdf', '/invoices/{id}/pdf'],
  // Query strings, fragments, full URLs, matrix parameters, file extensions.
  ['/search?q=shoes&page=2', '/search'],
  ['/products/8872?ref=home#reviews', '/products/{id}'],
  ['https://api.example.com:8443/v1/accounts/778899/balance?currency=eur', '/v1/accounts/{id}/balance'],
  ['http://shop.internal/cart', '/cart'],
  ['https://example.com', '/'],
  ['/app/login;jsessionid=A1B2C3D4E5F6A7B8C9D0', '/app/login'],
  ['/files/12345.json', '/files/{id}.json'],
  ['/images/550e8400-e29b-41d4-a716-446655440000.png', '/images/{id}.png'],
  ['/exports/report.csv', '/exports/report.csv'],
  // Already-templated placeholders are left alone.
  ['/users/:id/orders/:orderId', '/users/:id/orders/:orderId'],
  ['/users/{userId}', '/users/{userId}'],
  // Several ids in a row, and an id first.
  ['/a/1/2/3', '/a/{id}/{id}/{id}'],
  ['/9f1c2e4a7b8d0011/details', '/{id}/details'],
];

describe('templatePath over real-world URL shapes', () => {
  it('has at least 40 cases', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('%s -> %s', (input, expected) => {
    expect(templatePath(input)).toBe(expected);
  });

  it('gives one template for the same API called with different ids', () => {
    const shapes = ['/users/123/orders/9f1c2e4a7b8d', '/users/77/orders/0a1b2c3d4e5f', '/users/5/orders/550e8400-e29b-41d4-a716-446655440000'];
    expect(new Set(shapes.map(templatePath))).toEqual(new Set(['/users/{id}/orders/{id}']));
  });
});

describe('isIdSegment', () => {
  it.each(['v1', 'v2', 'api', 'users', 'getUserProfile', 'hello-world', 'cafe', '2fa', 'ipv6', 'html5'])('keeps the name %s', (s) => {
    expect(isIdSegment(s)).toBe(false);
  });
});

describe('pathOf', () => {
  it('takes the path of a URL and drops query and fragment', () => {
    expect(pathOf('https://user:pw@h.example:8080/a/b?x=1#f')).toBe('/a/b');
    expect(pathOf('/a?x')).toBe('/a');
    expect(pathOf('grpc://h:50051')).toBe('/');
  });
});

describe('templateName', () => {
  it('templates the path-like words of a span name and keeps the rest', () => {
    expect(templateName('GET /users/123')).toBe('GET /users/{id}');
    expect(templateName('HTTP POST')).toBe('HTTP POST');
    expect(templateName('SELECT orders')).toBe('SELECT orders');
    expect(templateName('grpc.health.v1.Health/Check')).toBe('grpc.health.v1.Health/Check');
  });
});
