// Start-up as a reader on a phone gets it: Chromium's network and CPU
// emulation (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed
// 4×), files served gzipped as a CDN serves them, a 375 px viewport. For this
// build and for the previous release, in the same run, the median of several
// cold loads of:
//   (a) script start → charter text visible
//   (b) script start → a typed query answered (the reader types "nucelar" as
//       soon as there is a search field)
//   (c) layout shift on the demo article while the widget starts, with the
//       widget scrolled into view
//   (d) bytes the page pulls for the widget when it sits far below the fold
//       and is never scrolled to (after load + 3 s)
//   (e) wasm size, gzip -9
// "Script start" is the start of the embed.js request.
//   node bench/startup.mjs [--loads 5] [--prev DIR] [--json out.json] [--check]
// --check exits 1 when this build misses a target (make startup-targets).
// DIR is a built pkg/ of the previous release (bench/prev-release.sh builds it).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, root, startServer } from '../tests/e2e/helpers.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

export const PHONE = { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0, cpu: 4 };
export const TARGETS = { text_ms: 400, answer_ms: 1100, shift: 0.02, far_kib: 15, wasm_kib: 120 };

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
}

// Watches the widget from the first moment: when charter text is painted,
// when a search field exists (and types into it), when the answer is shown.
const PROBE = (type) => `
  window.__s = { text: null, answer: null, shift: 0, typed: false };
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

async function phonePage(browser) {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PHONE.latency, downloadThroughput: PHONE.downloadThroughput, uploadThroughput: PHONE.uploadThroughput });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  return { context, page };
}

async function measureVariant(browser, pkgDir, loads) {
  const server = await startServer({ mounts: { '/pkg/': pkgDir, '/': site }, gzip: true });
  const text = [];
  const answer = [];
  const shift = [];
  for (let i = 0; i < loads; i++) {
    // A reader who reads: text visible, layout shift until the widget is live and settled.
    {
      const { context, page } = await phonePage(browser);
      await page.addInitScript(PROBE(false));
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => document.querySelector('charter-explorer')?.shadowRoot?.querySelector('.ce-root:not([data-static]) .ce-result'), null, { timeout: 60000 });
      await page.waitForTimeout(1000);
      const r = await page.evaluate(() => {
        const t0 = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/pkg/embed.js')).startTime;
        return { text: window.__s.text - t0, shift: window.__s.shift };
      });
      text.push(r.text);
      shift.push(r.shift);
      await context.close();
    }
    // A reader who types at once.
    {
      const { context, page } = await phonePage(browser);
      await page.addInitScript(PROBE(true));
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => window.__s.answer !== null, null, { timeout: 60000 });
      const r = await page.evaluate(() => window.__s.answer - performance.getEntriesByType('resource').find((e) => e.name.endsWith('/pkg/embed.js')).startTime);
      answer.push(r);
      await context.close();
    }
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
  const wasm = gzipSync(readFileSync(join(pkgDir, 'charter_explorer_bg.wasm')), { level: 9 }).length;
  return {
    text_ms: median(text),
    answer_ms: median(answer),
    shift: median(shift),
    far_bytes: median(far),
    wasm_gzip: wasm,
    runs: { text, answer, shift, far },
  };
}

export async function measureStartup({ browser, loads = 5, prev = null } = {}) {
  prepareSite();
  const out = { profile: PHONE, targets: TARGETS, loads, current: await measureVariant(browser, join(root, 'pkg'), loads) };
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
    c.far_bytes > t.far_kib * 1024 && '(d) bytes far below the fold',
    c.wasm_gzip > t.wasm_kib * 1024 && '(e) wasm size',
  ].filter(Boolean);
}

export function startupTable(s, before = 'previous release') {
  const kib = (b) => (b / 1024).toFixed(1);
  const t = s.targets;
  const row = (name, key, fmt, target, unit) => {
    const now = s.current[key];
    const was = s.previous ? fmt(s.previous[key]) : '—';
    return `| ${name} | ${fmt(now)} | ${was} | ≤ ${target}${unit} | ${now <= (unit === ' KiB' ? target * 1024 : target) ? 'met' : 'not met'} |`;
  };
  const ms = (x) => `${x.toFixed(0)} ms`;
  return `| on the phone profile (median of ${s.loads} cold loads) | this build | ${before} | target | |
|---|---|---|---|---|
${row('(a) script start → charter text visible', 'text_ms', ms, t.text_ms, ' ms')}
${row('(b) script start → a typed query answered', 'answer_ms', ms, t.answer_ms, ' ms')}
${row('(c) layout shift while the widget starts', 'shift', (x) => x.toFixed(3), t.shift, '')}
${row('(d) bytes pulled, widget far below the fold (load + 3 s)', 'far_bytes', (x) => `${kib(x)} KiB`, t.far_kib, ' KiB')}
${row('(e) wasm, gzip -9', 'wasm_gzip', (x) => `${kib(x)} KiB`, t.wasm_kib, ' KiB')}`;
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
