// Frame mode: pkg/frame.html shows the widget alone, its attributes from the
// query string, tells its host its height (AMP's embed-size request and a
// documented message), and links to the host article when the host says its
// URL. frame-resizer.js sizes the frame on ordinary pages.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root, useBrowserAndServer } from './helpers.mjs';

const site = join(root, 'build', 'frame-www');
const host = (src, resizer) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${resizer ? '<script type="module" src="/pkg/frame-resizer.js"></script>' : ''}` +
  `<script>window.__messages = []; addEventListener('message', (e) => window.__messages.push(e.data));</script></head>` +
  `<body><h1>Host article</h1><iframe id="f" src="${src}" title="The charter" style="width:100%;height:150px;border:0" sandbox="allow-scripts allow-same-origin"></iframe></body></html>`;

const env = useBrowserAndServer({
  server: { mounts: { '/pkg/': join(root, 'pkg'), '/': site } },
  prepare() {
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, 'host.html'), host('/pkg/frame.html?q=nuclear&theme=dark', true));
    writeFileSync(join(site, 'host-bare.html'), host('/pkg/frame.html?q=energy&section=I&lang=az&host=https://news.example/article?id=7', false));
  },
});

test('frame.html in a sandboxed iframe answers ?q=nuclear, posts its height, and is sized by frame-resizer.js', async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.server.url}/host.html`);
  const frame = page.frameLocator('#f');
  const first = frame.locator('charter-explorer .ce-root:not([data-static]) .ce-result').first();
  await first.waitFor({ timeout: 20000 });
  assert.equal(await first.getAttribute('data-id'), 'I.4');
  assert.equal(await frame.locator('charter-explorer .ce-input').inputValue(), 'nuclear');
  assert.match(await frame.locator('charter-explorer .ce-root').getAttribute('class'), /ce-dark/);
  await page.waitForFunction(() => window.__messages.some((m) => m && m.type === 'charter-explorer:height'));
  const messages = await page.evaluate(() => window.__messages);
  const amp = messages.filter((m) => m && m.sentinel === 'amp' && m.type === 'embed-size');
  const ours = messages.filter((m) => m && m.type === 'charter-explorer:height');
  assert.ok(amp.length > 0 && amp.every((m) => m.height > 600), `AMP resize requests: ${JSON.stringify(amp)}`);
  assert.equal(ours.at(-1).height, amp.at(-1).height);
  // frame-resizer.js: the frame takes the height it reported.
  await page.waitForFunction((h) => document.getElementById('f').getBoundingClientRect().height === h, ours.at(-1).height);
  // …and told the frame this page's address: its links point here.
  await frame.locator('charter-explorer .ce-result').first().click();
  const printed = await frame.locator('charter-explorer .ce-print-url').textContent();
  assert.equal(printed, `${env.server.url}/host.html#charter-I.4`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the host article named in the query string; the section and language from it too', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.server.url}/host-bare.html`);
  const frame = page.frameLocator('#f');
  await frame.locator('charter-explorer .ce-root:not([data-static]) .ce-result').first().waitFor({ timeout: 20000 });
  assert.equal(await frame.locator('charter-explorer [data-testid=chip-I]').getAttribute('aria-pressed'), 'true');
  assert.equal((await frame.locator('charter-explorer .ce-title').textContent()).trim(), 'Strateji Tərəfdaşlıq Xartiyası');
  assert.equal(
    await frame.locator('charter-explorer .ce-print-url').textContent(),
    'https://news.example/article?id=7#charter?q=energy&section=I',
  );
  // The frame's own URL never changes (hash off): the reader's address is the host's.
  assert.equal(await page.evaluate(() => document.getElementById('f').contentWindow.location.hash), '');
  await context.close();
});
