#!/usr/bin/env bash
# Builds the previous release's package into build/prev/pkg, for start-up
# figures beside this build in one run (bench/startup.mjs).
#   bench/prev-release.sh [REV]   (default: the last commit before fast start)
#   PREV_OUT=build/other bench/prev-release.sh REV   (another output folder)
# The sources come from git (a worktree in build/prev/src); its target/ is
# target/prev here, so later runs are quick.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-${PREV_REV:-91ef93f}}
out=${PREV_OUT:-build/prev}
if [ -f "$out/rev" ] && [ "$(cat "$out/rev")" = "$(git rev-parse "$rev")" ] && [ -f "$out/pkg/embed.js" ]; then
  echo "previous release $rev: already built in $out/pkg" >&2
  exit 0
fi
rm -rf "$out"
git worktree prune
mkdir -p "$out"
git worktree add --detach --force "$out/src" "$rev" >/dev/null 2>&1
ln -s "$PWD/node_modules" "$out/src/node_modules"
mkdir -p target/prev
ln -s "$PWD/target/prev" "$out/src/target"
echo "previous release $rev: building…" >&2
(cd "$out/src" && scripts/build-pkg.sh >&2)
mv "$out/src/pkg" "$out/pkg"
git worktree remove --force "$out/src"
git rev-parse "$rev" > "$out/rev"
