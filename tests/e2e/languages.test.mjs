// The region's languages and right-to-left pages: Azerbaijani and Russian
// interfaces picked by `lang` (the element's or the closest ancestor's), in
// the static view before the engine and in the live one after; a site's
// labels still win; the charter's text stays English; a dir="rtl" page
// mirrors the layout while the charter's text stays left-to-right.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Explorer, axe, holdWasm, root, shotsDir, useBrowserAndServer } from './helpers.mjs';

const site = join(root, 'build', 'lang-www');
const page = (htmlAttrs, body) =>
  `<!doctype html><html ${htmlAttrs}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><script type="module" src="/pkg/embed.js"></script></head><body>${body}</body></html>`;
const PAGES = {
  'az.html': page('lang="az"', '<h1>Xartiya</h1><charter-explorer style="display:block;height:min(640px,85vh)"></charter-explorer>'),
  'ru-element.html': page('lang="en"', '<h1>Charter</h1><charter-explorer lang="ru-RU"></charter-explorer>'),
  'ru-labels.html': page('lang="ru"', `<charter-explorer labels='{"title": "Хартия (перевод редакции)"}'></charter-explorer>`),
  'az-far.html': page('lang="az"', '<div style="height:8000px">Məqalə</div><charter-explorer></charter-explorer>'),
  'rtl.html': page('lang="en" dir="rtl"', '<h1>RTL page</h1><charter-explorer style="display:block;height:min(640px,85vh)"></charter-explorer>'),
};

const env = useBrowserAndServer({
  server: { mounts: { '/pkg/': join(root, 'pkg'), '/': site } },
  prepare() {
    mkdirSync(site, { recursive: true });
    for (const [f, html] of Object.entries(PAGES)) writeFileSync(join(site, f), html);
  },
});


/** A page whose .wasm is held until `release()`: the static view stays until then. */
async function held(file, viewport = { width: 1280, height: 900 }) {
  const context = await env.browser.newContext({ viewport });
  const p = await context.newPage();
  const errors = [];
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('pageerror', (e) => errors.push(e.message));
  const { release } = await holdWasm(p);
  await p.goto(`${env.server.url}/${file}`);
  return { context, page: p, release, errors };
}

const text = (host, sel) => host.locator(sel).first().evaluate((e) => e.textContent.trim());

describe('interface languages', () => {
  test('<html lang="az">: Azerbaijani in the static view, then in the live one; the charter stays English', async () => {
    const { context, page: p, release, errors } = await held('az.html');
    const host = p.locator('charter-explorer');
    const s = host.locator('.ce-root[data-static]');
    await s.waitFor();
    assert.equal(await text(s, '.ce-title'), 'Strateji Tərəfdaşlıq Xartiyası');
    assert.equal(await text(s, '[data-testid=status]'), '27 bənd');
    assert.match(await s.locator('.ce-input').getAttribute('placeholder'), /^Xartiyada axtarın/);
    assert.equal(await text(s, '[data-testid=chip-all]'), 'Hamısı 27');
    const staticSigned = await text(s, '.ce-signed');
    release();
    const w = await new Explorer(p).ready();
    assert.equal(await text(w.host, '.ce-title'), 'Strateji Tərəfdaşlıq Xartiyası');
    assert.equal(await text(w.host, '.ce-signed'), staticSigned, 'the static view says what the live one says');
    assert.match(staticSigned, /^10 fevral 2026 tarixində Bakıda imzalanıb/, 'the date in Azerbaijani');
    await w.type('energy');
    assert.equal((await w.status.textContent()).trim(), '8 bənd');
    assert.equal(await w.results.first().locator('.ce-text').getAttribute('lang'), 'en', 'the charter text is marked English');
    await w.host.locator('[data-testid=about]').click();
    assert.match(await text(w.host, '[data-testid=about-panel] .ce-note'), /rəsmi ingiliscə mətndir/);
    assert.deepEqual(await axe(p), [], 'axe in Azerbaijani');
    await w.host.screenshot({ path: join(shotsDir, 'lang-az.png') });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('<charter-explorer lang="ru-RU">: Russian, with Russian plural forms', async () => {
    const { context, page: p, release } = await held('ru-element.html', { width: 375, height: 812 });
    const s = p.locator('charter-explorer .ce-root[data-static]');
    await s.waitFor();
    assert.equal(await text(s, '.ce-title'), 'Хартия о стратегическом партнёрстве');
    assert.equal(await text(s, '[data-testid=status]'), '27 пунктов');
    release();
    const w = await new Explorer(p).ready();
    assert.equal((await w.status.textContent()).trim(), '27 пунктов');
    assert.match(await text(w.host, '.ce-signed'), /^Подписана в Баку 10 февраля 2026 г\./);
    for (const [chip, want] of [
      ['IV', '3 пункта'],
      ['III', '5 пунктов'],
      ['all', '27 пунктов'],
    ]) {
      await w.chip(chip).click();
      assert.equal((await w.status.textContent()).trim(), want, chip);
    }
    await w.type('demining');
    assert.equal((await w.status.textContent()).trim(), '1 пункт');
    await w.type('refugees');
    assert.equal((await w.status.textContent()).trim(), 'В хартии не упоминается «refugees».');
    await w.type('energy');
    await w.results.first().click();
    assert.match(await text(w.host, '.ce-place'), /^(Раздел|Преамбула)/);
    assert.deepEqual(await axe(p), [], 'axe in Russian');
    await w.host.screenshot({ path: join(shotsDir, 'lang-ru-375.png') });
    await context.close();
  });

  test("a site's labels still override any key", async () => {
    const context = await env.browser.newContext();
    const p = await context.newPage();
    await p.goto(`${env.server.url}/ru-labels.html`);
    const w = await new Explorer(p).ready();
    assert.equal(await text(w.host, '.ce-title'), 'Хартия (перевод редакции)');
    assert.equal(await text(w.host, '[data-testid=about]'), 'О хартии', 'the rest in Russian');
    await context.close();
  });

  test('a page in Azerbaijani does not need the engine at once', async () => {
    const context = await env.browser.newContext();
    const p = await context.newPage();
    const wasm = [];
    p.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
    await p.goto(`${env.server.url}/az-far.html`, { waitUntil: 'load' });
    await p.waitForTimeout(1000);
    assert.equal(await text(p.locator('charter-explorer .ce-root[data-static]'), '.ce-title'), 'Strateji Tərəfdaşlıq Xartiyası');
    assert.deepEqual(wasm, [], 'no wasm for a widget far below the fold');
    await context.close();
  });
});

describe('right to left', () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 812 },
  ]) {
    test(`a dir="rtl" page mirrors the widget at ${viewport.width} px; the charter's text stays left to right`, async () => {
      const context = await env.browser.newContext({ viewport });
      const p = await context.newPage();
      await p.goto(`${env.server.url}/rtl.html`);
      const w = await new Explorer(p).ready();
      await w.type('energy');
      const g = await w.host.evaluate((h) => {
        const r = h.shadowRoot;
        const box = (sel) => r.querySelector(sel).getBoundingClientRect();
        const chips = [...r.querySelectorAll('.ce-chips:not(.ce-kinds) .ce-chip')].map((c) => c.getBoundingClientRect().left);
        return {
          dir: getComputedStyle(r.querySelector('.ce-root')).direction,
          clearLeftOfInput: box('[data-testid=clear]').left < box('.ce-input').left,
          iconRightOfInput: box('.ce-search-icon').left > box('.ce-input').left,
          chipsRightToLeft: chips[0] > chips[1],
          textDir: getComputedStyle(r.querySelector('.ce-results .ce-text')).direction,
        };
      });
      assert.deepEqual(g, { dir: 'rtl', clearLeftOfInput: true, iconRightOfInput: true, chipsRightToLeft: true, textDir: 'ltr' });
      await w.host.screenshot({ path: join(shotsDir, `rtl-${viewport.width}-results.png`) });
      await w.results.first().click();
      await w.clause().waitFor();
      const clause = await w.host.evaluate((h) => {
        const r = h.shadowRoot;
        const q = r.querySelector('.ce-clause-text');
        const s = getComputedStyle(q);
        const arrow = getComputedStyle(r.querySelector('[data-testid=next] .ce-arrow')).transform;
        return { dir: s.direction, border: s.borderLeftWidth !== '0px' || s.borderRightWidth !== '0px', arrow };
      });
      assert.equal(clause.dir, 'ltr', 'the clause reads left to right');
      assert.notEqual(clause.arrow, 'none', 'the stepper arrows are mirrored');
      await w.host.screenshot({ path: join(shotsDir, `rtl-${viewport.width}-clause.png`) });
      assert.deepEqual(await axe(p), [], 'axe right to left');
      await context.close();
    });
  }
});
