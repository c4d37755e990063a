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
  assert.deepEqual(r.keys, ['complete', 'highlights', 'id', 'matchedTags', 'number', 'related', 'score', 'section', 'sectionTitle', 'text', 'wording']);
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

test('missing words, uncovered topics and related words through the JS API', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.server.url}/api.html`);
  await page.waitForFunction(() => window.__ready);
  const r = await page.evaluate(async () => {
    const m = await import('/pkg/charter_explorer.js');
    const err = (fn) => {
      try {
        fn();
        return null;
      } catch (e) {
        return [e.name, e.code, e instanceof m.CharterError];
      }
    };
    const marked = (h) => h.highlights.map(([s, e]) => h.text.slice(s, e));
    const weapons = m.search('nuclear weapons');
    const hackers = m.search('hackers');
    const bomb = m.search('bomb disposal');
    return {
      weapons: m.explain('nuclear weapons'),
      weaponsKeys: Object.keys(m.explain('nuclear weapons')).sort(),
      weaponsFirst: weapons[0]?.id,
      weaponsFirstMarked: weapons[0] ? marked(weapons[0]) : null,
      weaponsTagOnly: weapons.filter((h) => h.highlights.length === 0).map((h) => [h.id, h.matchedTags.length > 0, h.related]),
      weaponsInI: m.explain('nuclear weapons', { section: 'I', limit: 1 }),
      weaponsInIV: m.explain('nuclear weapons', { section: 'IV' }),
      weaponsBinding: m.explain('nuclear weapons', { wording: 'binds' }),
      refugeesBinding: m.explain('refugees', { wording: 'binds' }),
      refugees: m.explain('refugees'),
      refugeesHits: m.search('refugees'),
      covered: m.explain('demining'),
      typo: m.explain('nucelar'),
      farTypo: m.explain('nukelar'),
      empty: m.explain(''),
      hackers: hackers.map((h) => ({ id: h.id, related: h.related, marked: marked(h) })),
      bomb: bomb.map((h) => ({ id: h.id, related: h.related })),
      plain: m.search('demining').map((h) => h.related),
      errSection: err(() => m.explain('x', { section: 'V' })),
      errQuery: err(() => m.explain(42)),
      errOpts: err(() => m.explain('x', 'II')),
      errWording: err(() => m.explain('x', { wording: 'must' })),
    };
  });
  assert.deepEqual(r.weaponsKeys, ['covered', 'missing', 'suggestion', 'total']);
  assert.deepEqual(r.weapons.missing, ['weapons'], 'the charter says "nuclear" but never "weapons"');
  assert.equal(r.weapons.covered, true);
  assert.equal(r.weapons.suggestion, null);
  assert.ok(r.weapons.total >= 1);
  assert.equal(r.weaponsFirst, 'I.4', 'a partial answer: the clause on nuclear energy first');
  assert.deepEqual(r.weaponsFirstMarked, ['nuclear']);
  for (const [id, byTag] of r.weaponsTagOnly) assert.ok(byTag, `${id} has no highlights, so it was found through a tag`);
  assert.equal(r.weaponsInI.total, 1, 'total counts under the options; limit is ignored');
  assert.deepEqual(r.weaponsInI.missing, ['weapons']);
  assert.equal(r.weaponsInIV.total, 0);
  assert.equal(r.weaponsInIV.covered, true, 'covered asks the whole charter, not one section');
  assert.deepEqual(r.weaponsBinding, { missing: ['weapons'], suggestion: null, total: 0, covered: true }, 'nor one wording');
  assert.equal(r.refugeesBinding.covered, false);
  assert.deepEqual(r.refugees, { missing: ['refugees'], suggestion: null, total: 0, covered: false });
  assert.deepEqual(r.refugeesHits, []);
  assert.deepEqual(r.covered, { missing: [], suggestion: null, total: 1, covered: true });
  assert.deepEqual(r.typo, { missing: [], suggestion: null, total: 1, covered: true }, 'a typo of a charter word is found, not missing');
  assert.equal(r.farTypo.suggestion, 'nuclear', 'the same suggestion as suggest()');
  assert.equal(r.farTypo.total, 0);
  assert.deepEqual(r.empty, { missing: [], suggestion: null, total: 0, covered: true });
  const iii3 = r.hackers.find((h) => h.id === 'III.3');
  assert.ok(iii3, `III.3 is found for "hackers": ${JSON.stringify(r.hackers)}`);
  assert.ok(iii3.related.includes('cybersecurity'), JSON.stringify(iii3));
  assert.ok(iii3.marked.every((w) => typeof w === 'string' && w.length > 0));
  assert.ok(r.hackers.every((h) => h.related.every((w) => typeof w === 'string' && w.length > 0)));
  assert.deepEqual(r.bomb[0], { id: 'III.4', related: ['explosive remnants of war', 'demining'] });
  assert.deepEqual(r.plain, [[]], 'no related words when the charter says the word itself');
  assert.deepEqual(r.errSection, ['CharterError', 'UNKNOWN_SECTION', true]);
  assert.deepEqual(r.errQuery, ['CharterError', 'INVALID_QUERY', true]);
  assert.deepEqual(r.errOpts, ['CharterError', 'INVALID_OPTIONS', true]);
  assert.deepEqual(r.errWording, ['CharterError', 'UNKNOWN_WORDING', true]);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('explain() before init() is a typed error', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}/two.html`);
  const code = await page.evaluate(async () => {
    const m = await import('/pkg/charter_explorer.js?fresh-explain');
    try {
      m.explain('energy');
      return null;
    } catch (e) {
      return e instanceof m.CharterError ? e.code : String(e);
    }
  });
  assert.equal(code, 'NOT_INITIALIZED');
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
  assert.deepEqual(search.detail, { query: 'demining', sections: [], wording: null, count: 1 });
  assert.equal(search.target, 'mounted', 'events come from the host element');
  // The wording filter is part of the search the host page hears of.
  await page.evaluate(() => window.__handle.setWording('intent'));
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'charter-explorer:search' && e.detail.wording === 'intent'));
  ev = await page.evaluate(() => window.__events);
  assert.deepEqual(ev.filter((e) => e.type === 'charter-explorer:search').at(-1).detail, { query: 'demining', sections: [], wording: 'intent', count: 0 });
  await page.evaluate(() => window.__handle.setWording(undefined));
  await page.evaluate(() => window.__handle.openClause('III.4'));
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'charter-explorer:select'));
  ev = await page.evaluate(() => window.__events);
  assert.deepEqual(ev.find((e) => e.type === 'charter-explorer:select').detail, { id: 'III.4' });
  await page.evaluate(() => window.__handle.setQuery('blockchain'));
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'charter-explorer:zero-results' && e.detail.query === 'blockchain'));
  ev = await page.evaluate(() => window.__events);
  // (the wording filter above also found nothing for "demining")
  assert.deepEqual(ev.filter((e) => e.type === 'charter-explorer:zero-results').map((e) => e.detail), [{ query: 'demining' }, { query: 'blockchain' }]);
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

test('mount() returns a working handle at once; the view completes in later tasks; unmount() mid-way stops it', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.server.url}/two.html`);
  const r = await page.evaluate(async () => {
    const m = await import('/pkg/charter_explorer.js');
    await m.default(undefined, { readers: 'lazy' });
    const box = (id) => {
      const el = document.createElement('div');
      el.id = id;
      document.body.append(el);
      return el;
    };
    const busy = (el) => !el.shadowRoot.querySelector('.ce-root:not([aria-busy])');
    const settle = async (el) => {
      for (let i = 0; busy(el) && i < 200; i++) await new Promise((ok) => setTimeout(ok, 10));
    };
    // Calls made before the view is built are applied to it.
    const a = box('a');
    const h = m.mount(a, { hash: false });
    const before = a.shadowRoot.querySelectorAll('.ce-result').length;
    h.setSection('III');
    h.setQuery('demining');
    const state = h.state;
    await settle(a);
    await new Promise((ok) => setTimeout(ok, 50));
    const ids = [...a.shadowRoot.querySelectorAll('.ce-result')].map((e) => e.dataset.id);
    const input = a.shadowRoot.querySelector('.ce-input').value;
    const pressed = a.shadowRoot.querySelector('[data-testid=chip-III]').getAttribute('aria-pressed');
    h.openClause('III.4');
    await new Promise((ok) => setTimeout(ok, 50));
    const clause = a.shadowRoot.querySelector('[data-testid=clause]')?.dataset.id;
    h.unmount();
    // Unmounted while it is built: nothing more is built, nothing is left.
    const b = box('b');
    const h2 = m.mount(b, { hash: false });
    await new Promise((ok) => setTimeout(ok, 0));
    h2.unmount();
    await new Promise((ok) => setTimeout(ok, 200));
    let after = null;
    try {
      h2.setQuery('x');
    } catch (e) {
      after = e.code;
    }
    return { before, state, ids, input, pressed, clause, left: b.shadowRoot.childNodes.length, after };
  });
  assert.equal(r.before, 0, 'the view is built after mount() returns');
  assert.deepEqual(r.state, { query: 'demining', sections: ['III'], wording: null, count: 1, clause: null });
  assert.deepEqual(r.ids, ['III.4']);
  assert.equal(r.input, 'demining');
  assert.equal(r.pressed, 'true');
  assert.equal(r.clause, 'III.4');
  assert.equal(r.left, 0, 'unmounted mid-way: the box is empty');
  assert.equal(r.after, 'UNMOUNTED');
  assert.deepEqual(log.errors, []);
  await context.close();
});
