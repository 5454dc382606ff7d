#!/usr/bin/env python3
"""Writes scenarios/bench/national.json: a national-scale month for the speed benchmark.

2,000 agents in 20 teams (GICH, WLU, employer, third-party and 16 caseworker teams in three
segments), every team on an early and a late shift every day with breaks and lunch, four lines
with IVRs and an opening-hours arrival profile, 30 days. Run it again after changing the numbers.
"""
import json
import math
import os

DAYS = 30
INTERVALS_PER_DAY = 96  # 15 minutes


def day_profile(peak):
    """Expected calls per 15-minute interval over one day: open 08:00 to 18:00."""
    values = []
    for i in range(INTERVALS_PER_DAY):
        h = i / 4
        if h < 8 or h >= 18:
            values.append(0)
            continue
        m = 0.35 + 0.65 * math.exp(-((h - 10.25) / 1.4) ** 2) + 0.35 * math.exp(-((h - 14.5) / 1.6) ** 2)
        values.append(round(peak * m, 1))
    return values


def month(peak):
    return day_profile(peak) * DAYS


breaks_early = [
    {"reason": "Break", "start": "10:00", "duration": "15m", "spread": "1h"},
    {"reason": "Lunch", "start": "12:00", "duration": "30m", "spread": "1h30m"},
    {"reason": "Break", "start": "14:30", "duration": "15m", "spread": "45m"},
]
breaks_late = [
    {"reason": "Break", "start": "12:00", "duration": "15m", "spread": "1h"},
    {"reason": "Lunch", "start": "13:30", "duration": "30m", "spread": "1h"},
    {"reason": "Break", "start": "16:00", "duration": "15m", "spread": "45m"},
]


def team(team_id, agents, segment=None, casegroups=0):
    early = agents * 6 // 10
    spec = {"id": team_id}
    if segment:
        spec["segment"] = segment
        spec["casegroups"] = casegroups
    spec["shifts"] = [
        {"everyDay": True, "start": "08:00", "end": "16:00", "agents": early, "notReady": breaks_early},
        {"everyDay": True, "start": "10:00", "end": "18:00", "agents": agents - early, "notReady": breaks_late},
    ]
    return spec


segments = ["maintenance", "new-case", "special-client-records"]
caseworker_teams = []
for index in range(16):
    segment = segments[0] if index < 10 else segments[1] if index < 14 else segments[2]
    caseworker_teams.append(team(f"caseworkers-{index + 1:02d}", 90, segment, 15000))

client_ivr = lambda segs: {
    "time": {"uniform": {"min": "20s", "max": "50s"}},
    "branches": [
        {"branch": "welsh", "share": 0.03, "plan": "wlu"},
        {"branch": "hangUp", "share": 0.02},
        {"branch": "validScin", "share": 0.62, "plan": "owner-first", "segments": segs},
        {"branch": "invalidScin", "share": 0.08, "plan": "gich", "identification": {"uniform": {"min": "30s", "max": "1m30s"}}},
        {"branch": "incompleteScin", "share": 0.05, "plan": "gich", "identification": {"uniform": {"min": "1m", "max": "3m"}}},
        {"branch": "noScin", "share": 0.20, "plan": "gich", "identification": {"uniform": {"min": "1m", "max": "3m"}}},
    ],
}

scenario = {
    "name": "National month: 2,000 agents, 20 teams, 30 days",
    "description": "Speed benchmark for the full telephony model (scripts/make-national-scenario.py).",
    "seed": 2012,
    "start": "00:00",
    "duration": f"{DAYS}d",
    "interval": "15m",
    "agentBehaviour": {
        "answerDelay": {"uniform": {"min": "2s", "max": "6s"}},
        "missProbability": 0.03,
        "afterMiss": {"reason": "Non Customer Related Work", "duration": {"uniform": {"min": "1m", "max": "3m"}}},
        "relogDelay": {"exponential": {"mean": "5m"}},
        "shrinkage": [
            {"reason": "Customer Related Clerical Work", "share": 0.05, "meanLength": "8m"},
            {"reason": "Communications", "share": 0.02, "meanLength": "10m"},
        ],
    },
    "segments": [{"id": s} for s in segments],
    "routing": {
        "casegroups": {"orphaned": 0.02, "skew": 0.2},
        "plans": [
            {"id": "owner-first", "priority": 1, "steps": [
                {"after": 0, "target": "owner"},
                {"after": "20s", "target": "ownerTeam"},
                {"after": "1m", "target": "ownerSegment"},
                {"after": "3m", "target": {"teams": ["gich"]}}]},
            {"id": "gich", "steps": [{"target": {"teams": ["gich"]}}]},
            {"id": "wlu", "priority": 1, "steps": [{"target": {"teams": ["wlu"]}}]},
            {"id": "employer", "steps": [{"target": {"teams": ["employer"]}}]},
            {"id": "third-party", "steps": [
                {"target": {"teams": ["third-party"]}, "skipIfNoneReady": True},
                {"target": {"teams": ["gich"]}}]},
        ],
    },
    "callTypes": [
        {"id": "maintenance-enquiry", "talk": {"lognormal": {"mean": "6m", "sd": "3m30s"}}, "acw": {"gamma": {"mean": "2m30s", "sd": "2m"}}, "patience": {"exponential": {"mean": "3m"}}},
        {"id": "new-application", "talk": {"lognormal": {"mean": "9m", "sd": "4m"}}, "acw": {"gamma": {"mean": "3m", "sd": "2m30s"}}, "patience": {"exponential": {"mean": "4m"}}},
        {"id": "employer-enquiry", "talk": {"lognormal": {"mean": "5m", "sd": "2m30s"}}, "acw": {"uniform": {"min": "30s", "max": "2m"}}, "patience": {"exponential": {"mean": "4m"}}},
    ],
    "lines": [
        {"id": "client-maintenance", "callType": "maintenance-enquiry", "arrivals": {"perInterval": month(1000)}, "ivr": client_ivr(["maintenance", "special-client-records"])},
        {"id": "client-new-application", "callType": "new-application", "arrivals": {"perInterval": month(330)}, "ivr": client_ivr(["new-case"])},
        {"id": "client-payments", "callType": "maintenance-enquiry", "arrivals": {"perInterval": month(380)}, "ivr": client_ivr([])},
        {"id": "employer", "kind": "employer", "callType": "employer-enquiry", "arrivals": {"perInterval": month(260)},
         "ivr": {"time": {"uniform": {"min": "15s", "max": "40s"}}, "branches": [
             {"branch": "welsh", "share": 0.02, "plan": "wlu"}, {"branch": "hangUp", "share": 0.02},
             {"branch": "validErn", "share": 0.66, "plan": "employer"},
             {"branch": "thirdParty", "share": 0.25, "plan": "third-party"},
             {"branch": "wrongOption", "share": 0.05, "plan": "gich"}]}},
    ],
    "teams": [team("gich", 400), team("wlu", 40), team("employer", 100), team("third-party", 30)] + caseworker_teams,
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scenarios", "bench", "national.json")
with open(path, "w") as out:
    json.dump(scenario, out, indent=1)
    out.write("\n")
