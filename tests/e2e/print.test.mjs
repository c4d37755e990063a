// Print: the widget prints what the reader is looking at, in full (no scroll
// box), dark on white in both themes, with citations and the page's address,
// and no controls.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { Explorer, openPage, shotsDir, useBrowserAndServer } from './helpers.mjs';

const env = useBrowserAndServer();

/** What print shows: visible controls, clipped results, citations, colours. */
function printed(w) {
  return w.host.evaluate((host) => {
    const r = host.shadowRoot;
    const root = r.querySelector('.ce-root');
    const seen = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const controls = [...r.querySelectorAll('button, input, [part=map-tile]')].filter(seen).map((e) => e.dataset.testid ?? e.className);
    const main = r.querySelector('.ce-main');
    const rows = [...r.querySelectorAll('.ce-result')];
    return {
      controls,
      clipped: main.scrollHeight - main.clientHeight > 1 || root.scrollHeight - root.clientHeight > 1 || host.getBoundingClientRect().height + 1 < root.scrollHeight,
      rows: rows.length,
      cites: rows.map((a) => getComputedStyle(a, '::after').content),
      ids: rows.map((a) => a.dataset.id),
      head: seen(r.querySelector('.ce-print-head')) ? r.querySelector('.ce-print-head').textContent : null,
      clauseCite: r.querySelector('.ce-print-cite') && seen(r.querySelector('.ce-print-cite')) ? r.querySelector('.ce-print-cite').textContent : null,
      bg: getComputedStyle(root).backgroundColor,
      fg: getComputedStyle(root).color,
    };
  });
}

for (const theme of ['light', 'dark']) {
  test(`printing results and an open clause (${theme} theme): all of it, cited, dark on white, no controls`, async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}/`, { viewport: { width: 1280, height: 900 } });
    const w = await new Explorer(page).ready();
    await w.host.evaluate((el, t) => el.setAttribute('theme', t), theme);
    await w.type('security');
    const onScreen = await w.results.count();
    assert.ok(onScreen > 5, 'enough results to overflow the box on screen');
    await page.emulateMedia({ media: 'print' });
    let p = await printed(w);
    assert.deepEqual(p.controls, [], 'no controls in print');
    assert.equal(p.clipped, false, 'results are not clipped by the scroll box');
    assert.equal(p.rows, onScreen, 'every result prints');
    p.cites.forEach((c, i) => assert.equal(c, `"Azerbaijan–United States Strategic Partnership Charter (10 Feb. 2026), ${p.ids[i]}"`));
    assert.match(p.head, /^Azerbaijan–United States Strategic Partnership Charter \(10 Feb\. 2026\) · http:\/\/127\.0\.0\.1:\d+\/#charter\?q=security$/);
    assert.equal(p.bg, 'rgb(255, 255, 255)');
    assert.equal(p.fg, 'rgb(0, 0, 0)');
    await page.pdf({ path: join(shotsDir, `print-results-${theme}.pdf`) });
    await page.emulateMedia({ media: 'screen' });
    await w.results.first().click();
    await w.clause().waitFor();
    await page.emulateMedia({ media: 'print' });
    p = await printed(w);
    assert.deepEqual(p.controls, [], 'no controls with a clause open');
    assert.match(p.clauseCite, /^Azerbaijan–United States Strategic Partnership Charter \(10 Feb\. 2026\), (Preamble|Section [IV]+), para\. \d+$/);
    assert.equal(p.clipped, false);
    await context.close();
  });
}

test('printing the whole charter (browse) prints all 27 clauses', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}/`, { viewport: { width: 375, height: 812 } });
  const w = await new Explorer(page).ready();
  await page.emulateMedia({ media: 'print' });
  const p = await printed(w);
  assert.equal(p.rows, 27);
  assert.equal(p.clipped, false);
  assert.deepEqual(p.controls, []);
  await context.close();
});
