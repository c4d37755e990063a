// Lighthouse's mobile performance audit of the demo article with the
// README's one-line embed (issue 18: "Lighthouse mobile TBT ≤ 50 ms"), files
// served as npm CDNs serve them (Brotli). Lighthouse's own mobile profile:
// simulated throttling (Lantern: 150 ms RTT, 1.6 Mbit/s, CPU 4×) by default,
// or Chromium's DevTools throttling with --devtools. Beside it, the same
// article without the widget's script: the page's own share.
//   node bench/lighthouse.mjs [--runs 5] [--devtools] [--pkg DIR] [--json out.json]
// `make bench-lighthouse` installs Lighthouse first (bench/lighthouse/).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { root, startServer } from '../tests/e2e/helpers.mjs';
import { readArticle, withoutWidget, writeSite } from './article.mjs';
import { median } from './startup.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const runs = Number(opt('--runs', 5));
const pkg = opt('--pkg', join(root, 'pkg'));
const devtools = args.includes('--devtools');

const req = createRequire(join(root, 'bench', 'lighthouse', 'package.json'));
let lighthouse, launcher;
try {
  lighthouse = (await import(req.resolve('lighthouse'))).default;
  launcher = await import(req.resolve('chrome-launcher'));
} catch {
  console.error('Lighthouse is not installed: run `make bench-lighthouse` (it installs it into bench/lighthouse/).');
  process.exit(2);
}

const article = readArticle();
const site = writeSite('lighthouse-www', { 'index.html': article, 'alone.html': withoutWidget(article) });

const server = await startServer({ mounts: { '/pkg/': pkg, '/': site }, compress: true });
const chrome = await launcher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const out = { throttling: devtools ? 'devtools' : 'simulate', runs, pages: {} };
try {
  for (const page of ['index.html', 'alone.html']) {
    const r = { tbt: [], lcp: [], cls: [], fcp: [], longest: [], tasks: [] };
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(`${server.url}/${page}`, {
        port: chrome.port,
        onlyCategories: ['performance'],
        logLevel: 'error',
        formFactor: 'mobile',
        throttlingMethod: devtools ? 'devtools' : 'simulate',
      });
      const a = lhr.audits;
      const long = a['long-tasks']?.details?.items ?? [];
      r.tbt.push(a['total-blocking-time'].numericValue);
      r.lcp.push(a['largest-contentful-paint'].numericValue);
      r.fcp.push(a['first-contentful-paint'].numericValue);
      r.cls.push(a['cumulative-layout-shift'].numericValue);
      r.longest.push(Math.max(0, ...long.map((t) => t.duration)));
      r.tasks.push(long.map((t) => `${Math.round(t.duration)} ms (${String(t.url ?? '').split('/').pop() || 'page'})`).join(', '));
    }
    out.pages[page] = { ...r, median: { tbt: median(r.tbt), lcp: median(r.lcp), fcp: median(r.fcp), cls: median(r.cls), longest: median(r.longest) } };
  }
} finally {
  await chrome.kill();
  await server.close();
}
const m = (p) => out.pages[p].median;
console.log(`| Lighthouse mobile (${out.throttling} throttling), median of ${runs} | TBT | longest task | LCP | CLS |
|---|---|---|---|---|
| the demo article with the one-line embed | ${m('index.html').tbt.toFixed(0)} ms | ${m('index.html').longest.toFixed(0)} ms | ${m('index.html').lcp.toFixed(0)} ms | ${m('index.html').cls.toFixed(3)} |
| the same article without the widget | ${m('alone.html').tbt.toFixed(0)} ms | ${m('alone.html').longest.toFixed(0)} ms | ${m('alone.html').lcp.toFixed(0)} ms | ${m('alone.html').cls.toFixed(3)} |`);
for (const p of Object.keys(out.pages)) console.log(`${p}: TBT runs ${out.pages[p].tbt.map((x) => x.toFixed(0)).join(', ')}; long tasks per run: ${out.pages[p].tasks.map((t) => `[${t}]`).join(' ')}`);
const json = opt('--json', null);
if (json) writeFileSync(json, JSON.stringify(out, null, 2));
