// The static view's first frame on the phone's CPU (4× slower), apart from
// the network: the demo article without the widget's script is loaded and
// scrolled to the widget's box, then embed.js is imported (the engine is not
// woken: loading="lazy") and the time from the frame's requestAnimationFrame
// to the task after it is taken — style, layout and paint of the view as
// inserted. With --variants, the same with parts of the view hidden or the
// containment changed, to see what the frame's time is made of.
//   node bench/first-frame.mjs [--loads 5] [--variants | --only 'as shipped,nothing']
import { join } from 'node:path';
import { launch, root, startServer } from '../tests/e2e/helpers.mjs';
import { readArticle, withoutWidget, writeSite } from './article.mjs';
import { median } from './startup.mjs';

const args = process.argv.slice(2);
const loads = Number(args.includes('--loads') ? args[args.indexOf('--loads') + 1] : 5);
const VARIANTS = {
  'as shipped': '',
  'without the browse list': '.ce-main{display:none}',
  'without header, controls and bar': '.ce-header,.ce-controls,.ce-bar{display:none}',
  'only the first section': '.ce-browse-section ~ .ce-browse-section{display:none}',
  'no content-visibility in the static view': '.ce-root[data-static] .ce-browse-section{content-visibility:visible}',
  'host contain: strict': ':host{contain:strict}',
  'laid out, not painted': '.ce-root{visibility:hidden}',
  'nothing shown (the frame without the view)': '.ce-mount{display:none}',
};
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const variants = args.includes('--variants') ? VARIANTS : only ? Object.fromEntries(Object.entries(VARIANTS).filter(([k]) => only.some((o) => k.startsWith(o)))) : { 'as shipped': '' };

const site = writeSite('first-frame-www', { 'index.html': withoutWidget(readArticle()) });

const browser = await launch();
const server = await startServer({ mounts: { '/pkg/': join(root, 'pkg'), '/': site }, compress: true });
const res = {};
for (let i = 0; i < loads; i++) {
  for (const [name, css] of Object.entries(variants)) {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.url}/`);
    await page.evaluate(() => document.querySelector('charter-explorer').scrollIntoView());
    await page.waitForTimeout(300);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const ms = await page.evaluate(async (css) => {
      const el = document.querySelector('charter-explorer');
      el.setAttribute('loading', 'lazy');
      await import('/pkg/embed.js');
      // The view is built in the task after the module's.
      while (!el.shadowRoot?.querySelector('.ce-root')) await new Promise((r) => setTimeout(r, 0));
      if (css) {
        const s = new CSSStyleSheet();
        s.replaceSync(css);
        el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, s];
      }
      return new Promise((ok) => requestAnimationFrame(() => {
        const t = performance.now();
        setTimeout(() => ok(performance.now() - t), 0);
      }));
    }, css);
    (res[name] ??= []).push(ms);
    await context.close();
  }
}
await server.close();
await browser.close();
console.log(`| the static view's first frame, 4× CPU, 375 px (${loads} loads) | median | runs |\n|---|---|---|`);
for (const [k, v] of Object.entries(res)) console.log(`| ${k} | ${median(v).toFixed(0)} ms | ${v.map((x) => x.toFixed(0)).join(', ')} |`);
