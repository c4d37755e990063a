// `charter-explorer/search` in a browser: pkg/search.js imported by a page
// searches with its own search-only wasm, and the page never fetches the
// widget's wasm or module.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openPage, root, useBrowserAndServer } from './helpers.mjs';

const site = join(root, 'build', 'search-www');
const env = useBrowserAndServer({
  server: { mounts: { '/pkg/': join(root, 'pkg'), '/': site } },
  prepare() {
    mkdirSync(site, { recursive: true });
    writeFileSync(
      join(site, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>search only</title></head>
<body><ol id="hits"></ol>
<script type="module">
  import * as m from '/pkg/search.js';
  const err = (fn) => { try { fn(); return null; } catch (e) { return [e.name, e.code, e instanceof m.CharterError]; } };
  const before = err(() => m.search('demining'));
  await m.default();
  const hits = m.search('demining');
  for (const h of hits.slice(0, 3)) {
    const li = document.createElement('li');
    li.textContent = h.id + ' ' + h.text.slice(...(h.highlights[0] ?? [0, 0]));
    document.getElementById('hits').append(li);
  }
  window.__search = {
    before,
    first: hits[0]?.id,
    mark: hits[0] && hits[0].text.slice(...(hits[0].highlights[0] ?? [0, 0])),
    suggest: m.suggest('nukelar'),
    explain: m.explain('nuclear weapons'),
    counts: m.sectionCounts('digital'),
    clause: m.clause('iii.4')?.id,
    sections: m.sections().map((s) => s.id),
    related: m.search('hackers').find((h) => h.id === 'III.3')?.related,
    errSection: err(() => m.search('x', { section: 'V' })),
    version: m.version,
    exports: Object.keys(m).sort(),
    styles: document.adoptedStyleSheets.length + document.styleSheets.length,
  };
</script></body></html>`,
    );
  },
});

test('pkg/search.js searches in a page with the search-only wasm and never fetches the widget', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.server.url}/`);
  await page.waitForFunction(() => window.__search, null, { timeout: 15000 });
  // Let the readers' words (loaded with init()) arrive before counting requests.
  await page.waitForLoadState('networkidle');
  const r = await page.evaluate(() => window.__search);
  assert.deepEqual(r.before, ['CharterError', 'NOT_INITIALIZED', true]);
  assert.equal(r.first, 'III.4');
  assert.equal(r.mark.toLowerCase(), 'demining');
  assert.equal(r.suggest, 'nuclear');
  assert.deepEqual(r.explain, { missing: ['weapons'], suggestion: null, total: 2, covered: true });
  assert.equal(r.counts.I, 2);
  assert.equal(r.clause, 'III.4');
  assert.deepEqual(r.sections, ['P', 'I', 'II', 'III', 'IV']);
  assert.deepEqual(r.related, ['cybersecurity']);
  assert.deepEqual(r.errSection, ['CharterError', 'UNKNOWN_SECTION', true]);
  assert.match(r.version, /^\d+\.\d+\.\d+/);
  // The main entry's functions minus mount().
  assert.deepEqual(r.exports, [
    'CharterError', 'clause', 'clauses', 'default', 'explain', 'init', 'isReady', 'loadReaders', 'memoryBytes',
    'metadata', 'search', 'sectionCounts', 'sections', 'suggest', 'version',
  ]);
  assert.equal(r.styles, 0, 'no stylesheet');
  assert.equal(await page.locator('#hits li').first().textContent(), `III.4 ${r.mark}`);
  const pkgFiles = log.requests.filter((u) => u.includes('/pkg/')).map((u) => new URL(u).pathname.replace('/pkg/', '')).sort();
  assert.deepEqual(pkgFiles, ['charter_readers.bin', 'charter_search_bg.wasm', 'search.js']);
  assert.ok(!log.requests.some((u) => u.includes('charter_explorer')), log.requests.join('\n'));
  assert.deepEqual(log.errors, []);
  await context.close();
});
