// A Vite app that uses only the search API (its own UI over the results).
import init, { search, explain, CharterError } from 'charter-explorer/search';

await init();
const hits = search('demining', { limit: 3 });
const list = document.getElementById('hits');
for (const h of hits) {
  const li = document.createElement('li');
  li.textContent = `${h.id} ${h.text}`;
  list.append(li);
}
let code = null;
try {
  search('x', { section: 'nope' });
} catch (e) {
  code = e instanceof CharterError ? e.code : 'not a CharterError';
}
window.__search = { ids: hits.map((h) => h.id), code, missing: explain('nuclear weapons').missing };
