// Shortens the names of the wasm's imports from its wasm-bindgen glue
// (`__wbg_setAttribute_2704501201f15687` → `a5`), in the .wasm's import
// section and in the glue's import object alike. wasm-bindgen writes each
// import's name with a 16-digit hash, which no compressor can shrink, twice
// (once in each file); the names mean nothing at run time.
//   node scripts/short-imports.mjs OUT_DIR NAME   (NAME_bg.wasm and NAME.js)
// Exits non-zero, changing nothing, if a name is not found in the glue
// exactly as often as expected (so a change in wasm-bindgen's output cannot
// produce a module that fails to link).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, name] = process.argv.slice(2);
const wasmPath = join(dir, `${name}_bg.wasm`);
const gluePath = join(dir, `${name}.js`);
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

function leb(buf, at) {
  let v = 0;
  let shift = 0;
  let b;
  do {
    b = buf[at++];
    v += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [v, at];
}
function encodeLeb(v) {
  const out = [];
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v > 0) b |= 0x80;
    out.push(b);
  } while (v > 0);
  return Buffer.from(out);
}
const str = (s) => {
  const b = Buffer.from(s, 'utf8');
  return Buffer.concat([encodeLeb(b.length), b]);
};

/** Skips an import's description (function, table, memory, global, tag). */
function skipDesc(buf, at, kind) {
  const limits = (p) => {
    const flags = buf[p++];
    [, p] = leb(buf, p);
    if (flags & 1) [, p] = leb(buf, p);
    return p;
  };
  switch (kind) {
    case 0:
      return leb(buf, at)[1];
    case 1:
      return limits(at + 1);
    case 2:
      return limits(at);
    case 3:
      return at + 2;
    case 4:
      return leb(buf, at + 1)[1];
    default:
      throw new Error(`unknown import kind ${kind}`);
  }
}

const glueModule = `./${name}_bg.js`;
const parts = [wasm.subarray(0, 8)];
const renamed = new Map();
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, body] = leb(wasm, at + 1);
  const end = body + size;
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  let [count, p] = leb(wasm, body);
  const entries = [encodeLeb(count)];
  for (let i = 0; i < count; i++) {
    let len;
    [len, p] = leb(wasm, p);
    const module = wasm.subarray(p, p + len).toString('utf8');
    p += len;
    [len, p] = leb(wasm, p);
    const field = wasm.subarray(p, p + len).toString('utf8');
    p += len;
    const kind = wasm[p];
    const descEnd = skipDesc(wasm, p + 1, kind);
    let short = field;
    if (module === glueModule && field.startsWith('__wbg_')) {
      short = renamed.get(field) ?? `w${renamed.size.toString(36)}`;
      renamed.set(field, short);
    }
    entries.push(str(module), str(short), wasm.subarray(p, descEnd));
    p = descEnd;
  }
  const content = Buffer.concat(entries);
  parts.push(Buffer.from([2]), encodeLeb(content.length), content);
  at = end;
}

// The glue names each import once, as a key of its import object.
for (const [long, short] of renamed) {
  const key = new RegExp(`(^|[\\s{,])${long}(?=\\s*:)`, 'gm');
  const found = glue.match(key)?.length ?? 0;
  if (found !== 1) {
    console.error(`short-imports: ${long} is in ${name}.js ${found} times as a key, not once; nothing changed`);
    process.exit(1);
  }
  glue = glue.replace(key, `$1${short}`);
}
const out = Buffer.concat(parts);
if (!WebAssembly.validate(out)) {
  console.error('short-imports: the rewritten module does not validate; nothing changed');
  process.exit(1);
}
writeFileSync(wasmPath, out);
writeFileSync(gluePath, glue);
console.error(`short-imports: ${renamed.size} import names shortened in ${name} (${wasm.length - out.length} bytes fewer in the wasm)`);
