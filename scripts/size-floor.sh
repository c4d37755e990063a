#!/usr/bin/env bash
# The size floor under the embed: the same release build and optimisation as
# `make pkg`, made of less of the project, to show what a budget can hold.
#   1. search API only: the index, the search engine and the JS API, no UI
#      (the crate without its `widget` feature: pkg/charter_search_bg.wasm);
#   2. the search API plus the smallest Leptos component (an input echoed into
#      a paragraph through a signal), i.e. Leptos' own runtime with no widget.
# Prints gzip -9 sizes (node's zlib, as scripts/size-budget.mjs counts them).
# Builds in a temporary copy of the tracked files; touches nothing here.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git ls-files | tar cf - -T - | tar xf - -C "$work"
export CARGO_TARGET_DIR="$root/target/size-floor"

# gzip -9 size of a file, in KiB with one decimal.
kib() { node -e "const z=require('zlib'),fs=require('fs');process.stdout.write((z.gzipSync(fs.readFileSync(process.argv[1]),{level:9}).length/1024).toFixed(1))" "$1"; }

measure() { # name [cargo args…]
  local wasm name=$1
  shift
  wasm=$("$work/scripts/cargo-wasm.sh" "$@")
  rm -rf "$work/out"
  scripts/finish-wasm.sh "$wasm" "$work/out" ce
  npx esbuild "$work/out/ce.js" --minify --log-level=warning --outfile="$work/out/ce.min.js"
  printf '%-40s wasm %6s KiB + wasm-bindgen glue %5s KiB gzip\n' "$name" \
    "$(kib "$work/out/ce_bg.wasm")" "$(kib "$work/out/ce.min.js")"
}

# 1. No UI: the crate without its widget (no Leptos).
measure "search API only (no UI)" --no-default-features

# 2. Plus the smallest Leptos component: Leptos is compiled (the `widget`
# feature), the widget's module that exports the views is dropped, so LTO
# drops the views.
perl -0pi -e 's/#\[cfg\(feature = "widget"\)\]\npub mod embed;\n//' "$work/src/lib.rs"
grep -q '^pub mod embed;' "$work/src/lib.rs" && { echo "size-floor: src/lib.rs changed; update this script" >&2; exit 1; }
cat >> "$work/src/lib.rs" <<'EOF'

/// The smallest Leptos component, for the size floor.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = mountMinimal)]
pub fn mount_minimal(el: web_sys::HtmlElement) {
    use leptos::prelude::*;
    leptos::mount::mount_to(el, || {
        let (q, set_q) = signal(String::new());
        view! { <input on:input=move |e| set_q.set(event_target_value(&e)) /> <p>{move || q.get()}</p> }
    })
    .forget();
}
EOF
measure "search API + smallest Leptos component"

if [ -f pkg/charter_explorer_bg.wasm ]; then
  echo "for comparison, pkg/ (make pkg):"
  for f in charter_explorer_bg.wasm charter_explorer.js embed.js; do
    printf '  %-28s %6s KiB gzip\n' "$f" "$(kib "pkg/$f")"
  done
fi
