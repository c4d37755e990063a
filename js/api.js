// charter-explorer — the ESM API: search the charter from JavaScript, or mount
// the widget. Bundled by `make pkg` (esbuild) with the wasm-bindgen glue into
// pkg/charter_explorer.js; the wasm file is resolved next to this module.
// The search half is js/engine.js, shared with `charter-explorer/search`.
import { mountExplorer } from 'charter-explorer-wasm';
import css from '../build/style.min.css'; // js/style.css, minified by scripts/build-pkg.sh
import { parseHeight } from './height.js';
import { adopt } from './styles.js';
import { staticMount } from './static-mount.js';
import { CharterError, callWasm, needWasm } from './engine.js';

// The search API: the same public names as `charter-explorer/search`.
export * from './search.js';
export { default } from './search.js';

// ---- mounting -------------------------------------------------------------

/** Puts the widget's stylesheet into a shadow root (constructable sheet). */
function adoptStyles(root) {
  adopt(root, css);
}

const warn = (msg) => console.warn(`[charter-explorer] ${msg}`);

function shadowFor(element) {
  if (element.shadowRoot) return element.shadowRoot;
  try {
    return element.attachShadow({ mode: 'open' });
  } catch (e) {
    throw new CharterError(`mount() cannot attach a shadow root to <${element.localName}>: use a <div> or another container element`, 'BAD_ELEMENT');
  }
}

/**
 * Puts the live view in the static view's place, carrying across what the
 * reader had there: the list's scroll position, the focus (and the search
 * field's selection), the unfolded overview.
 */
function replaceStatic(root, shown, container) {
  const main = shown.querySelector('.ce-main');
  const top = main ? main.scrollTop : 0;
  const input = shown.querySelector('.ce-input');
  const active = root.activeElement;
  const focus = active && shown.contains(active) ? { input: active === input, testid: active.dataset?.testid, id: active.dataset?.id } : null;
  const unfolded = shown.querySelector('[data-testid=overview-toggle]')?.getAttribute('aria-expanded') === 'true';
  root.replaceChildren(container);
  if (unfolded) container.querySelector('[data-testid=overview-toggle]')?.click();
  const liveMain = container.querySelector('.ce-main');
  if (top && liveMain?.querySelector('[data-testid=browse]')) liveMain.scrollTop = top;
  // Laid out now, in this task: the frame that shows the view then mostly
  // paints (styling, laying out and painting the whole widget in that one
  // frame took ~40 ms on the phone profile).
  container.getBoundingClientRect();
  if (focus?.input) {
    const li = container.querySelector('.ce-input');
    if (li) {
      li.focus({ preventScroll: true });
      try {
        li.setSelectionRange(input.selectionStart ?? 0, input.selectionEnd ?? 0);
      } catch (e) {
        /* type=search may not support selection in every engine */
      }
    }
  } else if (focus && !container.querySelector('[data-testid=clause]')) {
    const sel = focus.id ? `.ce-result[data-id="${CSS.escape(focus.id)}"]` : focus.testid ? `[data-testid="${CSS.escape(focus.testid)}"]` : null;
    const el = sel && container.querySelector(sel);
    if (el) el.focus({ preventScroll: true });
  }
}

/**
 * Mounts the widget inside `element` (in its shadow root). Options: query,
 * section (id, ids separated by spaces or commas, or an array), wording
 * ('binds' | 'aims' | 'intent' | 'may' | 'reaffirms' | 'states'), clause,
 * theme ('light' | 'dark' | 'auto'), hash (boolean), labels (object), notes
 * ({ by, notes: { 'I.a': 'text' | { text, link } } } or its JSON text),
 * maxHeight (CSS length or 'none'). Options with a wrong value are replaced
 * by their default with one console warning each (faulty notes are left out,
 * one warning per kind). Returns a handle: unmount(), setQuery(),
 * setSection(), setWording(), openClause(), setTheme(), setLabels(),
 * setNotes(), setHash(), setMaxHeight(), state.
 */
export function mount(element, options) {
  needWasm();
  if (typeof HTMLElement === 'undefined' || !(element instanceof HTMLElement)) {
    throw new CharterError('mount() needs an HTMLElement to mount into', 'BAD_ELEMENT');
  }
  const container = document.createElement('div');
  container.className = 'ce-mount';
  const setHeight = (h, strict) => {
    const v = parseHeight(h, strict);
    if (v === undefined) {
      throw new CharterError(`max-height "${h}" is not a CSS length (e.g. 480, "30rem", "70vh" or "none")`, 'INVALID_OPTIONS');
    }
    if (v) container.style.setProperty('--ce-height', v);
    else container.style.removeProperty('--ce-height');
  };
  // Rendered into the detached container first: options are checked before
  // anything on the page changes.
  const handle = callWasm(() => mountExplorer(element, container, options));
  let root;
  try {
    root = shadowFor(element);
  } catch (e) {
    handle.unmount();
    handle.free();
    throw e;
  }
  let live = true;
  setHeight(options?.maxHeight);
  adoptStyles(root);
  // The view is built a slice per task (src/ui/state.rs, `slice`). Over a
  // static view (the embed's, or the snippet's) it takes the static view's
  // place once complete, so the reader never sees half of it; else it is
  // shown at once and completes in the next tasks.
  const shown = staticMount(root);
  if (shown) handle.whenBuilt(() => live && replaceStatic(root, shown, container));
  else root.replaceChildren(container);
  for (const w of handle.warnings()) warn(w);
  const call = (name, fn) => {
    if (!live) throw new CharterError(`${name}() was called after unmount()`, 'UNMOUNTED');
    return callWasm(fn);
  };
  return {
    unmount() {
      if (!live) return;
      live = false;
      handle.unmount();
      handle.free();
      container.remove();
    },
    setQuery(q) {
      call('setQuery', () => handle.setQuery(q));
    },
    setSection(section) {
      call('setSection', () => handle.setSection(section));
    },
    openClause(id) {
      call('openClause', () => handle.openClause(id));
    },
    setTheme(theme) {
      call('setTheme', () => handle.setTheme(theme));
    },
    setHash(on) {
      call('setHash', () => handle.setHash(on));
    },
    setLabels(labels) {
      call('setLabels', () => handle.setLabels(labels));
    },
    setWording(wording) {
      call('setWording', () => handle.setWording(wording));
    },
    setNotes(notes) {
      // A value that is not notes throws; within notes, faulty ones are left
      // out and the rest shown: one warning per kind.
      for (const w of call('setNotes', () => handle.setNotes(notes))) warn(w);
    },
    setMaxHeight(h) {
      call('setMaxHeight', () => setHeight(h, true));
    },
    get state() {
      return live ? handle.state() : null;
    },
    get mounted() {
      return live;
    },
  };
}
