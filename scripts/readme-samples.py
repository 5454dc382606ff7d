#!/usr/bin/env python3
"""The README's sample outputs, made by ccsim itself.

Every block of ccsim output in README.md sits between two markers:

    <!-- sample: NAME -->
    ```
    …what ccsim printed…
    ```
    <!-- end sample -->

This script runs the command each NAME stands for (below, in SAMPLES) with a built ccsim and
writes its output between the markers, so that a sample is never stale. Runs are seeded, so the
text is the same on every machine. An excerpt drops whole lines, never changes one: a run of
dropped lines shows as "...".

    scripts/readme-samples.py [--ccsim PATH]           # rewrite README.md's samples
    scripts/readme-samples.py --check [--ccsim PATH]   # exit 1, with a diff, if one differs

PATH defaults to .build/release/ccsim (`swift build -c release --product ccsim`). CI runs
`--check` after its release build (.ci/run).
"""

import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
README = os.path.join(ROOT, "README.md")
MARKER = re.compile(
    r"(<!-- sample: (?P<name>[a-z0-9-]+) -->\n)(?P<body>.*?)(<!-- end sample -->)", re.DOTALL)

# Scenario files the README talks about but the repository does not keep: written to a
# temporary folder, and run there under these names.
THIRTY_YEARS = """{"duration": "11574d",
 "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 1000000}}],
 "callTypes": [{"id": "general", "talk": 60}],
 "teams": [{"id": "gich", "agents": 10, "handles": ["general"]}]}
"""
IDLE = """{"name": "idle", "duration": "5000d", "rules": {"idleLogout": "1m"},
 "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 0}}],
 "callTypes": [{"id": "general", "talk": 60}],
 "teams": [{"id": "gich", "agents": 10000, "handles": ["general"]}]}
"""
MONDAY = """{
  "name": "Monday from the forecast",
  "start": "08:00",
  "duration": "10h",
  "interval": "30m",
  "lines": [
    {
      "id": "client",
      "callType": "general",
      "arrivals": {"csv": "monday.csv", "column": "Client calls"}
    }
  ],
  "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 360}}}],
  "teams": [{"id": "gich", "agents": 30, "handles": ["general"]}]
}
"""
# 10:00 is missing: a gap.
MONDAY_CSV = "Interval,Client calls\n" + "".join(
    f"{time},{calls}\n"
    for time, calls in [
        ("08:00", 120), ("08:30", 150), ("09:00", 180), ("09:30", 190), ("10:30", 170),
        ("11:00", 160), ("11:30", 150), ("12:00", 140)])


class Runner:
    """Runs ccsim, from the repository or from the folder of the written scenarios."""

    def __init__(self, ccsim, scratch):
        self.ccsim = ccsim
        self.scratch = scratch

    def run(self, args, code=0, stream="stdout", here=False):
        """What ccsim printed on `stream`, checking its exit code."""
        result = subprocess.run(
            [self.ccsim] + args, cwd=self.scratch if here else ROOT, capture_output=True,
            text=True, env=dict(os.environ, NO_COLOR="1"))
        if result.returncode != code:
            sys.exit(
                f"readme-samples: ccsim {' '.join(args)} exited {result.returncode}, "
                f"expected {code}:\n{result.stderr}")
        return result.stdout if stream == "stdout" else result.stderr


def command(args, output):
    """A prompt line and the output, as a terminal shows them."""
    return f"$ ccsim {' '.join(args)}\n{output}"


def excerpt(text, keep):
    """The lines `keep(index, line)` accepts; each run of the others becomes one "..."."""
    lines = text.rstrip("\n").split("\n")
    out = []
    for index, line in enumerate(lines):
        if keep(index, line):
            out.append(line)
        elif not out or out[-1] != "...":
            out.append("...")
    return "\n".join(out) + "\n"


def blocks(text, first_lines):
    """An excerpt of whole blocks (separated by blank lines) whose first line starts with
    one of `first_lines`, blank lines between kept blocks kept."""
    lines = text.rstrip("\n").split("\n")
    kept = set()
    start = 0
    for index in range(len(lines) + 1):
        if index == len(lines) or lines[index] == "":
            if lines[start].startswith(tuple(first_lines)):
                kept.update(range(start, index))
                if index < len(lines):
                    kept.add(index)
            start = index + 1
    return excerpt(text, lambda index, line: index in kept)


def quickstart_table(ccsim):
    return ccsim.run(["run", "scenarios/quickstart.json", "--quiet"])


def cms_day_table(ccsim):
    text = ccsim.run(["run", "scenarios/cms-day.json", "--quiet"])
    return blocks(
        text, ["CMS centre", "Calls", "Metric", "Incidents", "Expert Domains"]
    ).replace("\n\n...", "\n...")


def erlang_c_json(ccsim):
    args = ["run", "scenarios/erlang-c.json", "--replications", "4", "--format", "json"]
    # The whole run's two probabilities (the queue's, further down, are the same here).
    lines = ccsim.run(args).split("\n")
    first = lines.index('    "probabilityOfQueueing": {')
    last = lines.index('    "probabilityOfWait": {') + 3
    text = "\n".join(lines)

    def keep(index, line):
        return first <= index <= last

    theory = ["erlang", "c", "--calls-per-hour", "200", "--aht", "180", "--agents", "13"]
    return command(args, excerpt(text, keep)) + command(theory, ccsim.run(theory))


def erlang_commands(ccsim, commands):
    return "".join(command(args, ccsim.run(args)) for args in commands)


def erlang_sizing(ccsim):
    return erlang_commands(ccsim, [
        ["erlang", "c", "--calls-per-hour", "360", "--aht", "4m", "--target", "80%",
         "--threshold", "20s"],
        ["erlang", "a", "--calls-per-hour", "360", "--aht", "4m", "--patience", "2m",
         "--target", "80%", "--max-abandon", "3%"],
        ["erlang", "b", "--calls-per-hour", "3600", "--aht", "10s", "--max-blocking", "1%"],
    ])


def erlang_range(ccsim):
    return erlang_commands(ccsim, [
        ["erlang", "a", "--calls-per-hour", "200", "--aht", "3m", "--patience", "5m",
         "--agents", "9-15"],
    ])


def too_many_calls(ccsim):
    return command(["run", "thirty-years.json"], ccsim.run(
        ["run", "thirty-years.json"], code=64, stream="stderr", here=True))


def too_many_events(ccsim):
    return command(["run", "idle.json"], ccsim.run(
        ["run", "idle.json"], code=64, stream="stderr", here=True))


def forecast_gap(ccsim):
    return command(["validate", "monday.json"], ccsim.run(
        ["validate", "monday.json"], code=65, stream="stderr", here=True))


def staff_table(ccsim):
    args = ["staff", "scenarios/quickstart.json", "--max-abandon", "0.05", "--quiet"]
    text = ccsim.run(args)
    # The first team down to its agent-hours, four of its intervals (the start and the peak).
    end = text.split("\n").index(next(
        line for line in text.split("\n") if line.startswith("Agent-hours")))
    shown = ("08:00", "08:15", "09:45", "10:00")
    return command(args[:-1], excerpt(
        text,
        lambda index, line: index <= end and (not line[:2].isdigit() or line.startswith(shown))))


def schedule_table(ccsim):
    args = ["schedule", "scenarios/schedule-day.json", "--quiet"]
    text = ccsim.run(args)
    # The first team down to its shifts and templates, a few of its intervals.
    lines = text.split("\n")
    end = lines.index("", lines.index(next(line for line in lines if line.startswith("Shifts"))))
    shown = ("08:00", "08:15", "12:00", "12:15", "17:45")
    return command(args[:-1], excerpt(
        text,
        lambda index, line: index < end and (not line[:2].isdigit() or line.startswith(shown))))


def staff_joint(ccsim):
    args = ["staff", "scenarios/shared-queue.json", "--quiet"]
    text = ccsim.run(args)
    # Every team's and queue's heading and total, three of their intervals (the start and the
    # peak), and the notes.
    shown = ("08:00", "09:45", "10:00")
    return command(args[:-1], excerpt(
        text, lambda index, line: not line[:2].isdigit() or line.startswith(shown)))


# The sample history's vendor layout, its columns mapped (scenarios/data/README.md).
HISTORY_MAP = [
    "--map", "date=Call Date", "--map", "arrival=Start Time", "--map", "queued=Queue Entered",
    "--map", "answered=Answered At", "--map", "abandoned=Abandoned At", "--map", "queue=Skill",
    "--map", "talk=Talk (s)", "--map", "hold=Hold (s)", "--map", "wrapUp=Wrap (s)",
    "--map", "agent=Agent", "--map", "outcome=Result", "--map", "ringOuts=Rings Out",
    "--outcome", "answered=Handled", "--outcome", "abandoned=Abandoned"]


def fit_table(ccsim):
    text = ccsim.run(["fit", "scenarios/data/calls-export.csv"] + HISTORY_MAP)
    client = text[text.index("Queue client"):]
    shown = ("Queue", "estimate", "───", "Monday", "busyness", "IVR", "talk", "ACW", "patience",
             "naive", "RONA")
    return "$ ccsim fit scenarios/data/calls-export.csv --map … --out fitted\n" + excerpt(
        client, lambda index, line: line.startswith(shown))


def backtest_table(ccsim):
    fitted = os.path.join(ccsim.scratch, "fitted")
    ccsim.run(["fit", "scenarios/data/calls-export.csv"] + HISTORY_MAP + ["--out", fitted])
    text = ccsim.run(
        ["backtest", os.path.join(fitted, "scenario.json"), "--calls",
         "scenarios/data/calls-export.csv"] + HISTORY_MAP
        + ["--date", "2024-04-22", "--staffing", "scenarios/data/staffing.csv"])
    return ("$ ccsim backtest fitted/scenario.json --calls scenarios/data/calls-export.csv --map …"
            " \\\n    --date 2024-04-22 --staffing scenarios/data/staffing.csv\n" + text)


def snapshot(ccsim):
    """cms-day's 10:30 written as a snapshot, in the scratch folder."""
    path = os.path.join(ccsim.scratch, "now.json")
    ccsim.run(["pulse", "scenarios/cms-day.json", "--at", "10:30", "--snapshot", path])
    return path


def intraday_run(ccsim):
    path = snapshot(ccsim)
    text = ccsim.run(
        ["run", "scenarios/cms-day.json", "--from", path, "--replications", "20", "--run-rate",
         "--quiet"])
    projection = text[text.index("Rest of the day"):]
    gich = projection.index("queue gich")
    heading = projection[:projection.index("\n\n") + 1]
    table = projection[gich:].split("\n\n")[0] + "\n"
    shown = ("queue", "Interval", "───", "09:45", "10:00", "10:15", "10:30", "10:45", "11:00",
             "11:15", "11:30")
    return ("$ ccsim pulse scenarios/cms-day.json --at 10:30 --snapshot now.json\n"
            "$ ccsim run scenarios/cms-day.json --from now.json --replications 20 --run-rate\n"
            "...\n" + heading + "...\n"
            + excerpt(table, lambda index, line: line.startswith(shown)))


def intraday_compare(ccsim):
    path = snapshot(ccsim)
    text = ccsim.run(
        ["compare", "scenarios/cms-day.json", "--from", path, "--run-rate", "--change",
         "overtime gich 3 until 14:00", "--quiet"])
    summary = text[:text.index("… and")]
    return ("$ ccsim compare scenarios/cms-day.json --from now.json --run-rate \\\n"
            "    --change \"overtime gich 3 until 14:00\"\n" + summary)


def intraday_beside(ccsim):
    path = snapshot(ccsim)
    text = ccsim.run(
        ["run", "scenarios/cms-day.json", "--from", path, "--replications", "20", "--run-rate",
         "--change", "overtime gich 3 until 14:00", "--quiet"])
    projection = text[text.index("Rest of the day"):]
    gich = projection.index("queue gich")
    table = projection[gich:].split("\n\n")[0] + "\n"
    shown = ("queue", "Interval", "───", "10:15", "10:30", "10:45", "11:00", "11:15")
    return ("$ ccsim run scenarios/cms-day.json --from now.json --replications 20 --run-rate \\\n"
            "    --change \"overtime gich 3 until 14:00\"\n"
            "...\n" + excerpt(table, lambda index, line: line.startswith(shown)))


def routing_change(ccsim):
    args = ["check", "scenarios/routing-tests/routing-change/ni-centre.json"]
    return command(args, ccsim.run(args, code=1))


SAMPLES = {
    "intraday-run": intraday_run,
    "intraday-compare": intraday_compare,
    "intraday-beside": intraday_beside,
    "quickstart-table": quickstart_table,
    "cms-day-table": cms_day_table,
    "erlang-c-json": erlang_c_json,
    "erlang-sizing": erlang_sizing,
    "erlang-range": erlang_range,
    "too-many-calls": too_many_calls,
    "too-many-events": too_many_events,
    "forecast-gap": forecast_gap,
    "staff-table": staff_table,
    "schedule-table": schedule_table,
    "staff-joint": staff_joint,
    "fit-table": fit_table,
    "backtest-table": backtest_table,
    "routing-change": routing_change,
}


def rendered(readme, ccsim):
    """README.md with every sample made again."""
    names = [match.group("name") for match in MARKER.finditer(readme)]
    unknown = sorted(set(names) - set(SAMPLES))
    missing = sorted(set(SAMPLES) - set(names))
    if unknown or missing:
        sys.exit(
            "readme-samples: README.md's markers and the samples differ: "
            f"unknown {unknown}, not in README.md {missing}")
    if len(names) != len(set(names)):
        sys.exit("readme-samples: a sample is marked twice in README.md")
    made = {name: SAMPLES[name](ccsim) for name in names}
    return MARKER.sub(
        lambda match: match.group(1) + "```\n" + made[match.group("name")] + "```\n"
        + match.group(4), readme)


def main():
    parser = argparse.ArgumentParser(description="Make README.md's sample outputs with ccsim.")
    parser.add_argument("--check", action="store_true", help="fail if README.md differs")
    parser.add_argument(
        "--ccsim", default=os.path.join(ROOT, ".build", "release", "ccsim"),
        help="the ccsim binary (default: .build/release/ccsim)")
    options = parser.parse_args()
    ccsim = os.path.abspath(options.ccsim)
    if not os.access(ccsim, os.X_OK):
        sys.exit(f"readme-samples: no ccsim at {ccsim}: swift build -c release --product ccsim")
    with open(README, encoding="utf-8") as file:
        readme = file.read()
    with tempfile.TemporaryDirectory() as scratch:
        for name, text in [
            ("thirty-years.json", THIRTY_YEARS), ("idle.json", IDLE),
            ("monday.json", MONDAY), ("monday.csv", MONDAY_CSV),
        ]:
            with open(os.path.join(scratch, name), "w", encoding="utf-8") as file:
                file.write(text)
        expected = rendered(readme, Runner(ccsim, scratch))
    if expected == readme:
        print(f"readme-samples: {len(SAMPLES)} samples, README.md up to date")
        return
    if options.check:
        sys.stdout.writelines(difflib.unified_diff(
            readme.splitlines(True), expected.splitlines(True), "README.md",
            "README.md (made by ccsim)"))
        sys.exit("readme-samples: README.md's samples are stale: run scripts/readme-samples.py")
    with open(README, "w", encoding="utf-8") as file:
        file.write(expected)
    print(f"readme-samples: README.md rewritten ({len(SAMPLES)} samples)")


if __name__ == "__main__":
    main()
