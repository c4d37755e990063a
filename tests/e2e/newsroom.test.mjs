// The newsroom layer end to end: editors' notes from every place a page can
// give them (attribute, data- attribute, script child, mount option, handle),
// faulty notes warned about once per kind, the wording filter through the
// attribute and the JS API, and the charter map on a phone.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Explorer, openPage, root, useBrowserAndServer } from './helpers.mjs';

const site = join(root, 'build', 'newsroom-www');
const HEAD = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><script type="module" src="/pkg/embed.js"></script></head>';
const DESK = { by: 'Desk A', notes: { 'I.a': 'Our reporting on the route.', 'III.4': { text: 'Linked note', link: 'https://example.org/mines' } } };
const json = (v) => JSON.stringify(v).replace(/'/g, '&#39;');
const many = Object.fromEntries(Array.from({ length: 205 }, (_, i) => [`X.${i}`, 'n']));
const PAGES = {
  'attr.html': `${HEAD}<body><charter-explorer hash="off" notes='${json(DESK)}'></charter-explorer></body></html>`,
  'div.html': `${HEAD}<body><div data-charter-explorer data-hash="off" data-notes='${json(DESK)}'></div></body></html>`,
  'script.html': `${HEAD}<body><charter-explorer hash="off"><script type="application/json" data-charter-notes>${JSON.stringify(DESK)}</script></charter-explorer></body></html>`,
  'faulty.html': `${HEAD}<body><charter-explorer hash="off" notes='${json({
    by: 'Desk B',
    notes: {
      'I.a': 'Kept note.',
      'Z.1': 'unknown',
      'Q.7': 'unknown too',
      'II.1': '   ',
      'II.2': 'x'.repeat(2001),
      'II.3': 'y'.repeat(2500),
      'III.1': { text: 'No link for this one', link: 'javascript:alert(1)' },
      'III.2': { text: 'Nor this', link: 'ftp://example.org/file' },
    },
  })}'></charter-explorer></body></html>`,
  'many.html': `${HEAD}<body><charter-explorer hash="off" notes='${json({ notes: { 'IV.a': 'Kept despite the crowd.', ...many } })}'></charter-explorer></body></html>`,
  'badjson.html': `${HEAD}<body><charter-explorer hash="off" notes='{"notes": {"I.a": '></charter-explorer></body></html>`,
  'wording.html': `${HEAD}<body><charter-explorer hash="off" wording="reaffirms"></charter-explorer></body></html>`,
};

const env = useBrowserAndServer({
  server: { mounts: { '/pkg/': join(root, 'pkg'), '/': site } },
  prepare() {
    mkdirSync(site, { recursive: true });
    for (const [f, html] of Object.entries(PAGES)) writeFileSync(join(site, f), html);
    for (const f of ['api.html', 'news.css']) writeFileSync(join(site, f), readFileSync(join(root, 'www', f)));
  },
});

/** Opens a page and waits for the live widget. */
async function live(file, opts) {
  const o = await openPage(env.browser, `${env.server.url}/${file}`, opts);
  const host = file === 'div.html' ? '[data-charter-explorer]' : 'charter-explorer';
  o.w = await new Explorer(o.page, host).ready();
  await o.page.waitForTimeout(30);
  return o;
}

const markedIds = (w) => w.host.locator('.ce-result:has([part=note-marker])').evaluateAll((e) => e.map((x) => x.dataset.id));

describe("editors' notes", () => {
  for (const file of ['attr.html', 'div.html', 'script.html']) {
    test(`from ${file.replace('.html', '')}: marked rows, the note below the clause, searchable`, async () => {
      const { page, context, log, w } = await live(file);
      assert.deepEqual(await markedIds(w), ['I.a', 'III.4']);
      await w.host.locator('.ce-result[data-id="III.4"]').click();
      const note = w.host.locator('[part=note]');
      await note.waitFor();
      assert.equal(await note.locator('.ce-desk-by').textContent(), 'Note from Desk A');
      assert.equal(await note.locator('.ce-desk-text').textContent(), 'Linked note');
      const a = note.locator('a');
      assert.equal(await a.getAttribute('href'), 'https://example.org/mines');
      assert.equal(await a.getAttribute('rel'), 'noopener noreferrer');
      // The note sits after the charter's words, inside the clause.
      const order = await w.clause().evaluate((c) => {
        const q = c.querySelector('blockquote');
        const n = c.querySelector('[part=note]');
        return q.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      assert.ok(order, 'below the charter text');
      await w.host.locator('[data-testid=back]').click();
      await w.type('reporting');
      assert.deepEqual(await w.ids(), ['I.a']);
      assert.equal(await w.host.locator('[data-testid=note-matches]').textContent(), 'Found in notes from Desk A, not in the charter');
      assert.deepEqual(log.warnings, []);
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }

  test('faulty notes: one console warning per kind, the rest still shown', async () => {
    const { context, log, w } = await live('faulty.html');
    const warns = log.warnings.filter((m) => m.includes('note'));
    const kinds = {
      unknown: (m) => m.includes('Z.1') && m.includes('Q.7'),
      empty: (m) => m.includes('II.1') && m.includes('no text'),
      long: (m) => m.includes('II.2') && m.includes('II.3') && m.includes('2000'),
      link: (m) => m.includes('III.1') && m.includes('III.2') && m.includes('http'),
    };
    for (const [kind, is] of Object.entries(kinds)) assert.equal(warns.filter(is).length, 1, `${kind}: ${warns.join('\n')}`);
    assert.equal(warns.length, 4, warns.join('\n'));
    assert.deepEqual(await markedIds(w), ['I.a', 'III.1', 'III.2'], 'the good notes, and link-less notes, still shown');
    await w.host.evaluate((el) => el.setAttribute('clause', 'III.1'));
    await w.clause().waitFor();
    assert.equal(await w.host.locator('[part=note] .ce-desk-text').textContent(), 'No link for this one');
    assert.equal(await w.host.locator('[part=note] a').count(), 0);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('too many notes and bad JSON each warn once', async () => {
    const many = await live('many.html');
    const manyWarns = many.log.warnings.filter((m) => m.includes('note'));
    assert.equal(manyWarns.filter((m) => m.includes('at most 200')).length, 1, manyWarns.join('\n'));
    assert.deepEqual(await markedIds(many.w), ['IV.a']);
    await many.context.close();
    const bad = await live('badjson.html');
    const badWarns = bad.log.warnings.filter((m) => m.includes('notes'));
    assert.equal(badWarns.length, 1, badWarns.join('\n'));
    assert.match(badWarns[0], /JSON/);
    assert.deepEqual(await markedIds(bad.w), []);
    assert.equal(await bad.w.results.count(), 27, 'the widget works without notes');
    assert.deepEqual(bad.log.errors, []);
    await bad.context.close();
  });
});

describe('the wording lens and notes through the JS API', () => {
  test('the wording attribute filters on load', async () => {
    const { context, w } = await live('wording.html');
    const kinds = await w.host.locator('.ce-result [part=wording]').evaluateAll((e) => e.map((x) => x.dataset.wording));
    assert.ok(kinds.length > 0 && kinds.every((k) => k === 'reaffirms'), kinds.join());
    assert.equal(await w.host.locator('[data-testid=wording-reaffirms]').getAttribute('aria-pressed'), 'true');
    await w.host.evaluate((el) => el.removeAttribute('wording'));
    await w.page.waitForTimeout(30);
    assert.equal(await w.results.count(), 27);
    await context.close();
  });

  test('search({ wording }), clause wording fields, mount({ notes }), setNotes and setWording', async () => {
    const { page, context, log } = await openPage(env.browser, `${env.server.url}/api.html`);
    await page.waitForFunction(() => window.__ready);
    const r = await page.evaluate(async () => {
      const m = await import('/pkg/charter_explorer.js');
      const code = (fn) => {
        try {
          fn();
          return null;
        } catch (e) {
          return e.code;
        }
      };
      const tick = () => new Promise((res) => setTimeout(res, 50));
      const aims = m.search('cooperation', { wording: 'aims' });
      const all = m.search('cooperation');
      const bad = code(() => m.search('cooperation', { wording: 'firm' }));
      const c = m.clause('I.a');
      const host = document.createElement('div');
      document.body.append(host);
      const h = m.mount(host, { hash: false, notes: { by: 'API desk', notes: { 'II.4': 'From mount.' } } });
      // The view is built over the next tasks; its root is aria-busy until then.
      while (!host.shadowRoot.querySelector('.ce-root:not([aria-busy])')) await new Promise((res) => setTimeout(res, 10));
      await tick();
      const marked = () => [...host.shadowRoot.querySelectorAll('.ce-result')].filter((e) => e.querySelector('[part=note-marker]')).map((e) => e.dataset.id);
      const first = marked();
      h.setNotes({ notes: { 'IV.c': 'From setNotes.', 'Z.9': 'nowhere' } });
      await tick();
      const second = marked();
      h.setWording('may');
      await tick();
      const kinds = [...host.shadowRoot.querySelectorAll('.ce-result [part=wording]')].map((e) => e.dataset.wording);
      const state = h.state;
      const badWording = code(() => h.setWording('firm'));
      h.unmount();
      return {
        aims: aims.map((x) => x.wording),
        fewer: aims.length < all.length,
        bad,
        wording: c.wording,
        phrase: c.wordingPhrase,
        text: c.text,
        binding: c.binding,
        first,
        second,
        kinds,
        stateWording: state.wording,
        badWording,
      };
    });
    assert.ok(r.aims.length > 0 && r.aims.every((w) => w === 'aims'), r.aims.join());
    assert.ok(r.fewer, 'the filter narrows');
    assert.equal(r.bad, 'INVALID_OPTIONS');
    assert.ok(['aims', 'intent', 'may', 'reaffirms', 'states', 'binds'].includes(r.wording), r.wording);
    assert.ok(r.text.includes(r.phrase), `the deciding phrase "${r.phrase}" is in the text`);
    assert.equal(r.binding, false);
    assert.deepEqual(r.first, ['II.4']);
    assert.deepEqual(r.second, ['IV.c'], 'setNotes replaces the notes');
    assert.ok(r.kinds.length > 0 && r.kinds.every((k) => k === 'may'), r.kinds.join());
    assert.equal(r.stateWording, 'may');
    assert.equal(r.badWording, 'INVALID_OPTIONS');
    assert.equal(log.warnings.filter((m) => m.includes('Z.9')).length, 1, 'setNotes warns about the unknown id');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});

describe('the charter map', () => {
  test('one line per section at 375 px; lights exactly the results; a tile opens its clause', async () => {
    const { page, context, w } = await live('attr.html', { viewport: { width: 375, height: 800 } });
    // At phone width the map waits behind the fold button.
    await w.host.locator('[data-testid=overview-toggle]').click();
    const map = w.host.locator('[part=map]');
    const rows = await map.locator('[role=group]').evaluateAll((rs) =>
      rs.map((r) => {
        const tops = new Set([...r.querySelectorAll('[part=map-tile]')].map((t) => Math.round(t.getBoundingClientRect().top)));
        const box = r.getBoundingClientRect();
        return { lines: tops.size, right: box.right };
      }),
    );
    assert.equal(rows.length, 5);
    for (const r of rows) assert.equal(r.lines, 1, JSON.stringify(rows));
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    for (const r of rows) assert.ok(r.right <= width, `a row overflows: ${JSON.stringify(rows)}`);
    for (const q of ['energy', 'digital', 'terrorism', 'zzqx']) {
      await w.type(q);
      const lit = await map.locator('[data-match=true]').evaluateAll((e) => e.map((x) => x.dataset.clause));
      const ids = await w.ids();
      assert.deepEqual([...lit].sort(), [...ids].sort(), q);
    }
    await w.type('terrorism');
    const tile = map.locator('[data-clause="III.2"]');
    assert.equal(await tile.getAttribute('aria-label'), 'III.2, matches');
    await tile.focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await map.locator('[data-clause="III.3"]').evaluate((t) => t === t.getRootNode().activeElement), true, 'arrow keys move along the map');
    await page.keyboard.press('Enter');
    await w.clause().waitFor();
    assert.equal(await w.clause().getAttribute('data-id'), 'III.3');
    assert.deepEqual(await map.locator('[aria-current=true]').evaluateAll((e) => e.map((x) => x.dataset.clause)), ['III.3']);
    await context.close();
  });
});
