#!/usr/bin/env python3
"""Writes the example pair of `ccsim compare` from scenarios/cms-day.json:

  scenarios/compare/base.json       cms-day.json as it is: invalid-SCIN callers wait for GICH
  scenarios/compare/candidate.json  the same centre, but the client lines' invalidScin IVR
                                    branches send callers to a new plan, "maintenance-segment",
                                    answered by every caseworker of the maintenance segment

Only routing differs, so both see the same callers (common random numbers).
Usage: make-compare-pair.py   (run it again after make-cms-day.py)"""
import copy, json, os

here = os.path.dirname(os.path.abspath(__file__))
scenarios = os.path.join(here, '..', 'scenarios')
with open(os.path.join(scenarios, 'cms-day.json')) as f:
    day = json.load(f)

base = copy.deepcopy(day)
base["name"] = "CMS day, invalid SCIN to GICH (base)"
base["description"] = ("scenarios/cms-day.json as it is, the base of the example comparison: "
                       "callers who key an invalid SCIN wait for GICH. " + day["description"])

candidate = copy.deepcopy(day)
candidate["name"] = "CMS day, invalid SCIN to the maintenance segment (candidate)"
candidate["description"] = ("scenarios/cms-day.json with one routing change: callers who key an "
                            "invalid SCIN wait for the maintenance segment's caseworkers instead "
                            "of GICH. " + day["description"])
candidate["routing"]["plans"].append(
    {"id": "maintenance-segment", "steps": [{"target": {"segments": ["maintenance"]}}]})
changed = 0
for line in candidate["lines"]:
    for branch in line.get("ivr", {}).get("branches", []):
        if branch["branch"] == "invalidScin":
            assert branch["plan"] == "gich", line["id"]
            branch["plan"] = "maintenance-segment"
            changed += 1
assert changed > 0, "no invalidScin branch to change"

for name, scenario in [("base", base), ("candidate", candidate)]:
    text = json.dumps(scenario, indent=2, ensure_ascii=False)
    with open(os.path.join(scenarios, 'compare', name + '.json'), 'w') as f:
        f.write(text + "\n")
