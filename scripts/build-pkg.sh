#!/usr/bin/env bash
# Builds pkg/ — the npm package and the script-tag embed:
# cargo (real LTO, see TOOLCHAIN notes) → wasm-opt -Oz and wasm-bindgen
# --target web (scripts/finish-wasm.sh) → esbuild bundles → static fallback →
# integrity hashes.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo rustc --quiet --release --target wasm32-unknown-unknown --lib --crate-type cdylib -p charter-explorer
rm -rf build/wasm pkg
mkdir -p build/wasm pkg
scripts/finish-wasm.sh target/wasm32-unknown-unknown/release/charter_explorer.wasm build/wasm charter_explorer
cp build/wasm/charter_explorer_bg.wasm pkg/

version=$(node -p "require('./js/package.json').version")
# The widget's stylesheet travels inside the module as text: minify it first.
npx esbuild js/style.css --minify --log-level=warning --outfile=build/style.min.css
npx esbuild js/api.js --bundle --format=esm --minify --target=es2020 --log-level=warning \
  --loader:.css=text --define:__CHARTER_VERSION__="\"$version\"" --outfile=pkg/charter_explorer.js
npx esbuild js/embed.js --bundle --format=esm --minify --target=es2020 --log-level=warning \
  --external:./charter_explorer.js --outfile=pkg/embed.js
cp js/charter_explorer.d.ts js/embed.d.ts pkg/
cp js/README.npm.md pkg/README.md
cp LICENSE pkg/LICENSE
cp js/package.json pkg/package.json
cargo run --quiet -p charter-core --bin charter-static > pkg/charter-static.html
node scripts/integrity.mjs pkg
