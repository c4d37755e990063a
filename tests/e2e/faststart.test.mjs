// Fast start: the charter is readable before any WebAssembly runs (the static
// view carried by embed.js), the engine loads on demand and in parallel, and
// the live widget takes over without a jump.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { Explorer, delayEmbed, recordShifts, root, shotsDir, useBrowserAndServer } from './helpers.mjs';

const site = join(root, 'build', 'faststart-www');
const HEAD = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/favicon.svg"><script type="module" src="/pkg/embed.js"></script></head>';
const PAGES = {
  'top.html': `${HEAD}<body style="margin:0;font-family:Georgia,serif"><charter-explorer hash="off"></charter-explorer></body></html>`,
  // Widgets stacked, no box reserved.
  'stack.html': `${HEAD}<body style="margin:0">${Array.from({ length: 8 }, (_, i) => `<charter-explorer id="s${i}" hash="off" max-height="400"></charter-explorer>`).join('')}</body></html>`,
  // The widget's element before any script (a test imports embed.js).
  'noscript.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="/favicon.svg"></head><body style="margin:0"><charter-explorer hash="off"></charter-explorer></body></html>',
  'far.html': `${HEAD}<body><h1>Article</h1><div style="height:6000px">Long article text.</div><charter-explorer id="far"></charter-explorer></body></html>`,
  'far-notes.html': `${HEAD}<body><h1>Article</h1><div style="height:6000px">Long article text.</div><charter-explorer id="far"><script type="application/json" data-charter-notes>{"by": "Desk", "notes": {"II.4": "A note."}}</script></charter-explorer></body></html>`,
  'eager.html': `${HEAD}<body><h1>Article</h1><div style="height:6000px">Long article text.</div><charter-explorer loading="eager"></charter-explorer></body></html>`,
  'eager-div.html': `${HEAD}<body><h1>Article</h1><div style="height:6000px">Long article text.</div><div data-charter-explorer data-loading="eager"></div></body></html>`,
  'deep.html': `${HEAD}<body><h1>Article</h1><div style="height:2000px">Long article text.</div><charter-explorer></charter-explorer></body></html>`,
  'bad.html': `${HEAD}<body><charter-explorer theme="neon" section="V" hash="maybe" clause="Z.9"></charter-explorer></body></html>`,
  // The API alone (no embed): mount() into an empty box.
  'slices.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="/favicon.svg"></head><body><div id="box"></div></body></html>',
};

// The README's one-line embed, exactly as a producer pastes it, in an article
// with text below it (what moves if the widget's box is not reserved).
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const SNIPPET = readme.slice(readme.indexOf('## Embed it')).match(/```html\n([^]*?)```/)[1];
const ARTICLE = (widget) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/favicon.svg"></head>` +
  `<body style="font-family:Georgia,serif"><h1>Article</h1><p>The charter was signed in Baku.</p>${widget}` +
  '<p>Text after the widget.</p>'.repeat(30) +
  '</body></html>';
PAGES['snippet.html'] = ARTICLE(SNIPPET.replace(/src="[^"]*\/embed\.js"/, 'src="/pkg/embed.js"'));
PAGES['unreserved.html'] = ARTICLE('<script type="module" src="/pkg/embed.js"></script><charter-explorer></charter-explorer>');

const env = useBrowserAndServer({
  server: { mounts: { '/pkg/': join(root, 'pkg'), '/': site } },
  prepare() {
    mkdirSync(site, { recursive: true });
    for (const [f, html] of Object.entries(PAGES)) writeFileSync(join(site, f), html);
    writeFileSync(join(site, 'favicon.svg'), readFileSync(join(root, 'www', 'favicon.svg')));
  },
});

/**
 * A fresh page (no cache) that records what it requests (paths), its console
 * errors and uncaught exceptions, and its console warnings.
 */
async function freshPage(viewport = { width: 1280, height: 900 }) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  const warnings = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { context, page, requests, errors, warnings };
}

/** A page whose .wasm response is held until `release()`. */
async function heldPage(path, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const log = { errors: [], requests: [] };
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => log.requests.push(r.url()));
  let release;
  const released = new Promise((r) => (release = r));
  let requested;
  const wasmRequested = new Promise((r) => (requested = r));
  await page.route('**/*.wasm', async (route) => {
    requested();
    await released;
    await route.continue();
  });
  await recordShifts(page);
  await page.goto(`${env.server.url}/${path}`);
  return { page, context, log, release, wasmRequested };
}

const staticRoot = (page) => page.locator('charter-explorer .ce-root[data-static]');

/** After the hand-over: the live field has the focus, and typing `more` goes on in it (it then reads `want`). */
async function typingGoesOn(page, w, more, want) {
  const focused = await page.evaluate(() => document.querySelector('charter-explorer').shadowRoot.activeElement?.className);
  assert.equal(focused, 'ce-input', 'focus stays in the search field');
  await page.keyboard.type(more);
  await page.waitForTimeout(50);
  assert.equal(await w.input.inputValue(), want, 'typing goes on in the live field');
}

/** What a reader sees and what a program finds: text, clause order, test ids. */
function snapshot(page) {
  return page.locator('charter-explorer').evaluate((el) => {
    const r = el.shadowRoot.querySelector('.ce-root');
    return {
      text: r.innerText,
      order: [...r.querySelectorAll('.ce-result')].map((a) => a.dataset.id),
      hrefs: [...r.querySelectorAll('.ce-result')].map((a) => a.getAttribute('href')),
      testids: [...r.querySelectorAll('[data-testid]')].map((e) => e.dataset.testid),
      sections: [...r.querySelectorAll('.ce-section-title')].map((h) => h.textContent),
    };
  });
}

describe('no layout shift from the snippet as pasted', () => {
  /** Layout shift on a page, from its first paint until the live widget has settled. */
  async function shiftOn(file, viewport) {
    const context = await env.browser.newContext({ viewport });
    const page = await context.newPage();
    // The script arrives after the article's first paint, as over a network
    // (served at once, it could run before the first paint, and nothing
    // would have moved either way).
    await delayEmbed(page, 400);
    await recordShifts(page);
    await page.goto(`${env.server.url}/${file}`);
    await new Explorer(page).ready();
    await page.waitForTimeout(300);
    const shift = await page.evaluate(() => window.__shift);
    await context.close();
    return shift;
  }

  test("the README's one-line embed reserves the widget's box: CLS ≤ 0.005 at 1280 and 375 px", async () => {
    assert.match(SNIPPET, /<charter-explorer style="[^"]*height:/, 'the README snippet reserves a height');
    for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 740 }]) {
      const reserved = await shiftOn('snippet.html', viewport);
      assert.ok(reserved <= 0.005, `layout shift ${reserved} at ${viewport.width}px with the snippet`);
      // The measure can fail: without the reservation the article moves.
      const bare = await shiftOn('unreserved.html', viewport);
      assert.ok(bare > 0.005, `without the reserved box the shift is ${bare}`);
    }
  });
});

describe('the static view', () => {
  test('is there before the wasm is requested, and matches the live view in text, order, ids and pixels', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 740 }]) {
      const { page, context, log, release, wasmRequested } = await heldPage('top.html', { viewport });
      await wasmRequested;
      // The engine is on its way, held back: the reader already has the charter.
      const s = staticRoot(page);
      await s.waitFor({ state: 'visible' });
      assert.equal(await s.locator('.ce-result').count(), 27, 'all 27 clauses');
      assert.equal(await s.locator('.ce-title').textContent(), 'Strategic Partnership Charter');
      assert.ok(await s.locator('.ce-input').isVisible(), 'the search field');
      assert.equal(await s.locator('[data-testid^=chip-]').count(), 6, 'All and five section chips');
      assert.equal(await s.locator('[part=map] [part=map-tile]').count(), 27, 'the map, a tile per clause');
      assert.match(await s.locator('[data-testid=binding-summary]').textContent(), /binding words/, 'the wording summary');
      const before = await snapshot(page);
      assert.deepEqual(before.order.slice(0, 6), ['P.1', 'P.2', 'P.3', 'P.4', 'P.5', 'I.a']);
      const shotStatic = await page.locator('charter-explorer').screenshot({ path: join(shotsDir, `static-${viewport.width}.png`) });
      release();
      await new Explorer(page).ready();
      await page.waitForTimeout(100);
      const afterSnap = await snapshot(page);
      assert.deepEqual(afterSnap, before, 'static and live views read the same');
      const shotLive = await page.locator('charter-explorer').screenshot({ path: join(shotsDir, `live-${viewport.width}.png`) });
      const a = PNG.sync.read(shotStatic);
      const b = PNG.sync.read(shotLive);
      assert.equal(a.width, b.width);
      assert.equal(a.height, b.height);
      const changed = pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 });
      assert.ok(changed <= a.width * a.height * 0.001, `${changed} pixels differ at ${viewport.width}px`);
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift <= 0.02, `layout shift ${shift}`);
      assert.deepEqual(log.errors, []);
      await context.close();
    }
  });

  test("is built in a task after the module's own, which has already asked for the engine", async () => {
    // Evaluating embed.js (and the page layout its position check may force)
    // and building the static view are separate tasks: on a phone each stays
    // well under 50 ms, where together they made one long task.
    const { context, page } = await freshPage({ width: 375, height: 740 });
    await page.goto(`${env.server.url}/noscript.html`);
    const seen = await page.evaluate(async () => {
      const el = document.querySelector('charter-explorer');
      let asked = false;
      const f = window.fetch;
      window.fetch = function (...a) {
        if (String(a[0]).endsWith('.wasm')) asked = true;
        return f.apply(this, a);
      };
      await import('/pkg/embed.js');
      // A microtask after the module's evaluation: still its task.
      const atModule = { shadow: !!el.shadowRoot, children: el.shadowRoot ? el.shadowRoot.childElementCount : -1, asked };
      await new Promise((r) => setTimeout(r, 0));
      return { atModule, nextTask: !!el.shadowRoot.querySelector('.ce-root[data-static] .ce-result') };
    });
    assert.deepEqual(seen.atModule, { shadow: true, children: 0, asked: true }, "at the end of the module's task: a shadow root, no view yet, the engine asked for");
    assert.equal(seen.nextTask, true, 'the static view is there a task later');
    await new Explorer(page).ready();
    await context.close();
  });

  test('typed text survives the hand-over and is answered when the engine arrives', async () => {
    const { page, context, log, release, wasmRequested } = await heldPage('top.html');
    await staticRoot(page).waitFor();
    await staticRoot(page).locator('.ce-input').click();
    await page.keyboard.type('nucelar');
    await wasmRequested;
    const status = staticRoot(page).locator('[data-testid=status]');
    assert.equal(await status.textContent(), 'Loading search…');
    const say = staticRoot(page).locator('[data-testid=announce]');
    assert.equal(await say.getAttribute('role'), 'status', 'announced politely');
    assert.equal(await say.textContent(), 'Loading search…');
    release();
    const w = await new Explorer(page).ready();
    await w.results.first().waitFor();
    assert.equal((await w.ids())[0], 'I.4', 'the query typed before the engine is answered');
    assert.equal(await w.input.inputValue(), 'nucelar');
    await typingGoesOn(page, w, ' coop', 'nucelar coop');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('a chip or a clause chosen before the engine arrives is applied by it', async () => {
    const { page, context, release } = await heldPage('top.html');
    await staticRoot(page).locator('[data-testid=chip-III]').click();
    await staticRoot(page).locator('.ce-result[data-id="III.4"]').click();
    release();
    const w = await new Explorer(page).ready();
    await w.clause().waitFor();
    assert.match(await w.clause().textContent(), /demining/);
    assert.deepEqual((await page.locator('charter-explorer').evaluate((el) => el.shadowRoot.querySelector('[data-testid=chip-III]').getAttribute('aria-pressed'))), 'true');
    await context.close();
  });
});

test('a map tile or a wording filter chosen before the engine arrives is applied by it', async () => {
  const { page, context, release } = await heldPage('top.html');
  const s = staticRoot(page);
  await s.locator('[data-testid=wording-may]').click();
  assert.equal(await s.locator('[data-testid=wording-may]').getAttribute('aria-pressed'), 'true');
  assert.equal(await s.locator('[data-testid=chip-all]').getAttribute('aria-pressed'), 'true', 'section chips untouched');
  release();
  const w = await new Explorer(page).ready();
  await page.waitForTimeout(50);
  const kinds = await w.host.locator('.ce-result [part=wording]').evaluateAll((els) => els.map((e) => e.dataset.wording));
  assert.ok(kinds.length > 0 && kinds.every((k) => k === 'may'), kinds.join());
  await context.close();

  const second = await heldPage('top.html');
  await staticRoot(second.page).locator('[part=map-tile][data-clause="II.3"]').click();
  second.release();
  const w2 = await new Explorer(second.page).ready();
  await w2.clause().waitFor();
  assert.equal(await w2.clause().getAttribute('data-id'), 'II.3');
  await second.context.close();
});

describe('the takeover, in slices', () => {
  test('the live view is built over several tasks, and takes the static view\'s place only once complete', async () => {
    const { page, context, log, release } = await heldPage('top.html');
    await staticRoot(page).waitFor();
    // What the shadow root holds at the moment the live view comes in.
    await page.evaluate(() => {
      const root = document.querySelector('charter-explorer').shadowRoot;
      window.__swaps = [];
      new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.addedNodes) {
            const live = n.nodeType === 1 ? n.querySelector('.ce-root:not([data-static])') : null;
            if (!live) continue;
            window.__swaps.push({
              results: live.querySelectorAll('.ce-result').length,
              sections: live.querySelectorAll('.ce-browse-section').length,
              tiles: live.querySelectorAll('[part=map-tile]').length,
              chips: live.querySelectorAll('[data-testid^=chip-]').length,
              title: live.querySelector('.ce-title')?.textContent ?? null,
              status: live.querySelector('[data-testid=status]')?.textContent ?? null,
              templates: live.querySelectorAll('template').length,
              busy: live.hasAttribute('aria-busy'),
              staticOut: [...r.removedNodes].some((x) => x.nodeType === 1 && x.querySelector('.ce-root[data-static]')),
              staticLeft: root.querySelectorAll('.ce-root[data-static]').length,
            });
          }
        }
      }).observe(root, { childList: true });
    });
    release();
    await new Explorer(page).ready();
    const swaps = await page.evaluate(() => window.__swaps);
    assert.equal(swaps.length, 1, 'one swap');
    assert.deepEqual(swaps[0], {
      results: 27,
      sections: 5,
      tiles: 27,
      chips: 6,
      title: 'Strategic Partnership Charter',
      status: '27 clauses',
      templates: 0,
      busy: false,
      staticOut: true,
      staticLeft: 0,
    }, 'the live view arrives whole, in the same mutation that takes the static view out');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('mount() builds the view a slice per task: the parts arrive in separate turns of the event loop', async () => {
    const { page, context, log } = await (async () => {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      const log = { errors: [] };
      page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
      page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
      await page.goto(`${env.server.url}/slices.html`);
      return { page, context, log };
    })();
    const r = await page.evaluate(async () => {
      const m = await import('/pkg/charter_explorer.js');
      await m.default(undefined, { readers: 'lazy' });
      const box = document.getElementById('box');
      // A turn counter: one message in flight at all times, so that a turn
      // passes between any two tasks the widget queues (Chrome runs tasks of
      // one priority in the order they were queued).
      let turn = 0;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        turn++;
        ch.port2.postMessage(0);
      };
      ch.port2.postMessage(0);
      const parts = { root: '.ce-root', header: '.ce-header', search: '.ce-search', status: '.ce-status', map: '.ce-map', sections: '.ce-browse-section' };
      const seen = {};
      const h = m.mount(box, { hash: false });
      const atOnce = box.shadowRoot.querySelectorAll('.ce-root').length;
      const startTurn = turn;
      await new Promise((done) => {
        const look = () => {
          for (const [name, sel] of Object.entries(parts)) if (!(name in seen) && box.shadowRoot.querySelector(sel)) seen[name] = turn - startTurn;
          if (box.shadowRoot.querySelector('.ce-root:not([aria-busy])')) done();
        };
        new MutationObserver(look).observe(box.shadowRoot, { childList: true, subtree: true, attributes: true });
        look();
      });
      ch.port1.onmessage = null;
      const out = { atOnce, seen, results: box.shadowRoot.querySelectorAll('.ce-result').length, templates: box.shadowRoot.querySelectorAll('template').length };
      h.unmount();
      return out;
    });
    assert.equal(r.atOnce, 0, 'mount() itself builds the state, not the view');
    assert.equal(r.results, 27);
    assert.equal(r.templates, 0);
    const turns = new Set(Object.values(r.seen));
    assert.ok(turns.size >= 5, `the parts arrive over at least five turns: ${JSON.stringify(r.seen)}`);
    assert.ok(r.seen.sections > r.seen.root, `the sections come after the frame: ${JSON.stringify(r.seen)}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('what the reader types while the live view is built is kept, with the focus', async () => {
    const { page, context, log, release } = await heldPage('top.html');
    await staticRoot(page).locator('.ce-input').click();
    await page.keyboard.type('n');
    release();
    // One key at a time while the engine arrives and builds the view.
    for (const key of 'uclear') await page.keyboard.type(key);
    const w = await new Explorer(page).ready();
    await page.waitForTimeout(100);
    assert.equal(await w.input.inputValue(), 'nuclear');
    assert.equal((await w.ids())[0], 'I.4');
    await typingGoesOn(page, w, ' energy', 'nuclear energy');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});

describe('loading on demand', () => {
  test('a widget far below the fold fetches no engine until scrolled near', async () => {
    const { context, page, requests } = await freshPage();
    await page.goto(`${env.server.url}/far.html`, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    assert.ok(requests.includes('/pkg/embed.js'));
    assert.deepEqual(requests.filter((p) => p.includes('charter_explorer')), [], 'no engine request while far away');
    assert.equal(await page.locator('#far .ce-result').count(), 27, 'the static view is already in place');
    await page.evaluate(() => window.scrollTo(0, document.getElementById('far').offsetTop - 1500));
    await new Explorer(page, '#far').ready();
    assert.ok(requests.includes('/pkg/charter_explorer_bg.wasm'));
    assert.ok(requests.includes('/pkg/charter_explorer.js'));
    await context.close();
  });

  test('widgets stacked without a reserved height: those far below wait, though their position was judged before any view was built', async () => {
    // Eight widgets of 400 px, none with a reserved box: when each connects,
    // the views above it are not built yet (they come a task later), so all
    // look near the top. The engine loads at once for the near ones; the far
    // ones are checked again before taking over, and wait.
    const { context, page } = await freshPage({ width: 1280, height: 900 });
    await page.goto(`${env.server.url}/stack.html`);
    const live = (i) => page.evaluate((i) => !!document.getElementById(`s${i}`).shadowRoot?.querySelector('.ce-root:not([data-static]):not([aria-busy])'), i);
    for (let i = 0; i <= 4; i++) await new Explorer(page, `#s${i}`).ready();
    await page.waitForFunction(() => [0, 1, 2, 3, 4].every((i) => document.getElementById(`s${i}`).shadowRoot.querySelector('.ce-root:not([data-static]):not([aria-busy])')));
    await page.waitForTimeout(500);
    for (const i of [6, 7]) {
      assert.equal(await live(i), false, `widget ${i} (top ${i * 400} px) still static`);
      assert.equal(await page.locator(`#s${i} .ce-root[data-static] .ce-result`).count(), 27, `widget ${i} shows the charter`);
    }
    await page.evaluate(() => document.getElementById('s7').scrollIntoView());
    await new Explorer(page, '#s7').ready();
    assert.equal(await live(7), true, 'scrolled near: it takes over');
    await context.close();
  });

  test("a widget far below the fold with editors' notes still waits; the notes arrive with the engine", async () => {
    const { context, page, requests } = await freshPage();
    await page.goto(`${env.server.url}/far-notes.html`, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    assert.deepEqual(requests.filter((p) => p.includes('charter_explorer')), [], 'notes alone do not load the engine');
    await page.evaluate(() => window.scrollTo(0, document.getElementById('far').offsetTop - 1500));
    const w = await new Explorer(page, '#far').ready();
    await w.host.locator('.ce-result[data-id="II.4"] [part=note-marker]').waitFor();
    await context.close();
  });

  test('the JS and the wasm are requested together, not one after the other', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const started = {};
    page.on('request', (r) => {
      const p = new URL(r.url()).pathname;
      started[p] ??= Date.now();
    });
    let wasmSeenBeforeJsDone = false;
    let jsDone = false;
    page.on('requestfinished', (r) => {
      if (r.url().endsWith('/charter_explorer.js')) jsDone = true;
    });
    page.on('request', (r) => {
      if (r.url().endsWith('.wasm') && !jsDone) wasmSeenBeforeJsDone = true;
    });
    await page.route('**/charter_explorer.js', async (route) => {
      await new Promise((r) => setTimeout(r, 300)); // a slow JS response
      await route.continue();
    });
    await page.goto(`${env.server.url}/top.html`);
    await new Explorer(page).ready();
    assert.ok(wasmSeenBeforeJsDone, 'the wasm request starts while the JS is still on its way');
    await context.close();
  });

  for (const path of ['eager.html', 'eager-div.html']) {
    test(`loading="eager" fetches at once (${path})`, async () => {
      const { context, page, requests } = await freshPage();
      await page.goto(`${env.server.url}/${path}`);
      await page.waitForFunction(() => {
        const el = document.querySelector('charter-explorer, [data-charter-explorer]');
        return el.shadowRoot?.querySelector('.ce-root:not([data-static])');
      });
      assert.ok(requests.includes('/pkg/charter_explorer_bg.wasm'));
      await context.close();
    });
  }

  test('a focus or a key press in the widget loads the engine', async () => {
    const { context, page, requests } = await freshPage();
    await page.goto(`${env.server.url}/far.html`);
    await page.waitForTimeout(300);
    assert.ok(!requests.some((p) => p.endsWith('.wasm')));
    await page.locator('#far .ce-input').focus();
    await new Explorer(page, '#far').ready();
    assert.ok(requests.includes('/pkg/charter_explorer_bg.wasm'));
    await context.close();
  });

  test('a wasm served with the wrong MIME type still works', async () => {
    const { context, page, errors } = await freshPage();
    await page.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    });
    await page.goto(`${env.server.url}/top.html`);
    const w = await new Explorer(page).ready();
    await w.type('demining');
    assert.deepEqual(await w.ids(), ['III.4']);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('attributes are checked once, by the engine', () => {
  test('bad attribute values: one warning each from the engine, and the widget works with the defaults', async () => {
    const { context, page, errors, warnings } = await freshPage();
    await page.goto(`${env.server.url}/bad.html`);
    const w = await new Explorer(page).ready();
    await page.waitForTimeout(100);
    const ours = warnings.filter((m) => m.startsWith('[charter-explorer]'));
    for (const word of ['theme "neon"', 'section "V"', 'hash "maybe"', 'clause "Z.9"']) {
      assert.equal(ours.filter((m) => m.includes(word)).length, 1, `one warning naming ${word}: ${ours.join(' | ')}`);
    }
    assert.equal(ours.length, 4, ours.join(' | '));
    assert.equal(await w.results.count(), 27, 'all sections, no clause open');
    assert.equal(await w.host.locator('.ce-root.ce-light').count(), 1, 'the light theme');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('when the engine fails', () => {
  test('a 404 wasm leaves a readable charter, deep links included, with one console error', async () => {
    const { context, page, errors } = await freshPage();
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${env.server.url}/deep.html#charter-III.4`);
    await page.waitForFunction(() => window.__x || true);
    await page.waitForTimeout(800);
    const s = staticRoot(page);
    assert.equal(await s.locator('.ce-result').count(), 27, 'the static view stays');
    const row = s.locator('.ce-result[data-id="III.4"]');
    assert.equal(await row.getAttribute('aria-current'), 'location', 'the deep-linked clause is marked');
    assert.ok(await row.isVisible());
    const inView = await row.evaluate((a) => {
      const r = a.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    assert.ok(inView, 'the deep-linked clause is scrolled into view');
    // A chip still takes the reader to its section.
    await s.locator('[data-testid=chip-I]').click();
    await page.waitForTimeout(100);
    const top = await s.locator('[data-testid=browse-I] .ce-section-title').evaluate((h) => {
      const main = h.closest('.ce-main');
      return Math.abs(h.getBoundingClientRect().top - main.getBoundingClientRect().top);
    });
    assert.ok(top < 40, `section I scrolled to (${top}px from the top)`);
    const ours = errors.filter((e) => e.includes('[charter-explorer]'));
    assert.equal(ours.length, 1, errors.join(' | '));
    assert.ok(!errors.some((e) => e.startsWith('pageerror')), errors.join(' | '));
    await context.close();
  });
});
