#!/usr/bin/env bash
# What the WebAssembly is made of: the release build optimised like `make pkg`
# but with function names kept, summed by crate (needs twiggy: cargo install twiggy).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build/size
KEEP_NAMES=1 scripts/finish-wasm.sh "$(scripts/cargo-wasm.sh)" build/size named
twiggy top -n 100000 -f csv build/size/named_bg.wasm > build/size/top.csv
python3 - <<'PY'
import csv, re, collections
agg = collections.Counter(); total = 0
for row in csv.DictReader(open('build/size/top.csv')):
    name, size = row['Name'], int(row['ShallowSize'])
    if 'names' in name or 'custom section' in name or 'producers' in name:
        continue
    total += size
    if name.startswith('data'):
        key = 'data (index, text, tables, strings)'
    else:
        m = re.search(r'([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::', name)
        key = m.group(1) if m else 'other: ' + name[:30]
    agg[key] += size
print(f'{total:>8}  total (bytes, before gzip)')
for k, v in agg.most_common(18):
    print(f'{v:>8}  {k}')
PY
