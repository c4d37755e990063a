// The package's types: the search API's (search.d.ts, also the types of
// `charter-explorer/search`), re-exported, and the widget's. The shapes of
// the options come from the Rust types (generated below); the rest is written
// by hand.
import type { SectionId, Wording } from './search.js';

export * from './search.js';
export { default } from './search.js';

// ---- Generated from the Rust types (src/options.rs, src/document.rs) by `make types`;
// tests/contract.rs checks it is current. Do not edit by hand. ----
/** The colour theme. */
export type Theme = 'light' | 'dark' | 'auto';
/** UI strings that `labels` may replace. */
export type LabelKey = 'kicker' | 'title' | 'signed' | 'months' | 'date_long' | 'search' | 'placeholder' | 'clear' | 'all' | 'filter' | 'show_all' | 'count_one' | 'count_other' | 'count_few' | 'count_many' | 'partial' | 'no_results' | 'no_results_here' | 'no_results_wording' | 'not_in_charter' | 'loading_related' | 'related' | 'related_note' | 'did_you_mean' | 'truncated' | 'topic' | 'copy_citation' | 'copy_link' | 'copied' | 'copy_failed' | 'previous' | 'next' | 'back' | 'about' | 'about_title' | 'context_note' | 'official_text' | 'close' | 'section' | 'paragraph' | 'opening_paragraph' | 'preamble' | 'opened' | 'browse' | 'signatories' | 'cite_paragraph' | 'cite_opening_paragraph' | 'clause_nav' | 'loading' | 'wording' | 'binding_none' | 'binding_some' | 'wording_binds' | 'wording_aims' | 'wording_intent' | 'wording_may' | 'wording_reaffirms' | 'wording_states' | 'note_from' | 'note_by' | 'note_marker' | 'note_matches' | 'note_link' | 'map' | 'map_tile' | 'map_tile_match' | 'overview' | 'share' | 'shared' | 'link_copied' | 'share_search';
/** UI strings to replace, by key. */
export type Labels = Partial<Record<LabelKey, string>>;
/** A mounted widget's state (`handle.state`). */
export interface ExplorerState {
    /** The search text. */
    readonly query: string;
    /** The section filter (empty: all). */
    readonly sections: readonly SectionId[];
    /** The wording filter, or null. */
    readonly wording: Wording | null;
    /** How many results are listed. */
    readonly count: number;
    /** The open clause's id, or null. */
    readonly clause: string | null;
}
/**
 * Editors' notes: `{ by: 'Desk', notes: { 'I.a': 'text', 'III.4': { text,
 * link } } }`.
 */
export interface Notes {
    /** The desk that wrote them ("Note from {by}"). */
    by?: string;
    /**
     * Plain text per clause id (at most 200 notes of at most 2,000
     * characters); a link must be http(s).
     */
    notes: Readonly<Record<string, string | { text: string; link?: string }>>;
}
/**
 * The options of `mount()`, and the embed's attributes as it passes them.
 * Every field is optional; a bad one is replaced by its default with one
 * warning, and the others still apply.
 */
export interface MountOptions {
    /** The search text. */
    query?: string;
    /**
     * One section or several (ids or names; as a string, separated by
     * spaces or commas).
     */
    section?: SectionId | readonly SectionId[];
    /** Show only clauses with this wording. */
    wording?: Wording;
    /**
     * Editors' notes, or their JSON text. Faulty notes are left out with one
     * warning per kind.
     */
    notes?: Notes | string;
    /** Clause id to open on mount. */
    clause?: string;
    /** The colour theme (default light). */
    theme?: Theme;
    /**
     * Keep `#charter-ID` in the page URL in step with the open clause
     * (default true).
     */
    hash?: boolean;
    /** UI strings to replace. */
    labels?: Labels;
    /**
     * Height of the widget box (CSS length, or 'none' to grow with
     * content). Applied by js/api.js.
     */
    maxHeight?: string | number;
}
// ---- End of the generated types ----

/**
 * A mounted widget. Every setter throws as {@link search} does for a value of
 * the wrong type (`INVALID_OPTIONS`) or a name the charter lacks
 * (`UNKNOWN_SECTION`, `UNKNOWN_WORDING`, `UNKNOWN_CLAUSE`), and `UNMOUNTED`
 * after {@link ExplorerHandle.unmount}.
 */
export interface ExplorerHandle {
  /** Removes the widget and frees it; later calls to the handle throw `UNMOUNTED`. Calling it twice is harmless. */
  unmount(): void;
  /**
   * Searches as if the reader typed `query`.
   * @throws {CharterError} `INVALID_QUERY` when it is not a string.
   */
  setQuery(query: string): void;
  /**
   * Filters by section; `null` or `[]` shows every section.
   * @throws {CharterError} `UNKNOWN_SECTION`; `INVALID_OPTIONS` for a value of the wrong type.
   */
  setSection(section: SectionId | readonly SectionId[] | null): void;
  /**
   * Opens a clause; no argument closes it.
   * @throws {CharterError} `UNKNOWN_CLAUSE`; `INVALID_OPTIONS` when `id` is not a string.
   */
  openClause(id?: string | null): void;
  /**
   * The colour theme.
   * @throws {CharterError} `INVALID_OPTIONS` for another value.
   */
  setTheme(theme: Theme): void;
  /**
   * Keeps `#charter-III.4` deep links in the page's URL (or stops).
   * @throws {CharterError} `INVALID_OPTIONS` for a value that is not a boolean (or "on"/"off").
   */
  setHash(on: boolean): void;
  /**
   * Replaces UI strings (over the shipped language's own). Unknown keys warn.
   * @throws {CharterError} `INVALID_OPTIONS` when `labels` is not an object.
   */
  setLabels(labels: Labels): void;
  /**
   * Filters by wording; no argument shows every wording.
   * @throws {CharterError} `UNKNOWN_WORDING`; `INVALID_OPTIONS` for a value that is not a string.
   */
  setWording(wording?: Wording | null): void;
  /**
   * Replaces the editors' notes; no argument removes them. Faulty notes
   * (unknown ids, too long, unsafe links) are left out with one warning per
   * kind, the rest shown.
   * @throws {CharterError} `INVALID_OPTIONS` when `notes` is neither notes nor their JSON text.
   */
  setNotes(notes?: Notes | string | null): void;
  /**
   * The widget's height: a CSS length, a number of pixels, `'none'` (grows with
   * its content) or `undefined` (the default).
   * @throws {CharterError} `INVALID_OPTIONS` for a value that is not a CSS length.
   */
  setMaxHeight(height: string | number | undefined): void;
  /** What the reader sees now; `null` once unmounted. */
  readonly state: ExplorerState | null;
  /** False once unmounted. */
  readonly mounted: boolean;
}

/**
 * Mounts the widget into `element` (in its shadow root; the page's CSS and the
 * widget's do not meet). Options written by hand never break the widget: a bad
 * value is replaced by its default with one console warning each (unknown keys
 * too), and the other options apply.
 * @throws {CharterError} `BAD_ELEMENT` when `element` is not an element that
 *   can hold a shadow root; `INVALID_OPTIONS` when `options` is not an
 *   object; `NOT_INITIALIZED` before {@link init} finished.
 * @example
 * await init();
 * const handle = mount(document.getElementById('charter')!, { section: 'III', theme: 'auto' });
 * handle.setQuery('cyber');
 * handle.unmount();
 */
export declare function mount(element: HTMLElement, options?: MountOptions): ExplorerHandle;

/** The detail of `charter-explorer:search`, sent once the reader pauses typing. */
export interface CharterSearchEventDetail {
  readonly query: string;
  readonly sections: readonly SectionId[];
  readonly wording: Wording | null;
  /** How many clauses match. */
  readonly count: number;
}

/** The detail of `charter-explorer:select`: the clause the reader opened. */
export interface CharterSelectEventDetail {
  readonly id: string;
}

/** The detail of `charter-explorer:zero-results`: a search that found nothing. */
export interface CharterZeroResultsEventDetail {
  readonly query: string;
}

/** The detail of `charter-explorer:share`: the link, the text shared with it, and how it went out. */
export interface CharterShareEventDetail {
  readonly url: string;
  readonly text: string;
  /** `share`: the system's share sheet; `copy`: the link was copied; `failed`: neither worked. */
  readonly via: 'share' | 'copy' | 'failed';
}

/**
 * The widget's events. They bubble and are composed, so they reach the host
 * element, `document` and `window`: listen where it suits.
 * @example
 * document.addEventListener('charter-explorer:search', (e) => analytics.track(e.detail.query));
 */
export interface CharterExplorerEventMap {
  'charter-explorer:search': CustomEvent<CharterSearchEventDetail>;
  'charter-explorer:select': CustomEvent<CharterSelectEventDetail>;
  'charter-explorer:zero-results': CustomEvent<CharterZeroResultsEventDetail>;
  'charter-explorer:share': CustomEvent<CharterShareEventDetail>;
}

declare global {
  interface HTMLElementEventMap extends CharterExplorerEventMap {}
  interface DocumentEventMap extends CharterExplorerEventMap {}
  interface WindowEventMap extends CharterExplorerEventMap {}
}
