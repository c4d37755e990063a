// When something fails the reader still gets the charter, with one clear
// console error and nothing thrown into the host page: the widget's own static
// view when the engine cannot run, the static text pasted inside the element
// when the embed cannot run at all.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, root, startServer } from './helpers.mjs';

const site = join(root, 'build', 'failure-www');
let browser;
before(async () => {
  mkdirSync(site, { recursive: true });
  const fallback = readFileSync(join(root, 'pkg', 'charter-static.html'), 'utf8');
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="/favicon.svg">
<script type="module" src="/pkg/embed.js"></script></head>
<body><h1>Article</h1><charter-explorer hash="off">${fallback}</charter-explorer><p id="after">The article goes on.</p></body></html>`,
  );
  writeFileSync(join(site, 'favicon.svg'), readFileSync(join(root, 'www', 'favicon.svg')));
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function visit(serverOpts, initScript, pkg = join(root, 'pkg')) {
  const server = await startServer({ mounts: { '/pkg/': pkg, '/': site }, ...serverOpts });
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.addInitScript(`
    window.__uncaught = [];
    window.addEventListener('error', (e) => window.__uncaught.push('error: ' + e.message));
    window.addEventListener('unhandledrejection', (e) => window.__uncaught.push('rejection: ' + e.reason));
    ${initScript ?? ''}
  `);
  await page.goto(`${server.url}/`);
  await page.waitForTimeout(400);
  const state = await page.evaluate(() => {
    const el = document.querySelector('charter-explorer');
    const h2 = el.querySelector('.charter-static h2');
    const r = h2.getBoundingClientRect();
    const view = el.shadowRoot?.querySelector('.ce-root[data-static]');
    const title = view?.querySelector('.ce-title');
    return {
      staticVisible: r.height > 0 && r.width > 0,
      staticText: h2.textContent,
      clauses: el.querySelectorAll('[data-clause]').length,
      jsonLd: el.querySelector('script[type="application/ld+json"]') !== null,
      widget: !!el.shadowRoot?.querySelector('.ce-root:not([data-static])'),
      view: view ? { title: title.textContent, visible: title.getBoundingClientRect().height > 0, clauses: view.querySelectorAll('.ce-result').length } : null,
      uncaught: window.__uncaught,
    };
  });
  await context.close();
  await server.close();
  return { state, ours: errors.filter((e) => e.includes('[charter-explorer]')), errors };
}

function assertPolite({ state, ours, errors }) {
  assert.equal(state.widget, false);
  assert.ok(state.jsonLd, 'schema.org JSON-LD stays in the page');
  assert.equal(ours.length, 1, `one clear console error: ${errors.join(' | ')}`);
  assert.deepEqual(state.uncaught, [], 'window.onerror and unhandledrejection stay silent');
  assert.ok(!errors.some((e) => e.startsWith('pageerror')), errors.join(' | '));
}

/** The embed ran, the engine did not: the widget's static view stays. */
function assertStaticView(r) {
  assertPolite(r);
  assert.ok(r.state.view, 'the static view is shown');
  assert.ok(r.state.view.visible);
  assert.equal(r.state.view.title, 'Strategic Partnership Charter');
  assert.equal(r.state.view.clauses, 27);
}

/** The embed could not run: the static text pasted in the element shows. */
function assertFallback(r) {
  assertPolite(r);
  const { state } = r;
  assert.ok(state.staticVisible, 'the static charter is shown');
  assert.equal(state.staticText, 'Azerbaijan–United States Strategic Partnership Charter');
  assert.equal(state.clauses, 27);
}

test('the wasm file answers 404', async () => {
  const r = await visit({ fail: (p) => (p.endsWith('.wasm') ? 404 : 0) });
  assertStaticView(r);
  assert.match(r.ours[0], /could not load its WebAssembly/);
});

test('an altered wasm is refused after it compiled, before it runs', async () => {
  // The package as a CDN might serve it with the wasm changed: still valid
  // WebAssembly (a custom section appended), so it compiles; embed.js knows
  // its own build's hash and refuses it.
  const altered = join(root, 'build', 'failure-altered-pkg');
  rmSync(altered, { recursive: true, force: true });
  cpSync(join(root, 'pkg'), altered, { recursive: true });
  const wasm = readFileSync(join(altered, 'charter_explorer_bg.wasm'));
  const name = Buffer.from('x');
  const section = Buffer.concat([Buffer.from([0, name.length + 2, name.length]), name, Buffer.from([1])]);
  const changed = Buffer.concat([wasm, section]);
  assert.ok(await WebAssembly.validate(changed), 'the altered file is valid WebAssembly');
  writeFileSync(join(altered, 'charter_explorer_bg.wasm'), changed);
  const r = await visit({}, '', altered);
  assertStaticView(r);
  assert.match(r.ours[0], /not the file this embed\.js was built with/);
});

test("an import map's integrity pins the module the embed imports (the README's recipe)", async () => {
  const page = join(root, 'build', 'failure-importmap');
  mkdirSync(page, { recursive: true });
  writeFileSync(join(page, 'favicon.svg'), readFileSync(join(root, 'www', 'favicon.svg')));
  const html = (hash) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="/favicon.svg">
<script type="importmap">{"integrity": {"/pkg/charter_explorer.js": "${hash}"}}</script>
<script type="module" src="/pkg/embed.js"></script></head>
<body><h1>Article</h1><charter-explorer hash="off" loading="eager"></charter-explorer></body></html>`;
  const right = JSON.parse(readFileSync(join(root, 'pkg', 'integrity.json'), 'utf8'))['charter_explorer.js'];
  const wrong = `sha384-${Buffer.alloc(48, 7).toString('base64')}`;
  const server = await startServer({ mounts: { '/pkg/': join(root, 'pkg'), '/': page } });
  try {
    const outcome = {};
    for (const [name, hash] of [['right', right], ['wrong', wrong]]) {
      writeFileSync(join(page, 'index.html'), html(hash));
      const context = await browser.newContext();
      const p = await context.newPage();
      // Settled: the engine took over, or the embed reported that it could not.
      const failed = new Promise((resolve) => p.on('console', (m) => m.type() === 'error' && m.text().includes('[charter-explorer]') && resolve()));
      await p.goto(`${server.url}/`);
      const live = p.locator('charter-explorer .ce-root:not([data-static])').waitFor({ timeout: 15000 });
      await Promise.race([live, failed]);
      outcome[name] = await p.evaluate(() => !!document.querySelector('charter-explorer').shadowRoot.querySelector('.ce-root:not([data-static])'));
      live.catch(() => {});
      await context.close();
    }
    assert.deepEqual(outcome, { right: true, wrong: false });
  } finally {
    await server.close();
  }
});

test("the page's CSP lacks 'wasm-unsafe-eval'", async () => {
  const r = await visit({ headers: () => ({ 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'" }) });
  assertStaticView(r);
});

test('custom elements are unavailable', async () => {
  const r = await visit({}, "Object.defineProperty(window, 'customElements', { value: undefined, configurable: true });");
  assertFallback(r);
  assert.match(r.ours[0], /no custom elements/);
});

test('with everything working the widget replaces the static text', async () => {
  const server = await startServer({ mounts: { '/pkg/': join(root, 'pkg'), '/': site } });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.locator('charter-explorer .ce-root:not([data-static])').waitFor();
  const staticShown = await page.evaluate(() => document.querySelector('charter-explorer .charter-static h2').getBoundingClientRect().height);
  assert.equal(staticShown, 0, 'the light-DOM fallback is not rendered once the widget runs');
  await context.close();
  await server.close();
});
