// A Vite app that installs charter-explorer from its tarball.
import init, { search, mount, CharterError } from 'charter-explorer';

await init();
const hits = search('Nakchivan');
document.getElementById('first').textContent = hits[0]?.id ?? 'none';
let code = null;
try {
  search('x', { section: 'nope' });
} catch (e) {
  code = e instanceof CharterError ? e.code : 'not a CharterError';
}
const handle = mount(document.getElementById('widget'), { query: 'demining', hash: false });
window.__app = { first: hits[0]?.id, code, handle };
