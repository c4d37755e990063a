// Size budget for what the embed loads (embed.js → charter_explorer.js →
// charter_explorer_bg.wasm), gzip -9. Exits 1 above the budget.
//   node scripts/size-budget.mjs [budget KiB, default 90]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const pkg = join(fileURLToPath(new URL('..', import.meta.url)), 'pkg');
const budget = Number(process.argv[2] ?? 90) * 1024;
let total = 0;
for (const f of ['embed.js', 'charter_explorer.js', 'charter_explorer_bg.wasm']) {
  const gz = gzipSync(readFileSync(join(pkg, f)), { level: 9 }).length;
  total += gz;
  console.log(`${f.padEnd(28)} ${(gz / 1024).toFixed(1).padStart(7)} KiB gzip`);
}
console.log(`${'total'.padEnd(28)} ${(total / 1024).toFixed(1).padStart(7)} KiB gzip (budget ${(budget / 1024).toFixed(0)} KiB)`);
if (total > budget) {
  console.error(`size budget exceeded by ${((total - budget) / 1024).toFixed(1)} KiB`);
  process.exit(1);
}
