// Size budgets on what the embed loads, gzip -9. Exits 1 when one is exceeded.
//   node scripts/size-budget.mjs [--first KiB] [--wasm KiB] [--total KiB] [--readers KiB] [--search KiB]
// --first: what a page pulls before the engine is wanted (embed.js: the
//          static view, the stylesheet and the loader);
// --wasm:  charter_explorer_bg.wasm;
// --total: everything once the engine has arrived (embed.js,
//          charter_explorer.js, the .wasm);
// --readers: charter_readers.bin (related words, loaded apart and only when a
//          query has a word the charter lacks).
// --search: charter_search_bg.wasm, the wasm of `charter-explorer/search`
//          (the search API without the widget).
// A bare number is taken as --total (the older form).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const pkg = join(fileURLToPath(new URL('..', import.meta.url)), 'pkg');
const args = process.argv.slice(2);
const budgets = {};
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith('--')) budgets[args[i].slice(2)] = Number(args[++i]);
  else budgets.total = Number(args[i]);
}
const gz = {};
for (const f of ['embed.js', 'charter_explorer.js', 'charter_explorer_bg.wasm', 'charter_readers.bin', 'search.js', 'charter_search_bg.wasm']) {
  gz[f] = gzipSync(readFileSync(join(pkg, f)), { level: 9 }).length;
  console.log(`${f.padEnd(28)} ${(gz[f] / 1024).toFixed(1).padStart(7)} KiB gzip`);
}
const measured = {
  first: gz['embed.js'],
  wasm: gz['charter_explorer_bg.wasm'],
  total: gz['embed.js'] + gz['charter_explorer.js'] + gz['charter_explorer_bg.wasm'],
  readers: gz['charter_readers.bin'],
  search: gz['charter_search_bg.wasm'],
};
let failed = false;
for (const [name, kib] of Object.entries(budgets)) {
  if (!(name in measured) || !Number.isFinite(kib)) {
    console.error(`unknown budget --${name} ${kib}`);
    process.exit(2);
  }
  const over = measured[name] - kib * 1024;
  console.log(`${name.padEnd(28)} ${(measured[name] / 1024).toFixed(1).padStart(7)} KiB gzip (budget ${kib} KiB)${over > 0 ? ` — exceeded by ${(over / 1024).toFixed(1)} KiB` : ''}`);
  if (over > 0) failed = true;
}
if (failed) {
  console.error('size budget exceeded');
  process.exit(1);
}
