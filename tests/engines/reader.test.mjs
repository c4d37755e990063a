// The reader-facing checks in every engine readers use: Chromium, Firefox and
// WebKit, through WebDriver (tests/engines/drivers.mjs). Each page loads a
// probe first (/probe.js) that records console errors, uncaught errors and
// CSP violations, so "no console errors" means the same in every engine.
//   ENGINES=firefox,webkit node --test tests/engines/   (default: all three)
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PNG } from 'pngjs';
import { Key } from 'selenium-webdriver';
import { serve } from '../../scripts/serve.mjs';
import { root, shotsDir } from '../e2e/helpers.mjs';
import { ENGINES, startEngine } from './drivers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const site = join(root, 'build', 'engines-www');
const shots = join(shotsDir, 'engines');

const PROBE = `window.__errors = [];
(function () {
  var original = console.error;
  console.error = function () {
    window.__errors.push(Array.prototype.map.call(arguments, String).join(' '));
    return original.apply(console, arguments);
  };
  addEventListener('error', function (e) { window.__errors.push('uncaught: ' + e.message); });
  addEventListener('unhandledrejection', function (e) { window.__errors.push('rejection: ' + e.reason); });
  document.addEventListener('securitypolicyviolation', function (e) { window.__errors.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI); });
})();
`;

function prepareSite() {
  mkdirSync(site, { recursive: true });
  mkdirSync(shots, { recursive: true });
  for (const f of ['index.html', 'two.html', 'csp.html']) {
    const html = readFileSync(join(root, 'www', f), 'utf8').replace('<head>', '<head>\n<script src="/probe.js"></script>');
    writeFileSync(join(site, f), html.replace('<link rel="icon" href="data:,">', '<link rel="icon" href="/favicon.svg">'));
  }
  for (const f of ['news.css', 'favicon.svg']) copyFileSync(join(root, 'www', f), join(site, f));
  writeFileSync(join(site, 'probe.js'), PROBE);
  writeFileSync(
    join(site, 'widget.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/favicon.svg"><script src="/probe.js"></script><link rel="stylesheet" href="news.css"><script type="module" src="/pkg/embed.js"></script></head><body><main class="article"><charter-explorer hash="off"></charter-explorer></main></body></html>`,
  );
  // The widget at an exact width, whatever the window's minimum.
  writeFileSync(
    join(site, 'frame.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="/favicon.svg"><script src="/probe.js"></script><script src="/frame.js"></script></head><body style="margin:0"></body></html>`,
  );
  writeFileSync(
    join(site, 'frame.js'),
    "addEventListener('DOMContentLoaded', () => { const f = document.createElement('iframe'); const w = Number(new URLSearchParams(location.search).get('w')) || 375; f.width = w; f.height = 720; f.style.border = '0'; f.style.display = 'block'; f.src = '/widget.html'; document.body.append(f); });",
  );
}

const selected = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
const clipboard = {};
const versions = {};

let server;
let broken; // the same site, with the .wasm answering 404
before(async () => {
  prepareSite();
  const mounts = { '/pkg/': join(root, 'pkg'), '/': site };
  server = await serve({ mounts, headers: (p) => (p === '/csp.html' ? { 'Content-Security-Policy': CSP } : {}) });
  broken = await serve({ mounts, fail: (p) => (p.endsWith('.wasm') ? 404 : 0) });
});
after(async () => {
  await server?.close();
  await broken?.close();
  console.log(`engines tested: ${JSON.stringify(versions)}`);
  if (Object.keys(clipboard).length) console.log(`clipboard in automation: ${JSON.stringify(clipboard)}`);
});

/** Runs `fn(shadowRoot, ...args)` in the page for the widget in `host`. */
function inWidget(driver, host, fn, ...args) {
  return driver.executeScript(
    `const host = document.querySelector(arguments[0]); const r = host && host.shadowRoot; return (${fn})(r, host, ...arguments[1]);`,
    host,
    args,
  );
}

async function waitFor(driver, what, check, ms = 15000) {
  const until = Date.now() + ms;
  let last;
  while (Date.now() < until) {
    last = await check();
    if (last) return last;
    await driver.sleep(50);
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

const live = (driver, host = 'charter-explorer') =>
  waitFor(driver, 'the live widget', () => inWidget(driver, host, (r) => !!(r && r.querySelector('.ce-root:not([data-static]) .ce-result'))));

const ids = (driver, host = 'charter-explorer') => inWidget(driver, host, (r) => [...r.querySelectorAll('.ce-results .ce-result')].map((a) => a.dataset.id));
const status = (driver, host = 'charter-explorer') => inWidget(driver, host, (r) => r.querySelector('[data-testid=status]').textContent);
const element = (driver, host, sel) => inWidget(driver, host, (r, h, s) => r.querySelector(s), sel);
const errors = (driver) => driver.executeScript('return window.__errors');

async function open(driver, url) {
  await driver.get(url);
  await live(driver);
}

async function type(driver, text, host = 'charter-explorer') {
  const input = await element(driver, host, '.ce-input');
  await input.clear();
  await input.sendKeys(text);
  // Some drivers return before the page has seen every key.
  await waitFor(driver, `"${text}" in the search field`, () => inWidget(driver, host, (r, h, t) => r.querySelector('.ce-input').value === t, text));
  await driver.sleep(60);
}

for (const key of selected) {
  const engine = ENGINES[key];
  if (!engine) throw new Error(`unknown engine "${key}": use ${Object.keys(ENGINES).join(', ')}`);
  describe(engine.name, { concurrency: false }, () => {
    let session;
    let driver;
    before(async () => {
      session = await startEngine(key);
      driver = session.driver;
      const caps = await driver.getCapabilities();
      versions[engine.name] = `${caps.get('browserName')} ${caps.get('browserVersion')}`;
      await driver.manage().window().setRect({ width: 1280, height: 900 });
    });
    after(async () => {
      await session?.stop();
    });

    test('mounts in its shadow root and answers a typo with marks', async () => {
      await open(driver, `${server.url}/`);
      const shape = await inWidget(driver, 'charter-explorer', (r, host) => ({
        shadow: !!host.shadowRoot && [...host.children].every((c) => c.matches('script[data-charter-notes]')),
        clauses: r.querySelectorAll('.ce-result').length,
        leaked: document.querySelectorAll('.ce-root').length,
      }));
      assert.deepEqual(shape, { shadow: true, clauses: 27, leaked: 0 });
      await type(driver, 'nucelar');
      await waitFor(driver, 'results', async () => (await ids(driver))[0] === 'I.4');
      const marks = await inWidget(driver, 'charter-explorer', (r) => [...r.querySelectorAll('.ce-results mark')].map((m) => m.textContent.toLowerCase()));
      assert.ok(marks.includes('nuclear'), `marks: ${marks}`);
      assert.deepEqual(await errors(driver), []);
    });

    test('section chips filter and count', async () => {
      await open(driver, `${server.url}/`);
      await type(driver, 'security');
      await waitFor(driver, 'results', async () => (await ids(driver)).length > 0);
      const counts = await inWidget(driver, 'charter-explorer', (r) =>
        Object.fromEntries([...r.querySelectorAll('.ce-chip')].map((c) => [c.dataset.testid, Number(c.querySelector('.ce-chip-n').textContent)])),
      );
      const all = counts['chip-all'];
      assert.equal(all, counts['chip-P'] + counts['chip-I'] + counts['chip-II'] + counts['chip-III'] + counts['chip-IV']);
      assert.ok(counts['chip-III'] > 0);
      await (await element(driver, 'charter-explorer', '[data-testid=chip-III]')).click();
      await waitFor(driver, 'the filter', async () => {
        const shown = await ids(driver);
        return shown.length === counts['chip-III'] && shown.every((id) => id.startsWith('III.'));
      });
      assert.equal(await inWidget(driver, 'charter-explorer', (r) => r.querySelector('[data-testid=chip-III]').getAttribute('aria-pressed')), 'true');
      assert.deepEqual(await errors(driver), []);
    });

    test("the newsroom layer: a desk's note as text, wording tags, the map lights the results", async () => {
      await open(driver, `${server.url}/`);
      await type(driver, 'financial support');
      await waitFor(driver, 'results', async () => (await ids(driver)).includes('III.4'));
      // In a narrow or short window the map waits behind the fold button.
      await inWidget(driver, 'charter-explorer', (r) => {
        const fold = r.querySelector('[data-testid=overview-toggle]');
        if (fold.getClientRects().length && fold.getAttribute('aria-expanded') !== 'true') fold.click();
        return true;
      });
      const seen = await inWidget(driver, 'charter-explorer', (r) => ({
        lit: [...r.querySelectorAll('[part=map-tile][data-match=true]')].map((t) => t.dataset.clause).sort(),
        found: [...r.querySelectorAll('.ce-results .ce-result')].map((a) => a.dataset.id).sort(),
        tags: [...r.querySelectorAll('.ce-results .ce-result')].every((a) => !!a.querySelector('[part=wording]')),
        marker: !!r.querySelector('.ce-result[data-id="III.4"] [part=note-marker]'),
        rowsOneLine: [...r.querySelectorAll('[part=map] [role=group]')].every(
          (g) => g.getClientRects().length > 0 && new Set([...g.querySelectorAll('[part=map-tile]')].map((t) => Math.round(t.getBoundingClientRect().top))).size === 1,
        ),
      }));
      assert.deepEqual(seen.lit, seen.found, 'the map lights exactly the results');
      assert.ok(seen.tags, 'every result has its wording tag');
      assert.ok(seen.marker, 'the annotated clause carries the marker');
      assert.ok(seen.rowsOneLine, 'one line per section');
      await (await element(driver, 'charter-explorer', '[part=map-tile][data-clause="III.4"]')).click();
      const note = await waitFor(driver, 'the note', () =>
        inWidget(driver, 'charter-explorer', (r) => {
          const n = r.querySelector('[part=note]');
          return n && { by: n.querySelector('.ce-desk-by').textContent, current: r.querySelector('[aria-current=true]')?.dataset.clause };
        }),
      );
      assert.equal(note.by, 'Note from the Caspian Ledger desk');
      assert.equal(note.current, 'III.4');
      assert.deepEqual(await errors(driver), []);
    });

    test('keyboard: into the results, open a clause, Escape back', async () => {
      await open(driver, `${server.url}/`);
      await type(driver, 'demining');
      await waitFor(driver, 'results', async () => (await ids(driver))[0] === 'III.4');
      const input = await element(driver, 'charter-explorer', '.ce-input');
      await input.sendKeys(Key.ARROW_DOWN);
      const focused = () => inWidget(driver, 'charter-explorer', (r) => (r.activeElement ? r.activeElement.dataset.id ?? r.activeElement.className : null));
      await waitFor(driver, 'focus on the first result', async () => (await focused()) === 'III.4');
      await driver.actions().sendKeys(Key.ENTER).perform();
      await waitFor(driver, 'the clause view', () => inWidget(driver, 'charter-explorer', (r) => !!r.querySelector('[data-testid=clause]')));
      const text = await inWidget(driver, 'charter-explorer', (r) => r.querySelector('[data-testid=clause]').textContent);
      assert.match(text, /demining/);
      await driver.actions().sendKeys(Key.ESCAPE).perform();
      await waitFor(driver, 'focus back on the result', async () => (await focused()) === 'III.4');
      assert.deepEqual(await errors(driver), []);
    });

    test('a deep link opens its clause', async () => {
      await driver.get(`${server.url}/index.html#charter-III.4`);
      await live(driver).catch(() => {});
      const clause = await waitFor(driver, 'the deep-linked clause', () =>
        inWidget(driver, 'charter-explorer', (r) => r && r.querySelector('[data-testid=clause]')?.textContent),
      );
      assert.match(clause, /demining/);
      assert.deepEqual(await errors(driver), []);
    });

    test('copy citation: copied where the engine allows the clipboard, a clear message where not', async () => {
      await driver.get(`${server.url}/index.html#charter-II.4`);
      await waitFor(driver, 'the clause view', () => inWidget(driver, 'charter-explorer', (r) => r && !!r.querySelector('[data-testid=copy-citation]')));
      await (await element(driver, 'charter-explorer', '[data-testid=copy-citation]')).click();
      const said = await waitFor(driver, 'the copy status', () =>
        inWidget(driver, 'charter-explorer', (r) => r.querySelector('[data-testid=copy-status]')?.textContent || null),
      );
      assert.ok(['Copied', 'Copy failed — select the text and copy it'].includes(said), `copy status: ${said}`);
      let note = 'refused (message shown)';
      if (said === 'Copied') {
        // Read it back where the engine lets automation read the clipboard.
        const back = await driver
          .executeAsyncScript('const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, (e) => done({ refused: String(e) }));')
          .catch((e) => ({ refused: e.message }));
        if (typeof back === 'string') {
          assert.equal(back, 'Azerbaijan–United States Strategic Partnership Charter (10 Feb. 2026), Section II, para. 4');
          note = 'copied, read back';
        } else {
          note = 'copied (reading it back is not allowed in automation)';
        }
      }
      clipboard[engine.name] = note;
      assert.deepEqual(await errors(driver), [], 'a refused clipboard is not a console error');
    });

    test('dark theme', async () => {
      await open(driver, `${server.url}/`);
      await driver.executeScript("document.querySelector('charter-explorer').setAttribute('theme', 'dark')");
      const bg = await waitFor(driver, 'dark colours', async () => {
        const c = await inWidget(driver, 'charter-explorer', (r) => getComputedStyle(r.querySelector('.ce-root')).backgroundColor);
        const [red, green, blue] = c.match(/\d+/g).map(Number);
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 60 ? c : null;
      });
      assert.ok(bg);
      assert.deepEqual(await errors(driver), []);
    });

    test('a strict CSP page: works, and no violation', async () => {
      await open(driver, `${server.url}/csp.html`);
      await type(driver, 'Nakchivan');
      await waitFor(driver, 'results', async () => (await ids(driver))[0] === 'I.a');
      assert.deepEqual(await errors(driver), []);
    });

    test('two instances on one page stay independent', async () => {
      await driver.get(`${server.url}/two.html`);
      await live(driver, '#first');
      await live(driver, '#second');
      await type(driver, 'energy', '#first');
      await waitFor(driver, 'results in the first', async () => (await ids(driver, '#first')).length > 0);
      assert.equal(await inWidget(driver, '#second', (r) => r.querySelector('.ce-input').value), '');
      assert.match(await status(driver, '#second'), /^5 clauses$/);
      assert.deepEqual(await errors(driver), []);
    });

    test('the engine fails: the static view stays readable, one console error', async () => {
      await driver.get(`${broken.url}/`);
      await driver.sleep(1500);
      const view = await inWidget(driver, 'charter-explorer', (r) => {
        const s = r && r.querySelector('.ce-root[data-static]');
        return s && { clauses: s.querySelectorAll('.ce-result').length, title: s.querySelector('.ce-title').textContent, height: s.getBoundingClientRect().height };
      });
      assert.ok(view, 'the static view is shown');
      assert.equal(view.clauses, 27);
      assert.equal(view.title, 'Strategic Partnership Charter');
      assert.ok(view.height > 200);
      const errs = await errors(driver);
      assert.equal(errs.filter((e) => e.includes('[charter-explorer]')).length, 1, errs.join(' | '));
      assert.ok(!errs.some((e) => /^(uncaught|rejection)/.test(e)), errs.join(' | '));
    });

    test('screenshots at 375 and 1280 px', async () => {
      // Browser windows have a minimum width (Firefox ~450 px, WebKit ~447 px
      // here), so the phone width is an iframe of exactly 375 px.
      for (const width of [375, 1280]) {
        await driver.get(`${server.url}/frame.html?w=${width}`);
        const frame = await driver.executeScript("return document.querySelector('iframe')");
        await driver.switchTo().frame(frame);
        await live(driver);
        assert.equal(await driver.executeScript('return innerWidth'), width);
        await type(driver, 'energy');
        await waitFor(driver, 'results', async () => (await ids(driver)).length > 0);
        const overflow = await driver.executeScript('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at ${width}px`);
        await driver.switchTo().defaultContent();
        await driver.executeScript('scrollTo(0, 0)');
        // The whole viewport, cut to the frame (WebKitGTK's element
        // screenshots come out partly black under Xvfb).
        const page = PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
        const box = await driver.executeScript("const r = document.querySelector('iframe').getBoundingClientRect(); return [r.left, r.top, r.width, r.height, devicePixelRatio]");
        const [x, y, w, h] = box.slice(0, 4).map((v) => Math.round(v * box[4]));
        const cut = new PNG({ width: Math.min(w, page.width - x), height: Math.min(h, page.height - y) });
        PNG.bitblt(page, cut, x, y, cut.width, cut.height, 0, 0);
        writeFileSync(join(shots, `${key}-${width}.png`), PNG.sync.write(cut));
      }
    });
  });
}
