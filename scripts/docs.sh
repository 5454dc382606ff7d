#!/usr/bin/env bash
# Makes CCSimKit's documentation (Sources/CCSimKit/CCSimKit.docc and the library's doc
# comments) as a static web site in OUT, with the toolchain's own docc: no package plugin.
# Usage: scripts/docs.sh [OUT]   (default: .build/docs/site). It builds the library once in
# its own folder (.build/docs) with symbol graphs; open OUT/documentation/ccsimkit/index.html
# through a web server (python3 -m http.server -d OUT), as DocC sites need one.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/docs/site}
scratch=.build/docs
symbols="$scratch/symbol-graphs"
rm -rf "$symbols"
mkdir -p "$symbols"
swift build --scratch-path "$scratch" --target CCSimKit \
  -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$symbols"
# Only the library's own symbols: the modules it is made of are documented where it
# re-exports them.
find "$symbols" -name '*.symbols.json' ! -name 'CCSimKit*' -delete
docc=$(command -v docc || echo "$(dirname "$(readlink -f "$(command -v swift)")")/docc")
"$docc" convert Sources/CCSimKit/CCSimKit.docc \
  --additional-symbol-graph-dir "$symbols" \
  --fallback-display-name CCSimKit --fallback-bundle-identifier ccsim.CCSimKit \
  --output-path "$out" --transform-for-static-hosting --warnings-as-errors
echo "documentation: $out/documentation/ccsimkit/index.html"
