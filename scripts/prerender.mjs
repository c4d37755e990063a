// The static view: the live widget's browse view, rendered by the widget
// itself (the same Leptos components, the same wasm) in headless Chromium at
// build time, and saved as markup for js/embed.js to show before any
// WebAssembly runs. One renderer, so the static view cannot drift from the
// live one; tests/e2e/faststart.test.mjs compares the two (text, order, ids,
// pixels) all the same.
//
// Per language: the view is rendered in each shipped interface language (a
// host with lang="az", lang="ru"), and what differs from the English markup is
// saved as a patch (text and attributes, by node position), which embed.js
// applies to its one English copy for a page in that language
// (docs/LIFECYCLE.md). The renders must have the same nodes; the build fails
// if they do not.
//   node scripts/prerender.mjs PKG_DIR OUT_FILE [LANGS_FILE]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { launch } from './chromium.mjs';
import { serve } from './serve.mjs';

const [pkgDir = 'pkg', outFile = 'build/static-view.html', langsFile = 'build/static-langs.json'] = process.argv.slice(2);
const LANGS = ['en', 'az', 'ru'];

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body>${LANGS.map((l) => `<div id="${l}" lang="${l}"></div>`).join('')}<script type="module">
import init, { mount } from '/pkg/charter_explorer.js';
try {
  await init();
  const out = {};
  for (const l of ${JSON.stringify(LANGS)}) mount(document.getElementById(l), { hash: false });
  // The view is built a slice per task: wait until every one is complete
  // (its root is aria-busy until then), and a tick more for its effects.
  const busy = () => ${JSON.stringify(LANGS)}.some((l) => !document.getElementById(l).shadowRoot.querySelector('.ce-root:not([aria-busy])'));
  for (let i = 0; busy(); i++) {
    if (i > 500) throw new Error('the view was not complete after 5 s');
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, 50));
  for (const l of ${JSON.stringify(LANGS)}) out[l] = document.getElementById(l).shadowRoot.querySelector('.ce-mount').innerHTML;
  window.__markup = out;
} catch (e) {
  window.__markup = 'error: ' + e.message;
}
</script></body></html>`;

// Serves the package; the page itself is answered in memory below.
const server = await serve({ mounts: { '/pkg/': resolve(pkgDir) } });
const browser = await launch();
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.route('**/prerender.html', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto(`${server.url}/prerender.html`);
  const rendered = await page.waitForFunction(() => window.__markup, null, { timeout: 30000 }).then((h) => h.jsonValue());
  if (typeof rendered === 'string' || errors.length) throw new Error(`prerender failed: ${String(rendered).slice(0, 200)} ${errors.join(' | ')}`);
  const clean = (markup) =>
    markup
      .replace(/<!--[^]*?-->/g, '') // Leptos' position markers: the live widget re-renders anyway
      .replace(/(<span class="ce-print-url">)[^<]*(<\/span>)/, '$1$2') // this build's address: embed.js writes the page's
      // The root's custom property (set through the CSSOM by the live widget, and
      // by embed.js for the static view: a style attribute breaks a strict CSP).
      .replace(/^(<div [^>]*?) style="--ce-cite:[^"]*"/, '$1')
      .replace(/^<div class="ce-root ce-light"/, '<div class="ce-root ce-light" data-static=""');
  const html = clean(rendered.en);
  // Each language as a patch on the English markup, computed on the parsed
  // markup (as embed.js will walk it).
  const patches = await page.evaluate(
    ({ en, others }) => {
      const nodes = (markup) => {
        const t = document.createElement('template');
        t.innerHTML = markup;
        const w = document.createTreeWalker(t.content, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        const out = [];
        for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n);
        return out;
      };
      const base = nodes(en);
      const result = {};
      for (const [lang, markup] of Object.entries(others)) {
        const mine = nodes(markup);
        if (mine.length !== base.length) return `${lang}: ${mine.length} nodes, English has ${base.length}`;
        const patch = [];
        for (let i = 0; i < base.length; i++) {
          const a = base[i];
          const b = mine[i];
          if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return `${lang}: node ${i} is <${b.nodeName}>, English has <${a.nodeName}>`;
          if (a.nodeType === Node.TEXT_NODE) {
            if (a.data !== b.data) patch.push([i, b.data]);
            continue;
          }
          const names = new Set([...a.getAttributeNames(), ...b.getAttributeNames()]);
          for (const name of names) {
            const v = b.getAttribute(name);
            if (a.getAttribute(name) !== v) patch.push([i, v, name]);
          }
        }
        result[lang] = patch;
      }
      return result;
    },
    { en: html, others: Object.fromEntries(LANGS.filter((l) => l !== 'en').map((l) => [l, clean(rendered[l])])) },
  );
  if (typeof patches === 'string') throw new Error(`prerender: the languages' renders differ in shape: ${patches}`);
  for (const [lang, patch] of Object.entries(patches)) {
    if (patch.length < 20) throw new Error(`prerender: the ${lang} render changed only ${patch.length} strings: is the language applied?`);
  }
  mkdirSync(dirname(langsFile), { recursive: true });
  writeFileSync(langsFile, JSON.stringify(patches));
  if (!html.includes('data-static') || (html.match(/data-testid="result"/g) ?? []).length < 20) {
    throw new Error('prerender: the browse view was not found in the rendered markup');
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, html);

  // The snippet that carries the charter in the page itself: the same static
  // view and stylesheet in a declarative shadow root, for each language
  // (docs/LIFECYCLE.md). Without script it reads as a document: the section
  // chips become in-page links to light-DOM anchors slotted into the
  // sections (a fragment cannot name an element inside a shadow root).
  const css = readFileSync(new URL('../build/style.min.css', import.meta.url), 'utf8');
  const version = JSON.parse(readFileSync(new URL('../js/package.json', import.meta.url), 'utf8')).version;
  for (const lang of LANGS) {
    const view = await page.evaluate((markup) => {
      const t = document.createElement('template');
      t.innerHTML = markup;
      const anchors = [];
      for (const section of t.content.querySelectorAll('[data-testid^="browse-"]')) {
        const id = section.dataset.testid.slice(7);
        const slot = document.createElement('slot');
        slot.name = `s-${id}`;
        section.prepend(slot);
        anchors.push(`<a id="charter-section-${id}" slot="s-${id}"></a>`);
      }
      const first = anchors.length ? anchors[0].match(/id="([^"]+)"/)[1] : '';
      for (const b of t.content.querySelectorAll('.ce-chips:not(.ce-kinds) [data-testid^="chip-"]')) {
        const a = document.createElement('a');
        for (const { name, value } of b.attributes) if (name !== 'type' && name !== 'aria-pressed') a.setAttribute(name, value);
        const id = b.dataset.testid.slice(5);
        a.setAttribute('href', `#${id === 'all' ? first : `charter-section-${id}`}`);
        a.append(...b.childNodes);
        b.replaceWith(a);
      }
      const cite = t.content.querySelector('.ce-print-head')?.firstChild?.data ?? '';
      return { markup: t.innerHTML, anchors: anchors.join(''), cite: JSON.stringify(cite) };
    }, clean(rendered[lang]));
    const snippet =
      `<!-- charter-explorer ${version}: the charter in the page itself (readable with no script; embed.js makes it searchable). -->\n` +
      `<charter-explorer${lang === 'en' ? '' : ` lang="${lang}"`} style="display:block;height:min(640px,85vh)">` +
      `<template shadowrootmode="open"><style>${css}.ce-root{--ce-cite:${view.cite}}</style><div class="ce-mount">${view.markup}</div></template>${view.anchors}</charter-explorer>\n` +
      `<script type="module" src="https://cdn.example/charter-explorer@${version}/embed.js"></script>\n`;
    writeFileSync(join(pkgDir, lang === 'en' ? 'embed-snippet.html' : `embed-snippet.${lang}.html`), snippet);
  }
  console.error(`prerender: ${outFile} (${html.length} bytes, ${(html.match(/data-testid="result"/g) ?? []).length} clauses); ${langsFile}: ${Object.entries(patches).map(([l, p]) => `${l} ${p.length} strings`).join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
