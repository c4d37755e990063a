#!/usr/bin/env bash
# Installs everything the project uses, idempotently, on a fresh Debian 12
# machine (as root) or one that already has it: apt packages, the wasm target,
# wasm-bindgen-cli at the Cargo.lock version, npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v wasm-opt >/dev/null || need_apt+=(binaryen)
command -v brotli >/dev/null || need_apt+=(brotli)
# The other engines readers use (tests/engines): Firefox ESR, and WebKitGTK's
# MiniBrowser with its WebDriver, which needs an X display (Xvfb).
command -v firefox-esr >/dev/null || need_apt+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || need_apt+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || need_apt+=(xvfb)
command -v xauth >/dev/null || need_apt+=(xauth) # xvfb-run needs it; xvfb only recommends it
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
# rust-src: the shipped .wasm rebuilds std (scripts/cargo-wasm.sh).
for c in clippy rustfmt rust-src; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done

# wasm-bindgen-cli must match the wasm-bindgen crate exactly.
want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$want" != "$have" ]; then
  echo "setup: cargo install wasm-bindgen-cli $want (have: ${have:-none})"
  # No --locked: the registry here lacks a version its own lockfile pins.
  cargo install wasm-bindgen-cli --version "$want"
fi

# Firefox's WebDriver server, built from crates.io (no prebuilt download).
if ! command -v geckodriver >/dev/null && [ ! -x "$HOME/.cargo/bin/geckodriver" ]; then
  echo "setup: cargo install geckodriver"
  cargo install geckodriver --version 0.37.1
fi

if [ ! -f node_modules/.setup-stamp ] || [ package-lock.json -nt node_modules/.setup-stamp ]; then
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.setup-stamp
fi
