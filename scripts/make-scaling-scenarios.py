#!/usr/bin/env python3
"""Writes the routing scaling scenarios of scripts/bench.sh into DIR: the same load (0.3 calls/s,
exponential talk of mean 300 s, no ACW, no abandonment, 100 agents) split over more and more
waiting lists or teams, so that their cost per call shows how routing grows with the model.

    queues-N: one 100-agent team answering N queues (N lines, each with its own plan)
    teams-N:  one line whose single routing step names N teams of 100/N agents

    scripts/make-scaling-scenarios.py DIR HOURS
"""
import json
import sys
from pathlib import Path


def base(name, hours):
    return {"name": name, "seed": 7, "start": "00:00", "duration": f"{hours}h", "warmup": 0,
            "interval": "1h", "serviceLevel": {"threshold": "20s", "target": 0.8},
            "shortAbandon": 0,
            "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 300}}, "acw": 0}]}


def queues(n, hours):
    s = base(f"scaling: one 100-agent team answering {n} queues", hours)
    s["routing"] = {"plans": [{"id": f"q{i}", "steps": [{"target": {"teams": ["team"]}}]}
                              for i in range(n)]}
    s["lines"] = [{"id": f"line{i}", "kind": "client", "callType": "general", "plan": f"q{i}",
                   "arrivals": {"perHour": 1080 / n}} for i in range(n)]
    s["teams"] = [{"id": "team", "agents": 100, "handles": ["general"]}]
    return s


def teams(n, hours):
    s = base(f"scaling: a routing step naming {n} teams", hours)
    ids = [f"t{i}" for i in range(n)]
    s["routing"] = {"plans": [{"id": "all", "steps": [{"target": {"teams": ids}}]}]}
    s["lines"] = [{"id": "main", "kind": "client", "callType": "general", "plan": "all",
                   "arrivals": {"perHour": 1080}}]
    s["teams"] = [{"id": t, "agents": 100 // n, "handles": ["general"]} for t in ids]
    return s


def main():
    out, hours = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    for n in (1, 100, 1000):
        (out / f"queues-{n}.json").write_text(json.dumps(queues(n, hours), indent=1) + "\n")
    for n in (1, 10, 100):
        (out / f"teams-{n}.json").write_text(json.dumps(teams(n, hours), indent=1) + "\n")


if __name__ == "__main__":
    main()
