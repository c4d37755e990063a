// A server entry as a Vite SSR build bundles it (tests/package: built with
// `ssr.noExternal`, so the package is inlined and moved away from its wasm).
// It imports the embed (which must not throw without a DOM) and searches,
// passing the wasm's bytes as the README says.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import 'charter-explorer/embed';
import init, { search, CharterError } from 'charter-explorer';

export async function render() {
  const require = createRequire(import.meta.url);
  let withoutBytes = null;
  try {
    await init();
  } catch (e) {
    withoutBytes = { code: e instanceof CharterError ? e.code : String(e), message: e.message };
  }
  await init(await readFile(require.resolve('charter-explorer/charter_explorer_bg.wasm')));
  return { withoutBytes, first: search('demining')[0].id };
}
