#!/usr/bin/env python3
"""Checks an intervals.csv as a planner's tools read it, and that it adds up to summary.json.

    scripts/check-intervals.py OUT-DIR [OUT-DIR ...]

OUT-DIR is a `ccsim run --out` directory. Checks, per directory:
- every row has as many fields as the header, and the header has no name twice;
- every column but level, id and start is empty or a number (pandas reads them as floats);
- level is queue or team (or line, in a scenario with trunks or queue limits), and the
  queue-only columns are empty on team rows;
- summed over the intervals, each queue's counts equal summary.json's for the queue, and each
  team's answered and handled equal summary.json's for the team; with trunks or queue limits,
  each line's arrived and blocked callers equal summary.json's for the line, and each limited
  queue's blocked_queue_full its blockedQueueFull.
When pandas is installed it also reads the file with pandas.read_csv and checks the dtypes.
Exit 0 when every directory passes, 1 otherwise (each problem printed).
"""
import csv
import json
import os
import sys

TEXT = {"level", "id", "start"}
QUEUE_ONLY = [
    "offered", "abandoned", "short_abandoned", "abandoned_within_threshold", "missed_at_end",
    "unresolved_at_end", "sl", "abandon_rate", "load_erlangs", "agents_required",
]
QUEUE_COUNTS = {
    "offered": "offered", "answered": "answered", "abandoned": "abandoned",
    "short_abandoned": "shortAbandoned", "answered_within_threshold": "answeredWithinThreshold",
    "unresolved_at_end": "unresolvedAtEnd", "handled": "handled",
}
TEAM_COUNTS = {"answered": "answered", "handled": "handled",
               "answered_within_threshold": "answeredWithinThreshold"}
LINE_COUNTS = {"arrived": ("arrived",), "blocked_trunks": ("blocked", "trunks"),
               "blocked_queue_full": ("blocked", "queueFull")}


def check(directory):
    problems = []
    path = os.path.join(directory, "intervals.csv")
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    if len(set(header)) != len(header):
        problems.append(f"{path}: a column name repeats")
    for number, row in enumerate(body, start=2):
        if len(row) != len(header):
            problems.append(f"{path}:{number}: {len(row)} fields, header has {len(header)}")
            continue
        record = dict(zip(header, row))
        if record["level"] not in ("queue", "team", "line"):
            problems.append(f"{path}:{number}: level {record['level']!r}")
        for name, value in record.items():
            if name in TEXT or value == "":
                continue
            try:
                float(value)
            except ValueError:
                problems.append(f"{path}:{number}: {name} is {value!r}, not a number")
        if record["level"] == "team":
            outcomes = [name for name in header if name.startswith("outcome_")]
            for name in QUEUE_ONLY + outcomes:
                if name in record and record[name] != "":
                    problems.append(f"{path}:{number}: team row has {name} {record[name]!r}")
    with open(os.path.join(directory, "summary.json"), encoding="utf-8") as handle:
        summary = json.load(handle)
    sums = {}
    blocking = {}
    for row in body:
        if len(row) != len(header):
            continue
        record = dict(zip(header, row))
        if record["level"] == "line" or (
                record["level"] == "queue" and record.get("blocked_queue_full", "") != ""):
            for column in (LINE_COUNTS if record["level"] == "line" else ["blocked_queue_full"]):
                key = (record["level"], record["id"], column)
                blocking[key] = blocking.get(key, 0) + int(record[column] or 0)
        if record["level"] == "line":
            continue
        counts = QUEUE_COUNTS if record["level"] == "queue" else TEAM_COUNTS
        key = (record["level"], record["id"])
        for column in counts:
            sums.setdefault(key, {}).setdefault(column, 0)
            sums[key][column] += int(record[column] or 0)
    for level, section, counts in (("queue", "queues", QUEUE_COUNTS), ("team", "teams", TEAM_COUNTS)):
        for name, scope in summary.get(section, {}).items():
            got = sums.get((level, name))
            if got is None:
                problems.append(f"{path}: no {level} rows for {name!r}")
                continue
            for column, key in counts.items():
                if got[column] != scope["calls"][key]:
                    problems.append(
                        f"{path}: {level} {name}: {column} sums to {got[column]},"
                        f" summary.json has {scope['calls'][key]}")
    for (level, name, column), got in blocking.items():
        if level == "line":
            figure = summary["lines"][name]
            for key in LINE_COUNTS[column]:
                figure = figure[key]
        else:
            figure = summary["queues"][name]["blockedQueueFull"]
        if got != figure:
            problems.append(f"{path}: {level} {name}: {column} sums to {got}, summary.json has {figure}")
    try:
        import pandas
    except ImportError:
        return problems
    frame = pandas.read_csv(path, keep_default_na=True)
    for name in header:
        if name not in TEXT and frame[name].dtype.kind not in "if":
            problems.append(f"{path}: pandas reads {name} as {frame[name].dtype}")
    return problems


def main(arguments):
    if not arguments:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    problems = [problem for directory in arguments for problem in check(directory)]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
