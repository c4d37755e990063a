// The page that imports only `charter-explorer/search`, built on its own
// (`vite build --config vite.search.config.js`): its output must hold the
// search-only wasm and not the widget's.
export default {
  build: { outDir: 'dist-search', rollupOptions: { input: { search: 'search.html' } } },
};
