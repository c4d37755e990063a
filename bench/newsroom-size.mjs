// What the newsroom layer (editors' notes, the wording lens, the charter map,
// search in readers' words) costs in gzip bytes: pkg/ beside the package
// built from the commit before it (bench/prev-release.sh), file by file.
//   node bench/newsroom-size.mjs   (make size-newsroom; needs make pkg first)
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The last commit before the newsroom layer. */
export const BEFORE = 'dd602f2';
const FILES = ['embed.js', 'charter_explorer.js', 'charter_explorer_bg.wasm'];

/** gzip -9 bytes of each file in `dir`. */
export const gzBytes = (dir, files = FILES) =>
  Object.fromEntries(files.map((f) => [f, gzipSync(readFileSync(join(dir, f)), { level: 9 }).length]));
/** Brotli (quality 11, as npm CDNs serve) bytes of each file in `dir`. */
export const brBytes = (dir, files = FILES) =>
  Object.fromEntries(files.map((f) => [f, brotliCompressSync(readFileSync(join(dir, f)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length]));

/** The package built from `rev` into build/`out`/pkg (once; bench/prev-release.sh): its folder. */
export function packageAt(rev, out) {
  execSync(`PREV_OUT=build/${out} bench/prev-release.sh ${rev}`, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(root, 'build', out, 'pkg');
}

/** Builds the earlier package if needed; returns { before, after } gzip bytes per file. */
export function newsroomSizes() {
  return { before: gzBytes(packageAt(BEFORE, 'pre-newsroom')), after: gzBytes(join(root, 'pkg')) };
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
