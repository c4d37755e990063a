// What each of the package's two ESM entries loads: `charter-explorer` (the
// search API and the widget) and `charter-explorer/search` (the search API
// alone, its wasm built without the widget), in bytes, gzip -9 and Brotli
// quality 11 (node's zlib). Both also load charter_readers.bin (shared).
// Needs make pkg first:
//   node bench/entries-size.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brBytes, gzBytes } from './newsroom-size.mjs';

const pkg = join(fileURLToPath(new URL('..', import.meta.url)), 'pkg');
const ENTRIES = {
  'charter-explorer': ['charter_explorer.js', 'charter_explorer_bg.wasm'],
  'charter-explorer/search': ['search.js', 'charter_search_bg.wasm'],
};

/** { entry: { file: { raw, gzip, brotli } } } for the files of each entry in `dir`. */
export function entrySizes(dir = pkg) {
  return Object.fromEntries(
    Object.entries(ENTRIES).map(([entry, files]) => {
      const gz = gzBytes(dir, files);
      const br = brBytes(dir, files);
      return [entry, Object.fromEntries(files.map((f) => [f, { raw: readFileSync(join(dir, f)).length, gzip: gz[f], brotli: br[f] }]))];
    }),
  );
}

/** A markdown table: each entry's files and their sum. */
export function entriesTable(s) {
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  const rows = [];
  for (const [entry, files] of Object.entries(s)) {
    const sum = { raw: 0, gzip: 0, brotli: 0 };
    for (const [f, v] of Object.entries(files)) {
      rows.push(`| \`${entry}\` | ${f} | ${kib(v.raw)} | ${kib(v.gzip)} | ${kib(v.brotli)} |`);
      for (const k of Object.keys(sum)) sum[k] += v[k];
    }
    rows.push(`| \`${entry}\` | **both** | ${kib(sum.raw)} | **${kib(sum.gzip)}** | **${kib(sum.brotli)}** |`);
  }
  return ['| entry | file | raw | gzip -9 | Brotli q11 |', '|---|---|---|---|---|', ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(entriesTable(entrySizes()));
}
