// charter-explorer — the script-tag entry. One line on a page:
//   <script type="module" src=".../embed.js"></script>
// then <charter-explorer></charter-explorer> or <div data-charter-explorer></div>.
// Defines the custom element and nothing else global.
//
// Fast start: this file carries the widget's stylesheet and its browse view as
// static markup (rendered at build time by the live widget itself, see
// scripts/prerender.mjs), so the reader is reading the charter before any
// WebAssembly runs. The search engine (charter_explorer.js and its .wasm,
// fetched together) loads when the widget comes within about a viewport of
// being seen, on the reader's first intent (focus, pointer, typing), or at
// once with loading="eager". It then takes over the static view in place:
// same markup, same box, the typed text, scroll position and focus kept.
import css from '../build/style.min.css';
import staticView from '../build/static-view.html';
import languages from '../build/static-langs.json';
import { parseHeight } from './height.js';
import { adopt } from './styles.js';
import { staticMount } from './static-mount.js';
import { nextTask } from './tasks.js';

const ATTRS = ['query', 'section', 'wording', 'clause', 'theme', 'max-height', 'hash', 'labels', 'notes', 'loading'];
const TAG = 'charter-explorer';
const warn = (msg) => console.warn(`[charter-explorer] ${msg}`);
let reportedFailure = false;

// Attribute values go to the engine as written: it checks them (src/check.rs)
// and warns once about a bad one. Only what the static view needs before the
// engine arrives is read here, leniently and without warnings.
const THEMES = ['light', 'dark', 'auto'];
function staticTheme(v) {
  const t = (v ?? '').trim().toLowerCase();
  return THEMES.includes(t) ? t : 'light';
}
function hashOn(v) {
  return !/^\s*(off|false|0)\s*$/i.test(v ?? '');
}

/** The `labels` attribute's JSON, quietly (null when absent or not JSON). */
function parseLabelsQuiet(v) {
  try {
    return v ? JSON.parse(v) : null;
  } catch (e) {
    return null;
  }
}

/** The `labels` attribute as an object for the engine (which checks its keys). */
function parseLabels(v) {
  const o = parseLabelsQuiet(v);
  if (o && typeof o === 'object' && !Array.isArray(o)) return o;
  if (v) warn('labels must be a JSON object of strings; the default labels are used');
  return undefined;
}

function isEager(v) {
  return typeof v === 'string' && v.trim().toLowerCase() === 'eager';
}

// ---- the engine: loaded once for every widget on the page -----------------

let engine = null;
/**
 * Starts loading the engine: the JS module and the .wasm are requested
 * together (no chain), and the wasm is compiled while it streams in
 * (wasm-bindgen's init takes the Response: `instantiateStreaming`, falling
 * back to bytes when a server sends the wrong MIME type).
 */
function loadEngine() {
  if (!engine) {
    // `new URL('…', import.meta.url)` written out, so that bundlers (Vite,
    // webpack, Rollup) see the wasm, emit it and rewrite its address.
    // No `integrity` here: a fetch with Subresource Integrity hands over its
    // body only once all of it has arrived and been hashed, which would stop
    // the wasm compiling while it streams (measured: ~40 ms later answers on
    // the phone profile). The wasm is checked against this build's hash
    // after it compiled and before it runs instead (pinned()).
    const wasm = fetch(new URL('./charter_explorer_bg.wasm', import.meta.url), { credentials: 'same-origin' }).then(pinned);
    wasm.catch(() => {}); // reported once, through init() below
    // The readers' words (related words) load only when a query first has a
    // word the charter lacks.
    engine = import('./charter_explorer.js').then((m) => m.default(wasm, { readers: 'lazy' }).then(() => m));
  }
  return engine;
}

/**
 * The wasm, compiled while it streams in, and run only if its bytes are the
 * ones this embed.js was built with (its SHA-384, written in at build time):
 * a page that pins embed.js with `integrity` thereby pins the wasm too, and
 * an altered or mismatched file is refused. Where the page has no
 * `crypto.subtle` (not a secure context), the response passes unchecked.
 */
function pinned(response) {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle || !response.ok || !response.body) return response;
  const [forCompile, forHash] = response.body.tee();
  const compiled = WebAssembly.compileStreaming(new Response(forCompile, { headers: { 'Content-Type': 'application/wasm' } }));
  const hashed = new Response(forHash)
    .arrayBuffer()
    .then((bytes) => subtle.digest('SHA-384', bytes))
    .then((h) => `sha384-${btoa(String.fromCharCode(...new Uint8Array(h)))}`);
  return Promise.all([compiled, hashed]).then(([module, hash]) => {
    if (hash !== __CHARTER_WASM_PIN__) {
      throw new Error(`charter_explorer_bg.wasm is not the file this embed.js was built with (${hash}, expected ${__CHARTER_WASM_PIN__})`);
    }
    return module;
  });
}

/**
 * The interface language of an element: its `lang`, else its closest
 * ancestor's, when the package ships it (az, ru); else English. The engine
 * makes the same choice (src/ui/lang.rs).
 */
function languageOf(el) {
  const tag = el.closest('[lang]')?.getAttribute('lang') ?? '';
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return Object.prototype.hasOwnProperty.call(languages, primary) ? primary : 'en';
}

const templates = new Map();
/** The static view in `lang`: the English markup with the language's patch (scripts/prerender.mjs). */
function staticMarkup(lang) {
  let template = templates.get(lang);
  if (!template) {
    template = document.createElement('template');
    template.innerHTML = staticView;
    const patch = languages[lang];
    if (patch) {
      const w = document.createTreeWalker(template.content, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let i = 0;
      let n = w.nextNode();
      for (const [at, value, name] of patch) {
        while (n && i < at) {
          n = w.nextNode();
          i++;
        }
        if (!n) break;
        if (name === undefined) n.data = value;
        else if (value === null) n.removeAttribute(name);
        else n.setAttribute(name, value);
      }
    }
    templates.set(lang, template);
  }
  return template.content.cloneNode(true);
}

// One observer for every widget: the engine loads when one comes within
// about a viewport of being seen.
let observer = null;
const observed = new Map();
function watch(el, controller) {
  if (typeof IntersectionObserver !== 'function') {
    controller.wake();
    return;
  }
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (!e.isIntersecting) continue;
          const c = observed.get(e.target);
          if (c) c.wake();
        }
      },
      { rootMargin: '100% 0px 100% 0px' },
    );
  }
  observed.set(el, controller);
  observer.observe(el);
}
function unwatch(el) {
  if (observer && observed.delete(el)) observer.unobserve(el);
}

/** Within about a viewport of the visible area (the observer's margin). */
function nearViewport(el) {
  const r = el.getBoundingClientRect();
  const h = innerHeight || document.documentElement.clientHeight;
  return r.bottom >= -h && r.top <= 2 * h && (r.width > 0 || r.height > 0 || el.getClientRects().length > 0);
}

const INTENT = ['focusin', 'pointerdown', 'pointerenter', 'touchstart', 'keydown'];

/** Drives one widget from an element's attributes (plain or `data-`). */
class Controller {
  constructor(el, prefix) {
    this.el = el;
    this.prefix = prefix;
    this.handle = null;
    this.generation = 0;
    this.root = null;
    this.awake = false;
    this.byPosition = false;
    this.failed = false;
    // What the reader did in the static view, handed to the live widget.
    this.pending = { query: null, sections: null, clause: null, wording: null, overview: false };
    this.onIntent = () => this.wake();
  }
  attr(name) {
    return this.el.getAttribute(this.prefix + name);
  }
  connect() {
    ++this.generation;
    let root;
    try {
      root = this.el.shadowRoot ?? this.el.attachShadow({ mode: 'open' });
    } catch (e) {
      warn(`cannot attach to <${this.el.localName}>: ${e.message}`);
      return;
    }
    this.root = root;
    this.awake = false;
    // Decide first, so the engine's requests start before the static view is
    // laid out: a widget already within a viewport of being seen needs it now.
    // A clause (#charter-III.4) or a search (#charter?q=…) named in the page URL.
    const hash = /^#charter[-?]/.test(location.hash) && hashOn(this.attr('hash'));
    // Notes do not count: the static view shows the charter right without
    // them, and the engine adds their markers when it arrives.
    const needsEngine = ['query', 'section', 'wording', 'clause', 'labels'].some((a) => this.attr(a));
    const asked = isEager(this.attr('loading')) || needsEngine || hash;
    const now = asked || nearViewport(this.el);
    if (now) this.wake(!asked);
    for (const t of INTENT) this.el.addEventListener(t, this.onIntent, { passive: true });
    if (!now) watch(this.el, this);
    if (this.handle) return;
    // The snippet's own view (a declarative shadow root) is adopted at once.
    // A view built from markup waits for the next task: this module's
    // evaluation (with the page layout the position check above may force)
    // and the view's construction are then two tasks, each well under 50 ms
    // on a phone, instead of one long one. The box is reserved meanwhile.
    const show = () => {
      adopt(root, css);
      this.showStatic();
    };
    if (staticMount(root)) return show();
    const gen = this.generation;
    nextTask().then(() => {
      if (gen === this.generation && !this.handle && !this.staticRoot()) show();
    });
  }
  /**
   * Loads the engine (once per page) and hands the static view over to it.
   * `byPosition`: woken only for being near the viewport when it connected.
   * That was judged before the static views (this one's, and those of
   * widgets above it) were built, so it is checked again before the
   * takeover: a widget that turns out far waits for the reader to come near.
   */
  wake(byPosition = false) {
    if (!byPosition) this.byPosition = false;
    if (this.awake || this.handle || !this.root) return;
    this.awake = true;
    this.byPosition = byPosition;
    unwatch(this.el);
    const gen = this.generation;
    loadEngine().then(
      // Each widget takes over in a task of its own.
      (m) =>
        nextTask().then(() => {
          if (gen !== this.generation || !this.el.isConnected || this.handle) return;
          if (this.byPosition && !nearViewport(this.el)) {
            this.awake = false;
            watch(this.el, this);
            return;
          }
          this.takeOver(m);
        }),
      (e) => {
        if (gen !== this.generation) return;
        this.fail(e);
      },
    );
  }
  /** A `<script type="application/json" data-charter-notes>` child's text, or null. */
  notesScript() {
    const s = this.el.querySelector(':scope > script[data-charter-notes]');
    return s ? s.textContent : null;
  }
  /** The notes as written (JSON text): the attribute, else the script child. The engine checks them. */
  notes() {
    return this.attr('notes') ?? this.notesScript() ?? undefined;
  }
  staticRoot() {
    return this.root?.querySelector('.ce-root[data-static]') ?? null;
  }
  showStatic() {
    // The snippet that carries the charter (a declarative shadow root) is
    // adopted as it is: no second copy, no re-render, no shift.
    let wrap = staticMount(this.root);
    if (!wrap) {
      wrap = document.createElement('div');
      wrap.className = 'ce-mount';
      let view;
      try {
        view = staticMarkup(languageOf(this.el));
      } catch (e) {
        // A page policy that forbids markup from strings (Trusted Types):
        // the light-DOM static text (if any) shows through a slot instead.
        this.root.replaceChildren(document.createElement('slot'));
        return;
      }
      wrap.append(view);
      this.root.replaceChildren(wrap);
    }
    const h = parseHeight(this.attr('max-height'));
    if (h) wrap.style.setProperty('--ce-height', h);
    const r = this.staticRoot();
    if (!r) return;
    r.className = `ce-root ce-${staticTheme(this.attr('theme'))}`;
    // Printed under the title: where the printout came from; before each
    // printed result, the charter's citation (the print line's own words).
    const url = r.querySelector('.ce-print-url');
    if (url) url.textContent = location.href;
    const cite = r.querySelector('.ce-print-head')?.firstChild?.data;
    if (cite) r.style.setProperty('--ce-cite', JSON.stringify(cite));
    r.addEventListener('input', (ev) => this.staticInput(ev));
    r.addEventListener('click', (ev) => this.staticClick(ev));
    r.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && ev.target.classList?.contains('ce-input') && ev.target.value) {
        ev.target.value = '';
        this.staticInput(ev);
      }
    });
    // Text typed into the snippet's field before this script ran is kept.
    const typed = r.querySelector('.ce-input');
    if (typed?.value) this.staticInput({ target: typed });
    this.followHash();
  }
  /** "Loading search…": the site's label, else the one the build rendered. */
  loadingLabel() {
    const l = parseLabelsQuiet(this.attr('labels'));
    if (typeof l?.loading === 'string') return l.loading;
    return this.staticRoot()?.querySelector('[data-testid=status]')?.dataset.loading ?? '';
  }
  setStatus(text) {
    const s = this.staticRoot()?.querySelector('[data-testid=status]');
    if (!s) return;
    if (!s.dataset.initial) s.dataset.initial = s.textContent;
    s.textContent = text ?? s.dataset.initial;
    // Screen readers hear it through the live region (the visible line is not live).
    const say = this.staticRoot()?.querySelector('[data-testid=announce]');
    if (say && say.textContent !== (text ?? '')) say.textContent = text ?? '';
  }
  staticInput(ev) {
    if (!ev.target.classList?.contains('ce-input')) return;
    this.pending.query = ev.target.value;
    // The same fold as the live widget's while searching (narrow containers).
    this.staticRoot()?.classList.toggle('ce-searching', ev.target.value.trim() !== '');
    const clear = this.staticRoot()?.querySelector('[data-testid=clear]');
    if (clear) clear.hidden = ev.target.value === '';
    if (this.failed) return;
    this.setStatus(ev.target.value ? this.loadingLabel() : null);
    this.wake();
  }
  staticClick(ev) {
    const t = ev.target.closest?.('button, a');
    if (!t) return;
    const id = t.dataset.testid ?? '';
    if (id === 'overview-toggle') {
      // The map and lens fold: works without the engine, and is kept.
      const open = t.getAttribute('aria-expanded') !== 'true';
      t.setAttribute('aria-expanded', String(open));
      this.staticRoot()?.querySelector('.ce-overview')?.setAttribute('data-folded', String(!open));
      this.pending.overview = open;
      return;
    }
    if (t.classList.contains('ce-result')) {
      // A plain click opens the clause in the live widget; after a failure
      // (or with a modifier) the link is a real deep link.
      if (this.failed || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
      ev.preventDefault();
      this.pending.clause = t.dataset.id;
    } else if (t.classList.contains('ce-tile')) {
      // A map tile: its clause, like a result row.
      if (this.failed) {
        const row = this.staticRoot()?.querySelector(`.ce-result[data-id="${CSS.escape(t.dataset.clause)}"]`);
        if (row) row.scrollIntoView({ block: 'nearest' });
        return;
      }
      this.pending.clause = t.dataset.clause;
    } else if (id.startsWith('wording-')) {
      if (this.failed) return;
      const on = t.getAttribute('aria-pressed') !== 'true';
      this.pending.wording = on ? id.slice(8) : ''; // '' clears the filter
      for (const c of this.staticRoot().querySelectorAll('.ce-kind')) c.setAttribute('aria-pressed', String(on && c === t));
    } else if (id.startsWith('chip-')) {
      const section = id.slice(5);
      if (this.failed) {
        // No engine: a chip still takes the reader to its section.
        const s = this.staticRoot()?.querySelector(`[data-testid=browse-${section}]`);
        if (s) s.scrollIntoView({ block: 'start' });
        return;
      }
      // (the snippet's chips are in-page links until the engine arrives)
      ev.preventDefault();
      this.pending.sections = section === 'all' ? [] : [section];
      for (const c of this.staticRoot().querySelectorAll('button.ce-chip:not(.ce-kind)')) c.setAttribute('aria-pressed', String(c === t));
    } else if (id === 'clear') {
      const input = this.staticRoot()?.querySelector('.ce-input');
      if (input) {
        input.value = '';
        input.focus();
        this.staticInput({ target: input });
      }
      return;
    }
    if (!this.failed) {
      this.setStatus(this.loadingLabel());
      this.wake();
    }
  }
  /** `#charter-III.4` in the page URL: show that clause in the static view. */
  followHash() {
    if (!hashOn(this.attr('hash')) || !location.hash.startsWith('#charter-')) return;
    let id = location.hash.slice(9);
    try {
      id = decodeURIComponent(id);
    } catch (e) {
      /* keep it as it is */
    }
    const r = this.staticRoot();
    const row = r && [...r.querySelectorAll('.ce-result')].find((a) => a.dataset.id.toLowerCase() === id.toLowerCase());
    if (!row) return;
    for (const a of r.querySelectorAll('.ce-result[aria-current]')) a.removeAttribute('aria-current');
    row.setAttribute('aria-current', 'location');
    requestAnimationFrame(() => {
      this.el.scrollIntoView({ block: 'start' });
      const main = r.querySelector('.ce-main');
      if (main) main.scrollTop += row.getBoundingClientRect().top - main.getBoundingClientRect().top;
    });
  }
  takeOver(m) {
    const p = this.pending;
    const query = p.query ?? this.attr('query') ?? '';
    let handle;
    try {
      handle = m.mount(this.el, {
        query,
        section: p.sections ?? this.attr('section') ?? undefined,
        wording: p.wording ?? this.attr('wording') ?? undefined,
        notes: this.notes(),
        clause: p.clause ?? this.attr('clause') ?? undefined,
        theme: this.attr('theme') ?? undefined,
        hash: this.attr('hash') ?? undefined,
        labels: parseLabels(this.attr('labels')),
        maxHeight: this.attr('max-height') ?? undefined,
      });
    } catch (e) {
      this.fail(e);
      return;
    }
    this.handle = handle;
    // The live view is built over the next few tasks and then takes the
    // static view's place, its scroll position, focus and overview with it
    // (js/api.js). Meanwhile the reader may go on typing or pressing chips
    // in the static view: once the live view is in, it gets what changed.
    const r = this.staticRoot();
    if (!r) return;
    const sent = { ...p };
    const watch = new MutationObserver(() => {
      if (this.handle !== handle) {
        watch.disconnect();
        return;
      }
      if (r.isConnected) return;
      watch.disconnect();
      this.catchUp(handle, sent, r.querySelector('.ce-input'));
    });
    watch.observe(this.root, { childList: true });
  }
  /** Hands the live widget what the reader did in the static view since `sent`. */
  catchUp(handle, sent, staticInput) {
    const now = this.pending;
    try {
      if (now.sections !== sent.sections) handle.setSection(now.sections ?? undefined);
      if (now.wording !== sent.wording) handle.setWording(now.wording || undefined);
      if (now.query !== sent.query) {
        handle.setQuery(now.query ?? '');
        const li = this.root.querySelector('.ce-input');
        if (li && this.root.activeElement === li && staticInput) li.setSelectionRange(staticInput.selectionStart ?? 0, staticInput.selectionEnd ?? 0);
      }
      if (now.clause !== sent.clause) handle.openClause(now.clause ?? undefined);
    } catch (e) {
      warn(e.message);
    }
  }
  fail(e) {
    this.failed = true;
    this.setStatus(null);
    const r = this.staticRoot();
    if (!r) {
      // No static view (it could not be built): the light-DOM static text.
      this.root.replaceChildren(document.createElement('slot'));
    }
    if (!reportedFailure) {
      reportedFailure = true;
      const why = e && e.message ? e.message : String(e);
      console.error(`[charter-explorer] ${why}. The charter stays readable; search is unavailable.`);
    }
  }
  disconnect() {
    this.generation++;
    unwatch(this.el);
    for (const t of INTENT) this.el.removeEventListener(t, this.onIntent);
    this.awake = false;
    if (this.handle) {
      this.handle.unmount();
      this.handle = null;
    }
  }
  changed(name, value) {
    const h = this.handle;
    if (name === 'loading' && isEager(value)) this.wake();
    if (!h) {
      if (name === 'theme') {
        const r = this.staticRoot();
        if (r) r.className = `ce-root ce-${staticTheme(value)}`;
      } else if (['query', 'section', 'wording', 'clause', 'labels', 'notes'].includes(name) && value) {
        this.wake();
      }
      return;
    }
    const apply = (fn) => {
      try {
        fn();
      } catch (e) {
        warn(`${this.prefix}${name}: ${e.message}; the previous value is kept`);
      }
    };
    switch (name) {
      case 'query':
        apply(() => h.setQuery(value ?? ''));
        break;
      case 'section':
        apply(() => h.setSection(value ?? undefined));
        break;
      case 'clause':
        apply(() => h.openClause(value || undefined));
        break;
      case 'theme':
        apply(() => h.setTheme(value ?? undefined));
        break;
      case 'hash':
        apply(() => h.setHash(value ?? undefined));
        break;
      case 'labels':
        apply(() => h.setLabels(parseLabels(value) ?? {}));
        break;
      case 'wording':
        apply(() => h.setWording(value || undefined));
        break;
      case 'notes':
        apply(() => h.setNotes(value ?? this.notesScript() ?? undefined));
        break;
      case 'max-height':
        apply(() => h.setMaxHeight(value ?? undefined));
        break;
      default:
    }
  }
}

// Outside a browser (server-side rendering imports the page's modules in
// Node.js) there is no HTMLElement: the module loads and defines nothing.
const Base = typeof HTMLElement === 'undefined' ? class {} : HTMLElement;

class CharterExplorerElement extends Base {
  static get observedAttributes() {
    return ATTRS;
  }
  constructor() {
    super();
    this._c = new Controller(this, '');
  }
  connectedCallback() {
    this._c.connect();
  }
  disconnectedCallback() {
    this._c.disconnect();
  }
  attributeChangedCallback(name, oldValue, value) {
    if (oldValue !== value) this._c.changed(name, value);
  }
}

if (typeof document === 'undefined') {
  // Not a browser: nothing to define.
} else if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined') {
  console.error('[charter-explorer] this browser has no custom elements; <charter-explorer> shows its static text instead.');
} else if (!customElements.get(TAG)) {
  customElements.define(TAG, CharterExplorerElement);
}

// <div data-charter-explorer> for CMSs that strip unknown tags.
const divs = new WeakMap();
function scan() {
  for (const el of document.querySelectorAll('[data-charter-explorer]')) {
    if (el.localName === TAG || divs.has(el)) continue;
    const c = new Controller(el, 'data-');
    divs.set(el, c);
    c.connect();
    new MutationObserver((records) => {
      for (const r of records) {
        const name = r.attributeName.slice(5);
        c.changed(name, el.getAttribute(r.attributeName));
      }
    }).observe(el, { attributes: true, attributeFilter: ATTRS.map((a) => `data-${a}`) });
  }
}
if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
  else scan();
  new MutationObserver((records) => {
    let added = false;
    for (const r of records) {
      if (r.addedNodes.length) added = true;
      for (const n of r.removedNodes) {
        if (n.nodeType !== 1) continue;
        const found = n.matches('[data-charter-explorer]') ? [n] : [...n.querySelectorAll('[data-charter-explorer]')];
        for (const el of found) {
          const c = divs.get(el);
          if (c && !el.isConnected) {
            c.disconnect();
            divs.delete(el);
          }
        }
      }
    }
    if (added) scan();
  }).observe(document.documentElement, { childList: true, subtree: true });
  // Deep links while the static view is shown (the live widget follows them itself).
  addEventListener('hashchange', () => {
    for (const el of document.querySelectorAll(`${TAG}, [data-charter-explorer]`)) {
      const c = el.localName === TAG ? el._c : divs.get(el);
      if (c && !c.handle) c.followHash();
    }
  });
}
