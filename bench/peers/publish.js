// The ready probe shared by every engine's bench bundle.
/** Publishes an engine: `search(q, section?)` returns clause ids, best first. */
export function publish(name, ready, search) {
  window.__engine = { name, search, readyAt: null };
  Promise.resolve(ready).then(() => {
    window.__engine.readyAt = performance.now();
  });
}
