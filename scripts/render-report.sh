#!/bin/sh
# Renders the HTML report of the example CMS day in a real browser and checks it.
#
#   scripts/render-report.sh [DIR]        (default DIR: .build/report)
#
# 1. Builds ccsim (or uses $CCSIM if set) and runs `ccsim run scenarios/cms-day.json --out DIR`.
# 2. Opens DIR/report.html in headless Chromium (Debian's `chromium`, installed with apt-get
#    when missing) and saves a screenshot to DIR/report.png (1400 px wide, $HEIGHT tall,
#    default 8000: the whole page of the CMS day).
# 3. Fails unless the page ran cleanly, checked two independent ways:
#    - console: Chromium runs with --enable-logging=stderr, which copies every console
#      message of the page to stderr as a line tagged CONSOLE, uncaught exceptions included
#      ("Uncaught TypeError: ..."). The log level on those lines is not reliable across
#      versions, and the report's script never logs, so any CONSOLE line is a failure.
#    - completion (step 4, at every view): --dump-dom prints the document after its scripts
#      ran. The script sets data-ready="true" on #replay as its last statement, so a missing
#      mark means it stopped early (a syntax error, an exception) or never ran.
#    The page must also fetch nothing: a request to the network or to a file other than
#    report.html would show in Chromium's log as a failed load, and is also caught because
#    the report has no src= or http(s):// reference at all (checked here with grep).
# 4. Drives the page (scripts/check-report.py): the report reads its view from its address,
#    so loading report.html#scope=gich or #t=20 is a scripted use of the switcher and the
#    replay slider. Fails unless every view logs nothing and runs to the end, switching the
#    scope and moving the slider change the numbers shown, every figure shown equals
#    summary.json at its pointer, and the replay's queue rows equal intervals.csv's. Saves a
#    second screenshot, of the GICH team's view, to DIR/report-gich.png.
set -eu

cd "$(dirname "$0")/.."
DIR=${1:-.build/report}
HEIGHT=${HEIGHT:-8000}

if [ -z "${CCSIM:-}" ]; then
  swift build --product ccsim >&2
  CCSIM="$(swift build --show-bin-path)/ccsim"
fi

BROWSER=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$BROWSER" ]; then
  echo "render-report: installing chromium" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  fi
  BROWSER=$(command -v chromium)
fi

mkdir -p "$DIR"
"$CCSIM" run scenarios/cms-day.json --out "$DIR" --quiet > /dev/null
REPORT="$(cd "$DIR" && pwd)/report.html"

if grep -q -E 'https?://|src=' "$REPORT"; then
  echo "render-report: report.html refers to something outside itself:" >&2
  grep -o -E '.{40}(https?://|src=).{40}' "$REPORT" | head -5 >&2
  exit 1
fi

PROFILE=$(mktemp -d)
LOG=$(mktemp)
trap 'rm -rf "$PROFILE" "$LOG"' EXIT
FLAGS="--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
  --user-data-dir=$PROFILE"

# shellcheck disable=SC2086
timeout 120 "$BROWSER" $FLAGS --enable-logging=stderr --v=0 \
  --window-size=1400,"$HEIGHT" --screenshot="$DIR/report.png" "file://$REPORT" 2> "$LOG" \
  || { cat "$LOG" >&2; echo "render-report: chromium failed" >&2; exit 1; }

status=0
if grep -E 'CONSOLE[:(]' "$LOG" >&2; then
  echo "render-report: the page logged to the console (above)" >&2
  status=1
fi
[ -s "$DIR/report.png" ] || { echo "render-report: no screenshot" >&2; status=1; }
# shellcheck disable=SC2086
timeout 120 "$BROWSER" $FLAGS --window-size=1400,3000 --screenshot="$DIR/report-gich.png" \
  "file://$REPORT#scope=team/gich" 2>> "$LOG" || status=1
python3 scripts/check-report.py "$BROWSER" "$DIR" || status=1
[ "$status" -eq 0 ] && echo "render-report: screenshots $DIR/report.png $DIR/report-gich.png" \
  "(no console messages; switcher, slider and figures checked)"
exit "$status"
