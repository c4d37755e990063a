// What the main thread does while the engine takes over, on the phone profile
// of bench/startup.mjs (4× CPU, slow network, 375 px, the demo article).
//
// By default, from a trace: every main-thread task of --min ms or more (5)
// from the wasm's streaming compile finishing until the widget is live (and
// 300 ms on), in order: instantiation, the index's decoding, the mount, the
// view's slices, the swap, the first frame that shows it (marked *); then
// the median of each position over the loads, and the longest task per load.
// Performance marks made in that window (none in the shipped code; add
// `performance.mark` calls to name the slices) label the tasks that hold them.
//
// With --profile, from V8's sampling profiler (100 µs) instead: each busy
// stretch over --min ms (20) with where its time went: the outermost script
// frames (inclusive) and the leaf functions (self); --focus NAME adds the call
// tree below the frames whose name starts with NAME. wasm functions have names
// only in a build that keeps them:
//   KEEP_NAMES=1 scripts/finish-wasm.sh <cargo .wasm> build/names charter_explorer
// then a copy of pkg/ with that wasm and an API bundle of that glue (--pkg).
// (The profiler slows the page down a good deal: use it for shares, and the
// trace for durations.)
//   node bench/takeover.mjs [--pkg DIR] [--loads 5] [--min MS] [--json out.json]
//   node bench/takeover.mjs --profile [--pkg DIR] [--loads 3] [--min 20] [--top 12] [--focus NAME] [--depth 6]
import { mkdirSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, root, startServer } from '../tests/e2e/helpers.mjs';
import { PHONE } from './startup.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const PKG = opt('--pkg', join(root, 'pkg'));
const PROFILE = args.includes('--profile');
const LOADS = Number(opt('--loads', PROFILE ? 3 : 5));
const MIN = Number(opt('--min', PROFILE ? 20 : 5));
const TOP = Number(opt('--top', 12));
// --focus NAME: also the call tree below the frames whose name starts with NAME
// (e.g. takeOver, mountExplorer), --depth levels deep, branches ≥ 1 ms.
const FOCUS = opt('--focus', null);
const DEPTH = Number(opt('--depth', 6));

const site = join(root, 'build', 'takeover-www');
mkdirSync(site, { recursive: true });
writeFileSync(join(site, 'index.html'), readFileSync(join(root, 'www', 'index.html')));
copyFileSync(join(root, 'www', 'news.css'), join(site, 'news.css'));

// As bench/startup.mjs watches a reader: long tasks, the article scrolled to
// the widget, and the moment the live widget is there.
const PROBE = `
  window.__s = { tasks: [], live: null };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__s.tasks.push({ at: e.startTime, ms: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', () => document.querySelector('charter-explorer')?.scrollIntoView());
  const tick = () => {
    const r = document.querySelector('charter-explorer')?.shadowRoot;
    if (window.__s.live === null && r?.querySelector('.ce-root:not([data-static]) .ce-result')) window.__s.live = performance.now();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

/** A fresh page on the phone profile: 375 px, slow network, cache off, CPU slowed. */
async function phonePage(browser) {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PHONE.latency, downloadThroughput: PHONE.downloadThroughput, uploadThroughput: PHONE.uploadThroughput });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  return { context, page, cdp };
}

async function once(browser, url) {
  const { context, page, cdp } = await phonePage(browser);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.addInitScript(PROBE);
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(() => window.__s.live !== null, null, { timeout: 60000 });
  await page.waitForTimeout(1000);
  const { profile } = await cdp.send('Profiler.stop');
  const s = await page.evaluate(() => {
    const t0 = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/pkg/embed.js')).startTime;
    const res = Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/pkg/'))
        .map((e) => [e.name.replace(/^.*\//, ''), Math.round(e.responseEnd - t0)]),
    );
    return { tasks: window.__s.tasks.map((t) => ({ at: Math.round(t.at - t0), ms: Math.round(t.ms) })), live: Math.round(window.__s.live - t0), res };
  });
  await context.close();
  return { ...s, busy: analyse(profile) };
}

/** Busy stretches of the profile (runs of non-idle samples) over MIN ms, with their breakdown. */
function analyse(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => {
    const f = n.callFrame;
    const url = f.url ? f.url.replace(/^.*\//, '') : '';
    return `${f.functionName || '(anonymous)'}${url ? ` ${url}:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
  };
  const chain = (id) => {
    const out = [];
    for (let n = byId.get(id); n; n = parent.has(n.id) ? byId.get(parent.get(n.id)) : null) out.push(n);
    return out.reverse(); // root first
  };
  const samples = profile.samples.map((id, i) => ({ id, dt: (profile.timeDeltas[i + 1] ?? 0) / 1000 }));
  const idle = (s) => byId.get(s.id).callFrame.functionName === '(idle)';
  const stretches = [];
  let cur = null;
  for (const s of samples) {
    if (idle(s)) {
      cur = null;
      continue;
    }
    if (!cur) stretches.push((cur = []));
    cur.push(s);
  }
  return stretches
    .map((run) => {
      const ms = run.reduce((a, s) => a + s.dt, 0);
      const self = new Map();
      const outer = new Map();
      const incl = new Map();
      for (const s of run) {
        const c = chain(s.id).filter((n) => n.callFrame.functionName !== '(root)');
        if (!c.length) continue;
        const add = (m, k) => m.set(k, (m.get(k) ?? 0) + s.dt);
        add(self, label(c[c.length - 1]));
        add(outer, label(c[0]));
        for (const k of new Set(c.map(label))) add(incl, k);
      }
      const top = (m) =>
        [...m]
          .sort((a, b) => b[1] - a[1])
          .slice(0, TOP)
          .map(([f, t]) => ({ f: f.length > 160 ? `${f.slice(0, 157)}…` : f, ms: +t.toFixed(1) }));
      // The tree below the focused frame (its outermost occurrence).
      const tree = new Map();
      if (FOCUS) {
        for (const s of run) {
          const c = chain(s.id);
          const at = c.findIndex((n) => n.callFrame.functionName.startsWith(FOCUS));
          if (at < 0) continue;
          const path = c.slice(at, at + DEPTH + 1).map(label);
          for (let d = 1; d <= path.length; d++) {
            const k = path.slice(0, d).join('\u0000');
            tree.set(k, (tree.get(k) ?? 0) + s.dt);
          }
        }
      }
      const focus = [...tree]
        .filter(([, t]) => t >= 1)
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([k, t]) => {
          const parts = k.split('\u0000');
          const f = parts[parts.length - 1];
          return { depth: parts.length - 1, f: f.length > 200 ? `${f.slice(0, 197)}…` : f, ms: +t.toFixed(1) };
        });
      return { ms: +ms.toFixed(1), outer: top(outer), self: top(self), inclusive: top(incl), focus };
    })
    .filter((r) => r.ms >= MIN);
}

/** The main-thread tasks of one cold load, from a trace. */
async function traced(browser, url) {
  const { context, page, cdp } = await phonePage(browser);
  await page.addInitScript(`${PROBE}
    (function mark() {
      if (window.__s.live !== null) return performance.mark('ce-live');
      requestAnimationFrame(mark);
    })();`);
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'v8.wasm', 'blink.user_timing'] });
  await page.goto(url);
  await page.waitForFunction(() => window.__s.live !== null, null, { timeout: 60000 });
  await page.waitForTimeout(1500);
  const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
  await context.close();
  const live = events.find((e) => e.name === 'ce-live');
  const thread = (e) => `${e.pid}:${e.tid}`;
  const main = thread(live);
  const on = events.filter((e) => thread(e) === main && e.ph === 'X').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // The outermost events are the tasks (a scheduler.yield continuation is a
  // microtask checkpoint of its own, not a RunTask).
  const tasks = [];
  for (const e of on) if (!tasks.length || e.ts >= tasks.at(-1).ts + tasks.at(-1).dur) tasks.push(e);
  const from = on.find((e) => e.name === 'wasm.FinishStreaming')?.ts ?? live.ts;
  const marks = events.filter((e) => thread(e) === main && e.cat?.includes('user_timing') && e.name !== 'ce-live');
  return tasks
    .filter((t) => t.ts + t.dur >= from && t.ts <= live.ts + 300_000 && t.dur >= MIN * 1000)
    .map((t) => ({
      ms: +(t.dur / 1000).toFixed(1),
      at: Math.round((t.ts - from) / 1000),
      after_live: t.ts + t.dur > live.ts,
      label: marks.filter((m) => m.ts >= t.ts && m.ts <= t.ts + t.dur).map((m) => m.name).join('+'),
    }));
}

const browser = await launch();
const server = await startServer({ mounts: { '/pkg/': PKG, '/': site }, compress: true });
const runs = [];
for (let i = 0; i < LOADS; i++) runs.push(PROFILE ? await once(browser, `${server.url}/`) : await traced(browser, `${server.url}/`));
await server.close();
await browser.close();

if (!PROFILE) {
  const median = (xs) => {
    const a = [...xs].sort((x, y) => x - y);
    return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  };
  for (const [i, tasks] of runs.entries()) {
    console.log(`load ${i + 1}: ${tasks.map((t) => `${t.ms}${t.after_live ? '*' : ''}${t.label ? `[${t.label}]` : ''}`).join(' ')}`);
  }
  const n = Math.max(...runs.map((r) => r.length));
  const by = Array.from({ length: n }, (_, k) => runs.map((r) => r[k]?.ms).filter((x) => x !== undefined));
  console.log(`\nms by position (tasks ≥ ${MIN} ms from the wasm compiled; * = after the widget is live), median of ${LOADS}: ${by.map((xs) => median(xs).toFixed(1)).join(' ')}`);
  console.log(`longest task per load: ${runs.map((r) => Math.max(0, ...r.map((t) => t.ms))).join(', ')} ms`);
  const out = opt('--json', null);
  if (out) writeFileSync(out, JSON.stringify(runs, null, 2));
  process.exit(0);
}

for (const [i, r] of runs.entries()) {
  console.log(`\n=== load ${i + 1} (ms from the embed.js request): files ${JSON.stringify(r.res)}; live at ${r.live}`);
  console.log(`long tasks: ${r.tasks.map((t) => `${t.ms} ms @${t.at}`).join(', ')}`);
  for (const b of r.busy) {
    console.log(`\n--- busy ${b.ms} ms (profiled)`);
    console.log(`  outermost: ${b.outer.map((s) => `${s.ms} ${s.f}`).join('\n             ')}`);
    console.log(`  inclusive: ${b.inclusive.map((s) => `${s.ms} ${s.f}`).join('\n             ')}`);
    console.log(`  self:      ${b.self.map((s) => `${s.ms} ${s.f}`).join('\n             ')}`);
    if (b.focus.length) console.log(`  below ${FOCUS}:\n${b.focus.map((s) => `    ${'  '.repeat(s.depth)}${s.ms} ${s.f}`).join('\n')}`);
  }
}
const out = opt('--json', null);
if (out) writeFileSync(out, JSON.stringify(runs, null, 2));
