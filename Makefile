# charter-explorer — `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
WASM_TEST_ENV := CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner

.PHONY: help setup pkg demo types lexicon size-readers test lint test-native test-wasm test-e2e test-package test-engines test-size size-budget size-floor size-newsroom bench bench-native bench-peers bench-widget bench-startup bench-lighthouse startup-targets fuzz clean

help: ## Show this list
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

setup: ## Install everything the project uses (apt, rustup target, wasm-bindgen-cli, npm) — idempotent
	@scripts/setup.sh

pkg: setup ## Build pkg/: the npm package and the script-tag embed
	@scripts/build-pkg.sh

demo: pkg ## Build and serve the demo article on http://127.0.0.1:8080
	@node scripts/serve.mjs

types: setup ## Regenerate the public types in js/search.d.ts and js/charter_explorer.d.ts from the Rust types (tests/contract.rs checks them)
	CHARTER_WRITE_TYPES=1 cargo test -q -p charter-explorer --test contract generated_types_are_current

lexicon: setup ## Regenerate data/lexicon.json (readers' words → the charter's) from WordNet and data/abbreviations.json
	node scripts/lexicon.mjs

test: setup lint test-native pkg test-size test-wasm test-e2e test-engines test-package ## Run every test (what CI runs)

lint: setup ## rustfmt and clippy (warnings are errors), the wasm with and without the widget
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p charter-explorer --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy -p charter-explorer --target wasm32-unknown-unknown --all-targets --no-default-features -- -D warnings

test-native: setup ## Native tests: core, CLI, relevance (prints MRR@10 and recall@5), the lexicon is current
	cargo test --workspace
	cargo test -q -p charter-core --test relevance -- --nocapture
	node --test tests/data/

test-wasm: setup ## Component tests in headless Chromium (wasm-bindgen-test)
	$(WASM_TEST_ENV) cargo test --target wasm32-unknown-unknown -p charter-explorer

test-e2e: pkg ## Browser end-to-end tests (node --test + playwright-core)
	node --test --test-concurrency=1 tests/e2e/

test-engines: pkg ## The reader checks in Chromium, Firefox ESR and WebKit (WebDriver; ENGINES=firefox,webkit to pick)
	node --test --test-concurrency=1 tests/engines/

test-package: pkg ## The npm tarball in a fresh Vite app, a plain HTML page and a strict TypeScript consumer
	node --test --test-concurrency=1 tests/package/

# The guards stop unexplained growth. They move only by a measured cost, as
# for the newsroom layer (wasm 146 → 173, all 168 → 196; make size-newsroom),
# readers' words (wasm 173 → 186, all 196 → 209; make size-readers), whose
# larger part, WordNet's related words, ships apart in charter_readers.bin
# (loaded only when a query has a word the charter lacks, ≤ 20 KiB below), and
# documents crossing through serde-wasm-bindgen (wasm 207 → 208, all 234 → 235:
# +957 bytes gzip on the wasm, +32 on the module; src/options.rs has the figures).
# The takeover in slices (+3.3 KiB gzip) fits under them: short import names
# and the standard library's optimize_for_size took 5.1 KiB off first.
# The search-only wasm (`charter-explorer/search`, built without the widget)
# has its own guard: ≤ 75 KiB.
test-size: pkg ## Size guards: embed.js ≤ 15 KiB gzip (what a page pulls first), wasm ≤ 208 KiB, all ≤ 235 KiB, readers' words ≤ 20 KiB, search-only wasm ≤ 75 KiB
	node scripts/size-budget.mjs --first 15 --wasm 208 --total 235 --readers 20 --search 75

size-budget: pkg ## The targets: wasm ≤ 120 KiB gzip, everything ≤ 90 KiB (both fail today; see BENCHMARKS.md)
	node scripts/size-budget.mjs --first 15 --wasm 120 --total 90

size-newsroom: pkg ## What the newsroom layer costs: pkg/ beside the package from the commit before it (gzip)
	node bench/newsroom-size.mjs

size-floor: setup ## What the search API alone and with the smallest Leptos component weigh (gzip)
	scripts/size-floor.sh

bench: pkg ## Every benchmark; rewrites BENCHMARKS.md and BENCHMARKS.json
	node bench/report.mjs

bench-peers: pkg ## Browser benchmark beside MiniSearch, FlexSearch and Fuse.js, plus the widget figures
	node bench/peers.mjs

bench-native: setup ## Native query and keystroke benchmark (divan)
	cargo bench -p charter-core --bench search

bench-widget: pkg ## The widget in headless Chromium: bytes loaded, start-up, keystroke to DOM
	node bench/widget.mjs --loads 10

bench-startup: pkg ## Start-up on a phone profile, beside the previous release (built into build/prev)
	bench/prev-release.sh
	node bench/startup.mjs --loads 5

bench-lighthouse: pkg ## Lighthouse's mobile audit of the demo article (TBT, LCP, CLS), beside the article alone; installs Lighthouse into bench/lighthouse/
	cd bench/lighthouse && ([ -d node_modules/lighthouse ] || npm ci --no-audit --no-fund --loglevel=error)
	node bench/lighthouse.mjs --runs 5

startup-targets: pkg ## Fail when start-up on the phone profile misses a target (fails today: see BENCHMARKS.md)
	node bench/startup.mjs --loads 5 --check

fuzz: setup ## Long property run over generated queries (FUZZ_CASES, default 1,000,000)
	cargo run --release -p charter-core --example fuzz -- $${FUZZ_CASES:-1000000}

clean: ## Remove build output
	cargo clean
	rm -rf build pkg test-results

size-readers: pkg ## What readers' words cost: pkg/ beside the package before them (gzip, Brotli), the index with and without the lexicon
	node bench/readers-size.mjs
