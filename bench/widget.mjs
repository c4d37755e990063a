// Widget figures in headless Chromium: the bytes the embed loads (raw, gzip,
// brotli), script start → interactive over cold loads, and keystroke →
// results painted while typing the public judged queries.
//   node bench/widget.mjs [--loads 10] [--json out.json]
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, root, startServer } from '../tests/e2e/helpers.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const LOADS = Number(opt('--loads', 10));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

// Marks the moment the widget is interactive: the live widget (not the static
// view shown before the engine arrives) has its search field and clauses.
const PROBE = `
  window.__ce = { ready: null };
  const t0 = performance.now();
  const poll = () => {
    const el = document.querySelector('charter-explorer');
    const live = el && el.shadowRoot && el.shadowRoot.querySelector('.ce-root:not([data-static])');
    if (live && live.querySelector('.ce-input') && live.querySelectorAll('.ce-result').length) {
      window.__ce.ready = performance.now();
      return;
    }
    setTimeout(poll, 0);
  };
  poll();
`;

export async function measureWidget({ browser, url, loads = LOADS } = {}) {
  // Bytes the embed loads.
  const files = new Map();
  {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    page.on('response', async (r) => {
      const u = new URL(r.url());
      if (u.pathname.startsWith('/pkg/')) files.set(u.pathname, null);
    });
    await page.goto(`${url}/`);
    await page.locator('charter-explorer .ce-root:not([data-static]) .ce-input').waitFor();
    await ctx.close();
  }
  const payload = [];
  for (const path of files.keys()) {
    const body = readFileSync(join(root, path.slice(1)));
    payload.push({
      file: path.replace('/pkg/', ''),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = payload.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip, brotli: a.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

  // Script start → interactive, cold (fresh context, no cache).
  const ready = [];
  for (let i = 0; i < loads; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.addInitScript(PROBE);
    await page.goto(`${url}/`);
    await page.waitForFunction(() => window.__ce.ready !== null, null, { timeout: 15000 });
    const t = await page.evaluate(() => {
      const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/pkg/embed.js'));
      return window.__ce.ready - e.startTime;
    });
    ready.push(t);
    await ctx.close();
  }

  // Keystroke → results painted (the frame after the input event).
  const judged = JSON.parse(readFileSync(join(root, 'core/tests/fixtures/queries.public.json'), 'utf8')).queries;
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${url}/`);
  await page.locator('charter-explorer .ce-root:not([data-static]) .ce-input').waitFor();
  const keys = await page.evaluate(async (queries) => {
    const host = document.querySelector('charter-explorer');
    const input = host.shadowRoot.querySelector('.ce-input');
    let lastMutation = 0;
    new MutationObserver(() => {
      lastMutation = performance.now();
    }).observe(host.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
    const settle = () => new Promise((r) => setTimeout(r, 20));
    const dom = [];
    const frame = [];
    for (const q of queries) {
      input.value = '';
      input.dispatchEvent(new Event('input'));
      await settle();
      for (let n = 1; n <= q.length; n++) {
        const t0 = performance.now();
        lastMutation = 0;
        input.value = q.slice(0, n);
        input.dispatchEvent(new Event('input'));
        await new Promise((r) => requestAnimationFrame(r));
        frame.push(performance.now() - t0);
        await settle();
        if (lastMutation > t0) dom.push(lastMutation - t0);
      }
    }
    return { dom, frame };
  }, judged.map((j) => j.q));
  await ctx.close();
  return {
    payload,
    total,
    ready_ms: { median: median(ready), min: Math.min(...ready), max: Math.max(...ready), runs: ready.length },
    keystroke_ms: {
      dom_median: median(keys.dom),
      dom_p95: pct(keys.dom, 95),
      frame_median: median(keys.frame),
      frame_p95: pct(keys.frame, 95),
      runs: keys.frame.length,
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await launch();
  const server = await startServer();
  const r = await measureWidget({ browser, url: server.url });
  await browser.close();
  await server.close();
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  console.log('What the embed loads:');
  for (const f of r.payload) console.log(`  ${f.file.padEnd(28)} ${kib(f.raw).padStart(10)} raw ${kib(f.gzip).padStart(10)} gzip ${kib(f.brotli).padStart(10)} brotli`);
  console.log(`  ${'total'.padEnd(28)} ${kib(r.total.raw).padStart(10)} raw ${kib(r.total.gzip).padStart(10)} gzip ${kib(r.total.brotli).padStart(10)} brotli`);
  console.log(`Script start → interactive: median ${r.ready_ms.median.toFixed(1)} ms (min ${r.ready_ms.min.toFixed(1)}, max ${r.ready_ms.max.toFixed(1)}, ${r.ready_ms.runs} cold loads)`);
  const k = r.keystroke_ms;
  console.log(`Keystroke → results in the DOM: median ${k.dom_median.toFixed(2)} ms, p95 ${k.dom_p95.toFixed(2)} ms`);
  console.log(`Keystroke → next frame (painted): median ${k.frame_median.toFixed(2)} ms, p95 ${k.frame_p95.toFixed(2)} ms (${k.runs} keystrokes)`);
  const out = opt('--json', null);
  if (out) writeFileSync(out, JSON.stringify(r, null, 2));
}
