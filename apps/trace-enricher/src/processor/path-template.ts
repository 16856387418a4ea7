// URL path templating: turns the concrete path of a request into the shape of its API, so that
// `/users/123/orders/9f1c2e4a7b` and `/users/77/orders/0a1b2c3d4e` are one API, `/users/{id}/orders/{id}`.
// Used only when the span carries no `http.route` (the framework's own template always wins).
//
// A segment becomes `{id}` when it looks like a value rather than a name: digits, UUIDs, long hex
// (object ids, hashes), ULIDs and base64/base64url tokens, emails, prefixed random ids
// (`cus_J2x3kLmN4pQ`), dates and other mostly-digit codes. Names stay: words, slugs with dashes,
// versions (`v2`, `1.0.3`), camelCase operations. A file extension survives (`/{id}.json`).
// Heuristics err towards keeping a segment: an id left in a name costs one extra API, which the
// per-service cap bounds; a name turned into `{id}` would merge unrelated APIs for good.

/** The placeholder of a templated segment. */
export const ID_PLACEHOLDER = '{id}';

const DIGITS = /^\d+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_LONG = /^[0-9a-f]{16,}$/i;
const HEX_WITH_DIGIT = /^(?=[a-f]*\d)[0-9a-f]{8,}$/i;
const EMAIL = /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/;
const VERSION = /^v?\d+(?:\.\d+){1,3}$/i;
const PREFIXED_ID = /^[A-Za-z]{1,12}_(?=[A-Za-z]*\d)[A-Za-z0-9]{8,}$/;
const TOKEN_CHARS = /^[A-Za-z0-9_\-+=.~]+$/;
const EXTENSION = /^(.+)\.([A-Za-z][A-Za-z0-9]{0,4})$/;
/** Placeholders some frameworks already put in paths (`:id`, `{id}`, `<id>`, `*`). */
const ALREADY_TEMPLATED = /^(?::[A-Za-z_]\w*|\{[^}]*\}|<[^>]*>|\*{1,2})$/;

function counts(s: string): { digits: number; letters: number; upper: number; lower: number } {
  let digits = 0;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return { digits, letters: upper + lower, upper, lower };
}

/** Whether one path segment (no `/`) is a value (an id) rather than part of the API's name. */
export function isIdSegment(segment: string): boolean {
  if (segment === '' || ALREADY_TEMPLATED.test(segment)) return false;
  if (DIGITS.test(segment) || UUID.test(segment) || HEX_LONG.test(segment) || HEX_WITH_DIGIT.test(segment)) return true;
  if (EMAIL.test(segment) || PREFIXED_ID.test(segment)) return true;
  if (VERSION.test(segment)) return false;
  const { digits, letters, upper, lower } = counts(segment);
  // Mostly digits: dates, phone numbers, order and invoice numbers (`2024-01-15`, `INV-2024-0001`).
  if (segment.length >= 4 && digits * 2 > segment.length) return true;
  if (segment.length >= 16 && TOKEN_CHARS.test(segment)) {
    const dashes = segment.length - digits - letters;
    // Random tokens (base64, ULID, JWT parts) mix letters and digits and have few separators;
    // slugs (`how-to-set-up-2fa-in-2024`) are words joined by dashes.
    if (digits > 0 && letters > 0 && dashes * 6 <= segment.length) return true;
    // A digit-free token is random only when long and with case changes all over it
    // (`QmFzZTY0RW5jb2RlZFRva2Vu`); CamelCase names have few capitals.
    if (digits === 0 && segment.length >= 20 && dashes === 0 && upper * 4 >= letters && lower * 4 >= letters) return true;
  }
  return false;
}

function templateSegment(raw: string): string {
  // Matrix parameters (`;jsessionid=...`) are not part of the API.
  const semicolon = raw.indexOf(';');
  const segment = semicolon >= 0 ? raw.slice(0, semicolon) : raw;
  let decoded = segment;
  if (segment.includes('%')) {
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // Malformed escapes: judge the raw text.
    }
  }
  const ext = EXTENSION.exec(decoded);
  if (ext?.[1] && ext[2] && isIdSegment(ext[1])) return `${ID_PLACEHOLDER}.${ext[2]}`;
  return isIdSegment(decoded) ? ID_PLACEHOLDER : segment;
}

/** The path of a URL (`https://h:8080/a/b?q` -> `/a/b`), or the input without query and fragment when it is already a path. */
export function pathOf(urlOrPath: string): string {
  let s = urlOrPath;
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/.exec(s);
  if (scheme) s = s.slice(scheme[0].length);
  const cut = s.search(/[?#]/);
  if (cut >= 0) s = s.slice(0, cut);
  return s === '' ? '/' : s;
}

/**
 * The API template of a request path or URL: every id-like segment (see {@link isIdSegment})
 * becomes `{id}`; query and fragment are dropped; everything else is kept as sent.
 */
export function templatePath(urlOrPath: string): string {
  const path = pathOf(urlOrPath);
  const segments = path.split('/');
  for (let i = 0; i < segments.length; i++) segments[i] = templateSegment(segments[i] ?? '');
  return segments.join('/');
}

/**
 * Templates the path-like words of a free-form name (span names such as `GET /users/123`): words
 * that start with `/` are templated as paths, the others are kept.
 */
export function templateName(name: string): string {
  if (!name.includes('/')) return name;
  return name
    .split(' ')
    .map((word) => (word.startsWith('/') || /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(word) ? templatePath(word) : word))
    .join(' ');
}
