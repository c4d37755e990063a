// Accessibility beyond axe, measured: reflow at 200 % zoom and on short
// screens, the charter before the chrome at phone width, focus that is seen
// and never lost, 24 px touch targets, a calm live region, forced colours.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { Explorer, axe, openPage, shotsDir, useBrowserAndServer } from './helpers.mjs';

const env = useBrowserAndServer();

/** Opens the demo article at `viewport` (CSS px: 200 % zoom halves them), the widget live and in view. */
async function widgetAt(viewport, opts = {}) {
  const { page, context, log } = await openPage(env.browser, `${env.server.url}/`, { viewport, ...opts });
  const w = new Explorer(page);
  await w.host.scrollIntoViewIfNeeded(); // the engine loads as the widget nears the viewport
  await w.ready();
  return { page, context, log, w };
}

/** Where things are, in CSS px from the widget's top, and what overflows. */
function geometry(w) {
  return w.host.evaluate((host) => {
    const r = host.shadowRoot;
    const rootEl = r.querySelector('.ce-root');
    const top = host.getBoundingClientRect().top;
    const first = (sel) => {
      const e = r.querySelector(sel);
      return e ? Math.round(e.getBoundingClientRect().top - top) : null;
    };
    const main = r.querySelector('.ce-main').getBoundingClientRect();
    return {
      pageOverflow: document.documentElement.scrollWidth - innerWidth,
      rootOverflow: rootEl.scrollWidth - rootEl.clientWidth,
      hostRight: host.getBoundingClientRect().right - innerWidth,
      rootInner: rootEl.clientHeight,
      main: Math.round(main.height),
      firstWords: first('.ce-main .ce-lead, .ce-main .ce-text'),
      firstResult: first('[data-testid=result]'),
    };
  });
}

/**
 * Every visible control of the widget can be reached: focusing it (as Tab
 * does) brings it inside the widget's box and the viewport, horizontally too.
 * Returns the controls that stay out of reach.
 */
function unreachable(w) {
  return w.host.evaluate((host) => {
    const r = host.shadowRoot;
    const box = r.querySelector('.ce-root').getBoundingClientRect();
    const out = [];
    for (const el of r.querySelectorAll('button, a[href], input, [tabindex="0"]')) {
      if (el.closest('[hidden]') || el.getClientRects().length === 0) continue;
      el.focus();
      const b = el.getBoundingClientRect();
      // Inside the box and the results' scroller.
      let top = box.top;
      let bottom = box.bottom;
      const main = el.closest('.ce-main');
      if (main) {
        const m = main.getBoundingClientRect();
        top = Math.max(top, m.top);
        bottom = Math.min(bottom, m.bottom);
      }
      // Most of it shows (focus scrolls a partly shown row no further; its
      // ring is inset and its tint fills it, so the shown part shows focus).
      const seen = Math.min(b.bottom, bottom) - Math.max(b.top, top);
      const inBox = seen >= 0.75 * Math.min(b.height, bottom - top) && b.left >= box.left - 1 && b.right <= box.right + 1;
      const inView = b.left >= -1 && b.right <= innerWidth + 1;
      if (!inBox || !inView) out.push(`${el.dataset.testid ?? el.className} at ${Math.round(b.left)}–${Math.round(b.right)},${Math.round(b.top)}–${Math.round(b.bottom)} in ${Math.round(box.left)}–${Math.round(box.right)},${Math.round(box.top)}–${Math.round(box.bottom)}`);
    }
    return out;
  });
}

describe('reflow: zoom, short screens, text spacing', () => {
  const sizes = [
    ['375 px at 200 %', { width: 188, height: 406 }],
    ['a landscape phone', { width: 667, height: 375 }],
    ['1280 px at 200 %', { width: 640, height: 450 }],
    ['320 × 256 (400 % zoom)', { width: 320, height: 256 }],
  ];
  for (const [name, viewport] of sizes) {
    test(`${name}: the search field, the results and every control are reachable, nothing scrolls sideways`, async () => {
      const { page, context, log, w } = await widgetAt(viewport, { deviceScaleFactor: 2 });
      await w.input.focus();
      const field = await w.input.evaluate((i) => {
        const b = i.getBoundingClientRect();
        return b.top >= 0 && b.bottom <= innerHeight && b.left >= 0 && b.right <= innerWidth;
      });
      assert.ok(field, 'the search field is in view once focused');
      await w.type('energy');
      let g = await geometry(w);
      assert.ok(g.pageOverflow <= 0, `the page scrolls sideways by ${g.pageOverflow}px`);
      assert.ok(g.rootOverflow <= 0, `the widget scrolls sideways by ${g.rootOverflow}px`);
      assert.ok(g.hostRight <= 0, 'the widget ends inside the viewport');
      // The results keep at least 12em (204 px), or all of the box when it is smaller.
      assert.ok(g.main >= Math.min(200, g.rootInner - 4), `results area ${g.main}px in a ${g.rootInner}px box`);
      // Scrolled as one, the whole results area fits the widget's box.
      const fits = await w.host.evaluate((host) => {
        const r = host.shadowRoot;
        const main = r.querySelector('.ce-main');
        main.scrollIntoView({ block: 'end' });
        const a = main.getBoundingClientRect();
        const b = r.querySelector('.ce-root').getBoundingClientRect();
        return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
      });
      assert.ok(fits, 'the results area can be scrolled fully into the widget');
      assert.deepEqual(await unreachable(w), [], 'controls while searching');
      await w.host.locator('[data-testid=about]').click();
      assert.deepEqual(await unreachable(w), [], 'controls with About open');
      await w.host.screenshot({ path: join(shotsDir, `reflow-${viewport.width}x${viewport.height}-about.png`) });
      await w.host.locator('[data-testid=about-close]').click();
      await w.type('');
      g = await geometry(w);
      assert.ok(g.pageOverflow <= 0 && g.rootOverflow <= 0, 'no sideways scrolling at rest');
      await w.host.evaluate((host) => host.shadowRoot.querySelector('.ce-root').scrollTo(0, 0));
      await w.host.screenshot({ path: join(shotsDir, `reflow-${viewport.width}x${viewport.height}.png`) });
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }

  test('text spacing (WCAG 1.4.12) at 375 px keeps the results readable', async () => {
    const { context, w } = await widgetAt({ width: 375, height: 812 });
    const before = (await geometry(w)).main;
    await w.host.evaluate((host) => {
      const s = new CSSStyleSheet();
      s.replaceSync('.ce-root * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } .ce-root p { margin-bottom: 2em !important; }');
      host.shadowRoot.adoptedStyleSheets = [...host.shadowRoot.adoptedStyleSheets, s];
    });
    await w.type('energy');
    const g = await geometry(w);
    assert.ok(g.main >= 200, `results area ${g.main}px with text spacing (was ${before}px)`);
    assert.ok(g.pageOverflow <= 0 && g.rootOverflow <= 0, 'no sideways scrolling');
    await context.close();
  });
});

describe('phone first: the charter before the chrome at 375 px', () => {
  test('at rest the charter starts ≤ 360 px below the widget top; searching, the first result ≤ 300 px', async () => {
    const { page, context, w } = await widgetAt({ width: 375, height: 812 });
    const rest = await geometry(w);
    assert.ok(rest.firstWords !== null && rest.firstWords <= 360, `the charter's first words at ${rest.firstWords}px`);
    await w.type('energy');
    await w.results.first().waitFor();
    const searching = await geometry(w);
    assert.ok(searching.firstResult <= 300, `first result at ${searching.firstResult}px`);
    // The map and the lens are one tap away, and unfold in place.
    const toggle = w.host.locator('[data-testid=overview-toggle]');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await w.host.locator('[data-testid=map]').isVisible(), false);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await w.host.locator('[data-testid=map]').isVisible(), true);
    assert.equal(await w.host.locator('[data-testid=lens]').isVisible(), true);
    for (const theme of ['light', 'dark']) {
      await w.host.evaluate((el, t) => el.setAttribute('theme', t), theme);
      await w.host.screenshot({ path: join(shotsDir, `mobile-overview-${theme}.png`) });
      assert.deepEqual(await axe(page), [], `375 px, map and lens unfolded (${theme})`);
    }
    await context.close();
  });

  test('the static view (no engine yet) puts the charter as high, and its fold works without the engine', async () => {
    const context = await env.browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.route('**/*.wasm', () => {}); // never answers: the static view stays
    await page.goto(`${env.server.url}/`);
    const host = page.locator('charter-explorer').first();
    await host.locator('.ce-root[data-static]').waitFor();
    const top = await host.evaluate((h) => {
      const r = h.shadowRoot;
      const e = r.querySelector('.ce-main .ce-lead, .ce-main .ce-text');
      return Math.round(e.getBoundingClientRect().top - h.getBoundingClientRect().top);
    });
    assert.ok(top <= 360, `static view: the charter's first words at ${top}px`);
    const toggle = host.locator('[data-testid=overview-toggle]');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await host.locator('[data-testid=map]').isVisible(), true);
    await context.close();
  });

  test('the wide layout keeps the map and the lens open, with no fold button', async () => {
    const { context, w } = await widgetAt({ width: 1280, height: 900 });
    assert.equal(await w.host.locator('[data-testid=overview-toggle]').isVisible(), false);
    assert.equal(await w.host.locator('[data-testid=map]').isVisible(), true);
    const g = await geometry(w);
    assert.ok(g.main > 200 && g.rootOverflow <= 0, 'results area and no overflow at 1280 px');
    const scrolls = await w.host.evaluate((h) => {
      const r = h.shadowRoot.querySelector('.ce-root');
      return r.scrollHeight - r.clientHeight;
    });
    assert.ok(scrolls <= 0, `at 1280 × 900 the widget fits its box without scrolling as one (${scrolls}px over)`);
    await context.close();
  });
});

/** PNG of a region around an element (page coordinates after scrolling). */
async function shotAround(page, locator, pad = 4) {
  const b = await locator.boundingBox();
  return PNG.sync.read(await page.screenshot({ clip: { x: b.x - pad, y: b.y - pad, width: b.width + 2 * pad, height: b.height + 2 * pad } }));
}

/** How many pixels change when `locator` gets keyboard focus. */
async function focusChange(page, locator) {
  await locator.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await locator.evaluate((el) => el.blur());
  await page.waitForTimeout(30);
  const a = await shotAround(page, locator);
  await page.keyboard.press('Shift'); // keyboard modality: focus() shows :focus-visible
  await locator.evaluate((el) => el.focus());
  await page.waitForTimeout(30);
  const b = await shotAround(page, locator);
  if (a.width !== b.width || a.height !== b.height) return Infinity;
  return pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 });
}

describe('focus is visible', () => {
  for (const [name, viewport] of [
    ['375 px', { width: 375, height: 812 }],
    ['1280 px', { width: 1280, height: 900 }],
  ]) {
    test(`${name}: every browse row, a search result and the current map tile change visibly when focused`, async () => {
      const { page, context, w } = await widgetAt(viewport);
      await page.keyboard.press('Tab'); // keyboard modality: focus() shows :focus-visible
      const rows = w.host.locator('.ce-browse .ce-result');
      const n = await rows.count();
      assert.equal(n, 27);
      const faint = [];
      for (let i = 0; i < n; i++) {
        const changed = await focusChange(page, rows.nth(i));
        if (changed < 150) faint.push(`${await rows.nth(i).getAttribute('data-id')}: ${changed}px`);
      }
      assert.deepEqual(faint, [], 'browse rows whose focus ring is hidden');
      await w.type('energy');
      assert.ok((await focusChange(page, w.results.first())) >= 150, 'a search result');
      await w.type('');
      const toggle = w.host.locator('[data-testid=overview-toggle]');
      if (await toggle.isVisible()) await toggle.click();
      const tile = w.host.locator('.ce-tile[data-clause="III.2"]');
      await tile.click();
      await w.clause().waitFor();
      assert.equal(await tile.getAttribute('aria-current'), 'true');
      const changed = await focusChange(page, tile);
      assert.ok(changed >= 40, `the current tile changes ${changed}px when focused`);
      await context.close();
    });
  }

  test('a row reached by Shift+Tab is not hidden under the sticky section title', async () => {
    const { page, context, w } = await widgetAt({ width: 375, height: 812 });
    const last = w.host.locator('.ce-browse .ce-result').last();
    await last.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+Tab');
    const covered = await w.host.evaluate((host) => {
      const r = host.shadowRoot;
      const a = r.activeElement.getBoundingClientRect();
      for (const t of r.querySelectorAll('.ce-section-title')) {
        const b = t.getBoundingClientRect();
        if (getComputedStyle(t).position === 'sticky' && b.bottom > a.top + 1 && b.top < a.bottom && b.top <= a.top) return b.bottom - a.top;
      }
      return 0;
    });
    assert.ok(covered <= 0, `the focused row is ${covered}px under a sticky title`);
    await context.close();
  });
});

describe('touch targets', () => {
  /** Controls smaller than 24 × 24 px whose 24 px circle would touch another control. */
  function small(w) {
    return w.host.evaluate((host) => {
      const r = host.shadowRoot;
      const els = [...r.querySelectorAll('button, a[href], input')].filter((e) => !e.closest('[hidden]') && e.getClientRects().length);
      const boxes = els.map((e) => e.getBoundingClientRect());
      const out = [];
      els.forEach((e, i) => {
        const b = boxes[i];
        if (b.width >= 24 - 0.5 && b.height >= 24 - 0.5) return;
        // The spacing exception (WCAG 2.5.8): a 24 px circle on its centre
        // meets no other target.
        const cx = b.left + b.width / 2;
        const cy = b.top + b.height / 2;
        const clash = boxes.some((o, j) => {
          if (j === i) return false;
          const dx = Math.max(o.left - cx, 0, cx - o.right);
          const dy = Math.max(o.top - cy, 0, cy - o.bottom);
          return Math.hypot(dx, dy) < 12;
        });
        if (clash) out.push(`${e.dataset.testid ?? e.className} ${Math.round(b.width)}×${Math.round(b.height)}`);
      });
      return out;
    });
  }
  for (const [name, viewport] of [
    ['375 px', { width: 375, height: 812 }],
    ['1280 px', { width: 1280, height: 900 }],
  ]) {
    test(`${name}: every target is 24 px or spaced as WCAG 2.5.8 allows, in every view`, async () => {
      const { context, w } = await widgetAt(viewport);
      const toggle = w.host.locator('[data-testid=overview-toggle]');
      if (await toggle.isVisible()) await toggle.click();
      assert.deepEqual(await small(w), [], 'browse');
      const tile = await w.host.locator('.ce-tile').first().boundingBox();
      assert.ok(tile.width >= 24 && tile.height >= 24, `map tile ${tile.width}×${tile.height}`);
      await w.type('nukelar');
      await w.host.locator('[data-testid=suggestion]').waitFor();
      assert.deepEqual(await small(w), [], 'suggestion');
      await w.type('energy');
      assert.deepEqual(await small(w), [], 'results');
      await w.results.first().click();
      await w.clause().waitFor();
      assert.deepEqual(await small(w), [], 'clause view');
      await w.host.locator('[data-testid=back]').click();
      await w.host.locator('[data-testid=about]').click();
      assert.deepEqual(await small(w), [], 'about');
      // One line per section at phone width: the map keeps its shape.
      const rows = await w.host.locator('.ce-map-row').evaluateAll((rs) =>
        rs.map((row) => new Set([...row.querySelectorAll('.ce-tile')].map((t) => Math.round(t.getBoundingClientRect().top))).size),
      );
      assert.ok(rows.every((n) => n === 1), `tiles per row on one line: ${rows}`);
      await context.close();
    });
  }
});

describe('focus is never lost', () => {
  /** What has focus: the widget's element (by test id, clause or class), or the page's. */
  const focused = (w) =>
    w.page.evaluate(() => {
      const a = document.activeElement;
      if (!a || a === document.body) return 'body';
      if (a.localName !== 'charter-explorer') return a.localName;
      const e = a.shadowRoot.activeElement;
      if (!e) return 'host';
      return e.dataset.testid ?? (e.dataset.clause ? `tile ${e.dataset.clause}` : e.className);
    });

  test('after About, a suggestion, "show all", and closing a clause opened from a tile or a result', async () => {
    const { page, context, w } = await widgetAt({ width: 1280, height: 900 });
    w.page = page;
    const about = w.host.locator('[data-testid=about]');
    await about.click();
    await w.host.locator('[data-testid=about-close]').click();
    assert.equal(await focused(w), 'about', 'About closed with its button');
    await about.click();
    await page.keyboard.press('Escape');
    assert.equal(await focused(w), 'about', 'About closed with Escape');

    await w.type('nukelar');
    await w.host.locator('[data-testid=suggestion]').click();
    assert.equal(await w.input.inputValue(), 'nuclear');
    assert.equal(await focused(w), 'search', 'after "Did you mean"');

    await w.type('demining');
    await w.chip('I').click();
    await w.host.locator('[data-testid=empty] .ce-link-btn').click();
    assert.equal(await focused(w), 'search', 'after "Show all sections"');

    await w.type('');
    await w.host.locator('.ce-tile[data-clause="II.3"]').click();
    await w.clause().waitFor();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(50);
    assert.equal(await focused(w), 'tile II.3', 'closing returns to the tile that opened it');

    await w.type('energy');
    const first = await w.results.first().getAttribute('data-id');
    await w.results.first().click();
    await w.host.locator('[data-testid=back]').click();
    await page.waitForTimeout(50);
    assert.equal(await focused(w), 'result', 'back returns to the result that opened it');
    assert.equal(await page.evaluate(() => document.querySelector('charter-explorer').shadowRoot.activeElement.dataset.id), first);
    await context.close();
  });
});

describe('a calm live region', () => {
  /** Counts the live region's updates while `act` runs, then its last text. */
  async function updates(w, act) {
    await w.host.evaluate((host) => {
      const say = host.shadowRoot.querySelector('[role=status][aria-live]');
      window.__said = [];
      window.__obs?.disconnect();
      window.__obs = new MutationObserver(() => window.__said.push(say.textContent));
      window.__obs.observe(say, { childList: true, characterData: true, subtree: true });
    });
    await act();
    await w.page.waitForTimeout(900);
    return w.page.evaluate(() => [...new Set(window.__said)].filter((s) => s.trim()));
  }

  test('a word typed at reading speed is announced once, whole; a typo with its suggestion', async () => {
    const { page, context, w } = await widgetAt({ width: 1280, height: 900 });
    w.page = page;
    assert.equal(await w.host.locator('[role=status][aria-live]').count(), 1, 'one live region');
    await w.input.focus();
    let said = await updates(w, () => page.keyboard.type('refugees', { delay: 60 }));
    assert.deepEqual(said, ['The charter does not mention “refugees”.']);
    await w.type('');
    said = await updates(w, () => page.keyboard.type('energy', { delay: 60 }));
    assert.equal(said.length, 1, `announced ${JSON.stringify(said)}`);
    assert.match(said[0], /^\d+ clauses$/);
    await w.type('');
    said = await updates(w, () => page.keyboard.type('nukelar', { delay: 60 }));
    assert.deepEqual(said, ['The charter does not mention “nukelar”. Did you mean nuclear?']);
    // The visible count follows every keystroke.
    assert.equal((await w.status.textContent()).trim(), 'The charter does not mention “nukelar”.');
    await context.close();
  });

  test('chips, the wording lens and opening a clause are still announced', async () => {
    const { page, context, w } = await widgetAt({ width: 1280, height: 900 });
    w.page = page;
    let said = await updates(w, () => w.chip('III').click());
    assert.deepEqual(said, ['5 clauses']);
    said = await updates(w, () => w.host.locator('.ce-kind').first().click());
    assert.equal(said.length, 1);
    said = await updates(w, () => w.host.locator('.ce-browse .ce-result').first().click());
    assert.equal(said.length, 1);
    assert.match(said[0], /^Opened /);
    await context.close();
  });
});

describe('forced colours', () => {
  test('pressed chips, the current tile and focus stand out; axe finds nothing', async () => {
    for (const [viewport, theme] of [
      [{ width: 1280, height: 900 }, 'light'],
      [{ width: 375, height: 812 }, 'dark'],
    ]) {
      const { page, context, w } = await widgetAt(viewport, { colorScheme: theme });
      await w.host.evaluate((el, t) => el.setAttribute('theme', t), theme);
      await page.emulateMedia({ forcedColors: 'active' });
      assert.deepEqual(await axe(page), [], `browse ${viewport.width} ${theme}`);
      // A pressed chip differs from an unpressed one in forced colours.
      const look = (id) => w.chip(id).evaluate((c) => getComputedStyle(c).backgroundColor);
      await w.chip('II').click();
      assert.notEqual(await look('II'), await look('I'), 'pressed and unpressed chips differ');
      await w.type('energy');
      assert.deepEqual(await axe(page), [], `results ${viewport.width} ${theme}`);
      await w.host.locator('[data-testid=about]').click();
      assert.deepEqual(await axe(page), [], `about ${viewport.width} ${theme}`);
      await w.host.locator('[data-testid=about-close]').click();
      const toggle = w.host.locator('[data-testid=overview-toggle]');
      if (await toggle.isVisible()) await toggle.click();
      await w.host.locator('.ce-tile[data-clause="I.4"]').click();
      await w.clause().waitFor();
      assert.deepEqual(await axe(page), [], `clause ${viewport.width} ${theme}`);
      await w.host.screenshot({ path: join(shotsDir, `forced-colors-${viewport.width}.png`) });
      await context.close();
    }
  });
});
