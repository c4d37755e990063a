// A strict TypeScript page that only imports the embed: its events are typed
// on elements, document and window with no other import.
import 'charter-explorer/embed';

const el: HTMLElement = document.createElement('charter-explorer');
el.addEventListener('charter-explorer:select', (e) => {
  const id: string = e.detail.id;
  console.log(id);
});
document.addEventListener('charter-explorer:search', (e) => {
  const q: string = e.detail.query;
  const n: number = e.detail.count;
  console.log(q, n, e.detail.wording ?? 'any wording');
});
window.addEventListener('charter-explorer:zero-results', (e) => console.log(e.detail.query));
document.addEventListener('charter-explorer:share', (e) => {
  const via: 'share' | 'copy' | 'failed' = e.detail.via;
  console.log(via, e.detail.url);
});

// @ts-expect-error — the search event's count is a number
const wrong: string = (null as unknown as HTMLElementEventMap['charter-explorer:search']).detail.count;
// @ts-expect-error — no such field on the select event
document.addEventListener('charter-explorer:select', (e) => console.log(e.detail.query));
console.log(wrong);
