#!/usr/bin/env bash
# Drives `ccsim pulse --live` in a real terminal (tmux): it starts and draws, the agents that
# do not fit are paged (n turns the page and stops the pages turning by themselves), a key
# switches the team, another pauses, q quits with exit 0 — and Ctrl-C with 130 — and each time
# the terminal settings (stty) are exactly as before. Needs tmux.
# Usage: scripts/check-live-pulse.sh [path/to/ccsim]   (default: a debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
ccsim=${1:-}
if [ -z "$ccsim" ]; then
  swift build --product ccsim >/dev/null
  ccsim=.build/debug/ccsim
fi
ccsim=$(realpath "$ccsim")
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 1; }

session=ccsim-live-$$
work=$(mktemp -d)
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
tmux new-session -d -s "$session" -x 160 -y 50 "bash --norc --noprofile"

screen() { tmux capture-pane -t "$session" -p; }

# Waits up to 10 s for the screen to contain $1.
wait_for() {
  for _ in $(seq 100); do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  echo "FAIL: never saw '$1' on the screen:" >&2
  screen >&2
  exit 1
}

# Runs the live view, applies the keys in "$@" (tmux key names), expects exit code $1.
check() {
  local expected=$1
  shift
  rm -f "$work/done"
  tmux send-keys -t "$session" "clear; stty -g > $work/before; $ccsim pulse scenarios/cms-day.json --live; echo \$? > $work/code; stty -g > $work/after; touch $work/done" Enter
  wait_for "Live 08:"
  wait_for "t team (all)"
  wait_for "page 1 of"
  tmux send-keys -t "$session" n
  wait_for "page 2 of"
  wait_for "a auto off"
  tmux send-keys -t "$session" t
  wait_for "t team (gich)"
  wait_for "Agents — gich"
  tmux send-keys -t "$session" Space
  wait_for "paused"
  for key in "$@"; do tmux send-keys -t "$session" "$key"; done
  for _ in $(seq 100); do [ -e "$work/done" ] && break; sleep 0.1; done
  [ -e "$work/done" ] || { echo "FAIL: ccsim did not exit after $*" >&2; screen >&2; exit 1; }
  local code
  code=$(cat "$work/code")
  [ "$code" = "$expected" ] || { echo "FAIL: exit $code after $*, expected $expected" >&2; exit 1; }
  cmp -s "$work/before" "$work/after" || {
    echo "FAIL: the terminal was not restored after $*:" >&2
    cat "$work/before" "$work/after" >&2
    exit 1
  }
  if screen | grep -qF "Live 08:"; then
    echo "FAIL: the live view is still on the screen after $*" >&2
    exit 1
  fi
  echo "ok: $* → exit $code, terminal restored"
}

check 0 q
check 130 C-c
echo "live Pulse check passed"
