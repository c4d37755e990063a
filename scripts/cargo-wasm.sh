#!/usr/bin/env bash
# The one cargo build of the shipped .wasm, used by build-pkg.sh and
# size-floor.sh; prints the path of the .wasm it built.
#   cargo-wasm.sh [extra cargo args…]
#
# - `cargo rustc --crate-type cdylib`: a plain `cargo build` of a cdylib+rlib
#   crate does not apply `lto = true` to the cdylib (TOOLCHAIN: the LTO trap).
# - build-std with immediate-abort panics, no panic locations and no Debug
#   formatting (−10 % gzip): the standard library is rebuilt with the
#   release profile, so its panic and formatting machinery leaves the wasm.
#   RUSTC_BOOTSTRAP=1 lets the machine's own stable toolchain take the
#   unstable flags (rust-src is installed by scripts/setup.sh). `{:?}` prints
#   nothing in this build: never show Debug output to readers.
# - the standard library's `optimize_for_size` feature: smaller sorts and
#   number formatting (search-only wasm 76.2 → 74.0 KiB gzip, 64.5 → 62.8
#   Brotli; keystroke p50 unchanged within noise: BENCHMARKS.md).
# - its own target dir (`size` in the normal one, also under CARGO_TARGET_DIR):
#   RUSTC_BOOTSTRAP changes the build scripts' view of the compiler, which
#   would rebuild every proc macro in the normal target dir.
# - the .wasm's path is the same whatever the features (`--no-default-features`
#   builds the search-only wasm): use it before the next build.
# CHARTER_PLAIN_STD=1 builds with the prebuilt std instead (for comparison).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${CHARTER_PLAIN_STD:-}" = 1 ]; then
  dir=${CARGO_TARGET_DIR:-target}
  cargo rustc --quiet --release --target wasm32-unknown-unknown --lib --crate-type cdylib -p charter-explorer "$@" >&2
else
  dir=${CARGO_TARGET_DIR:-target}/size
  RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$dir" \
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
    cargo rustc --quiet --release --target wasm32-unknown-unknown --lib --crate-type cdylib \
      -p charter-explorer -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size "$@" >&2
fi
echo "$dir/wasm32-unknown-unknown/release/charter_explorer.wasm"
