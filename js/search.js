// charter-explorer/search — the search API alone: js/engine.js with its own
// wasm, charter_search_bg.wasm, built without the widget (no Leptos, no
// mount(), no stylesheet). The same functions, with the same signatures, as
// the main entry (js/api.js) minus mount. Bundled by `make pkg` (esbuild) with
// that wasm's wasm-bindgen glue into pkg/search.js.
export {
  default,
  init,
  version,
  CharterError,
  loadReaders,
  memoryBytes,
  isReady,
  search,
  explain,
  suggest,
  sectionCounts,
  clauses,
  clause,
  sections,
  metadata,
} from './engine.js';
