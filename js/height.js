// The widget's height, from the `max-height` attribute or option. Shared by
// the embed (static view) and the API (live widget) so both reserve the same
// box.
const warn = (msg) => console.warn(`[charter-explorer] ${msg}`);

/** Reads a CSS length for max-height; null means the default. */
export function parseHeight(value) {
  if (value === undefined || value === null || value === '') return null;
  const v = String(value).trim();
  if (v === 'none') return 'auto';
  const css = /^\d+(\.\d+)?$/.test(v) ? `${v}px` : v;
  if (typeof CSS !== 'undefined' && CSS.supports && CSS.supports('max-height', css) && !/[;{}]/.test(css)) return css;
  warn(`max-height "${v}" is not a CSS length; the default is used`);
  return null;
}
