// Shared helpers for the browser tests: a server, Debian's Chromium through
// playwright-core, and a page object for the widget.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { CHROMIUM_ARGS, launch } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const shotsDir = join(root, 'test-results', 'screenshots');
mkdirSync(shotsDir, { recursive: true });

export { CHROMIUM_ARGS, launch };

/** Serves www/ and pkg/ (plus any extra mounts) and returns { url, close }. */
export function startServer(opts = {}) {
  return serve(opts);
}

/**
 * For a test file: before its tests, runs `prepare` (e.g. writes a site),
 * launches Chromium (with `launchArgs`) and starts a server (with `server`
 * options); after them, closes both. Returns an object whose `browser` and
 * `server` are set once the tests run.
 */
export function useBrowserAndServer({ launchArgs = [], server = {}, prepare } = {}) {
  const env = { browser: null, server: null };
  before(async () => {
    await prepare?.();
    env.browser = await launch(launchArgs);
    env.server = await startServer(server);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Opens a page and records what a guest must never do: console errors,
 * uncaught exceptions, requests to other origins.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 }, colorScheme = 'light', permissions = [] } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
  if (permissions.length) await context.grantPermissions(permissions, { origin: new URL(url).origin });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.goto(url);
  return { page, context, log };
}

/**
 * Runs `fn(w, name)` on the demo article at 1280 and 375 px wide (names
 * "desktop" and "mobile", for screenshot files), the widget scrolled into view.
 */
export async function atBothWidths(browser, url, fn) {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['mobile', { width: 375, height: 800 }],
  ]) {
    const { page, context } = await openPage(browser, url, { viewport });
    const w = await new Explorer(page).ready();
    await w.host.scrollIntoViewIfNeeded();
    await fn(w, name);
    await context.close();
  }
}

/** The widget inside one host element (locators pierce open shadow roots). */
export class Explorer {
  constructor(page, host = 'charter-explorer') {
    this.page = page;
    this.host = page.locator(host).first();
    this.input = this.host.locator('.ce-input');
    this.results = this.host.locator('.ce-result');
    this.status = this.host.locator('[data-testid=status]');
    this.marks = this.host.locator('.ce-results mark');
  }
  /** Waits for the live widget (not the static view shown before the engine arrives). */
  async ready() {
    await this.host.locator('.ce-root:not([data-static])').waitFor({ state: 'visible', timeout: 15000 });
    return this;
  }
  async type(q) {
    await this.input.fill(q);
    await this.page.waitForTimeout(30);
  }
  chip(id) {
    return this.host.locator(`[data-testid=chip-${id}]`);
  }
  async ids() {
    return this.results.evaluateAll((els) => els.map((e) => e.dataset.id));
  }
  clause() {
    return this.host.locator('[data-testid=clause]');
  }
}

/** Sums the page's layout shifts (not after input) into `window.__shift`, from its first paint. */
export function recordShifts(page) {
  return page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Serves embed.js after `ms`: it arrives after the article's first paint, as over a network. */
export function delayEmbed(page, ms = 300) {
  return page.route('**/pkg/embed.js', async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

/**
 * Holds the page's .wasm until `release()` (the static view stays until
 * then); `requested` resolves when the page asks for it.
 */
export async function holdWasm(page) {
  let release;
  let requested;
  const gate = new Promise((r) => (release = r));
  const asked = new Promise((r) => (requested = r));
  await page.route('**/*.wasm', async (route) => {
    requested();
    await gate;
    await route.continue();
  });
  return { release, requested: asked };
}

let axeSource = null;
/** axe-core's violations in the (first) widget, as "id: n × help" lines. */
export async function axe(page) {
  axeSource ??= readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const r = await window.axe.run(document.querySelector('charter-explorer'), { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
  });
}
