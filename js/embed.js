// charter-explorer — the script-tag entry. One line on a page:
//   <script type="module" src=".../embed.js"></script>
// then <charter-explorer></charter-explorer> or <div data-charter-explorer></div>.
// Defines the custom element and nothing else global.
import init, { mount, adoptStyles, parseHeight } from './charter_explorer.js';

const ATTRS = ['query', 'section', 'clause', 'theme', 'max-height', 'hash', 'labels'];
const TAG = 'charter-explorer';
const warn = (msg) => console.warn(`[charter-explorer] ${msg}`);
let reportedFailure = false;

function parseSections(v) {
  if (!v) return [];
  return v.split(/[\s,]+/).filter(Boolean);
}

function parseHash(v) {
  if (v === null || v === undefined) return true;
  const s = v.trim().toLowerCase();
  if (s === '' || s === 'on' || s === 'true' || s === '1') return true;
  if (s === 'off' || s === 'false' || s === '0') return false;
  warn(`hash="${v}" should be "on" or "off"; "on" is used`);
  return true;
}

function parseLabels(v) {
  if (!v) return undefined;
  try {
    const o = JSON.parse(v);
    if (o && typeof o === 'object' && !Array.isArray(o)) return o;
  } catch (e) {
    /* reported below */
  }
  warn('labels must be a JSON object of strings; the default labels are used');
  return undefined;
}

const THEMES = ['light', 'dark', 'auto'];
function parseTheme(v) {
  if (!v) return 'light';
  const t = v.trim().toLowerCase();
  if (THEMES.includes(t)) return t;
  warn(`theme="${v}" should be light, dark or auto; "light" is used`);
  return 'light';
}

/** Drives one widget from an element's attributes (plain or `data-`). */
class Controller {
  constructor(el, prefix) {
    this.el = el;
    this.prefix = prefix;
    this.handle = null;
    this.generation = 0;
  }
  attr(name) {
    return this.el.getAttribute(this.prefix + name);
  }
  connect() {
    const gen = ++this.generation;
    let root;
    try {
      root = this.el.shadowRoot ?? this.el.attachShadow({ mode: 'open' });
    } catch (e) {
      warn(`cannot attach to <${this.el.localName}>: ${e.message}`);
      return;
    }
    adoptStyles(root);
    if (!this.handle) root.replaceChildren(skeleton(this.attr('max-height')));
    init().then(
      () => {
        if (gen !== this.generation || !this.el.isConnected || this.handle) return;
        const sections = parseSections(this.attr('section'));
        this.handle = mount(this.el, {
          query: this.attr('query') ?? '',
          section: sections,
          clause: this.attr('clause') ?? undefined,
          theme: parseTheme(this.attr('theme')),
          hash: parseHash(this.attr('hash')),
          labels: parseLabels(this.attr('labels')),
          maxHeight: this.attr('max-height') ?? undefined,
        });
      },
      (e) => {
        if (gen !== this.generation) return;
        // The reader still gets the charter: the static text placed inside
        // the element (see README) shows through a slot.
        const slot = document.createElement('slot');
        root.replaceChildren(slot);
        if (!reportedFailure) {
          reportedFailure = true;
          console.error(`[charter-explorer] ${e.message}. Showing the static text instead.`);
        }
      },
    );
  }
  disconnect() {
    this.generation++;
    if (this.handle) {
      this.handle.unmount();
      this.handle = null;
    }
  }
  changed(name, value) {
    const h = this.handle;
    if (!h) return;
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
        apply(() => h.setSection(parseSections(value)));
        break;
      case 'clause':
        apply(() => h.openClause(value || undefined));
        break;
      case 'theme':
        apply(() => h.setTheme(parseTheme(value)));
        break;
      case 'hash':
        apply(() => h.setHash(parseHash(value)));
        break;
      case 'labels':
        apply(() => h.setLabels(parseLabels(value) ?? {}));
        break;
      case 'max-height':
        apply(() => h.setMaxHeight(value ?? undefined));
        break;
      default:
    }
  }
}

function skeleton(maxHeight) {
  const wrap = document.createElement('div');
  wrap.className = 'ce-mount';
  const h = parseHeight(maxHeight);
  if (h) wrap.style.setProperty('--ce-height', h);
  const box = document.createElement('div');
  box.className = 'ce-skeleton';
  box.setAttribute('aria-busy', 'true');
  for (const w of ['40%', '70%', '100%', '90%', '95%']) {
    const bar = document.createElement('div');
    bar.className = 'ce-skeleton-bar';
    bar.style.setProperty('width', w);
    box.append(bar);
  }
  wrap.append(box);
  return wrap;
}

class CharterExplorerElement extends HTMLElement {
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

if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined') {
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
}
