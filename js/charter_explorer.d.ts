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

export interface ExplorerHandle {
  unmount(): void;
  setQuery(query: string): void;
  setSection(section: SectionId | readonly SectionId[] | null): void;
  /** Opens a clause; no argument closes it. */
  openClause(id?: string | null): void;
  setTheme(theme: Theme): void;
  setHash(on: boolean): void;
  setLabels(labels: Labels): void;
  /** Filters by wording; no argument shows every wording. */
  setWording(wording?: Wording | null): void;
  /** Replaces the editors' notes; no argument removes them. Faulty notes are left out with a warning. */
  setNotes(notes?: Notes | string | null): void;
  setMaxHeight(height: string | number | undefined): void;
  readonly state: ExplorerState | null;
  readonly mounted: boolean;
}

export declare function mount(element: HTMLElement, options?: MountOptions): ExplorerHandle;

export interface CharterSearchEventDetail {
  readonly query: string;
  readonly sections: readonly SectionId[];
  readonly wording: Wording | null;
  readonly count: number;
}

/** The detail of `charter-explorer:share`: the link, the text shared with it, and how it went out. */
export interface CharterShareEventDetail {
  readonly url: string;
  readonly text: string;
  /** `share`: the system's share sheet; `copy`: the link was copied; `failed`: neither worked. */
  readonly via: 'share' | 'copy' | 'failed';
}

declare global {
  interface HTMLElementEventMap {
    'charter-explorer:search': CustomEvent<CharterSearchEventDetail>;
    'charter-explorer:select': CustomEvent<{ readonly id: string }>;
    'charter-explorer:zero-results': CustomEvent<{ readonly query: string }>;
    'charter-explorer:share': CustomEvent<CharterShareEventDetail>;
  }
}
