// A search as a link: #charter?q=…&section=…&wording=… opens it, typing
// follows into the URL without a history entry per keystroke, Back and
// Forward move between the search and an opened clause, and the share button
// shares or copies the link.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Explorer, openPage, useBrowserAndServer } from './helpers.mjs';

const env = useBrowserAndServer();

const hash = (page) => page.evaluate(() => location.hash);
const decoded = async (page) => decodeURIComponent((await hash(page)).replace(/\+/g, ' '));

describe('search state in the URL', () => {
  test('a shared link opens the same search, section and wording', async () => {
    const { page, context, log } = await openPage(env.browser, `${env.server.url}/#charter?q=nuclear+energy&section=I&wording=aims`);
    const w = await new Explorer(page).ready();
    await w.results.first().waitFor();
    assert.equal(await w.input.inputValue(), 'nuclear energy');
    assert.equal(await w.chip('I').getAttribute('aria-pressed'), 'true');
    assert.equal(await w.host.locator('[data-testid=wording-aims]').getAttribute('aria-pressed'), 'true');
    const ids = await w.ids();
    assert.ok(ids.length > 0 && ids.every((id) => id.startsWith('I.')), `section I only: ${ids}`);
    // The widget is scrolled into view for the reader who followed the link.
    const top = await w.host.evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(top >= -1 && top < 200, `widget in view (top ${top})`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('a link with unknown parts opens what it can, quietly', async () => {
    const { page, context, log } = await openPage(env.browser, `${env.server.url}/#charter?q=terrorism&section=IX+iii&wording=never`);
    const w = await new Explorer(page).ready();
    await w.results.first().waitFor();
    assert.equal(await w.input.inputValue(), 'terrorism');
    assert.equal(await w.chip('III').getAttribute('aria-pressed'), 'true', 'section ids in any case');
    assert.equal(await w.host.locator('.ce-kind[aria-pressed=true]').count(), 0, 'an unknown wording is left out');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('typing updates the hash once the reader pauses, replacing the entry', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}/`);
    const w = await new Explorer(page).ready();
    const before = await page.evaluate(() => history.length);
    await w.input.focus();
    await page.keyboard.type('energy', { delay: 40 });
    await page.waitForFunction(() => location.hash === '#charter?q=energy');
    await w.chip('II').click();
    await page.waitForFunction(() => location.hash.includes('section=II'));
    assert.equal(await decoded(page), '#charter?q=energy&section=II');
    assert.equal(await page.evaluate(() => history.length), before, 'no history entry per keystroke');
    // Clearing the search clears the hash.
    await w.chip('all').click();
    await w.type('');
    await page.waitForFunction(() => location.hash === '');
    await context.close();
  });

  test('Back and Forward move between the search and the clause it opened', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}/`);
    const w = await new Explorer(page).ready();
    await w.type('demining');
    await page.waitForFunction(() => location.hash === '#charter?q=demining');
    const id = await w.results.first().getAttribute('data-id');
    await w.results.first().click();
    await w.clause().waitFor();
    assert.equal(await hash(page), `#charter-${id}`);
    await page.goBack();
    await w.clause().waitFor({ state: 'detached' });
    assert.equal(await hash(page), '#charter?q=demining');
    assert.equal(await w.input.inputValue(), 'demining');
    assert.equal((await w.ids())[0], id);
    await page.goForward();
    await w.clause().waitFor();
    assert.equal(await w.clause().getAttribute('data-id'), id);
    // A clause link still opens its clause as before.
    await page.evaluate(() => {
      location.hash = '#charter-III.4';
    });
    await page.waitForFunction(() => document.querySelector('charter-explorer').shadowRoot.querySelector('[data-testid=clause]')?.dataset.id === 'III.4');
    await context.close();
  });

  test('hash="off" leaves the URL alone', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}/`);
    const w = await new Explorer(page).ready();
    await w.host.evaluate((el) => el.setAttribute('hash', 'off'));
    await w.type('energy');
    await page.waitForTimeout(700);
    assert.equal(await hash(page), '');
    await context.close();
  });
});

describe('share', () => {
  /** Records the widget's share events on the page. */
  const listen = (page) =>
    page.evaluate(() => {
      window.__shares = [];
      document.addEventListener('charter-explorer:share', (e) => window.__shares.push(e.detail));
    });

  test('without the Web Share API the link is copied, announced, and the event sent', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
    const page = await context.newPage();
    await page.addInitScript(() => {
      delete Navigator.prototype.share;
    });
    await page.goto(`${env.server.url}/`);
    const w = await new Explorer(page).ready();
    await listen(page);
    await w.type('nuclear energy');
    await w.chip('I').click();
    await w.host.locator('[data-testid=share]').click();
    await w.host.locator('[data-testid=share-status]').filter({ hasText: 'Link copied' }).waitFor();
    assert.equal(await w.host.locator('[data-testid=share-status]').getAttribute('role'), 'status');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /#charter\?q=nuclear\+energy&section=I$/);
    const [event] = await page.evaluate(() => window.__shares);
    assert.equal(event.via, 'copy');
    assert.equal(event.url, copied);
    assert.equal(event.text, '“nuclear energy” in the Strategic Partnership Charter');
    // The copied link opens the same search in a new page.
    const other = await context.newPage();
    await other.goto(copied);
    const w2 = await new Explorer(other).ready();
    await w2.results.first().waitFor();
    assert.equal(await w2.input.inputValue(), 'nuclear energy');
    assert.equal(await w2.chip('I').getAttribute('aria-pressed'), 'true');
    await context.close();
  });

  test("with the Web Share API a clause is shared with its citation", async () => {
    const context = await env.browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shared = [];
      Navigator.prototype.share = function (data) {
        window.__shared.push(data);
        return Promise.resolve();
      };
    });
    await page.goto(`${env.server.url}/#charter-III.4`);
    const w = await new Explorer(page).ready();
    await listen(page);
    await w.clause().waitFor();
    await w.host.locator('[data-testid=clause] [data-testid=share]').click();
    await w.host.locator('[data-testid=share-status]').filter({ hasText: 'Shared' }).waitFor();
    const [data] = await page.evaluate(() => window.__shared);
    assert.match(data.url, /#charter-III\.4$/);
    assert.match(data.text, /Strategic Partnership Charter \(10 Feb\. 2026\), Section III, para\. 4$/);
    const [event] = await page.evaluate(() => window.__shares);
    assert.equal(event.via, 'share');
    await context.close();
  });
});
