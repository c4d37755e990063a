// A Node.js program that uses only the search API: `charter-explorer/search`,
// whose init() reads its own search-only wasm. Prints what it found and which
// package files it read, as JSON on the last line.
import fs from 'node:fs';

// Every file read through fs.promises.readFile: the package reads its wasm and
// the readers' words from disk so under Node.js.
const read = [];
const readFile = fs.promises.readFile;
fs.promises.readFile = function (path, ...rest) {
  read.push(String(path));
  return readFile.call(this, path, ...rest);
};

const m = await import('charter-explorer/search');
const { default: init, search, explain, clause, CharterError, isReady } = m;
let before = null;
try {
  search('demining');
} catch (e) {
  before = e instanceof CharterError ? e.code : String(e);
}
await init();
let code = null;
try {
  search('x', { section: 'V' });
} catch (e) {
  code = e instanceof CharterError ? e.code : String(e);
}
// The data files it read (Node's module loader reads search.js through it too).
const files = read.map((p) => p.split(/[\\/]/).pop()).filter((f) => /\.(wasm|bin)$/.test(f));
console.log(JSON.stringify({
  before,
  ready: isReady(),
  first: search('demining')[0]?.id,
  related: search('hackers').find((h) => h.id === 'III.3')?.related,
  missing: explain('nuclear weapons').missing,
  clause: clause('III.4')?.section,
  code,
  mount: 'mount' in m,
  files,
}));
