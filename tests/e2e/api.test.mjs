// The ESM API in a real browser: typed errors, results, highlights, mount
// handle and the analytics events.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useBrowserAndServer } from './helpers.mjs';

const env = useBrowserAndServer();

test('calls before init() are typed errors, not wasm panics', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.server.url}/two.html`);
  const r = await page.evaluate(async () => {
    const m = await import('/pkg/charter_explorer.js?fresh');
    const out = {};
    try {
      m.search('energy');
    } catch (e) {
      out.name = e.name;
      out.code = e.code;
      out.isClass = e instanceof m.CharterError;
      out.message = e.message;
    }
    return out;
  });
  assert.equal(r.name, 'CharterError');
  assert.equal(r.code, 'NOT_INITIALIZED');
  assert.ok(r.isClass);
  assert.match(r.message, /await init\(\)/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('search, suggest, counts, clauses and errors through the JS API', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.server.url}/api.html`);
  await page.waitForFunction(() => window.__ready);
  const r = await page.evaluate(async () => {
    const m = await import('/pkg/charter_explorer.js');
    const err = (fn) => {
      try {
        fn();
        return null;
      } catch (e) {
        return [e.name, e.code];
      }
    };
    const hits = m.search('sovreignty');
    const p1 = hits[0];
    return {
      first: p1.id,
      keys: Object.keys(p1).sort(),
      slice: p1.text.slice(...p1.highlights[0]),
      filtered: m.search('digital', { section: 'I' }).map((h) => h.id).sort(),
      several: m.search('security', { section: ['III', 'IV'] }).every((h) => h.section === 'III' || h.section === 'IV'),
      limited: m.search('cooperation', { limit: 2 }).length,
      suggest: m.suggest('nukelar'),
      noSuggest: m.suggest('nuclear'),
      counts: m.sectionCounts('digital'),
      clauses: m.clauses().length,
      clause: m.clause('iii.4')?.id,
      missing: m.clause('Z.1'),
      sections: m.sections().map((s) => s.id),
      meta: m.metadata().signed,
      nonsense: m.search('qwzx').length,
      empty: m.search('').length,
      huge: m.search('energy '.repeat(20000)).length > 0,
      errQuery: err(() => m.search(42)),
      errSection: err(() => m.search('x', { section: 'V' })),
      errLimit: err(() => m.search('x', { limit: -1 })),
      errOpts: err(() => m.search('x', 'II')),
      errMount: err(() => m.mount(null)),
      version: m.version,
    };
  });
  assert.equal(r.first, 'P.1');
  assert.deepEqual(r.keys, ['complete', 'highlights', 'id', 'matchedTags', 'number', 'score', 'section', 'sectionTitle', 'text', 'wording']);
  assert.equal(r.slice, 'sovereignty', 'highlights are UTF-16 ranges (the text has a ’ before the match)');
  assert.deepEqual(r.filtered, ['I.1', 'I.2']);
  assert.ok(r.several);
  assert.equal(r.limited, 2);
  assert.equal(r.suggest, 'nuclear');
  assert.equal(r.noSuggest, null);
  assert.equal(r.counts.I, 2);
  assert.deepEqual(Object.keys(r.counts), ['P', 'I', 'II', 'III', 'IV']);
  assert.equal(r.clauses, 27);
  assert.equal(r.clause, 'III.4');
  assert.equal(r.missing, null);
  assert.deepEqual(r.sections, ['P', 'I', 'II', 'III', 'IV']);
  assert.deepEqual(r.meta, { date: '2026-02-10', label: '10 February 2026', place: 'Baku' });
  assert.equal(r.nonsense, 0);
  assert.equal(r.empty, 0);
  assert.ok(r.huge);
  assert.deepEqual(r.errQuery, ['CharterError', 'INVALID_QUERY']);
  assert.deepEqual(r.errSection, ['CharterError', 'UNKNOWN_SECTION']);
  assert.deepEqual(r.errLimit, ['CharterError', 'INVALID_OPTIONS']);
  assert.deepEqual(r.errOpts, ['CharterError', 'INVALID_OPTIONS']);
  assert.deepEqual(r.errMount, ['CharterError', 'BAD_ELEMENT']);
  assert.match(r.version, /^\d+\.\d+\.\d+/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('mount() handle and analytics events', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.server.url}/api.html`);
  await page.waitForFunction(() => window.__ready);
  const box = page.locator('#mounted');
  await box.locator('.ce-root').waitFor();
  await page.evaluate(() => window.__handle.setQuery('demining'));
  await box.locator('.ce-result').first().waitFor();
  assert.deepEqual(await box.locator('.ce-result').evaluateAll((e) => e.map((x) => x.dataset.id)), ['III.4']);
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'charter-explorer:search'));
  let ev = await page.evaluate(() => window.__events);
  const search = ev.find((e) => e.type === 'charter-explorer:search');
  assert.deepEqual(search.detail, { query: 'demining', sections: [], count: 1 });
  assert.equal(search.target, 'mounted', 'events come from the host element');
  await page.evaluate(() => window.__handle.openClause('III.4'));
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'charter-explorer:select'));
  ev = await page.evaluate(() => window.__events);
  assert.deepEqual(ev.find((e) => e.type === 'charter-explorer:select').detail, { id: 'III.4' });
  await page.evaluate(() => window.__handle.setQuery('blockchain'));
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'charter-explorer:zero-results'));
  ev = await page.evaluate(() => window.__events);
  assert.deepEqual(ev.find((e) => e.type === 'charter-explorer:zero-results').detail, { query: 'blockchain' });
  const errs = await page.evaluate(() => {
    const out = [];
    for (const f of [() => window.__handle.setSection('XX'), () => window.__handle.openClause('nope'), () => window.__handle.setTheme('neon')]) {
      try {
        f();
        out.push(null);
      } catch (e) {
        out.push(e.code);
      }
    }
    window.__handle.unmount();
    try {
      window.__handle.setQuery('x');
    } catch (e) {
      out.push(e.code);
    }
    return out;
  });
  assert.deepEqual(errs, ['UNKNOWN_SECTION', 'UNKNOWN_CLAUSE', 'INVALID_OPTIONS', 'UNMOUNTED']);
  assert.equal(await box.locator('.ce-root').count(), 0, 'unmounted');
  assert.deepEqual(log.errors, []);
  await context.close();
});
