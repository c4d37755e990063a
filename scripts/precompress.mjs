// Precompressed copies of the package's JS, wasm, pages and data, as npm CDNs serve
// them: NAME.br (Brotli, quality 11) and NAME.gz (gzip -9) beside each file.
// A server that finds them sends them as they are (scripts/serve.mjs does);
// pages that host the files themselves can do the same (see the README).
//   node scripts/precompress.mjs DIR
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'pkg';
const WANT = /\.(js|wasm|bin|html|css|json)$/;
let br = 0;
let gz = 0;
let raw = 0;
for (const name of readdirSync(dir).sort()) {
  if (!WANT.test(name) || name === 'package.json') continue;
  const body = readFileSync(join(dir, name));
  const b = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [constants.BROTLI_PARAM_MODE]: name.endsWith('.wasm') || name.endsWith('.bin') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  const g = gzipSync(body, { level: 9 });
  writeFileSync(join(dir, `${name}.br`), b);
  writeFileSync(join(dir, `${name}.gz`), g);
  raw += body.length;
  br += b.length;
  gz += g.length;
}
console.error(`precompress: ${dir} ${raw} bytes → ${gz} gzip, ${br} Brotli`);
