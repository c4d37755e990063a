// The widget's stylesheet in a shadow root: one constructable sheet per page
// (no 'unsafe-inline' needed under a CSP), shared by every instance. Used by
// the embed (static view) and the API (live widget).
const sheets = new Map();

export function adopt(root, css) {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // Older browsers: a <style> element (needs style-src 'unsafe-inline' under a strict CSP).
  const style = document.createElement('style');
  style.textContent = css;
  root.prepend(style);
}
