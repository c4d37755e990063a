// The widget's height, from the `max-height` attribute or option. Shared by
// the embed (static view) and the API (live widget) so both reserve the same
// box.
const warn = (msg) => console.warn(`[charter-explorer] ${msg}`);

/**
 * Reads a CSS length for max-height; null means the default. A value that is
 * not a CSS length warns (the embed's attributes and mount()'s options fall
 * back to the default) or, with `strict`, returns undefined for the caller to
 * throw (the handle's setter).
 */
export function parseHeight(value, strict = false) {
  if (value === undefined || value === null || value === '') return null;
  const v = String(value).trim();
  if (v === 'none') return 'auto';
  const css = /^\d+(\.\d+)?$/.test(v) ? `${v}px` : v;
  if (typeof CSS !== 'undefined' && CSS.supports && CSS.supports('max-height', css) && !/[;{}]/.test(css)) return css;
  if (strict) return undefined;
  warn(`max-height "${v}" is not a CSS length; the default is used`);
  return null;
}
