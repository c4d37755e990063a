#!/usr/bin/env bash
# The one recipe from a cargo-built .wasm to what ships, used by build-pkg.sh,
# size-floor.sh and size-report.sh:
#   finish-wasm.sh IN.wasm OUT_DIR OUT_NAME
# wasm-opt -Oz, then wasm-bindgen --target web into OUT_DIR/OUT_NAME{.js,_bg.wasm},
# then short import names.
# KEEP_NAMES=1 keeps function names (for twiggy) instead of stripping them.
#
# wasm-opt runs before wasm-bindgen: Debian's binaryen 108 rewrites the
# externref table that wasm-bindgen adds, and the module then fails to
# instantiate ("Table.set(): Argument 1 is invalid").
set -euo pipefail
in=$1 out=$2 name=$3
mkdir -p "$out"
if [ "${KEEP_NAMES:-}" = 1 ]; then
  names_opt=(-g) names_bindgen=(--keep-debug)
else
  names_opt=() names_bindgen=(--remove-name-section --remove-producers-section)
fi
wasm-opt -Oz "${names_opt[@]}" --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue --enable-mutable-globals \
  "$in" -o "$out/$name.opt.wasm"
wasm-bindgen --target web "${names_bindgen[@]}" --out-dir "$out" --out-name "$name" "$out/$name.opt.wasm"
rm "$out/$name.opt.wasm"
# Short import names (wasm-bindgen's carry a 16-digit hash each, in both files:
# scripts/short-imports.mjs); kept long in a build for twiggy.
if [ "${KEEP_NAMES:-}" != 1 ]; then
  node "$(dirname "$0")/short-imports.mjs" "$out" "$name"
fi
