// The widget's stylesheet in a shadow root: one constructable sheet per page
// (no 'unsafe-inline' needed under a CSP), shared by every instance. Used by
// the embed (static view) and the API (live widget).
const sheets = new Map();
// The embed and the API are bundled apart, each with its copy of this module:
// a sheet says which text it holds, so that the API's takeover finds the one
// the embed adopted for the static view instead of parsing the stylesheet
// again and restyling the widget with it twice.
const TEXT = Symbol.for('charter-explorer.css');

export function adopt(root, css) {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (root.adoptedStyleSheets.some((s) => s[TEXT] === css)) return;
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheet[TEXT] = css;
      sheets.set(css, sheet);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // Older browsers: a <style> element (needs style-src 'unsafe-inline' under a strict CSP).
  const style = document.createElement('style');
  style.textContent = css;
  root.prepend(style);
}
