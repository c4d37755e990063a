// The types of the search API: the `charter-explorer/search` entry
// (search.js, with its own search-only wasm), which the main entry
// (charter_explorer.d.ts) re-exports beside the widget's types. They need no
// DOM types: a Node.js project with `lib: ["es2022"]` and `types: ["node"]`
// compiles against them. The shapes of the options and of the document come
// from the Rust types (generated below); the rest is written by hand.

// ---- Generated from the Rust types (src/options.rs, src/document.rs) by `make types`;
// tests/contract.rs checks it is current. Do not edit by hand. ----
/** Section ids of the charter. */
export type SectionId = 'P' | 'I' | 'II' | 'III' | 'IV';
/** How firm a clause's wording is: binding words ("shall", "agree to"),
 * "aim to", an "intent to", "may", "reaffirm", or none of these ("states"). */
export type Wording = 'binds' | 'aims' | 'intent' | 'may' | 'reaffirms' | 'states';
/** One clause of the charter. */
export interface Clause {
    /** Canonical id: "P.1"…"P.5", "I.a", "I.b", "I.1"…, "IV.c". */
    readonly id: string;
    /** The section it is in. */
    readonly section: SectionId;
    /** Full title of the clause's section. */
    readonly sectionTitle: string;
    /** The printed number ("4"), or null for an unnumbered paragraph. */
    readonly number: string | null;
    /** The clause's exact text as signed. */
    readonly text: string;
    /** Position in the document (0-based). */
    readonly index: number;
    /** Editorial topic tags (not charter text). */
    readonly tags: readonly string[];
    /** How firm its operative wording is (read from the text by the core's rules). */
    readonly wording: Wording;
    /** The phrase that decides `wording` ("aim to"), or null when the clause simply states something. */
    readonly wordingPhrase: string | null;
    /** True when the clause uses binding words ("shall", "agree to", "commit to"…). */
    readonly binding: boolean;
}
/** A section of the charter (the Preamble, I–IV). */
export interface Section {
    /** Its id. */
    readonly id: SectionId;
    /** Its full title. */
    readonly title: string;
    /** Its title in a few words. */
    readonly shortTitle: string;
    /** The sentence that introduces its clauses, if any. */
    readonly leadIn: string | null;
}
/** Facts about the charter from the news article (context, not charter text). */
export interface Metadata {
    /** The charter's title. */
    readonly title: string;
    /** Its title in a few words. */
    readonly shortTitle: string;
    /** The parties. */
    readonly parties: readonly string[];
    /** When and where it was signed. */
    readonly signed: Signed;
    /** Who signed it. */
    readonly signatories: readonly Signatory[];
    /** What happened before and after. */
    readonly timeline: readonly TimelineEntry[];
    /** Where the text comes from. */
    readonly source: string;
}
/** When and where the charter was signed. */
export interface Signed {
    /** ISO date. */
    readonly date: string;
    /** The date as readers see it. */
    readonly label: string;
    /** The place. */
    readonly place: string;
}
/** One who signed the charter. */
export interface Signatory {
    /** Their name. */
    readonly name: string;
    /** Their office. */
    readonly role: string;
}
/** An event of the charter's history. */
export interface TimelineEntry {
    /** ISO date, or null when only a label is known. */
    readonly date: string | null;
    /** The date as readers see it. */
    readonly label: string;
    /** What happened. */
    readonly text: string;
}
/**
 * What a query finds in the charter, from `explain`.
 *
 * @example
 * explain('nuclear weapons'); // { missing: ['weapons'], suggestion: null, total: 2, covered: true }: search() gives I.4 first
 * explain('refugees');        // { missing: ['refugees'], suggestion: null, total: 0, covered: false }: search() gives []
 */
export interface Explanation {
    /**
     * The reader's words (as typed) that the charter's text does not contain in
     * any form: "Not in the charter: weapons". Clauses matching the other words
     * are still returned by `search`.
     */
    readonly missing: readonly string[];
    /** "Did you mean": a corrected query when nothing matches, else null. */
    readonly suggestion: string | null;
    /** How many clauses match under the options (what `search` returns without `limit`). */
    readonly total: number;
    /**
     * False exactly when some word is missing and no clause of the charter (any
     * section, any wording) matches: the charter does not mention the topic.
     * With a `suggestion`, the word may be a typo ("nukelar"): offer it first.
     */
    readonly covered: boolean;
}
/**
 * The options of `search()` and `explain()`. A bad field throws:
 * `INVALID_OPTIONS` for a value of the wrong type or form,
 * `UNKNOWN_SECTION` or `UNKNOWN_WORDING` for a name the charter lacks.
 */
export interface SearchOptions {
    /** One section or several; omitted = all. */
    section?: SectionId | readonly SectionId[];
    /** At most this many results (a positive integer). */
    limit?: number;
    /** Only clauses with this wording. */
    wording?: Wording;
}
// ---- End of the generated types ----

/** Error codes carried by {@link CharterError}. */
export type CharterErrorCode =
  | 'NOT_INITIALIZED'
  | 'LOAD_FAILED'
  | 'INVALID_QUERY'
  | 'INVALID_OPTIONS'
  | 'UNKNOWN_SECTION'
  | 'UNKNOWN_WORDING'
  | 'UNKNOWN_CLAUSE'
  | 'BAD_ELEMENT'
  | 'UNMOUNTED'
  | 'INTERNAL';

/**
 * Every error this package throws, with a stable `code`: `INVALID_QUERY` (the
 * query is not a string), `INVALID_OPTIONS` (an argument or option of the
 * wrong type or form), `UNKNOWN_SECTION` / `UNKNOWN_WORDING` /
 * `UNKNOWN_CLAUSE` (a well-formed name the charter does not have),
 * `NOT_INITIALIZED` (before {@link init} finished), `LOAD_FAILED` (init could
 * not load the module), and for the widget `BAD_ELEMENT` and `UNMOUNTED`.
 * @example
 * try {
 *   search('energy', { section: 'V' });
 * } catch (e) {
 *   if (e instanceof CharterError && e.code === 'UNKNOWN_SECTION') showSections();
 * }
 */
export declare class CharterError extends Error {
  readonly name: 'CharterError';
  readonly code: CharterErrorCode;
  constructor(message: string, code: CharterErrorCode);
}

/** A [start, end) range in UTF-16 code units, for `text.slice(start, end)`. */
export type Highlight = readonly [start: number, end: number];

export interface SearchResult {
  readonly id: string;
  readonly section: SectionId;
  readonly sectionTitle: string;
  readonly number: string | null;
  readonly text: string;
  /** How firm the clause's wording is (as on `Clause`). */
  readonly wording: Wording;
  /** Relevance (higher is better; comparable within one query). */
  readonly score: number;
  /** True when every word of the query matched. */
  readonly complete: boolean;
  /**
   * Matched words in `text`. Empty when the clause was found through an
   * editorial topic tag only (see `matchedTags`): check before slicing.
   */
  readonly highlights: readonly Highlight[];
  /** Editorial topic tags that matched. */
  readonly matchedTags: readonly string[];
  /**
   * The clause's own words it was found by only through a word related to
   * the reader's (as written in `text`); empty when none.
   *
   * @example
   * search('hackers')[0].related; // ['cybersecurity'] (clause III.3)
   */
  readonly related: readonly string[];
}

export type SectionCounts = Readonly<Record<SectionId, number>>;

/**
 * The instance type of the global class `K` where the consumer's types
 * declare it (the DOM's, or @types/node's), else `never`: no DOM types needed.
 */
type PlatformClass<K extends string> = typeof globalThis extends Record<K, abstract new (...args: any) => infer T> ? T : never;
/** `WebAssembly.Module` where the consumer's types declare it, else `never`. */
type WasmModule = typeof globalThis extends { WebAssembly: { Module: abstract new (...args: any) => infer T } } ? T : never;
/** Bytes: the DOM's `BufferSource`, written with ES types alone. */
type Bytes = ArrayBuffer | ArrayBufferView;

/** Input accepted by {@link init}: a URL, a string, a Response, bytes or a compiled WebAssembly.Module. */
export type InitInput = string | PlatformClass<'URL'> | PlatformClass<'Request'> | PlatformClass<'Response'> | Bytes | WasmModule;

/** Options of {@link init}. */
export interface InitOptions {
  /**
   * When to load the readers' words (`charter_readers.bin`, WordNet's related
   * words for the charter's terms): `'eager'` (default) with the module, so
   * every search has them; `'lazy'` when a query first has a word the charter
   * lacks (what the embed does).
   */
  readers?: 'eager' | 'lazy';
}

/**
 * Loads the WebAssembly module (once; later calls return the same promise). Without `input` it fetches the entry's
 * own .wasm beside the module (`charter_explorer_bg.wasm` for
 * `charter-explorer`, `charter_search_bg.wasm` for `charter-explorer/search`;
 * under Node.js it reads that file), and the readers' words with it (see
 * {@link InitOptions}). Readers' words that cannot be loaded only warn.
 * @throws {CharterError} The promise rejects with `LOAD_FAILED` when the
 *   module cannot be loaded (network, a CSP without 'wasm-unsafe-eval', a
 *   server bundle that moved the module away from its wasm: pass the bytes).
 * @example
 * await init();
 * search('weapons purchases')[0].related; // ['defense sales']
 */
export default function init(input?: InitInput, options?: InitOptions): Promise<void>;
/**
 * Loads the readers' words (once) if they are not loaded yet: `input` may be
 * their bytes or a Promise of them; by default `charter_readers.bin` beside
 * the module. Never rejects: a failure leaves one console warning, and search
 * works without them. Call after {@link init}.
 * @throws {CharterError} `NOT_INITIALIZED` (synchronously) before
 *   {@link init} finished.
 * @example
 * await init(wasmBytes, { readers: 'lazy' });
 * await loadReaders(readFileSync('node_modules/charter-explorer/charter_readers.bin'));
 */
export declare function loadReaders(input?: Bytes | Promise<Bytes>): Promise<void>;
export { init };
/**
 * True once {@link init} has finished: the other functions may be called.
 * @example
 * if (!isReady()) await init();
 */
export declare function isReady(): boolean;
/**
 * Diagnostics: the size of the WebAssembly memory in bytes (it only grows).
 * @throws {CharterError} `NOT_INITIALIZED` before {@link init} finished.
 * @example
 * console.log(`${(memoryBytes() / 1024).toFixed(0)} KiB`);
 */
export declare function memoryBytes(): number;
/**
 * The package's version.
 * @example
 * version; // '0.1.0'
 */
export declare const version: string;

/**
 * Ranked clauses for a query, typo-tolerant ("nucelar"), prefix-aware
 * ("demin"), in the reader's own words (questions, British and Azerbaijani
 * spellings, related words). Clauses matching every word come first
 * (`complete`), then partial matches; a topic the charter does not cover
 * gives `[]` (see {@link explain} for why).
 * @param query What the reader typed (any length; only the first words count).
 * @param options `section` (one id or several), `limit` (a positive whole
 *   number), `wording` (only clauses of that wording).
 * @throws {CharterError} `INVALID_QUERY` when `query` is not a string;
 *   `INVALID_OPTIONS` for an option of the wrong type or form (also unknown
 *   option keys are only warned about); `UNKNOWN_SECTION`, `UNKNOWN_WORDING`
 *   for names the charter does not have; `NOT_INITIALIZED` before
 *   {@link init} finished.
 * @example
 * for (const r of search('nucelar cooperation', { limit: 5 })) {
 *   const marked = r.highlights.map(([s, e]) => r.text.slice(s, e)); // [] when found through a tag
 *   console.log(r.id, marked.length ? marked : r.matchedTags);
 * }
 */
export declare function search(query: string, options?: SearchOptions): SearchResult[];
/**
 * Which of the reader's words the charter lacks, and whether it covers the
 * topic at all. Options as for {@link search} (`limit` is ignored).
 * @throws {CharterError} As {@link search} does.
 * @example
 * const { missing, covered } = explain('nuclear weapons');
 * if (!covered) show(`The charter does not mention “${missing.join(' ')}”.`);
 * else if (missing.length) show(`Not in the charter: ${missing.join(', ')}`); // "Not in the charter: weapons"
 */
export declare function explain(query: string, options?: SearchOptions): Explanation;
/**
 * "Did you mean": a corrected query when nothing matches, else `null`.
 * @throws {CharterError} `INVALID_QUERY` when `query` is not a string;
 *   `NOT_INITIALIZED` before {@link init} finished.
 * @example
 * suggest('nukelar'); // 'nuclear'
 * suggest('energy');  // null (it matches)
 */
export declare function suggest(query: string): string | null;
/**
 * Matches per section for a query, every section listed (zeros too), in
 * document order; the section filter does not apply.
 * @throws {CharterError} `INVALID_QUERY` when `query` is not a string;
 *   `NOT_INITIALIZED` before {@link init} finished.
 * @example
 * sectionCounts('security'); // { P: 2, I: 1, II: 1, III: 4, IV: 1 }
 */
export declare function sectionCounts(query: string): SectionCounts;
/**
 * Every clause in document order (frozen objects).
 * @throws {CharterError} `NOT_INITIALIZED` before {@link init} finished.
 * @example
 * clauses().length; // 27
 */
export declare function clauses(): readonly Clause[];
/**
 * One clause by id, in any case ("III.4", "iii.4"), or `null` when the
 * charter has no such clause (a lookup never throws for that).
 * @throws {CharterError} `INVALID_OPTIONS` when `id` is not a string;
 *   `NOT_INITIALIZED` before {@link init} finished.
 * @example
 * clause('III.4')?.text; // 'The Republic of Azerbaijan and the United States …'
 * clause('IX.9');        // null
 */
export declare function clause(id: string): Clause | null;
/**
 * The five sections: the Preamble (`P`) and I–IV.
 * @throws {CharterError} `NOT_INITIALIZED` before {@link init} finished.
 * @example
 * sections().map((s) => s.shortTitle);
 */
export declare function sections(): readonly Section[];
/**
 * Facts about the charter from the news article around it (context, not
 * charter text): when and where it was signed.
 * @throws {CharterError} `NOT_INITIALIZED` before {@link init} finished.
 * @example
 * metadata().signed; // { date: '2026-02-10', label: '10 February 2026', place: 'Baku' }
 */
export declare function metadata(): Metadata;
