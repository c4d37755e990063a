// The snippet that carries the charter in the page itself
// (pkg/embed-snippet.html: a declarative shadow root holding the static view
// and its stylesheet): readable with no script, adopted by embed.js without a
// second copy or a shift, then live.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Explorer, axe, delayEmbed, holdWasm, recordShifts, root, useBrowserAndServer } from './helpers.mjs';

const site = join(root, 'build', 'snippet-www');
const article = (snippet) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>' +
  `<body style="font-family:Georgia,serif"><h1>Article</h1><p>The charter was signed in Baku.</p>${snippet}${'<p>Text after the widget.</p>'.repeat(30)}</body></html>`;
const local = (file) => readFileSync(join(root, 'pkg', file), 'utf8').replace(/src="[^"]*\/embed\.js"/, 'src="/pkg/embed.js"');

const env = useBrowserAndServer({
  server: { mounts: { '/pkg/': join(root, 'pkg'), '/': site } },
  prepare() {
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, 'snippet.html'), article(local('embed-snippet.html')));
    writeFileSync(join(site, 'snippet-az.html'), article(local('embed-snippet.az.html')));
  },
});


describe('the snippet that carries the charter', () => {
  test('with JavaScript off, all 27 clauses are there and the chips are in-page links', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/snippet.html`);
    const host = page.locator('charter-explorer');
    const rows = host.locator('.ce-result');
    assert.equal(await rows.count(), 27);
    assert.deepEqual(
      (await rows.evaluateAll((a) => a.map((x) => x.dataset.id))).filter((id) => ['P.1', 'II.4', 'IV.c'].includes(id)),
      ['P.1', 'II.4', 'IV.c'],
    );
    assert.match(await host.locator('.ce-title').textContent(), /Strategic Partnership Charter/);
    // A chip is a link to its section, and following it brings the section into the widget's view.
    const chip = host.locator('[data-testid=chip-III]');
    assert.equal(await chip.evaluate((a) => a.localName), 'a');
    assert.equal(await chip.getAttribute('href'), '#charter-section-III');
    await chip.click();
    await page.waitForTimeout(200);
    const title = host.locator('[data-testid=browse-III] .ce-section-title');
    const [t, main] = await Promise.all([title.boundingBox(), host.locator('.ce-main').boundingBox()]);
    assert.ok(t.y >= main.y - 1 && t.y < main.y + 60, `section III at the top of the results (title ${t.y}, results ${main.y})`);
    await context.close();
  });

  test('with JavaScript, embed.js adopts it (one copy, no shift) and it goes live and answers a typo', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await delayEmbed(page, 800);
    // The engine is held until the adoption is checked.
    const { release } = await holdWasm(page);
    await recordShifts(page);
    await page.goto(`${env.server.url}/snippet.html`, { waitUntil: 'commit' });
    // Before the script: the declarative view, with its rows; the parser's own nodes kept aside.
    await page.locator('charter-explorer .ce-root[data-static] .ce-result').nth(26).waitFor({ state: 'attached' });
    const early = await page.evaluate(() => {
      window.__parsed = document.querySelector('charter-explorer').shadowRoot.querySelector('.ce-root');
      return !customElements.get('charter-explorer');
    });
    assert.ok(early, 'the view is there before embed.js runs');
    await page.waitForFunction(() => customElements.get('charter-explorer'));
    await page.waitForTimeout(50);
    // Adopted: the very node the parser made, alone, with its listeners (a
    // chip pressed now is kept for the engine).
    const adopted = await page.evaluate(() => {
      const r = document.querySelector('charter-explorer').shadowRoot;
      return r.querySelectorAll('.ce-root').length === 1 && r.querySelector('.ce-root') === window.__parsed;
    });
    assert.ok(adopted, 'one static view, the parsed one, adopted');
    await page.locator('charter-explorer [data-testid=chip-I]').click();
    release();
    const w = await new Explorer(page).ready();
    await w.type('nucelar');
    await w.results.first().waitFor();
    assert.equal((await w.ids())[0], 'I.4');
    assert.equal(await w.chip('I').getAttribute('aria-pressed'), 'true', 'the chip pressed before the engine is kept');
    assert.equal(await page.evaluate(() => document.querySelector('charter-explorer').shadowRoot.querySelectorAll('.ce-root').length), 1);
    assert.equal(await page.evaluate(() => window.__shift), 0, 'no layout shift');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('text typed into the snippet before embed.js runs is kept and answered', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await delayEmbed(page, 800);
    await page.goto(`${env.server.url}/snippet.html`, { waitUntil: 'commit' });
    await page.locator('charter-explorer .ce-root[data-static] .ce-input').fill('demining');
    assert.equal(await page.evaluate(() => !!customElements.get('charter-explorer')), false, 'typed before the script ran');
    const w = await new Explorer(page).ready();
    await w.results.first().waitFor();
    assert.equal(await w.input.inputValue(), 'demining');
    assert.equal((await w.ids())[0], 'III.4');
    await context.close();
  });

  test('the Azerbaijani snippet stays Azerbaijani when it goes live, on a page in English', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.url}/snippet-az.html`);
    assert.equal(await page.locator('charter-explorer .ce-title').textContent(), 'Strateji Tərəfdaşlıq Xartiyası');
    const w = await new Explorer(page).ready();
    assert.equal((await w.host.locator('.ce-title').textContent()).trim(), 'Strateji Tərəfdaşlıq Xartiyası');
    assert.equal((await w.status.textContent()).trim(), '27 bənd');
    await context.close();
  });
});
