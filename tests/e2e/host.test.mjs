// A hostile host page cannot restyle the widget, the widget restyles nothing
// outside itself, and it stores, sets and sends nothing beyond its own files.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { Explorer, openPage, root, shotsDir, useBrowserAndServer } from './helpers.mjs';

const HOSTILE = `* { box-sizing: content-box; font-size: 30px; line-height: 3 }
mark { display: none } button { all: unset } div { display: flex } input { width: 10px }
section, ol, li, p, a, span, h2, h3 { color: red !important; background: yellow; letter-spacing: 4px; text-transform: uppercase }`;
const site = join(root, 'build', 'host-www');
const page = (css, embed = true) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="/favicon.svg">
<style>body { margin: 0; font-family: Georgia, serif } charter-explorer { display: block; width: 640px; margin: 16px }</style>
${css ? `<style>${css}</style>` : ''}
${embed ? '<script type="module" src="/pkg/embed.js"></script>' : ''}</head>
<body><p id="probe">Probe <mark>mark</mark> <button>button</button> <input value="input"></p>
<charter-explorer hash="off" max-height="560"></charter-explorer></body></html>`;

const env = useBrowserAndServer({
  server: { mounts: { '/pkg/': join(root, 'pkg'), '/': site } },
  prepare() {
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, 'clean.html'), page(''));
    writeFileSync(join(site, 'hostile.html'), page(HOSTILE));
    writeFileSync(join(site, 'bare.html'), page('', false));
    writeFileSync(join(site, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  },
});

async function shot(path, act) {
  const { page: p, context } = await openPage(env.browser, `${env.server.url}/${path}`, { viewport: { width: 800, height: 900 } });
  const w = await new Explorer(p).ready();
  await act(w);
  const png = PNG.sync.read(await w.host.screenshot());
  await context.close();
  return png;
}

test('aggressive global CSS on the host page does not change how the widget looks', async () => {
  const states = {
    results: async (w) => w.type('energy security'),
    clause: async (w) => {
      await w.type('nuclear');
      await w.results.first().click();
    },
  };
  for (const [name, act] of Object.entries(states)) {
    const clean = await shot('clean.html', act);
    const hostile = await shot('hostile.html', act);
    assert.equal(hostile.width, clean.width, `${name}: same width`);
    assert.equal(hostile.height, clean.height, `${name}: same height`);
    const diff = new PNG({ width: clean.width, height: clean.height });
    const changed = pixelmatch(clean.data, hostile.data, diff.data, clean.width, clean.height, { threshold: 0.1 });
    const share = changed / (clean.width * clean.height);
    writeFileSync(join(shotsDir, `hostile-${name}-diff.png`), PNG.sync.write(diff));
    console.log(`hostile host, ${name}: ${changed} of ${clean.width * clean.height} pixels differ (${(share * 100).toFixed(3)} %)`);
    assert.ok(share <= 0.001, `${name}: ${(share * 100).toFixed(3)} % of pixels differ (tolerance 0.1 %)`);
  }
});

test('the widget changes no style outside itself', async () => {
  const read = async (path, wait) => {
    const { page: p, context } = await openPage(env.browser, `${env.server.url}/${path}`);
    if (wait) await new Explorer(p).ready();
    const r = await p.evaluate(() => {
      const props = ['color', 'background-color', 'font-family', 'font-size', 'line-height', 'display', 'margin-top', 'padding-top', 'box-sizing', 'width'];
      const out = {};
      for (const sel of ['body', '#probe', 'mark', 'button', 'input']) {
        const cs = getComputedStyle(document.querySelector(sel));
        out[sel] = props.map((k) => cs.getPropertyValue(k)).join('|');
      }
      out.sheets = document.styleSheets.length;
      out.adopted = document.adoptedStyleSheets.length;
      out.globals = Object.keys(window).filter((k) => /charter|explorer|wasm|leptos/i.test(k));
      return out;
    });
    await context.close();
    return r;
  };
  const without = await read('bare.html', false);
  const withWidget = await read('clean.html', true);
  assert.deepEqual(withWidget, without);
});

test('privacy: only its own files, no cookies, no storage', async () => {
  const { page: p, context, log } = await openPage(env.browser, `${env.server.url}/clean.html`);
  await p.addInitScript(() => {
    window.__writes = [];
    const note = (what) => window.__writes.push(what);
    for (const s of [Storage.prototype]) {
      const set = s.setItem;
      s.setItem = function (...a) {
        note(`storage ${a[0]}`);
        return set.apply(this, a);
      };
    }
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (...a) => {
      note(`indexedDB ${a[0]}`);
      return open(...a);
    };
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(document, 'cookie', {
      get: () => desc.get.call(document),
      set: (v) => {
        note(`cookie ${v}`);
        desc.set.call(document, v);
      },
    });
  });
  await p.reload();
  const w = await new Explorer(p).ready();
  await w.type('energy');
  await w.chip('I').click();
  await w.results.first().click();
  await w.host.locator('[data-testid=next]').click();
  await w.host.locator('[data-testid=about]').click();
  await p.waitForTimeout(500);
  const r = await p.evaluate(async () => ({
    writes: window.__writes,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    cookie: document.cookie,
  }));
  assert.deepEqual(r, { writes: [], local: 0, session: 0, idb: 0, cookie: '' });
  assert.deepEqual(await context.cookies(), []);
  const paths = [...new Set(log.requests.map((u) => new URL(u).pathname))].sort();
  assert.deepEqual(paths, ['/clean.html', '/favicon.svg', '/pkg/charter_explorer.js', '/pkg/charter_explorer_bg.wasm', '/pkg/embed.js']);
  assert.ok(log.requests.every((u) => u.startsWith(env.server.url)));
  await context.close();
});
