// Hostile input never becomes markup or code, and the widget works under a
// strict Content-Security-Policy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Explorer, openPage, useBrowserAndServer } from './helpers.mjs';

export const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  'javascript:window.__xss=1',
  '</style><img src=x onerror=window.__xss=1>',
  '<svg onload="window.__xss=1"></svg>',
  '&lt;img src=x onerror=window.__xss=1&gt;',
  '"><img src=x onerror=window.__xss=1>',
  "'-alert(1)-'",
  '{{constructor.constructor("window.__xss=1")()}}',
  '\u202e<b>nuclear</b>',
  'nuc\u200blear<iframe src="javascript:window.__xss=1">',
  '<a href="javascript:window.__xss=1">energy</a>',
];

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const env = useBrowserAndServer({ server: { headers: (p) => (p === '/csp.html' ? { 'Content-Security-Policy': CSP } : {}) } });

/** Elements that would mean input became markup, anywhere on the page. */
async function injected(page) {
  return page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
    const bad = [];
    for (const r of roots) {
      for (const el of r.querySelectorAll('script:not([type="module"]):not([type="application/json"]), img, iframe, b, a[href^="javascript"]')) bad.push(el.outerHTML.slice(0, 80));
      for (const el of r.querySelectorAll('*')) {
        for (const a of el.getAttributeNames()) if (a.startsWith('on')) bad.push(`${el.localName}[${a}]`);
      }
    }
    return { bad, xss: window.__xss ?? null };
  });
}

test('payloads through the search box, attributes, labels, notes and the URL hash stay text', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.server.url}/#charter-${encodeURIComponent('<img src=x onerror=window.__xss=1>')}`);
  const w = await new Explorer(page).ready();
  for (const p of PAYLOADS) {
    await w.type(p);
    const marks = await w.host.locator('mark').evaluateAll((m) => m.map((x) => x.childElementCount));
    assert.ok(marks.every((n) => n === 0), 'marks hold text only');
  }
  await w.type('nuclear');
  for (const p of PAYLOADS) {
    await w.host.evaluate((el, v) => {
      for (const a of ['query', 'section', 'clause', 'theme', 'max-height', 'hash']) el.setAttribute(a, v);
      el.setAttribute('labels', JSON.stringify({ search: v, count_other: `${v} {n}`, no_results: `${v} {q}`, kicker: v, about: v }));
      el.setAttribute('notes', JSON.stringify({ by: v, notes: { 'I.4': { text: v, link: v }, 'II.1': v } }));
    }, p);
    await page.waitForTimeout(20);
  }
  await page.evaluate(() => {
    window.location.hash = '#charter-"><svg onload=window.__xss=1>';
  });
  await page.waitForTimeout(50);
  const r = await injected(page);
  assert.deepEqual(r.bad, []);
  assert.equal(r.xss, null, 'nothing executed');
  assert.equal(await w.host.locator('.ce-root').count(), 1, 'the widget survived');
  // A note with markup is text, its javascript: link no link.
  await w.host.evaluate((el) => el.setAttribute('clause', 'I.4'));
  await page.waitForTimeout(50);
  const note = w.host.locator('[part=note]');
  assert.equal(await note.locator('.ce-desk-text').textContent(), PAYLOADS[PAYLOADS.length - 1]);
  assert.equal(await note.locator('.ce-desk-by').textContent(), `Note from ${PAYLOADS[PAYLOADS.length - 1]}`);
  assert.equal(await note.locator('a').count(), 0);
  assert.deepEqual((await injected(page)).bad, []);
  // Labels with markup show as literal text.
  const kicker = await w.host.locator('.ce-kicker').textContent();
  assert.equal(kicker, PAYLOADS[PAYLOADS.length - 1]);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the widget works fully under a strict Content-Security-Policy', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.server.url}/csp.html`);
  const violations = [];
  await page.exposeFunction('__cspViolation', (v) => violations.push(v));
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  const w = await new Explorer(page).ready();
  await w.type('demining');
  assert.deepEqual(await w.ids(), ['III.4']);
  const bg = await w.host.locator('.ce-root').evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
  assert.equal(bg, '8px', 'the stylesheet applied');
  await w.results.first().click();
  assert.equal(await w.clause().getAttribute('data-id'), 'III.4');
  assert.deepEqual(violations, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});
