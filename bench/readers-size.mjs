// What readers' words cost (partial answers, other forms, short forms,
// compounds, related words; issue "honest answers"): pkg/ beside the package
// built from the commit before them, in gzip and Brotli, and the index with
// and without the lexicon (`make size-readers`; needs make pkg first).
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brBytes, gzBytes, packageAt } from './newsroom-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The last commit before readers' words. */
export const BEFORE = '8a04497';
const FILES = ['embed.js', 'charter_explorer.js', 'charter_explorer_bg.wasm'];
const READERS = 'charter_readers.bin';
const INDEXES = ['without', 'wordnet-only', 'with', 'split'];

/** { before, after } per file in gzip and Brotli, the readers' words file, and the index variants. */
export function readersSizes() {
  const before = packageAt(BEFORE, 'pre-readers');
  const now = join(root, 'pkg');
  execSync('cargo run -q -p charter-core --example index_sizes -- target/index-sizes', { cwd: root, stdio: 'ignore' });
  const dir = join(root, 'target', 'index-sizes');
  const idx = INDEXES.map((n) => `${n}.idx`);
  return {
    gzip: { before: gzBytes(before, FILES), after: gzBytes(now, FILES) },
    brotli: { before: brBytes(before, FILES), after: brBytes(now, FILES) },
    readers: { raw: readFileSync(join(now, READERS)).length, gzip: gzBytes(now, [READERS])[READERS], brotli: brBytes(now, [READERS])[READERS] },
    index: Object.fromEntries(INDEXES.map((n, i) => [n, {
      raw: readFileSync(join(dir, idx[i])).length, gzip: gzBytes(dir, idx)[idx[i]], brotli: brBytes(dir, idx)[idx[i]],
    }])),
  };
}

const n = (x) => x.toLocaleString('en');
const d = (a, b) => `${b - a >= 0 ? '+' : ''}${n(b - a)} (${((b - a) / 1024).toFixed(1)} KiB)`;

/** Markdown tables of the sizes. */
export function readersTables(s) {
  const rows = FILES.map((f) => `| ${f} | ${n(s.gzip.before[f])} → ${n(s.gzip.after[f])} | ${d(s.gzip.before[f], s.gzip.after[f])} | ${n(s.brotli.before[f])} → ${n(s.brotli.after[f])} | ${d(s.brotli.before[f], s.brotli.after[f])} |`);
  const i = s.index;
  return [
    `| file | gzip (${BEFORE} → now) | | Brotli | |`,
    '|---|---|---|---|---|',
    ...rows,
    `| ${READERS} (loaded only when a query has a word the charter lacks) | new: ${n(s.readers.gzip)} | | new: ${n(s.readers.brotli)} | |`,
    '',
    '| the index (raw / gzip / Brotli) | bytes |',
    '|---|---|',
    `| without readers' words | ${n(i.without.raw)} / ${n(i.without.gzip)} / ${n(i.without.brotli)} |`,
    `| with the WordNet lexicon (forms, short forms, related, weak) | ${n(i['wordnet-only'].raw)} / ${n(i['wordnet-only'].gzip)} / ${n(i['wordnet-only'].brotli)} |`,
    `| with the lexicon and the editorial related terms (all in one) | ${n(i.with.raw)} / ${n(i.with.gzip)} / ${n(i.with.brotli)} |`,
    `| in the wasm: all but WordNet's related words, which load apart | ${n(i.split.raw)} / ${n(i.split.gzip)} / ${n(i.split.brotli)} |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(readersTables(readersSizes()));
}
