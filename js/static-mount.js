// The static view's place in a shadow root, shared by the embed (which shows
// or adopts it) and the API (whose live view takes its place).

/**
 * The `.ce-mount` among a shadow root's children that shows the static view,
 * if one does. (`:scope` cannot name a shadow root in querySelector: this
 * walks its children.)
 */
export function staticMount(root) {
  return [...root.children].find((e) => e.classList.contains('ce-mount') && e.firstElementChild?.matches('.ce-root[data-static]'));
}
