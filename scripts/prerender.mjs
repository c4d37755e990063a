// The static view: the live widget's browse view, rendered by the widget
// itself (the same Leptos components, the same wasm) in headless Chromium at
// build time, and saved as markup for js/embed.js to show before any
// WebAssembly runs. One renderer, so the static view cannot drift from the
// live one; tests/e2e/faststart.test.mjs compares the two (text, order, ids,
// pixels) all the same.
//   node scripts/prerender.mjs PKG_DIR OUT_FILE
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { launch } from './chromium.mjs';
import { serve } from './serve.mjs';

const [pkgDir = 'pkg', outFile = 'build/static-view.html'] = process.argv.slice(2);

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body><div id="host"></div><script type="module">
import init, { mount } from '/pkg/charter_explorer.js';
try {
  await init();
  mount(document.getElementById('host'), { hash: false });
  await new Promise((r) => setTimeout(r, 50));
  window.__markup = document.getElementById('host').shadowRoot.querySelector('.ce-mount').innerHTML;
} catch (e) {
  window.__markup = 'error: ' + e.message;
}
</script></body></html>`;

// Serves the package; the page itself is answered in memory below.
const server = await serve({ mounts: { '/pkg/': resolve(pkgDir) } });
const browser = await launch();
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.route('**/prerender.html', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto(`${server.url}/prerender.html`);
  const markup = await page.waitForFunction(() => window.__markup, null, { timeout: 30000 }).then((h) => h.jsonValue());
  if (markup.startsWith('error: ') || errors.length) throw new Error(`prerender failed: ${markup.slice(0, 200)} ${errors.join(' | ')}`);
  const html = markup
    .replace(/<!--[^]*?-->/g, '') // Leptos' position markers: the live widget re-renders anyway
    .replace(/^<div class="ce-root ce-light"/, '<div class="ce-root ce-light" data-static=""');
  if (!html.includes('data-static') || (html.match(/data-testid="result"/g) ?? []).length < 20) {
    throw new Error('prerender: the browse view was not found in the rendered markup');
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, html);
  console.error(`prerender: ${outFile} (${html.length} bytes, ${(html.match(/data-testid="result"/g) ?? []).length} clauses)`);
} finally {
  await browser.close();
  await server.close();
}
