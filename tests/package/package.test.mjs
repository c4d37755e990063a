// The npm package as a user gets it: `npm pack`, then the tarball (not a
// folder link) installed into (1) a fresh Vite app, built and driven in
// Chromium, (2) a plain HTML page importing the ESM module, (3) a strict
// TypeScript consumer, (4) a Node.js project that uses only
// `charter-explorer/search`, in JavaScript and in strict TypeScript with no
// DOM types.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { launch, openPage, root, startServer } from '../e2e/helpers.mjs';
import { isCommonJs, jsBlocks, printed, programs } from './readme.mjs';

const work = join(root, 'build', 'package-test');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let browser;
let tarball;

before(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], join(root, 'pkg')));
  tarball = join(work, packed[0].filename);
  const app = join(work, 'app');
  cpSync(join(root, 'tests', 'package', 'vite-app'), app, { recursive: true });
  cpSync(join(root, 'tests', 'package', 'plain.html'), join(app, 'plain.html'));
  cpSync(join(root, 'tests', 'package', 'ts'), join(app, 'ts'), { recursive: true });
  cpSync(join(root, 'tests', 'package', 'ts-embed'), join(app, 'ts-embed'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  const install = (vite) => run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, vite, 'typescript@5', 'publint@0.3', '@arethetypeswrong/cli@0.18'], app);
  try {
    install('vite@8');
  } catch {
    install('vite@7'); // where Vite 8 will not install on this Node
  }
  // The search entry alone, in a Node.js project: no DOM, no bundler.
  const node = join(work, 'search-node');
  cpSync(join(root, 'tests', 'package', 'search-node'), node, { recursive: true });
  writeFileSync(join(node, 'package.json'), JSON.stringify({ name: 'search-consumer', private: true, type: 'module', engines: { node: '>=20' } }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, 'typescript@5', '@types/node@20'], node);
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the tarball holds the package files and nothing else', () => {
  const list = run('tar', ['-tzf', tarball], work).trim().split('\n').map((f) => f.replace(/^package\//, '')).sort();
  // Each file a browser fetches ships with its Brotli and gzip copies.
  const withCopies = (f) => [f, `${f}.br`, `${f}.gz`];
  assert.deepEqual(
    list,
    [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      ...withCopies('charter-static.html'),
      'charter_explorer.d.ts',
      ...withCopies('charter_explorer.js'),
      ...withCopies('charter_explorer_bg.wasm'),
      ...withCopies('charter_readers.bin'),
      ...withCopies('charter_search_bg.wasm'),
      ...withCopies('search.js'),
      'search.d.ts',
      'embed.d.ts',
      ...withCopies('embed.js'),
      ...withCopies('embed-snippet.html'),
      ...withCopies('embed-snippet.az.html'),
      ...withCopies('embed-snippet.ru.html'),
      ...withCopies('frame.html'),
      ...withCopies('frame.css'),
      ...withCopies('frame.js'),
      ...withCopies('frame-resizer.js'),
      'integrity.json',
      'package.json',
    ].sort(),
  );
  // The copies are the files, compressed.
  for (const f of ['embed.js', 'charter_explorer_bg.wasm', 'charter_search_bg.wasm']) {
    const body = readFileSync(join(root, 'pkg', f));
    assert.ok(brotliDecompressSync(readFileSync(join(root, 'pkg', `${f}.br`))).equals(body), `${f}.br`);
    assert.ok(gunzipSync(readFileSync(join(root, 'pkg', `${f}.gz`))).equals(body), `${f}.gz`);
  }
  const pkg = JSON.parse(readFileSync(join(root, 'pkg', 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'charter-explorer');
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.scripts, undefined, 'no install scripts');
  assert.ok(pkg.exports['.'] && pkg.exports['./embed']);
  assert.deepEqual(pkg.exports['./search'], { types: './search.d.ts', default: './search.js' });
  const integrity = JSON.parse(readFileSync(join(root, 'pkg', 'integrity.json'), 'utf8'));
  assert.match(integrity['embed.js'], /^sha384-[A-Za-z0-9+/]+=*$/);
});

test('a Vite app builds with the package and works from its production build', async (t) => {
  const app = join(work, 'app');
  run('npx', ['vite', 'build', '--logLevel', 'error'], app);
  const server = await startServer({ mounts: { '/': join(app, 'dist') } });
  t.after(() => server.close()); // also when an assertion fails: an open server would hold the run
  const { page, context, log } = await openPage(browser, `${server.url}/`);
  await page.waitForFunction(() => window.__app, null, { timeout: 15000 });
  const r = await page.evaluate(() => ({ first: window.__app.first, code: window.__app.code }));
  assert.deepEqual(r, { first: 'I.a', code: 'UNKNOWN_SECTION' });
  await page.locator('#widget .ce-result').first().waitFor();
  assert.deepEqual(await page.locator('#widget .ce-result').evaluateAll((e) => e.map((x) => x.dataset.id)), ['III.4']);
  // The bundler emitted the readers' words beside the wasm, and init() found them.
  assert.deepEqual(log.warnings.filter((w) => w.includes('related words')), []);
  assert.deepEqual(log.errors, []);
  await context.close();
  // The embed imported through the bundler: Vite emits the wasm it fetches,
  // and the widget searches (it lost search when the address hid behind a variable).
  const embed = await openPage(browser, `${server.url}/embed.html`);
  const widget = embed.page.locator('charter-explorer');
  await widget.locator('.ce-root:not([data-static])').waitFor({ timeout: 15000 });
  await widget.locator('.ce-input').fill('nucelar');
  await widget.locator('.ce-result').first().waitFor();
  assert.equal(await widget.locator('.ce-result').first().getAttribute('data-id'), 'I.4');
  assert.deepEqual(embed.log.errors, []);
  await embed.context.close();
});

test('a Vite build of a page that imports only charter-explorer/search emits the search-only wasm, not the widget\'s', async (t) => {
  const app = join(work, 'app');
  run('npx', ['vite', 'build', '--logLevel', 'error', '--config', 'vite.search.config.js'], app);
  const out = join(app, 'dist-search');
  const emitted = readdirSync(join(out, 'assets'));
  assert.equal(emitted.filter((f) => f.endsWith('.wasm')).length, 1, emitted.join(' '));
  assert.ok(emitted.some((f) => /^charter_search_bg.*\.wasm$/.test(f)), emitted.join(' '));
  assert.ok(!emitted.some((f) => f.startsWith('charter_explorer')), emitted.join(' '));
  assert.ok(emitted.some((f) => f.startsWith('charter_readers')), 'the readers\' words are emitted too');
  const server = await startServer({ mounts: { '/': out } });
  t.after(() => server.close());
  const { page, context, log } = await openPage(browser, `${server.url}/search.html`);
  await page.waitForFunction(() => window.__search, null, { timeout: 15000 });
  assert.deepEqual(await page.evaluate(() => window.__search), { ids: ['III.4'], code: 'UNKNOWN_SECTION', missing: ['weapons'] });
  const wasm = log.requests.filter((u) => u.endsWith('.wasm')).map((u) => u.split('/').pop());
  assert.equal(wasm.length, 1, wasm.join(' '));
  assert.match(wasm[0], /^charter_search_bg/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a plain HTML page imports the ESM module from the installed package', async (t) => {
  const server = await startServer({ mounts: { '/': join(work, 'app') } });
  t.after(() => server.close());
  const { page, context, log } = await openPage(browser, `${server.url}/plain.html`);
  await page.waitForFunction(() => window.__plain, null, { timeout: 15000 });
  assert.equal((await page.evaluate(() => window.__plain))[0], 'I.5');
  await page.locator('charter-explorer .ce-result').first().waitFor();
  assert.equal(await page.locator('charter-explorer .ce-result').first().getAttribute('data-id'), 'I.5');
  assert.deepEqual(log.errors, []);
  await context.close();
});

/**
 * Type-checks the project in `dir` (it must compile), then the same
 * consumer.ts without its @ts-expect-error markers: it must fail with
 * exactly `expected` errors, so the types catch those mistakes (they are not
 * `any`). Leaves consumer.ts as it found it.
 */
function expectTypeErrors(dir, expected) {
  run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], dir);
  const src = readFileSync(join(dir, 'consumer.ts'), 'utf8');
  let out = '';
  try {
    writeFileSync(join(dir, 'consumer.ts'), src.replaceAll('// @ts-expect-error', '// (expected error)'));
    run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], dir);
  } catch (e) {
    out = String(e.stdout);
  } finally {
    writeFileSync(join(dir, 'consumer.ts'), src);
  }
  assert.equal(out.split('\n').filter((l) => l.includes('error TS')).length, expected, out);
}

test('a strict TypeScript consumer type-checks, and wrong uses are type errors', () => {
  expectTypeErrors(join(work, 'app', 'ts'), 7);
});

test('a strict TypeScript page importing only the embed gets typed events on elements, document and window', () => {
  expectTypeErrors(join(work, 'app', 'ts-embed'), 2);
});

test('Node.js imports the installed package and searches with no browser and no arguments to init()', () => {
  const script = `
    import init, { search, explain, clause, mount, CharterError } from 'charter-explorer';
    await init();
    const r = search('nucelar cooperation', { limit: 3 });
    let code = null;
    try { mount(null); } catch (e) { code = e instanceof CharterError ? e.code : String(e); }
    let explainCode = null;
    try { explain('x', { section: 'V' }); } catch (e) { explainCode = e instanceof CharterError ? e.code : String(e); }
    const { missing, covered } = explain('nuclear weapons');
    const uncovered = explain('refugees');
    console.log(JSON.stringify({
      first: r[0].id, mark: r[0].text.slice(...r[0].highlights[0]), clause: clause('III.4').section, code,
      missing, covered, uncovered: [uncovered.covered, uncovered.missing], explainCode,
      related: search('hackers').find((h) => h.id === 'III.3')?.related,
    }));
  `;
  const out = run('node', ['--input-type=module', '-e', script], join(work, 'app'));
  assert.deepEqual(JSON.parse(out.trim().split('\n').pop()), {
    first: 'I.4', mark: 'nuclear', clause: 'III', code: 'BAD_ELEMENT',
    missing: ['weapons'], covered: true, uncovered: [false, ['refugees']], explainCode: 'UNKNOWN_SECTION',
    related: ['cybersecurity'],
  });
});

test('Node.js uses charter-explorer/search alone: it reads the search-only wasm and searches', () => {
  const out = run('node', ['search.mjs'], join(work, 'search-node'));
  const r = JSON.parse(out.trim().split('\n').pop());
  assert.deepEqual(r, {
    before: 'NOT_INITIALIZED',
    ready: true,
    first: 'III.4',
    related: ['cybersecurity'],
    missing: ['weapons'],
    clause: 'III',
    code: 'UNKNOWN_SECTION',
    mount: false,
    // The search-only wasm and the readers' words: never the widget's wasm.
    files: ['charter_search_bg.wasm', 'charter_readers.bin'],
  });
});

test('a strict TypeScript project for Node.js with no DOM types compiles against charter-explorer/search', () => {
  const dir = join(work, 'search-node');
  const tsconfig = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8')).compilerOptions;
  assert.deepEqual([tsconfig.lib, tsconfig.types, tsconfig.strict, tsconfig.skipLibCheck], [['ES2022'], ['node'], true, false]);
  expectTypeErrors(dir, 7);
  const src = readFileSync(join(dir, 'consumer.ts'), 'utf8');
  try {
    // The main entry's types need the DOM (mount() takes an HTMLElement):
    // the same project does not compile against them.
    writeFileSync(join(dir, 'consumer.ts'), "import { mount } from 'charter-explorer';\nexport const m = mount;\n");
    assert.throws(
      () => run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], dir),
      (e) => /Cannot find name 'HTMLElement'/.test(String(e.stdout)),
    );
  } finally {
    writeFileSync(join(dir, 'consumer.ts'), src);
  }
});

/** The members of `export interface NAME { … }` in the shipped types. */
function interfaceMembers(dts, name) {
  const start = dts.indexOf(`export interface ${name} {`);
  assert.ok(start >= 0, `${name} is in the .d.ts`);
  let depth = 0;
  let body = '';
  for (const ch of dts.slice(dts.indexOf('{', start))) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (depth === 1 && ch !== '{') body += ch;
    if (depth === 0) break;
  }
  return [...body.matchAll(/^\s*(?:readonly\s+)?([A-Za-z]+)\??\s*:/gm)].map((m) => m[1]).sort();
}

test('the document fields the JS API returns are exactly the ones its types declare', () => {
  const script = `
    import init, { search, explain, clauses, sections, metadata } from 'charter-explorer';
    await init();
    const keys = (o) => Object.keys(o).sort();
    console.log(JSON.stringify({
      Clause: keys(clauses()[0]),
      Section: keys(sections()[0]),
      Metadata: keys(metadata()),
      SearchResult: keys(search('energy')[0]),
      Explanation: keys(explain('energy')),
    }));
  `;
  const out = JSON.parse(run('node', ['--input-type=module', '-e', script], join(work, 'app')).trim().split('\n').pop());
  // Declared once, in the search API's types (the main entry re-exports them).
  const dts = readFileSync(join(root, 'pkg', 'search.d.ts'), 'utf8');
  for (const name of ['Clause', 'Section', 'Metadata', 'SearchResult', 'Explanation']) {
    assert.deepEqual(out[name], interfaceMembers(dts, name), `${name}: what the API returns vs the .d.ts`);
  }
});

// The READMEs' examples, copied from the READMEs by the test itself (see
// readme.mjs): run in Node.js (the blocks that need no DOM) and in Chromium
// (all of them), each commented value checked against what the installed
// package returns, so the docs cannot drift from the package.
for (const [name, file] of [['the npm README', ['pkg', 'README.md']], ['the README', ['README.md']]]) {
  test(`${name}'s examples run and show what the package returns`, async (t) => {
    const app = join(work, 'app');
    const md = readFileSync(join(root, ...file), 'utf8');
    const slug = file.join('-').replace(/\W+/g, '-');
    assert.ok(programs(md).reduce((n, p) => n + p.checks, 0) >= 3, `${name} has checked examples`);
    // In Node.js: one program per entry the blocks import from.
    for (const [i, node] of programs(md, { keep: (b) => !/\bdocument\b/.test(b.code) && !isCommonJs(b) }).entries()) {
      writeFileSync(join(app, `${slug}.${i}.node.mjs`), `${node.source}\nconsole.log(JSON.stringify(report));\n`);
      const ran = JSON.parse(run('node', [`${slug}.${i}.node.mjs`], app).trim().split('\n').pop());
      assert.deepEqual(ran.failures, [], `${name}, ${node.entry}, in Node.js`);
      assert.equal(ran.checked, node.checks);
    }

    // CommonJS blocks run as .cjs files and print what their comments show.
    for (const block of jsBlocks(md).filter(isCommonJs)) {
      writeFileSync(join(app, `${slug}.${block.line}.cjs`), block.code);
      const lines = run('node', [`${slug}.${block.line}.cjs`], app).trim().split('\n');
      assert.deepEqual(lines, printed(block), `${name} line ${block.line}, CommonJS`);
      assert.ok(lines.length >= 1);
    }

    // In the browser: every block but those for Node.js alone, a page per entry.
    const server = await startServer({ mounts: { '/': app } });
    t.after(() => server.close());
    for (const [i, all] of programs(md, { keep: (b) => !/from 'node:/.test(b.code) && !isCommonJs(b) }).entries()) {
      writeFileSync(join(app, `${slug}.${i}.mjs`), `${all.source}\n`);
      writeFileSync(
        join(app, `${slug}.${i}.html`),
        `<!doctype html><meta charset="utf-8"><title>README</title><link rel="icon" href="data:,">
<script type="importmap">{"imports": {"charter-explorer": "/node_modules/charter-explorer/charter_explorer.js", "charter-explorer/search": "/node_modules/charter-explorer/search.js"}}</script>
<div id="charter"></div><div id="box"></div>
<script type="module">import('/${slug}.${i}.mjs').then((m) => { window.__readme = m.report; }, (e) => { window.__readme = { error: String(e && e.stack || e) }; });</script>`,
      );
      const { page, context, log } = await openPage(browser, `${server.url}/${slug}.${i}.html`);
      t.after(() => context.close());
      await page.waitForFunction(() => window.__readme, null, { timeout: 20000 });
      const report = await page.evaluate(() => window.__readme);
      assert.equal(report.error, undefined, report.error);
      assert.deepEqual(report.failures, [], `${name}, ${all.entry}, in Chromium`);
      assert.equal(report.checked, all.checks);
      assert.deepEqual(log.errors, []);
    }
  });
}

test('a Vite dev server serves the embed import, and it searches', async (t) => {
  const app = join(work, 'app');
  const vite = spawn('npx', ['vite', '--port', '5179', '--strictPort', '--host', '127.0.0.1', '--logLevel', 'error'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  t.after(() => {
    try {
      process.kill(-vite.pid);
    } catch {
      /* already gone */
    }
  });
  let err = '';
  vite.stderr.on('data', (d) => (err += d));
  // Ready when it answers.
  for (let i = 0; i < 100; i++) {
    if (await fetch('http://127.0.0.1:5179/embed.html').then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const { page, context, log } = await openPage(browser, 'http://127.0.0.1:5179/embed.html');
  t.after(() => context.close());
  const widget = page.locator('charter-explorer');
  await widget.locator('.ce-root:not([data-static])').waitFor({ timeout: 30000 });
  await widget.locator('.ce-input').fill('nucelar');
  await widget.locator('.ce-result').first().waitFor();
  assert.equal(await widget.locator('.ce-result').first().getAttribute('data-id'), 'I.4');
  assert.deepEqual(log.errors, [], err);
});

test('a Vite SSR build imports the embed and the API in Node.js, and searches with the bytes passed', () => {
  const app = join(work, 'app');
  // noExternal: the package is bundled into the server entry, away from its wasm.
  writeFileSync(join(app, 'vite.ssr.config.js'), "export default { ssr: { noExternal: true }, build: { ssr: 'ssr-entry.js', outDir: 'dist-ssr', emptyOutDir: true } };\n");
  run('npx', ['vite', 'build', '--config', 'vite.ssr.config.js', '--logLevel', 'error'], app);
  const out = run('node', ['--input-type=module', '-e', "const m = await import('./dist-ssr/ssr-entry.js'); console.log(JSON.stringify(await m.render()));"], app);
  const r = JSON.parse(out.trim().split('\n').pop());
  assert.equal(r.first, 'III.4');
  // Without the bytes: a clear error that says what to do, not a bare ENOENT.
  assert.equal(r.withoutBytes.code, 'LOAD_FAILED');
  assert.match(r.withoutBytes.message, /pass the bytes/);
});

test('CommonJS loads the package with import()', () => {
  const app = join(work, 'app');
  writeFileSync(join(app, 'cjs-consumer.cjs'), "(async () => { const m = await import('charter-explorer'); await m.default(); await import('charter-explorer/embed'); console.log(m.search('demining')[0].id, typeof require); })();\n");
  assert.equal(run('node', ['cjs-consumer.cjs'], app).trim(), 'III.4 function');
});

test('publint and arethetypeswrong find nothing wrong with the tarball', () => {
  const app = join(work, 'app');
  const lint = run('npx', ['publint', '--strict', join(app, 'node_modules', 'charter-explorer')], app);
  assert.match(lint, /All good!/, lint);
  // ESM only: CommonJS require() resolution is not offered (documented: use import()).
  // The module entry points (the exports with types); the other exports are
  // files (wasm, HTML, page scripts), which attw would try to resolve as modules.
  const { exports } = JSON.parse(readFileSync(join(root, 'pkg', 'package.json'), 'utf8'));
  const entries = Object.keys(exports).filter((k) => typeof exports[k] === 'object' && exports[k].types);
  assert.ok(entries.includes('.') && entries.includes('./embed'), entries.join());
  const attw = run('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'ascii', '--entrypoints', ...entries], app);
  // It exits non-zero on a problem (run() throws); only the ignored CommonJS
  // resolutions may warn.
  const problems = attw.split('\n').filter((l) => /💀|❌|⚠️|🐛|🥴|❗️/u.test(l) && !l.includes('(ignored'));
  assert.deepEqual(problems, [], attw);
  assert.ok(attw.includes('"charter-explorer/embed"'), attw);
});
