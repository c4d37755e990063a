// charter-explorer — optional helper for pages that show frame.html in an
// <iframe>: sizes each such frame to the height it reports, and tells it the
// page's address so that links and citations inside point at the article.
//   <iframe src="https://cdn.example/charter-explorer@0.1.0/frame.html?q=energy" title="…" style="width:100%;border:0"></iframe>
//   <script type="module" src="https://cdn.example/charter-explorer@0.1.0/frame-resizer.js"></script>
// Defines nothing global.
const told = new WeakSet();
addEventListener('message', (e) => {
  const d = e.data;
  if (!d || d.type !== 'charter-explorer:height' || typeof d.height !== 'number' || !Number.isFinite(d.height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== e.source) continue;
    frame.style.height = `${Math.max(0, Math.min(Math.round(d.height), 20000))}px`;
    if (!told.has(frame)) {
      told.add(frame);
      let origin = '*';
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch (err) {
        /* keep '*': the address is the page's own, public */
      }
      frame.contentWindow.postMessage({ type: 'charter-explorer:host', url: location.href.split('#')[0] }, origin === 'null' ? '*' : origin);
    }
  }
});
