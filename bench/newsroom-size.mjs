// What the newsroom layer (editors' notes, the wording lens, the charter map,
// search in readers' words) costs in gzip bytes: pkg/ beside the package
// built from the commit before it (bench/prev-release.sh), file by file.
//   node bench/newsroom-size.mjs   (make size-newsroom; needs make pkg first)
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The last commit before the newsroom layer. */
export const BEFORE = 'dd602f2';
const FILES = ['embed.js', 'charter_explorer.js', 'charter_explorer_bg.wasm'];

const gz = (dir) => Object.fromEntries(FILES.map((f) => [f, gzipSync(readFileSync(join(dir, f)), { level: 9 }).length]));

/** Builds the earlier package if needed; returns { before, after } gzip bytes per file. */
export function newsroomSizes() {
  execSync(`PREV_OUT=build/pre-newsroom bench/prev-release.sh ${BEFORE}`, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return { before: gz(join(root, 'build', 'pre-newsroom', 'pkg')), after: gz(join(root, 'pkg')) };
}

/** A markdown table of the two, with the difference in bytes and KiB. */
export function newsroomTable({ before, after }) {
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  const row = (name, b, a) => `| ${name} | ${b.toLocaleString('en')} | ${a.toLocaleString('en')} | ${a - b >= 0 ? '+' : ''}${(a - b).toLocaleString('en')} (${((a - b) / 1024).toFixed(1)} KiB) |`;
  return [
    `| file | before (${BEFORE}) | now | the layer's cost |`,
    '|---|---|---|---|',
    ...FILES.map((f) => row(f, before[f], after[f])),
    row('everything', sum(before), sum(after)),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(newsroomTable(newsroomSizes()));
}
