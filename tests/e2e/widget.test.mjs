// End-to-end tests of the embedded widget on the demo pages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { atBothWidths, Explorer, openPage, root, shotsDir, useBrowserAndServer } from './helpers.mjs';

const env = useBrowserAndServer();

function assertPolite(log, origin) {
  assert.deepEqual(log.errors, [], 'no console errors or uncaught exceptions');
  const foreign = log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request leaves the page origin');
}

describe('widget on the demo article', () => {
  test('typing filters results and marks matches', async () => {
    const { page, context, log } = await openPage(env.browser, `${env.server.url}/`);
    const w = await new Explorer(page).ready();
    assert.equal(await w.results.count(), 27, 'browse mode shows the charter');
    await w.type('demining');
    assert.deepEqual(await w.ids(), ['III.4']);
    assert.equal(await w.status.textContent(), '1 clause');
    assert.equal(await w.marks.first().textContent(), 'demining');
    await w.type('Nakchivan');
    assert.deepEqual(await w.ids(), ['I.a'], 'typo tolerated');
    await w.type('nuclear cooperation');
    assert.equal((await w.ids())[0], 'I.4');
    assert.deepEqual(await w.host.locator('.ce-results').first().locator('mark').allTextContents(), ['nuclear', 'cooperation']);
    await w.type('blockchain');
    assert.equal(await w.results.count(), 0);
    assert.equal(await w.status.textContent(), 'The charter does not mention “blockchain”.');
    assertPolite(log, env.server.url);
    await context.close();
  });

  test('chips filter and show counts', async () => {
    const { page, context, log } = await openPage(env.browser, `${env.server.url}/`);
    const w = await new Explorer(page).ready();
    await w.type('digital');
    const counts = {};
    for (const id of ['all', 'P', 'I', 'II', 'III', 'IV']) {
      counts[id] = Number(await w.chip(id).locator('.ce-chip-n').textContent());
    }
    assert.equal(counts.I, 2);
    assert.equal(counts.all, counts.P + counts.I + counts.II + counts.III + counts.IV);
    await w.chip('I').click();
    assert.equal(await w.chip('I').getAttribute('aria-pressed'), 'true');
    assert.deepEqual((await w.ids()).sort(), ['I.1', 'I.2']);
    await w.chip('III').click({ modifiers: ['Control'] });
    assert.equal(await w.chip('I').getAttribute('aria-pressed'), 'true', 'ctrl-click adds a section');
    assert.equal(await w.chip('III').getAttribute('aria-pressed'), 'true');
    await w.chip('all').click();
    assert.equal(await w.results.count(), counts.all);
    assertPolite(log, env.server.url);
    await context.close();
  });

  test('a deep link opens the clause and scrolls the widget into view', async () => {
    const { page, context, log } = await openPage(env.browser, `${env.server.url}/#charter-III.4`);
    const w = await new Explorer(page).ready();
    await w.clause().waitFor();
    assert.equal(await w.clause().getAttribute('data-id'), 'III.4');
    assert.match(await w.host.locator('.ce-place').textContent(), /Section III — Security Cooperation · paragraph 4/);
    const inView = await w.host.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top < window.innerHeight && r.bottom > 0;
    });
    assert.ok(inView, 'widget scrolled into view');
    await w.host.locator('[data-testid=next]').click();
    assert.equal(new URL(page.url()).hash, '#charter-IV.a', 'the URL follows the open clause');
    await page.evaluate(() => {
      window.location.hash = '#charter-P.2';
    });
    await page.waitForTimeout(50);
    assert.equal(await w.clause().getAttribute('data-id'), 'P.2', 'hashchange opens the clause');
    assertPolite(log, env.server.url);
    await context.close();
  });

  test('keyboard only: type, arrow through results, open, step, escape back', async () => {
    const { page, context, log } = await openPage(env.browser, `${env.server.url}/`);
    const w = await new Explorer(page).ready();
    await w.input.focus();
    await page.keyboard.type('security');
    await page.waitForTimeout(30);
    const ids = await w.ids();
    assert.ok(ids.length >= 3);
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => document.querySelector('charter-explorer').shadowRoot.activeElement?.dataset.id ?? null);
    assert.equal(await focused(), ids[0]);
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), ids[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await w.clause().waitFor();
    assert.equal(await w.clause().getAttribute('data-id'), ids[0]);
    const heading = await page.evaluate(() => document.querySelector('charter-explorer').shadowRoot.activeElement?.className);
    assert.equal(heading, 'ce-clause-id', 'focus moves to the opened clause');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(50);
    assert.equal(await w.clause().count(), 0);
    assert.equal(await focused(), ids[0], 'focus returns to the result');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    assert.equal(await w.input.inputValue(), '', 'Escape clears the search');
    assertPolite(log, env.server.url);
    await context.close();
  });

  test('copy citation and copy link put the right text on the clipboard', async () => {
    const { page, context, log } = await openPage(env.browser, `${env.server.url}/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    const w = await new Explorer(page).ready();
    await w.type('AI data centers');
    await w.results.first().click();
    await w.host.locator('[data-testid=copy-citation]').click();
    await w.host.locator('[data-testid=copy-status]').filter({ hasText: 'Copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Azerbaijan–United States Strategic Partnership Charter (10 Feb. 2026), Section II, para. 4');
    await w.host.locator('[data-testid=copy-link]').click();
    await page.waitForTimeout(50);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${env.server.url}/#charter-II.4`);
    assertPolite(log, env.server.url);
    await context.close();
  });

  test('attribute changes apply, bad values warn and keep working', async () => {
    const { page, context, log } = await openPage(env.browser, `${env.server.url}/`);
    const w = await new Explorer(page).ready();
    await w.host.evaluate((el) => el.setAttribute('query', 'terrorism'));
    await page.waitForTimeout(30);
    assert.deepEqual(await w.ids(), ['III.2']);
    assert.equal(await w.input.inputValue(), 'terrorism');
    await w.host.evaluate((el) => el.setAttribute('theme', 'dark'));
    await page.waitForTimeout(30);
    assert.equal(await w.host.locator('.ce-root.ce-dark').count(), 1);
    await w.host.evaluate((el) => {
      el.setAttribute('query', '');
      el.setAttribute('section', 'IV');
    });
    await page.waitForTimeout(30);
    assert.equal(await w.results.count(), 3);
    await w.host.evaluate((el) => el.setAttribute('labels', '{"count_other": "{n} maddə"}'));
    await page.waitForTimeout(30);
    assert.equal(await w.status.textContent(), '3 maddə');
    await w.host.evaluate((el) => el.setAttribute('clause', 'IV.b'));
    await page.waitForTimeout(30);
    assert.equal(await w.clause().getAttribute('data-id'), 'IV.b');
    // Bad values: a warning, and the widget still works.
    await w.host.evaluate((el) => {
      el.setAttribute('section', 'XII');
      el.setAttribute('theme', 'neon');
      el.setAttribute('labels', '{not json');
      el.setAttribute('max-height', 'banana');
    });
    await page.waitForTimeout(30);
    assert.ok(log.warnings.some((m) => m.includes('section')), log.warnings.join('\n'));
    assert.ok(log.warnings.some((m) => m.includes('theme')));
    assert.ok(log.warnings.some((m) => m.includes('labels')));
    assert.ok(log.warnings.some((m) => m.includes('max-height')));
    assert.equal(await w.host.locator('.ce-root').count(), 1);
    assertPolite(log, env.server.url);
    await context.close();
  });

  test('two instances on one page stay independent; removing one frees it', async () => {
    const { page, context, log } = await openPage(env.browser, `${env.server.url}/two.html`);
    const a = await new Explorer(page, '#first').ready();
    const b = await new Explorer(page, '#second').ready();
    assert.equal(await b.results.count(), 5, 'the div instance starts on Section III');
    await a.type('energy');
    assert.ok((await a.results.count()) > 3);
    assert.equal(await b.results.count(), 5, 'typing in one leaves the other alone');
    await b.type('cyber');
    assert.deepEqual(await b.ids(), ['III.3']);
    assert.ok((await a.ids()).includes('I.3'));
    await page.evaluate(() => document.getElementById('second').remove());
    await page.waitForTimeout(30);
    await a.type('demining');
    assert.deepEqual(await a.ids(), ['III.4'], 'the other keeps working');
    // Re-adding a removed element mounts it again.
    await page.evaluate(() => {
      const el = document.createElement('charter-explorer');
      el.id = 'third';
      el.setAttribute('hash', 'off');
      document.body.append(el);
    });
    const c = await new Explorer(page, '#third').ready();
    assert.equal(await c.results.count(), 27);
    assertPolite(log, env.server.url);
    await context.close();
  });

  test('the widget reserves its height while loading', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}/`);
    const w = await new Explorer(page).ready();
    const loaded = await w.host.evaluate((el) => el.getBoundingClientRect().height);
    await context.close();
    // Load again with the wasm held back: the static view must be as tall.
    const ctx2 = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p2 = await ctx2.newPage();
    await p2.route('**/*.wasm', () => {});
    await p2.goto(`${env.server.url}/`);
    await p2.locator('charter-explorer .ce-root[data-static]').waitFor();
    const early = await p2.locator('charter-explorer').evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(Math.abs(early - loaded) <= 1, `static view ${early}px vs loaded ${loaded}px`);
    await ctx2.close();
  });
});

describe('accessibility and looks', () => {
  const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

  async function axe(page) {
    await page.addScriptTag({ content: axeSource });
    return page.evaluate(async () => {
      const r = await window.axe.run(document.querySelector('charter-explorer'), { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
    });
  }

  for (const theme of ['light', 'dark']) {
    test(`axe-core finds no violations (${theme})`, async () => {
      const { page, context } = await openPage(env.browser, `${env.server.url}/`, { colorScheme: theme });
      const w = await new Explorer(page).ready();
      await w.host.evaluate((el, t) => el.setAttribute('theme', t), theme);
      await page.waitForTimeout(30);
      assert.deepEqual(await axe(page), [], 'browse mode');
      await w.type('energy');
      assert.deepEqual(await axe(page), [], 'results with marks');
      await w.type('nukelar');
      assert.deepEqual(await axe(page), [], 'zero results');
      await w.type('nuclear weapons');
      await w.host.locator('[data-testid=missing]').waitFor();
      assert.deepEqual(await axe(page), [], 'partial answer with missing words');
      await w.type('hackers');
      await w.host.locator('[data-testid=related]').first().waitFor();
      assert.deepEqual(await axe(page), [], 'related-word marks');
      await w.type('sums');
      await w.host.locator('[data-testid=note-matches]').waitFor();
      assert.deepEqual(await axe(page), [], 'note matches');
      await w.type('');
      await w.host.locator('[data-testid=wording-aims]').click();
      assert.deepEqual(await axe(page), [], 'wording filter and the map');
      await w.host.locator('[data-testid=wording-aims]').click();
      await w.host.evaluate((el) => el.setAttribute('clause', 'III.4'));
      await w.host.locator('[part=note]').waitFor();
      assert.deepEqual(await axe(page), [], 'clause with a note');
      await w.host.locator('[data-testid=back]').click();
      await w.type('nuclear');
      await w.results.first().click();
      assert.deepEqual(await axe(page), [], 'clause view');
      await w.host.locator('[data-testid=about]').click();
      assert.deepEqual(await axe(page), [], 'about panel');
      await context.close();
    });
  }

  test('screenshots at 1280 px and 375 px', async () => {
    await atBothWidths(env.browser, `${env.server.url}/`, async (w, name) => {
      await w.host.screenshot({ path: join(shotsDir, `${name}-browse.png`) });
      await w.type('energy security');
      await w.host.screenshot({ path: join(shotsDir, `${name}-results.png`) });
      await w.results.first().click();
      await w.host.screenshot({ path: join(shotsDir, `${name}-clause.png`) });
      await w.host.evaluate((el) => el.setAttribute('clause', 'III.4'));
      await w.host.locator('[part=note]').waitFor();
      await w.host.screenshot({ path: join(shotsDir, `${name}-note.png`) });
      await w.host.evaluate((el) => el.setAttribute('theme', 'dark'));
      await w.host.screenshot({ path: join(shotsDir, `${name}-clause-dark.png`) });
    });
    console.log(`screenshots in ${shotsDir}`);
  });
});
