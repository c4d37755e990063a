// charter-explorer — the engine: load the WebAssembly, search the charter.
// Shared by the two entries, `charter-explorer` (js/api.js: this and the
// widget) and `charter-explorer/search` (js/search.js: this alone, with its own
// search-only wasm). `make pkg` bundles each entry with its wasm-bindgen glue,
// named `charter-explorer-wasm` here (an esbuild alias), and writes the wasm
// file's name as a literal (`__CHARTER_WASM__`), so bundlers see
// `new URL('./….wasm', import.meta.url)` and emit the file.
import initWasm, {
  searchRaw,
  explainRaw,
  sectionCountsRaw,
  suggestRaw,
  clauseIndexRaw,
  documentRaw,
  attachReadersRaw,
  readersFailed,
  setReadersLoader,
} from 'charter-explorer-wasm';
import { nextTask } from './tasks.js';

// eslint-disable-next-line no-undef
export const version = typeof __CHARTER_VERSION__ === 'string' ? __CHARTER_VERSION__ : '0.0.0-dev';

/** A clearly worded error with a stable `code` for programs. */
export class CharterError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'CharterError';
    this.code = code;
  }
}
// The class keeps its name when minified (consoles and Node's inspect print
// the constructor's name).
Object.defineProperty(CharterError, 'name', { value: 'CharterError' });

let ready = null; // Promise while loading or loaded
let doc = null; // document snapshot (plain JS objects), built on first use
let wasmExports = null; // set once init() has finished

/**
 * A file next to this module read from disk, for Node.js (whose `fetch`
 * cannot read `file:` URLs), without an import that bundlers would follow.
 * The errors say what to do: pass the bytes.
 */
function fromDisk(url, what) {
  const fs = globalThis.process?.getBuiltinModule?.('node:fs');
  if (!fs) {
    return Promise.reject(new Error(`this Node.js cannot find ${what} by itself (that needs Node.js 20.16 or later): pass its bytes, e.g. init(await readFile(fileURLToPath(import.meta.resolve('charter-explorer/${what}'))))`));
  }
  return fs.promises.readFile(url).catch((e) => {
    throw new Error(`${e && e.code === 'ENOENT' ? 'there is no file' : e && e.message} at ${url.pathname}. If a bundler moved this module (a server-side build), pass the bytes of ${what} from the package: see "Node.js, server-side rendering and CommonJS" in its README`);
  });
}

/**
 * The module's own wasm file: a URL to fetch in a browser, its bytes read
 * from disk under Node.js.
 */
function ownWasm() {
  const url = new URL(__CHARTER_WASM__, import.meta.url);
  return url.protocol === 'file:' ? fromDisk(url, url.pathname.split('/').pop()) : url;
}

/** The module's own `charter_readers.bin` (its bytes), fetched or read from disk. */
function ownReaders() {
  const url = new URL('./charter_readers.bin', import.meta.url);
  if (url.protocol === 'file:') return fromDisk(url, 'charter_readers.bin');
  return fetch(url, { credentials: 'same-origin' }).then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status} for ${url}`);
    return r.arrayBuffer();
  });
}

let readers = null; // Promise while loading or loaded

/**
 * Loads the readers' words (WordNet's related words for the charter's terms,
 * ~20 KB, `charter_readers.bin` next to this file) once. Search works without
 * them; with them, a query word the charter lacks may still reach a clause
 * through a related word. `init()` loads them; the embed loads them only when
 * a query has a word the charter lacks. Never throws: a failure leaves one
 * console warning.
 */
export function loadReaders(input) {
  needWasm();
  if (!readers) {
    readers = Promise.resolve(input ?? ownReaders())
      .then((bytes) => attachReadersRaw(new Uint8Array(bytes)))
      .catch((e) => {
        readersFailed();
        console.warn(`charter-explorer: related words are unavailable (${e && e.message ? e.message : e}); search works without them`);
      });
  }
  return readers;
}

/**
 * Loads the WebAssembly module once. `input` may be a URL, a string, a
 * Response, bytes or a compiled WebAssembly.Module; by default the entry's
 * own wasm next to this file (`charter_explorer_bg.wasm`, or
 * `charter_search_bg.wasm` for `charter-explorer/search`) is fetched (read
 * from disk under Node.js). The readers' words load with it, unless
 * `options.readers` is `'lazy'` (then: when a query first has a word the
 * charter lacks).
 */
export default function init(input, options) {
  if (!ready) {
    ready = Promise.resolve(input ?? ownWasm())
      .then((source) => initWasm({ module_or_path: source }))
      // The charter's index is decoded in a task of its own, after the
      // module's instantiation, so neither step nor the widget's first render
      // make one long task on a phone.
      .then((exports) => nextTask().then(() => exports))
      .then((exports) => {
        clauseIndexRaw('P.1');
        // The document snapshot is built when first asked for (need()), not
        // here: the widget does not use it, and on a phone building it took
        // ~50 ms of the engine's hand-over.
        wasmExports = exports;
        setReadersLoader(() => {
          loadReaders();
        });
      })
      .catch((e) => {
        ready = null;
        throw new CharterError(`charter-explorer could not load its WebAssembly module: ${e && e.message ? e.message : e}`, 'LOAD_FAILED');
      });
  }
  return options?.readers === 'lazy' ? ready : ready.then(() => loadReaders());
}
export { init };

/** Diagnostics: the size of the WebAssembly memory in bytes (it only grows). */
export function memoryBytes() {
  needWasm();
  return wasmExports.memory.buffer.byteLength;
}

/** True once `init()` has finished. */
export function isReady() {
  return wasmExports !== null;
}

/** Freezes a value from the engine and everything in it. */
function freeze(v) {
  if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) freeze(v[k]);
    Object.freeze(v);
  }
  return v;
}

/**
 * The document as the engine gives it (`documentRaw`: already in the shape of
 * the public types, which are generated from the same Rust types), frozen.
 */
function buildDocument(raw) {
  const { clauses, sections, metadata } = freeze(raw);
  return { clauses, sections, metadata };
}

export function needWasm() {
  if (!wasmExports) {
    throw new CharterError('charter-explorer is not initialised: await init() before calling it', 'NOT_INITIALIZED');
  }
}

function need() {
  needWasm();
  if (!doc) doc = buildDocument(documentRaw());
  return doc;
}

/**
 * Calls into the WebAssembly. Every value is checked there (src/options.rs);
 * a problem comes back as an Error with a `code`, which becomes a
 * CharterError here — never by reading its message.
 */
export function callWasm(fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CharterError) throw e;
    const code = e && typeof e.code === 'string' ? e.code : 'INTERNAL';
    throw new CharterError(String(e && e.message ? e.message : e), code);
  }
}

/** The related words of most hits: none (shared, so a keystroke allocates nothing for them). */
const NO_WORDS = Object.freeze([]);

/**
 * Ranked clauses for a query. Highlights are [start, end) ranges in UTF-16
 * code units of `text`, ready for `text.slice(start, end)` (empty for a clause
 * found through an editorial tag). `related`: the clause's words it was found
 * by only through a related word of the query ("cybersecurity" for
 * "hackers").
 */
export function search(query, options) {
  const d = need();
  const raw = callWasm(() => searchRaw(query, options));
  const n = raw[2];
  const out = new Array(n);
  let at = 3;
  for (let r = 0; r < n; r++) {
    const c = d.clauses[raw[at]];
    const score = raw[at + 1];
    const complete = raw[at + 2] === 1;
    const nt = raw[at + 3];
    at += 4;
    const tags = [];
    for (let t = 0; t < nt; t++) tags.push(c.tags[raw[at++]]);
    const nh = raw[at++];
    const highlights = new Array(nh);
    for (let h = 0; h < nh; h++, at += 2) highlights[h] = [raw[at], raw[at + 1]];
    // The clause's words reached through related words, sliced from its text.
    const nr = raw[at++];
    let related = NO_WORDS;
    if (nr > 0) {
      related = new Array(nr);
      for (let k = 0; k < nr; k++, at += 2) related[k] = c.text.slice(raw[at], raw[at + 1]);
    }
    out[r] = {
      id: c.id,
      section: c.section,
      sectionTitle: c.sectionTitle,
      number: c.number,
      text: c.text,
      wording: c.wording,
      score,
      complete,
      highlights,
      matchedTags: tags,
      related,
    };
  }
  return out;
}

/**
 * What a query finds in the charter: `missing`, the reader's words (as typed)
 * the charter's text does not contain in any form ("Not in the charter:
 * weapons"); `suggestion`, a corrected query when nothing matches, or null;
 * `total`, the matches under the options; `covered`, false when some word is
 * missing and no clause matches anywhere in the charter (the charter does not
 * mention the topic). Options as for `search` (`limit` is ignored).
 */
export function explain(query, options) {
  need();
  return callWasm(() => explainRaw(query, options));
}

/** "Did you mean": a corrected query when nothing matches, else null. */
export function suggest(query) {
  need();
  return callWasm(() => suggestRaw(query)) ?? null;
}

/** Matches per section for a query: `{ P: 0, I: 3, II: 2, III: 0, IV: 1 }`. */
export function sectionCounts(query) {
  const d = need();
  const raw = callWasm(() => sectionCountsRaw(query));
  const out = {};
  d.sections.forEach((s, i) => {
    out[s.id] = raw[i] ?? 0;
  });
  return out;
}

/** Every clause in document order. */
export function clauses() {
  return need().clauses;
}

/** One clause by id ("II.4"), or null. */
export function clause(id) {
  const d = need();
  const i = callWasm(() => clauseIndexRaw(id));
  return i === undefined ? null : d.clauses[i];
}

/** The five sections (Preamble, I–IV). */
export function sections() {
  return need().sections;
}

/** Facts about the charter from the news article (context, not charter text). */
export function metadata() {
  return need().metadata;
}
