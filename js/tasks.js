// Shared by the API and the embed (each bundles its own copy).

/** Resolves in a new task: the main thread can paint and take input between. */
export function nextTask() {
  const s = globalThis.scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((ok) => setTimeout(ok, 0));
}
