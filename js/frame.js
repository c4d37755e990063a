// charter-explorer — frame mode (frame.html): the widget alone in a page of
// its own, for AMP's amp-iframe and CMSs that take no script. Its attributes
// come from the query string:
//   frame.html?q=nuclear&section=I&wording=aims&clause=III.4&theme=dark&lang=az&height=520&host=https://…
// It tells its host its height: AMP's amp-iframe resize request
// ({ sentinel: 'amp', type: 'embed-size', height }) and, for ordinary pages,
// { type: 'charter-explorer:height', height } (frame-resizer.js applies it).
// Links and citations inside point at the host article when the host says
// its URL (`host=` above, or { type: 'charter-explorer:host', url } from the
// parent window).
const params = new URLSearchParams(location.search);
const el = document.querySelector('charter-explorer');
for (const [param, attr] of [
  ['q', 'query'],
  ['section', 'section'],
  ['wording', 'wording'],
  ['clause', 'clause'],
  ['theme', 'theme'],
  ['height', 'max-height'],
]) {
  const v = params.get(param);
  if (v) el.setAttribute(attr, v);
}
const lang = params.get('lang');
if (lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) document.documentElement.lang = lang;

/** The host article's address, for the widget's links (http(s) only). */
function setHost(url) {
  if (typeof url !== 'string') return;
  try {
    const u = new URL(url);
    if (u.protocol === 'https:' || u.protocol === 'http:') document.documentElement.dataset.charterLinkBase = u.href.split('#')[0];
  } catch (e) {
    /* not a URL: links keep pointing here */
  }
}
setHost(params.get('host'));
addEventListener('message', (e) => {
  if (e.source === parent && e.data && e.data.type === 'charter-explorer:host') setHost(e.data.url);
});

let last = -1;
function tell() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === 0 || height === last || parent === window) return;
  last = height;
  parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  parent.postMessage({ type: 'charter-explorer:height', height }, '*');
}
new ResizeObserver(tell).observe(document.documentElement);
tell();
