// Regenerates the protobufjs static code (CommonJS + .d.ts) for every proto library.
// Run after editing a .proto: `npm run gen:proto`. The generated files are committed so that
// type-checking and tests need no generation step; a unit test checks they are up to date.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * One entry per library that owns .proto files: every .proto under `protoDir` goes into one module.
 * `plainOneofs`: see {@link plainOneofs}; for OTLP, whose decoder runs on every span the normalizer reads.
 */
export const TARGETS = [
  { protoDir: 'libs/model/proto', out: 'libs/model/src/generated/model' },
  { protoDir: 'libs/otlp/proto', out: 'libs/otlp/src/generated/otlp', plainOneofs: true },
];

/**
 * pbjs gives each oneof a virtual property whose setter `delete`s the oneof's other fields, and
 * the decoder sets it once per field read: for OTLP that is every AnyValue of every attribute, and
 * the deletes both cost time and turn each AnyValue into a slow dictionary-mode object (decoding
 * took ~3.0 us per span with them, ~1.6 without). Here the property becomes a plain one: it still
 * names the oneof's case last read (the one protobuf keeps when a message repeats a oneof), but
 * fields of an earlier case stay set, so readers dispatch on it rather than on which field is set,
 * and the encoder writes only the case it names.
 */
function plainOneofs(js) {
  const virtual = /\$Object\.defineProperty\((\w+)\.prototype, "(\w+)", \{\s*get: \$util\.oneOfGetter\(\$oneOfFields = \[([^\]]*)\]\),\s*set: \$util\.oneOfSetter\(\$oneOfFields\)\s*\}\);/g;
  const oneofs = [];
  const out = js.replace(virtual, (_, type, name, fields, offset) => {
    oneofs.push({ type, name, fields: fields.split(',').map((f) => f.trim().replace(/^"|"$/g, '')), offset });
    return `${type}.prototype.${name} = $undefined;`;
  });
  if (oneofs.length === 0) throw new Error('plainOneofs: no oneof property found to rewrite (did the pbjs output change?)');
  // The encoder writes every field that is set; with nothing deleted, a message read from a
  // repeated oneof holds two cases, so each case is written only when the property names it (or
  // names none: a message built by hand).
  let result = out;
  for (const { type, name, fields } of oneofs) {
    const start = result.indexOf(`${type}.encode = function (m, w, q) {`);
    const end = result.indexOf('return w;', start);
    if (start < 0 || end < 0) throw new Error(`plainOneofs: no encoder found for ${type}`);
    let body = result.slice(start, end);
    for (const f of fields) {
      const check = `if (m.${f} != null && $Object.hasOwnProperty.call(m, "${f}"))`;
      if (!body.includes(check)) throw new Error(`plainOneofs: ${type}.encode has no check of ${f}`);
      body = body.replace(check, `if (m.${f} != null && $Object.hasOwnProperty.call(m, "${f}") && (m.${name} == null || m.${name} === "${f}"))`);
    }
    result = result.slice(0, start) + body + result.slice(end);
  }
  return result;
}

function protoFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...protoFiles(p));
    else if (entry.name.endsWith('.proto')) out.push(p);
  }
  return out.sort();
}

/** Generates one target into `outBase` (.js and .d.ts); returns the two file paths. */
export function generate(target, outBase = join(root, target.out)) {
  const dir = join(root, target.protoDir);
  const files = protoFiles(dir).map((f) => relative(dir, f));
  mkdirSync(dirname(outBase), { recursive: true });
  const bin = join(root, 'node_modules/.bin');
  execFileSync(join(bin, 'pbjs'), ['-t', 'static-module', '-w', 'commonjs', '--no-beautify', '--keep-case', '-p', dir, '-o', `${outBase}.js`, ...files], { cwd: dir, stdio: 'inherit' });
  if (target.plainOneofs) writeFileSync(`${outBase}.js`, plainOneofs(readFileSync(`${outBase}.js`, 'utf8')));
  execFileSync(join(bin, 'pbts'), ['--no-comments', '-o', `${outBase}.d.ts`, `${outBase}.js`], { stdio: 'inherit' });
  return [`${outBase}.js`, `${outBase}.d.ts`];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const target of TARGETS) {
    if (!existsSync(join(root, target.protoDir))) continue;
    generate(target);
    console.log(`generated ${target.out}.{js,d.ts}`);
  }
}
