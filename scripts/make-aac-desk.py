#!/usr/bin/env python3
"""Writes scenarios/aac-desk.json: the Area Advice Centre's desk on its own, for AAC's managers.

Five area lines (the procedures' phone numbers), each answered first by its own area's AAC
agents and, after two minutes, by any AAC agent; incidents arrive on each line through the day
(raised by caseworkers outside the scenario). The evaluation is the one of cms-day.json.
Run it again after changing make-cms-day.py's AREAS or aac_evaluation.
"""
import importlib.util, json, os

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("cms", os.path.join(here, "make-cms-day.py"))
# make-cms-day.py writes its scenarios when run as a script; import it without arguments
# writing nothing by loading only its definitions.
source = open(os.path.join(here, "make-cms-day.py")).read().split("files={")[0]
cms = {}
exec(compile(source, "make-cms-day.py", "exec"), cms)

def day_profile(peak):
    """Incidents per 30 minutes from 08:00 to 18:00: a morning peak as caseworkers meet the
    day's problems, a dip at lunch, a smaller afternoon peak."""
    shape = [0.5, 0.8, 1.0, 1.0, 0.9, 0.8, 0.6, 0.5, 0.6, 0.8, 0.85, 0.8, 0.7, 0.6, 0.5, 0.45, 0.4, 0.3, 0.2, 0.1]
    return [round(peak * x, 2) for x in shape]

staffing = {"BEL": (2, 1), "NOR": (3, 2), "HAS": (2, 1), "PLY": (2, 1), "LEI": (2, 2)}
peaks = {"BEL": 3, "NOR": 4.5, "HAS": 3, "PLY": 2.5, "LEI": 3.5}
teams, lines, plans, areas = [], [], [], []
for prefix, name, line, _ in cms["AREAS"]:
    team = "aac-" + prefix.lower()
    early, late = staffing[prefix]
    teams.append({"id": team, "handles": [], "shifts": [
        {"start": "08:00", "end": "16:00", "agents": [{"staffNumber": f"{prefix}{100+i}", "name": f"{name} AAC agent {i+1}"} for i in range(early)],
         "notReady": cms["breaks_early"]},
        {"start": "10:00", "end": "18:00", "agents": [{"staffNumber": f"{prefix}L{100+i}", "name": f"{name} AAC agent L{i+1}"} for i in range(late)],
         "notReady": cms["breaks_late"]}]})
    plans.append({"id": line, "steps": [{"target": {"teams": [team]}},
                                        {"after": "2m", "target": {"teams": ["aac-" + p.lower() for p, _, _, _ in cms["AREAS"]]}}]})
    lines.append({"id": line, "kind": "aac", "callType": "incident",
                  "arrivals": {"perInterval": day_profile(peaks[prefix])}, "plan": line})
    areas.append({"prefix": prefix, "name": name, "line": line})

scenario = {
    "name": "AAC desk: a Monday",
    "description": ("The Area Advice Centre on its own: five area lines, each with its own AAC agents "
                    "(early and late shifts, breaks) and overflow to the other areas after two minutes. "
                    "On each call AAC logs the incident, gives its number and rejects, resolves, "
                    "arranges a call-back or assigns it to an Expert Domain."),
    "seed": 2012, "start": "08:00", "duration": "10h", "interval": "30m",
    "serviceLevel": {"threshold": "60s", "target": 0.8},
    "routing": {"plans": plans},
    "callTypes": [cms["INCIDENT_CALL"]],
    "lines": lines,
    "teams": teams,
    "aac": {"areas": areas, "evaluation": cms["aac_evaluation"]()},
}
path = os.path.join(here, "..", "scenarios", "aac-desk.json")
with open(path, "w") as f:
    f.write(json.dumps(scenario, indent=2, ensure_ascii=False) + "\n")
