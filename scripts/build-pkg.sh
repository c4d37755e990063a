#!/usr/bin/env bash
# Builds pkg/ — the npm package and the script-tag embed:
# cargo (real LTO, build-std: scripts/cargo-wasm.sh) → wasm-opt -Oz and
# wasm-bindgen --target web (scripts/finish-wasm.sh) → esbuild bundle of the
# API → the static view, rendered by that build (scripts/prerender.mjs) →
# esbuild bundle of the embed, which carries the static view and the
# stylesheet → static fallback → integrity hashes → .br and .gz copies.
# A second cargo build without the widget (`--no-default-features`: no Leptos)
# gives the `charter-explorer/search` entry its own small wasm
# (charter_search_bg.wasm, bundled with js/search.js into pkg/search.js).
set -euo pipefail
cd "$(dirname "$0")/.."

rm -rf build/wasm build/wasm-search pkg
mkdir -p build/wasm build/wasm-search pkg
# Both builds write the same .wasm path: each is finished before the next.
wasm=$(scripts/cargo-wasm.sh)
scripts/finish-wasm.sh "$wasm" build/wasm charter_explorer
wasm=$(scripts/cargo-wasm.sh --no-default-features)
scripts/finish-wasm.sh "$wasm" build/wasm-search charter_search
cp build/wasm/charter_explorer_bg.wasm build/wasm-search/charter_search_bg.wasm pkg/
# The readers' words (WordNet's related words), loaded apart by the package
# only when a query has a word the charter lacks; both entries share them.
cargo run --quiet -p charter-core --bin charter-index readers > pkg/charter_readers.bin

version=$(node -p "require('./js/package.json').version")
# The widget's stylesheet travels inside the modules as text: minify it first.
npx esbuild js/style.css --minify --log-level=warning --outfile=build/style.min.css
npx esbuild js/api.js --bundle --format=esm --minify --target=es2020 --log-level=warning \
  --loader:.css=text --define:__CHARTER_VERSION__="\"$version\"" \
  --alias:charter-explorer-wasm=./build/wasm/charter_explorer.js \
  --define:__CHARTER_WASM__="'./charter_explorer_bg.wasm'" --outfile=pkg/charter_explorer.js
# The search API alone (`charter-explorer/search`): the same engine over the
# search-only wasm; no widget, no stylesheet.
npx esbuild js/search.js --bundle --format=esm --minify --target=es2020 --log-level=warning \
  --define:__CHARTER_VERSION__="\"$version\"" \
  --alias:charter-explorer-wasm=./build/wasm-search/charter_search.js \
  --define:__CHARTER_WASM__="'./charter_search_bg.wasm'" --outfile=pkg/search.js
node scripts/prerender.mjs pkg build/static-view.html
# embed.js carries the wasm's SHA-384 and refuses another file (js/embed.js: pinned()).
pin=$(node -e "process.stdout.write('sha384-'+require('crypto').createHash('sha384').update(require('fs').readFileSync('pkg/charter_explorer_bg.wasm')).digest('base64'))")
npx esbuild js/embed.js --bundle --format=esm --minify --target=es2020 --log-level=warning \
  --loader:.css=text --loader:.html=text --external:./charter_explorer.js \
  --define:__CHARTER_WASM_PIN__="'$pin'" --outfile=pkg/embed.js
cp js/charter_explorer.d.ts js/search.d.ts js/embed.d.ts pkg/
# Frame mode: the widget alone in a page, for amp-iframe and strict CMSs.
cp js/frame.html js/frame.css pkg/
npx esbuild js/frame.js --minify --target=es2020 --log-level=warning --outfile=pkg/frame.js
npx esbuild js/frame-resizer.js --minify --target=es2020 --log-level=warning --outfile=pkg/frame-resizer.js
cp js/README.npm.md pkg/README.md
cp CHANGELOG.md pkg/CHANGELOG.md
cp LICENSE pkg/LICENSE
cp js/package.json pkg/package.json
cargo run --quiet -p charter-core --bin charter-static > pkg/charter-static.html
node scripts/integrity.mjs pkg
# Brotli and gzip copies beside the files, as CDNs serve them.
node scripts/precompress.mjs pkg
