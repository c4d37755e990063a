// Browser benchmark: this package's search() beside MiniSearch, FlexSearch and
// Fuse.js, each bundled the same way (esbuild, minified) over the same 27
// clauses, in one headless Chromium run served with COOP/COEP (5 µs timers).
//   node bench/peers.mjs [--loads 7] [--passes 20] [--json bench/results.json]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, root, startServer } from '../tests/e2e/helpers.mjs';
import { measureWidget } from './widget.mjs';

const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const LOADS = Number(opt('--loads', 7));
const PASSES = Number(opt('--passes', 20));
const REPS = 20; // calls per timing sample (timers are 5 µs coarse)
const ENGINES = ['charter', 'minisearch', 'flexsearch', 'fusejs'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

function cpuTimes() {
  const [line] = readFileSync('/proc/stat', 'utf8').split('\n');
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = v[3] + v[4];
  return { idle, total: v.reduce((a, b) => a + b, 0) };
}

export async function runPeers({ loads = LOADS, passes = PASSES } = {}) {
  // Bundle every engine the same way.
  mkdirSync(join(root, 'bench', 'dist'), { recursive: true });
  for (const e of ENGINES) {
    execFileSync('npx', ['esbuild', `bench/peers/${e}.js`, '--bundle', '--format=esm', '--minify', '--target=es2022', '--log-level=warning', '--loader:.json=json', '--external:/pkg/*', `--outfile=bench/dist/${e}.js`], { cwd: root });
  }

  const judged = JSON.parse(readFileSync(join(root, 'core/tests/fixtures/queries.public.json'), 'utf8')).queries;
  const keystrokes = judged.flatMap((j) => [...j.q].map((_, n) => [...j.q].slice(0, n + 1).join('')));

  const before = { load: loadavg(), cpu: cpuTimes() };
  const browser = await launch();
  const server = await startServer({ mounts: { '/bench/': join(root, 'bench'), '/pkg/': process.env.CHARTER_PKG ?? join(root, 'pkg'), '/': join(root, 'www') } });
  const results = {};

  for (const e of ENGINES) {
    const url = `${server.url}/bench/bench.html?engine=${e}`;
    // Payload: every file the engine's page loads besides the harness page.
    const files = new Set();
    const inits = [];
    for (let i = 0; i < loads; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      page.on('response', (r) => {
        const p = new URL(r.url()).pathname;
        if (p.startsWith('/pkg/') || p.startsWith('/bench/dist/')) files.add(p);
      });
      await page.goto(url);
      await page.waitForFunction(() => window.__engine && window.__engine.readyAt !== null, null, { timeout: 20000 });
      inits.push(
        await page.evaluate(() => {
          const s = performance.getEntriesByType('resource').find((r) => r.name.includes('/bench/dist/'));
          return window.__engine.readyAt - s.startTime;
        }),
      );
      if (i < loads - 1) await ctx.close();
      else results[e] = { page, ctx };
    }
    const payload = [...files].map((p) => {
      const b = readFileSync(join(root, p.slice(1)));
      return { file: p, raw: b.length, gzip: gzipSync(b, { level: 9 }).length };
    });
    const { page, ctx } = results[e];
    const timing = await page.evaluate(
      ({ judged, keystrokes, PASSES, REPS }) => {
        const s = window.__engine.search;
        const time = (q, sec) => {
          const t0 = performance.now();
          for (let r = 0; r < REPS; r++) s(q, sec);
          return ((performance.now() - t0) / REPS) * 1000; // µs
        };
        for (let w = 0; w < 3; w++) for (const j of judged) s(j.q, j.section);
        const query = [];
        const passes = [];
        for (let p = 0; p < PASSES; p++) {
          const t0 = performance.now();
          for (const j of judged) query.push(time(j.q, j.section));
          passes.push(((performance.now() - t0) / REPS) * 1000);
        }
        const keys = [];
        for (let p = 0; p < 3; p++) for (const k of keystrokes) keys.push(time(k));
        const answers = judged.map((j) => s(j.q, j.section));
        return { query, passes, keys, answers };
      },
      { judged, keystrokes, PASSES: passes, REPS },
    );
    await ctx.close();
    // Relevance.
    let rr = 0;
    let rec = 0;
    let n = 0;
    let falseHits = 0;
    let leaks = 0;
    judged.forEach((j, i) => {
      const ids = timing.answers[i];
      if (j.section && ids.some((id) => !id.startsWith(`${j.section}.`))) leaks++;
      if (j.rel.length === 0) {
        if (ids.length) falseHits++;
        return;
      }
      n++;
      const pos = ids.slice(0, 10).findIndex((id) => j.rel.includes(id));
      rr += pos >= 0 ? 1 / (pos + 1) : 0;
      rec += j.rel.filter((r) => ids.slice(0, 5).includes(r)).length / j.rel.length;
    });
    results[e] = {
      name: { charter: 'charter-explorer', minisearch: 'MiniSearch', flexsearch: 'FlexSearch', fusejs: 'Fuse.js' }[e],
      payload,
      raw: payload.reduce((a, f) => a + f.raw, 0),
      gzip: payload.reduce((a, f) => a + f.gzip, 0),
      init_ms: median(inits),
      query_p50_us: median(timing.query),
      query_p95_us: pct(timing.query, 95),
      pass_mean_us: timing.passes.reduce((a, b) => a + b, 0) / timing.passes.length,
      keystroke_p50_us: median(timing.keys),
      mrr10: rr / n,
      recall5: rec / n,
      negative_false_hits: falseHits,
      filter_leaks: leaks,
    };
  }
  const widget = await measureWidget({ browser, url: server.url, loads: loads });
  await browser.close();
  await server.close();
  const after = { load: loadavg(), cpu: cpuTimes() };
  const busy = 1 - (after.cpu.idle - before.cpu.idle) / (after.cpu.total - before.cpu.total);
  const machine = {
    cores: cpus().length,
    loadavg_before: before.load[0],
    loadavg_after: after.load[0],
    cpu_busy_during_run: busy,
    noisy: before.load[0] > 0.5 * cpus().length,
  };

  const ours = results.charter;
  const ratios = {};
  for (const e of ENGINES.slice(1)) {
    const p = results[e];
    ratios[p.name] = {
      query_p50: ours.query_p50_us / p.query_p50_us,
      keystroke_p50: ours.keystroke_p50_us / p.keystroke_p50_us,
      init: ours.init_ms / p.init_ms,
      payload_gzip: ours.gzip / p.gzip,
    };
  }
  const out = { date: new Date().toISOString(), machine, engines: results, ratios, widget };

  return out;
}

export function peersTables(out) {
  const { engines: results, ratios } = out;
  const kib = (b) => (b / 1024).toFixed(1);
  const rows = ENGINES.map((e) => results[e]).map(
    (r) =>
      `| ${r.name} | ${kib(r.raw)} | ${kib(r.gzip)} | ${r.init_ms.toFixed(1)} | ${r.query_p50_us.toFixed(1)} | ${r.query_p95_us.toFixed(1)} | ${r.pass_mean_us.toFixed(0)} | ${r.keystroke_p50_us.toFixed(1)} | ${r.mrr10.toFixed(3)} | ${r.recall5.toFixed(3)} | ${r.negative_false_hits} | ${r.filter_leaks} |`,
  );
  const engines = [
    '| engine | payload KiB | gzip KiB | init ms | query p50 µs | query p95 µs | pass mean µs | keystroke p50 µs | MRR@10 | recall@5 | neg. false hits | filter leaks |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  const ratioTable = [
    '| ratio (ours / peer; below 1 is better for us) | query p50 | keystroke p50 | init | payload gzip |',
    '|---|---|---|---|---|',
    ...Object.entries(ratios).map(([n, r]) => `| ours / ${n} | ${r.query_p50.toFixed(2)} | ${r.keystroke_p50.toFixed(2)} | ${r.init.toFixed(2)} | ${r.payload_gzip.toFixed(2)} |`),
  ].join('\n');
  return { engines, ratios: ratioTable };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await runPeers();
  writeFileSync(opt('--json', join(root, 'BENCHMARKS.json')), `${JSON.stringify(out, null, 2)}\n`);
  const t = peersTables(out);
  console.log(`${t.engines}\n\n${t.ratios}`);
  const m = out.machine;
  console.log(`Machine: ${m.cores} cores, load ${m.loadavg_before.toFixed(2)} → ${m.loadavg_after.toFixed(2)}, CPU busy ${(m.cpu_busy_during_run * 100).toFixed(0)} %${m.noisy ? ' — NOISY' : ''}`);
}
