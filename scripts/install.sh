#!/usr/bin/env bash
# Builds ccsim for release with the Swift standard library and Foundation linked in
# (--static-swift-stdlib) and installs it as PREFIX/bin/ccsim, so it runs on a machine with no
# Swift toolchain. Usage: scripts/install.sh [PREFIX]   (default: /usr/local; ~/.local needs
# no root). The build takes a few minutes (about 11 on 2 cores) and is kept in .build/release.
set -euo pipefail

case "${1:-}" in
  -h | --help)
    sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
esac
prefix=${1:-/usr/local}
[ $# -le 1 ] || { echo "usage: scripts/install.sh [PREFIX]" >&2; exit 64; }
cd "$(dirname "$0")/.."

swift build -c release --product ccsim --static-swift-stdlib
built="$(swift build -c release --static-swift-stdlib --show-bin-path)/ccsim"

# The binary must need no Swift library: only the C library and the system's own.
if command -v ldd > /dev/null && ldd "$built" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime'; then
  echo "install.sh: $built still needs the Swift libraries above" >&2
  exit 1
fi

mkdir -p "$prefix/bin"
# A new file moved into place: a running ccsim keeps its own, and a link at the target is
# replaced, not written through.
staged=$(mktemp "$prefix/bin/.ccsim.XXXXXX")
trap 'rm -f "$staged"' EXIT
cp "$built" "$staged"
# Without the debug information (about 20 MB); the symbols stay, for a crash's backtrace.
if command -v strip > /dev/null; then strip --strip-debug "$staged"; fi
chmod 755 "$staged"
mv -f "$staged" "$prefix/bin/ccsim"
trap - EXIT
echo "installed $prefix/bin/ccsim ($("$prefix/bin/ccsim" --version | head -1))"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on PATH; add it: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
