// Start-up as a reader on a phone gets it: Chromium's network and CPU
// emulation (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed
// 4×), a 375 px viewport, files served as npm CDNs serve them (Brotli when
// the browser accepts it; gzip figures beside), the demo article with the
// README's snippet. For this build and for the previous release, in the same
// run, the median of several cold loads of:
//   (a) script start → charter text visible
//   (b) script start → a typed query answered (the reader types "nucelar" as
//       soon as there is a search field)
//   (c) layout shift on the demo article while the widget starts, with the
//       widget scrolled into view
//   (d) the longest main-thread task, and the blocking time (the part of each
//       task over 50 ms), from navigation until the widget is live; and the
//       same from the engine's arrival (its JS received) on: the tasks of the
//       takeover itself (the module, the wasm's instantiation, the index's
//       decoding, the view built a slice per task, its first rendering)
//   (e) bytes the page pulls for the widget when it sits far below the fold
//       and is never scrolled to (after load + 3 s)
//   (f) wasm size, Brotli (and gzip -9)
// and, for this build only:
//   (g) the second article: the same reader opens another article with the
//       widget, HTTP and compiled-code caches warm (files served immutable)
//   (h) the page's preload hints (modulepreload for the glue, preload as=fetch
//       for the wasm, with fetchpriority high or low): text and answer times
// "Script start" is the start of the embed.js request.
//   node bench/startup.mjs [--loads 5] [--prev DIR] [--json out.json] [--check]
// --check exits 1 when this build misses a target (make startup-targets).
// DIR is a built pkg/ of the previous release (bench/prev-release.sh builds it).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launch, root, startServer } from '../tests/e2e/helpers.mjs';
import { withoutWidget } from './article.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

export const PHONE = { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0, cpu: 4 };
export const TARGETS = { text_ms: 400, answer_ms: 1100, shift: 0.005, longest_ms: 50, takeover_ms: 50, far_kib: 15, wasm_kib: 125 };

const site = join(root, 'build', 'startup-www');
function prepareSite() {
  mkdirSync(site, { recursive: true });
  const article = readFileSync(join(root, 'www', 'index.html'), 'utf8');
  writeFileSync(join(site, 'index.html'), article);
  copyFileSync(join(root, 'www', 'news.css'), join(site, 'news.css'));
  // The same article with the widget far below the fold.
  // (The element may hold the desk's notes: a script child.)
  const far = article.replace(/<charter-explorer[\s>]/, (m) => `<div style="height:12000px"></div>${m}`);
  if (far === article) throw new Error('www/index.html has no <charter-explorer> to move');
  writeFileSync(join(site, 'far.html'), far);
  // A second article of the same site (same widget, other text).
  writeFileSync(join(site, 'second.html'), article.replace(/<h1>[^<]*<\/h1>/, '<h1>A second article on the charter</h1>'));
  // The same article without the widget's script: the page's own tasks (d).
  writeFileSync(join(site, 'alone.html'), withoutWidget(article));
  // The snippet that carries the charter in the page itself, in place of the one-line embed (i).
  const snippet = readFileSync(join(root, 'pkg', 'embed-snippet.html'), 'utf8').replace(/src="[^"]*\/embed\.js"/, 'src="/pkg/embed.js"');
  const withSnippet = withoutWidget(article).replace(/<charter-explorer[^]*?<\/charter-explorer>/, () => snippet);
  if (!withSnippet.includes('shadowrootmode')) throw new Error('the snippet was not placed in the article');
  writeFileSync(join(site, 'snippet.html'), withSnippet);
  // The page's own help: preload hints in the head (h).
  for (const priority of ['high', 'low']) {
    const hints = `<link rel="modulepreload" href="/pkg/charter_explorer.js"><link rel="preload" as="fetch" type="application/wasm" crossorigin href="/pkg/charter_explorer_bg.wasm" fetchpriority="${priority}">`;
    const page = article.replace('</head>', `${hints}</head>`);
    if (page === article) throw new Error('www/index.html has no </head>');
    writeFileSync(join(site, `preload-${priority}.html`), page);
  }
}

// Watches the widget from the first moment: when charter text is painted,
// when a search field exists (and types into it), when the answer is shown.
const PROBE = (type) => `
  window.__s = { text: null, answer: null, shift: 0, typed: false, tasks: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__s.tasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  // The reader has the widget in view (the article scrolled to it), so any
  // shift the widget makes while it starts is inside the viewport.
  document.addEventListener('DOMContentLoaded', () => document.querySelector('charter-explorer')?.scrollIntoView());
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__s.shift += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  const tick = () => {
    const el = document.querySelector('charter-explorer');
    const r = el && el.shadowRoot;
    if (r) {
      if (window.__s.text === null) {
        const c = r.querySelector('.ce-result .ce-text');
        if (c && c.getBoundingClientRect().height > 0) window.__s.text = performance.now();
      }
      if (${type} && !window.__s.typed) {
        const input = r.querySelector('.ce-input');
        if (input) {
          window.__s.typed = true;
          input.value = 'nucelar';
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }
      }
      if (${type} && window.__s.answer === null) {
        const first = r.querySelector('.ce-root:not([data-static]) .ce-results .ce-result');
        if (first && first.dataset.id === 'I.4') window.__s.answer = performance.now();
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

async function phonePage(browser, { cache = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: !cache });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PHONE.latency, downloadThroughput: PHONE.downloadThroughput, uploadThroughput: PHONE.uploadThroughput });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  return { context, page };
}

const sinceScript = () => performance.getEntriesByType('resource').find((e) => e.name.endsWith('/pkg/embed.js')).startTime;
const LIVE = () => document.querySelector('charter-explorer')?.shadowRoot?.querySelector('.ce-root:not([data-static]) .ce-result');

/** A reader who reads: text visible, layout shift and long tasks until the widget is live and settled. */
async function readOnce(browser, url) {
  const { context, page } = await phonePage(browser);
  await page.addInitScript(PROBE(false));
  await page.goto(url);
  await page.waitForFunction(LIVE, null, { timeout: 60000 });
  await page.waitForTimeout(1000);
  const r = await page.evaluate(`(() => {
    const t0 = (${sinceScript})();
    const engine = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/pkg/charter_explorer.js')).responseEnd;
    return { text: window.__s.text - t0, shift: window.__s.shift, tasks: window.__s.tasks.map((t) => t[1]), takeover: window.__s.tasks.filter((t) => t[0] >= engine).map((t) => t[1]) };
  })()`);
  await context.close();
  return r;
}

/** The page without the widget's script: its own longest task (the share of (d) that is not the widget's). */
async function pageAloneOnce(browser, url) {
  const { context, page } = await phonePage(browser);
  await page.addInitScript(PROBE(false));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const tasks = await page.evaluate(() => window.__s.tasks.map((t) => t[1]));
  await context.close();
  return Math.max(0, ...tasks);
}

/** A reader who types at once: script start → the answer shown. */
async function answerOnce(browser, url, page0 = null) {
  const { context, page } = page0 ?? (await phonePage(browser));
  await page.addInitScript(PROBE(true));
  await page.goto(url);
  await page.waitForFunction(() => window.__s.answer !== null, null, { timeout: 60000 });
  const r = await page.evaluate(`window.__s.answer - (${sinceScript})()`);
  await context.close();
  return r;
}

const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;

/** One build, served one way ('br': Brotli where accepted, as CDNs do; 'gzip': gzip only). */
async function measureVariant(browser, pkgDir, loads, { encoding = 'br', extras = false } = {}) {
  const server = await startServer({ mounts: { '/pkg/': pkgDir, '/': site }, compress: encoding === 'br', gzip: encoding === 'gzip' });
  const text = [];
  const answer = [];
  const shift = [];
  const longest = [];
  const blocking = [];
  const takeover = [];
  const takeoverBlocking = [];
  const alone = [];
  for (let i = 0; i < loads; i++) {
    alone.push(await pageAloneOnce(browser, `${server.url}/alone.html`));
    const r = await readOnce(browser, `${server.url}/`);
    text.push(r.text);
    shift.push(r.shift);
    longest.push(Math.max(0, ...r.tasks));
    blocking.push(r.tasks.reduce((a, d) => a + Math.max(0, d - 50), 0));
    takeover.push(Math.max(0, ...r.takeover));
    takeoverBlocking.push(r.takeover.reduce((a, d) => a + Math.max(0, d - 50), 0));
    answer.push(await answerOnce(browser, `${server.url}/`));
  }
  // Far below the fold, never scrolled to.
  const far = [];
  for (let i = 0; i < Math.min(loads, 3); i++) {
    const { context, page } = await phonePage(browser);
    await page.goto(`${server.url}/far.html`, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    const bytes = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => new URL(r.name).pathname.startsWith('/pkg/'))
        .reduce((a, r) => a + r.transferSize, 0),
    );
    far.push(bytes);
    await context.close();
  }
  await server.close();
  const wasmBytes = readFileSync(join(pkgDir, 'charter_explorer_bg.wasm'));
  const out = {
    encoding,
    text_ms: median(text),
    answer_ms: median(answer),
    shift: median(shift),
    longest_ms: median(longest),
    page_alone_longest_ms: median(alone),
    blocking_ms: median(blocking),
    takeover_ms: median(takeover),
    takeover_blocking_ms: median(takeoverBlocking),
    far_bytes: median(far),
    wasm_gzip: gzipSync(wasmBytes, { level: 9 }).length,
    wasm_brotli: brotli(wasmBytes),
    runs: { text, answer, shift, longest, blocking, takeover, takeoverBlocking, far, alone },
  };
  if (extras) Object.assign(out, await measureExtras(browser, pkgDir, loads));
  return out;
}

/** (g) the second article, caches warm; (h) the preload hints. */
async function measureExtras(browser, pkgDir, loads) {
  const server = await startServer({ mounts: { '/pkg/': pkgDir, '/': site }, compress: true, cache: 'immutable' });
  const second = [];
  for (let i = 0; i < Math.min(loads, 3); i++) {
    const { context, page } = await phonePage(browser, { cache: true });
    await page.goto(`${server.url}/`);
    await page.waitForFunction(LIVE, null, { timeout: 60000 });
    await page.waitForTimeout(1500); // the code cache is written after the first use
    const next = await context.newPage();
    const cdp = await context.newCDPSession(next);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PHONE.latency, downloadThroughput: PHONE.downloadThroughput, uploadThroughput: PHONE.uploadThroughput });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
    await page.close();
    second.push(await answerOnce(browser, `${server.url}/second.html`, { context, page: next }));
  }
  await server.close();
  const hinted = {};
  const plain = await startServer({ mounts: { '/pkg/': pkgDir, '/': site }, compress: true });
  for (const priority of ['high', 'low']) {
    const text = [];
    const answer = [];
    for (let i = 0; i < Math.min(loads, 3); i++) {
      text.push((await readOnce(browser, `${plain.url}/preload-${priority}.html`)).text);
      answer.push(await answerOnce(browser, `${plain.url}/preload-${priority}.html`));
    }
    hinted[priority] = { text_ms: median(text), answer_ms: median(answer), runs: { text, answer } };
  }
  // (i) the snippet beside the one-line embed, from navigation start (the
  // snippet's text is there before any script is requested).
  const fromNav = {};
  for (const [name, file] of [
    ['embed', 'index.html'],
    ['snippet', 'snippet.html'],
  ]) {
    const text = [];
    const answer = [];
    for (let i = 0; i < Math.min(loads, 3); i++) {
      const { context, page } = await phonePage(browser);
      await page.addInitScript(PROBE(true));
      await page.goto(`${plain.url}/${file}`);
      await page.waitForFunction(() => window.__s.answer !== null && window.__s.text !== null, null, { timeout: 60000 });
      const r = await page.evaluate(() => ({ text: window.__s.text, answer: window.__s.answer }));
      text.push(r.text);
      answer.push(r.answer);
      await context.close();
    }
    fromNav[name] = { text_ms: median(text), answer_ms: median(answer), runs: { text, answer } };
  }
  await plain.close();
  return { second_answer_ms: median(second), preload: hinted, runs_second: second, snippet: fromNav };
}

export async function measureStartup({ browser, loads = 5, prev = null, extras = true } = {}) {
  prepareSite();
  const pkg = join(root, 'pkg');
  const out = { profile: PHONE, targets: TARGETS, loads, current: await measureVariant(browser, pkg, loads, { extras }) };
  out.currentGzip = await measureVariant(browser, pkg, loads, { encoding: 'gzip' });
  if (prev && existsSync(join(prev, 'embed.js'))) out.previous = await measureVariant(browser, prev, loads);
  return out;
}

/** The targets a measurement misses, by name. */
export function missedTargets(c) {
  const t = TARGETS;
  return [
    c.text_ms > t.text_ms && '(a) text visible',
    c.answer_ms > t.answer_ms && '(b) query answered',
    c.shift > t.shift && '(c) layout shift',
    c.longest_ms > t.longest_ms && '(d) longest task',
    c.takeover_ms > t.takeover_ms && '(d) longest task of the takeover',
    c.far_bytes > t.far_kib * 1024 && '(e) bytes far below the fold',
    c.wasm_brotli > t.wasm_kib * 1024 && '(f) wasm size',
  ].filter(Boolean);
}

export function startupTable(s, before = 'previous release') {
  const kib = (b) => (b / 1024).toFixed(1);
  const t = s.targets;
  const ms = (x) => `${x.toFixed(0)} ms`;
  const row = (name, key, fmt, target) => {
    const now = s.current[key];
    const gz = s.currentGzip ? fmt(s.currentGzip[key]) : '—';
    const was = s.previous && s.previous[key] !== undefined ? fmt(s.previous[key]) : '—';
    const met = target === null ? '' : now <= target ? 'met' : 'not met';
    return `| ${name} | ${fmt(now)} | ${gz} | ${was} | ${target === null ? '' : `≤ ${fmt(target)}`} | ${met} |`;
  };
  const kb = (x) => `${kib(x)} KiB`;
  const c = s.current;
  const extras = c.second_answer_ms === undefined
    ? ''
    : `

| this build, Brotli | text visible | answered |
|---|---|---|
| (g) second article, caches warm (median of ${c.runs_second.length}) | — | ${ms(c.second_answer_ms)} |
| (h) preload hints, fetchpriority high (median of ${c.preload.high.runs.text.length}) | ${ms(c.preload.high.text_ms)} | ${ms(c.preload.high.answer_ms)} |
| (h) preload hints, fetchpriority low | ${ms(c.preload.low.text_ms)} | ${ms(c.preload.low.answer_ms)} |
| no hints (the (a) and (b) rows above) | ${ms(c.text_ms)} | ${ms(c.answer_ms)} |

| (i) from navigation start, Brotli (median of ${c.snippet.embed.runs.text.length}) | text visible | answered |
|---|---|---|
| the one-line embed | ${ms(c.snippet.embed.text_ms)} | ${ms(c.snippet.embed.answer_ms)} |
| the snippet that carries the charter (pkg/embed-snippet.html) | ${ms(c.snippet.snippet.text_ms)} | ${ms(c.snippet.snippet.answer_ms)} |`;
  return `| on the phone profile (median of ${s.loads} cold loads) | this build, Brotli | this build, gzip | ${before} (Brotli) | target | |
|---|---|---|---|---|---|
${row('(a) script start → charter text visible', 'text_ms', ms, t.text_ms)}
${row('(b) script start → a typed query answered', 'answer_ms', ms, t.answer_ms)}
${row('(c) layout shift while the widget starts', 'shift', (x) => x.toFixed(3), t.shift)}
${row('(d) longest main-thread task until live', 'longest_ms', ms, t.longest_ms)}
${row('(d) blocking time (each task over 50 ms) until live', 'blocking_ms', ms, null)}
${row('(d) the article alone, without the widget: its longest task', 'page_alone_longest_ms', ms, null)}
${row('(d) longest task of the takeover (from the engine JS received)', 'takeover_ms', ms, t.takeover_ms)}
${row('(d) blocking time of the takeover', 'takeover_blocking_ms', ms, null)}
${row('(e) bytes pulled, widget far below the fold (load + 3 s)', 'far_bytes', kb, t.far_kib * 1024)}
${row('(f) wasm, Brotli (first chunk)', 'wasm_brotli', kb, t.wasm_kib * 1024)}
${row('(f) wasm, gzip -9', 'wasm_gzip', kb, null)}${extras}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await launch();
  const r = await measureStartup({ browser, loads: Number(opt('--loads', 5)), prev: opt('--prev', join(root, 'build', 'prev', 'pkg')) });
  await browser.close();
  console.log(startupTable(r));
  const out = opt('--json', null);
  if (out) writeFileSync(out, JSON.stringify(r, null, 2));
  if (args.includes('--check')) {
    const missed = missedTargets(r.current);
    if (missed.length) {
      console.error(`start-up targets missed: ${missed.join(', ')}`);
      process.exit(1);
    }
  }
}
