// Honest answers in the widget: partial answers name the words the charter
// does not contain, absent topics say so, related-word matches are marked and
// explained to screen readers.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { atBothWidths, Explorer, openPage, shotsDir, useBrowserAndServer } from './helpers.mjs';

const env = useBrowserAndServer();

describe('honest answers', () => {
  test('"nuclear weapons" shows I.4 and "Not in the charter: weapons"', async () => {
    const { page, context, log } = await openPage(env.browser, `${env.server.url}/`);
    const w = await new Explorer(page).ready();
    await w.type('nuclear weapons');
    await w.host.locator('[data-testid=missing]').waitFor();
    assert.equal((await w.ids())[0], 'I.4');
    assert.equal((await w.host.locator('[data-testid=missing]').innerText()).trim(), 'Not in the charter: weapons');
    // Struck through, as web search shows "Missing: …".
    const deco = await w.host.locator('[data-testid=missing] s').evaluate((el) => getComputedStyle(el).textDecorationLine);
    assert.match(deco, /line-through/);
    // In the live region, so screen readers hear it with the count.
    const live = w.host.locator('[role=status][aria-live=polite]');
    await live.filter({ hasText: 'Not in the charter: weapons' }).waitFor();
    const shown = (await w.status.textContent()).replace(/\s+/g, ' ').trim();
    assert.equal((await live.textContent()).trim(), shown, 'announced as shown');
    assert.match(shown, /^\d+ clauses? Not in the charter: weapons$/);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('"refugees" says the charter does not mention it, with no results', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}/`);
    const w = await new Explorer(page).ready();
    await w.type('refugees');
    // The related words load when a word is first missing ("Looking for
    // related words…" meanwhile): the answer is the one given once they are in.
    await w.status.filter({ hasText: 'The charter does not mention “refugees”.' }).waitFor();
    assert.equal(await w.results.count(), 0);
    assert.equal((await w.status.innerText()).trim(), 'The charter does not mention “refugees”.');
    assert.equal(await w.host.locator('[data-testid=missing]').count(), 0);
    await context.close();
  });

  test('a related-word match is marked and explained to screen readers', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}/`);
    const w = await new Explorer(page).ready();
    await w.type('hackers');
    const row = w.host.locator('.ce-result[data-id="III.3"]');
    await row.waitFor();
    const mark = row.locator('[data-testid=related]');
    assert.equal(await mark.locator('[aria-hidden=true]').innerText(), 'related: cybersecurity');
    // The link's accessible name carries the explanation, not the terse mark.
    const tree = await row.ariaSnapshot();
    assert.match(tree, /Found through a word related to yours; the charter says “cybersecurity”/);
    assert.doesNotMatch(tree, /related: cybersecurity/);
    assert.match(await w.status.innerText(), /Not in the charter: hackers/);
    await context.close();
  });

  test('the related words load only when a query has a word the charter lacks, and once', async () => {
    const { page, context, log } = await openPage(env.browser, `${env.server.url}/`);
    const w = await new Explorer(page).ready();
    const fetched = () => log.requests.filter((u) => u.endsWith('/charter_readers.bin')).length;
    await w.type('nuclear energy');
    await page.waitForTimeout(300);
    assert.equal(fetched(), 0, 'every word is in the charter: nothing more to load');
    // "military aid": neither word is in the charter; related words reach III.1.
    await w.type('military aid');
    await w.host.locator('.ce-result[data-id="III.1"]').waitFor();
    assert.equal(fetched(), 1);
    assert.match(await w.status.innerText(), /Not in the charter: military aid/);
    await w.type('money for startups');
    await page.waitForTimeout(300);
    assert.equal(fetched(), 1, 'loaded once');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('when the related words cannot load, search goes on with one warning', async () => {
    const context = await env.browser.newContext();
    await context.route('**/charter_readers.bin', (r) => r.fulfill({ status: 500, body: 'down' }));
    const page = await context.newPage();
    const warnings = [];
    const crashes = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    page.on('pageerror', (e) => crashes.push(e.message));
    await page.goto(`${env.server.url}/`);
    const w = await new Explorer(page).ready();
    await w.type('military aid');
    await page.waitForFunction(
      () => document.querySelector('charter-explorer').shadowRoot.querySelector('[data-testid=status]').textContent.includes('does not mention'),
    );
    assert.equal((await w.status.innerText()).trim(), 'The charter does not mention “military aid”.');
    await w.type('weapons purchases');
    await w.host.locator('.ce-result[data-id="III.1"]').waitFor();
    assert.equal(warnings.filter((t) => t.includes('related words are unavailable')).length, 1, warnings.join('\n'));
    assert.deepEqual(crashes, []);
    await context.close();
  });

  test('screenshots of a partial answer at 1280 and 375 px', async () => {
    await atBothWidths(env.browser, `${env.server.url}/`, async (w, name) => {
      await w.type('nuclear weapons');
      await w.host.locator('[data-testid=missing]').waitFor();
      await w.host.screenshot({ path: join(shotsDir, `${name}-partial.png`) });
      await w.type('hackers');
      await w.host.locator('[data-testid=related]').first().waitFor();
      await w.host.screenshot({ path: join(shotsDir, `${name}-related.png`) });
    });
  });
});
