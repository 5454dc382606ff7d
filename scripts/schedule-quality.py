#!/usr/bin/env python3
"""How far ccsim's covering solver is from the true optimum (issue 19, part 4).

Outside CI. Needs an ILP solver from PyPI, installed into a virtual environment:

    python3 -m venv /work/venv-bench
    /work/venv-bench/bin/pip install pulp highspy
    /work/venv-bench/bin/python scripts/schedule-quality.py            # the five profiles
    /work/venv-bench/bin/python scripts/schedule-quality.py --profile week --time-limit 2400
    /work/venv-bench/bin/python scripts/schedule-quality.py --covering-problem FILE ...
    /work/venv-bench/bin/python scripts/schedule-quality.py --write-fixtures

For each requirement profile — flat, double peak, the CMS day (GICH's requirement from
`ccsim staff scenarios/cms-day.json --team gich --format json`, release binary), a 24-hour
profile and a week — it builds the covering problem (shift templates with their breaks as in
docs/scenario-format.md's scheduling example; one column per start time × break placement,
each break starting on a 15-minute boundary inside its window, breaks not overlapping; a
week's columns are tours: five consecutive working days, the same start and break times each
day), solves it exactly with HiGHS through PuLP (the optimum), solves the same JSON with
ccsim's solver (CoveringSolver: scripts/covering-solve/main.swift compiled with `swiftc -O`
together with Sources/Planning/Scheduling/Covering*.swift), and prints paid hours of both, the
gap and the time each took. The goal is a gap of at most 3 %. HiGHS runs on one thread (the
machine is shared); when it stops at --time-limit (seconds, per problem) the optimum column
shows its best solution and its bound, the gap is to that best solution, and the gap to the
optimum is only known to lie between it and the gap to the bound. --profile NAME (flat,
double-peak, cms-day, 24-hours, week; repeatable) runs only those profiles. --week-bound
prints a lower bound on the week's optimum (its LP with a valid cut per day, see week_bound).
--week-proof solves the week with OR-Tools CP-SAT instead (`pip install ortools`; --workers,
default 2; --time-limit): an exact solver independent of HiGHS, whose final line gives its best
schedule and its proven bound (see week_proof).

--covering-problem FILE reads `ccsim schedule … --covering-problem FILE` output ({"teams":
[{"team", "problem", "solution"}]}): the optimum of each team's problem against the cost of
the solution ccsim wrote (and ccsim's solver run again on it, for the time). A week's file
holds the day shifts of the week without its rules (ccsim builds the week's roster under them,
WeekSchedule): add --week-rules for the optimum under scenarios/week.json's rules (2
consecutive rest days, the same start every working day), the one to compare with.

--write-fixtures writes the five problems with reduced template sets (starts every 30 minutes,
fewer break placements; the week hourly) and their exact optimum to
Tests/PlanningTests/Fixtures/covering/, which CoveringFixtureTests solves in CI, and a sixth,
week-hourly (the week with hourly starts, every 12th break placement), where ccsim's solver
needs its dive on a large problem to come within 3 %.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "PlanningTests", "Fixtures", "covering")
PERIOD = 15  # minutes


def hm(minutes):
    return minutes // PERIOD


# Templates in periods of 15 minutes: length, paid, breaks (length, paid, window start, window
# end after the shift's start), allowed start window (clock minutes), start step (minutes).
def templates(reduced, step=None):
    step = step or (30 if reduced else 15)
    if reduced:
        full_breaks = [(1, True, hm(120), hm(150)), (2, False, hm(240), hm(300)),
                       (1, True, hm(360), hm(390))]
        part_breaks = [(1, True, hm(90), hm(120))]
    else:
        full_breaks = [(1, True, hm(120), hm(180)), (2, False, hm(240), hm(300)),
                       (1, True, hm(360), hm(420))]
        part_breaks = [(1, True, hm(90), hm(150))]
    return [
        {"id": "full-day", "length": hm(510), "breaks": full_breaks, "step": step},
        {"id": "part-time", "length": hm(240), "breaks": part_breaks, "step": step},
    ]


def placements(breaks):
    """Every way to start each break on a period inside its window, in order, not overlapping."""
    result = [[]]
    for length, _paid, start, end in breaks:
        grown = []
        for chosen in result:
            earliest = start
            if chosen:
                previous = chosen[-1]
                earliest = max(earliest, previous[0] + previous[1])
            for at in range(earliest, end - length + 1):
                grown.append(chosen + [(at, length)])
        result = grown
    return result


def paid_hours(template):
    unpaid = sum(length for length, paid, _s, _e in template["breaks"] if not paid)
    return (template["length"] - unpaid) * PERIOD / 60


def day_columns(periods, opening, reduced, weekly=False, step=None, every=1):
    """(cost, covers within the day, description) for each start × break placement (starts
    every `step` minutes when given, every `every`-th placement)."""
    columns = []
    for template in templates(reduced, step):
        step = template["step"] // PERIOD
        if weekly:
            step = max(step, 4 if reduced else step)
        length = template["length"]
        ways = placements(template["breaks"])[::every]
        if weekly and reduced:
            ways = ways[:1]
        starts = list(range(0, periods - length + 1, step))
        if starts and starts[-1] != periods - length:
            starts.append(periods - length)  # the latest start, so the last periods are covered
        for start in starts:
            for way in ways:
                off = set()
                for at, blen in way:
                    off.update(range(start + at, start + at + blen))
                covers = [p for p in range(start, start + length) if p not in off]
                clock = opening + start * PERIOD
                label = "%s %02d:%02d %s" % (template["id"], clock // 60, clock % 60,
                                             ",".join(str(at) for at, _l in way))
                columns.append((paid_hours(template), covers, label))
    return columns


def week_columns(day_periods, opening, reduced, step=None, every=1):
    """Tours: five consecutive working days of seven (two consecutive rest days, cyclic),
    the same shift — start and breaks — each working day."""
    tours = []
    for cost, covers, label in day_columns(day_periods, opening, reduced, True, step, every):
        if label.startswith("part-time") and reduced:
            continue
        for first in range(7):
            days = [(first + k) % 7 for k in range(5)]
            week = sorted(d * day_periods + p for d in days for p in covers)
            tours.append((5 * cost, week, "%s from day %d" % (label, first)))
    return tours


def bump(periods, centre, width, height):
    return [height * math.exp(-0.5 * ((p - centre) / width) ** 2) for p in range(periods)]


def profile_flat():
    return {"name": "flat", "opening": 6 * 60, "demand": [20] * 64}


def profile_double_peak():
    periods = 64  # 06:00–22:00
    morning = bump(periods, hm(10 * 60 - 360), 6, 22)
    afternoon = bump(periods, hm(15 * 60 - 360), 7, 18)
    demand = [max(0, round(4 + a + b)) for a, b in zip(morning, afternoon)]
    return {"name": "double peak", "opening": 6 * 60, "demand": demand}


def profile_cms(ccsim):
    out = subprocess.run(
        [ccsim, "staff", os.path.join(ROOT, "scenarios", "cms-day.json"), "--team", "gich",
         "--format", "json"], check=True, capture_output=True, text=True).stdout
    team = json.loads(out)["teams"][0]
    first = team["intervals"][0]["start"]
    opening = int(first[:2]) * 60 + int(first[3:])
    return {"name": "CMS day (gich)", "opening": opening,
            "demand": [i["agents"] for i in team["intervals"]]}


def profile_24_hours():
    periods = 96
    demand = [max(2, round(14 + 10 * math.sin(2 * math.pi * (p - hm(9 * 60)) / 96)
                           + 4 * math.sin(4 * math.pi * p / 96))) for p in range(periods)]
    return {"name": "24 hours", "opening": 0, "demand": demand}


def profile_week():
    base = profile_double_peak()["demand"]
    scale = [1.0, 0.95, 0.9, 0.9, 0.85, 0.5, 0.35]  # Monday … Sunday
    demand = [round(d * s) for s in scale for d in base]
    return {"name": "week", "opening": 6 * 60, "demand": demand, "days": 7}


PROFILES = {"flat": profile_flat, "double-peak": profile_double_peak, "cms-day": profile_cms,
            "24-hours": profile_24_hours, "week": profile_week}


def problem_of(profile, reduced, step=None, every=1):
    demand = profile["demand"]
    if profile.get("days"):
        columns = week_columns(len(demand) // profile["days"], profile["opening"], reduced, step,
                               every)
    else:
        columns = day_columns(len(demand), profile["opening"], reduced)
    return {"demand": demand,
            "columns": [{"cost": cost, "covers": covers} for cost, covers, _ in columns],
            "limits": []}


def optimum(problem, seconds=600, week_rules=False):
    """HiGHS's optimum, remembered in .build/schedule-quality/optima.json by the problem's
    SHA-256 (a rerun times ccsim again without solving the ILPs again)."""
    import hashlib
    cache_path = os.path.join(ROOT, ".build", "schedule-quality", "optima.json")
    key = hashlib.sha256(json.dumps(problem, sort_keys=True).encode()).hexdigest()
    if week_rules:
        key += "-week-rules"
    cache = json.load(open(cache_path)) if os.path.exists(cache_path) else {}
    if key not in cache:
        cache[key] = (solve_week_rules if week_rules else solve_exactly)(problem, seconds)
        os.makedirs(os.path.dirname(cache_path), exist_ok=True)
        json.dump(cache, open(cache_path, "w"))
    return tuple(cache[key]) + (None,) * (4 - len(cache[key]))


def solve_week_rules(problem, seconds):
    """The optimum of a week's problem (7 days from midnight, one column per day's shift, as
    `ccsim schedule scenarios/week.json --covering-problem` writes it) under that scenario's
    week rules: each agent rests 2 consecutive days (day 7 and day 1 count as consecutive) and
    starts at the same clock time (hence the same template) every working day, breaks placed
    freely each day; its 40-hour week leaves both templates usable. The problem's own optimum
    ignores the rules and is only a lower bound on it."""
    import pulp
    demand, columns = problem["demand"], problem["columns"]
    per_day = len(demand) // 7
    start = [(c["cost"], c["covers"][0] % per_day) for c in columns]
    day = [c["covers"][0] // per_day for c in columns]
    model = pulp.LpProblem("week", pulp.LpMinimize)
    y = [pulp.LpVariable("y%d" % j, lowBound=0, cat="Integer") for j in range(len(columns))]
    people = {(s, rest): pulp.LpVariable("n%d_%d" % (k, rest), lowBound=0, cat="Integer")
              for k, s in enumerate(sorted(set(start))) for rest in range(7)}
    model += pulp.lpSum(c["cost"] * y[j] for j, c in enumerate(columns))
    for s in sorted(set(start)):
        for d in range(7):
            model += (pulp.lpSum(y[j] for j in range(len(columns)) if start[j] == s and day[j] == d)
                      == pulp.lpSum(people[s, rest] for rest in range(7)
                                    if d not in (rest, (rest + 1) % 7)))
    add_covering(model, problem, y)
    return run_highs(model, seconds)


def add_covering(model, problem, x):
    import pulp
    covering = [[] for _ in problem["demand"]]
    for j, column in enumerate(problem["columns"]):
        for p in column["covers"]:
            covering[p].append(j)
    for p, need in enumerate(problem["demand"]):
        if need > 0:
            model += pulp.lpSum(x[j] for j in covering[p]) >= need
    for limit in problem.get("limits", []):
        model += pulp.lpSum(x[j] for j in limit["columns"]) <= limit["maximum"]


def run_highs(model, seconds):
    import pulp
    started = time.perf_counter()
    model.solve(pulp.HiGHS(msg=False, timeLimit=seconds, gapRel=0, threads=1))
    elapsed = time.perf_counter() - started
    status = pulp.LpStatus[model.status]
    # PuLP says "Optimal" when HiGHS stops at its time limit with a solution: ask HiGHS.
    highs = model.solverModel
    if highs.modelStatusToString(highs.getModelStatus()) != "Optimal":
        info = highs.getInfo()
        status = "best found, bound %.1f" % info.mip_dual_bound
        return pulp.value(model.objective), elapsed, status, info.mip_dual_bound
    return pulp.value(model.objective), elapsed, status, None


def solve_exactly(problem, seconds):
    import pulp
    model = pulp.LpProblem("covering", pulp.LpMinimize)
    x = [pulp.LpVariable("x%d" % j, lowBound=0, cat="Integer")
         for j in range(len(problem["columns"]))]
    model += pulp.lpSum(c["cost"] * x[j] for j, c in enumerate(problem["columns"]))
    add_covering(model, problem, x)
    return run_highs(model, seconds)


def week_bound(seconds):
    """A lower bound on the week profile's optimum without solving it: the LP relaxation, then
    the LP with one valid cut per day — the paid hours worked that day (a tour's cost over its
    working days) at least that day's own optimum, the day's shifts covering the day's demand — each
    rounded up to a multiple of 20 (every tour costs 20 or 40 paid hours)."""
    import pulp
    profile = profile_week()
    days = profile["days"]
    per_day = len(profile["demand"]) // days
    day_optima = []
    for d in range(days):
        demand = profile["demand"][d * per_day:(d + 1) * per_day]
        day = problem_of({"demand": demand, "opening": profile["opening"]}, False)
        value, _elapsed, status, _bound = solve_exactly(day, seconds)
        assert status == "Optimal", (d, status)
        day_optima.append(round(value, 6))
    problem = problem_of(profile, False)
    model = pulp.LpProblem("week", pulp.LpMinimize)
    x = [pulp.LpVariable("x%d" % j, lowBound=0) for j in range(len(problem["columns"]))]
    model += pulp.lpSum(c["cost"] * x[j] for j, c in enumerate(problem["columns"]))
    add_covering(model, problem, x)
    model.solve(pulp.HiGHS(msg=False, threads=1))
    plain = pulp.value(model.objective)
    worked = [sorted({p // per_day for p in c["covers"]}) for c in problem["columns"]]
    for d, least in enumerate(day_optima):
        model += pulp.lpSum(c["cost"] / len(worked[j]) * x[j]
                            for j, c in enumerate(problem["columns"]) if d in worked[j]) >= least
    model.solve(pulp.HiGHS(msg=False, threads=1))
    cut = pulp.value(model.objective)
    print("days' optima: %s (sum %g)" % (day_optima, sum(day_optima)))
    print("LP %.2f, with the days' cuts %.2f: the optimum is at least %d"
          % (plain, cut, math.ceil(cut / 20 - 1e-6) * 20))


def week_proof(seconds, workers):
    """The week profile's covering problem solved by OR-Tools CP-SAT (`pip install ortools`),
    an exact solver independent of HiGHS, with --workers search workers (at most 2 here) and
    --time-limit seconds: it prints CP-SAT's own final line (objective and best bound). The
    model is the integer one (one count per tour), costs in units of 20 paid hours (a
    part-time tour is 1, a full-day tour 2), plus the valid cuts: the tours working day d are
    at least the day's highest demand, and the sum of those over the week is 5 × the tours."""
    from ortools.sat.python import cp_model
    problem = problem_of(profile_week(), False)
    demand, columns = problem["demand"], problem["columns"]
    per_day = len(demand) // profile_week()["days"]
    model = cp_model.CpModel()
    x = [model.NewIntVar(0, max(demand), "x%d" % j) for j in range(len(columns))]
    covering = [[] for _ in demand]
    working = [[] for _ in range(7)]
    for j, column in enumerate(columns):
        for p in column["covers"]:
            covering[p].append(x[j])
        for d in sorted({p // per_day for p in column["covers"]}):
            working[d].append(x[j])
    for p, need in enumerate(demand):
        if need > 0:
            model.Add(sum(covering[p]) >= need)
    for d in range(7):
        model.Add(sum(working[d]) >= max(demand[d * per_day:(d + 1) * per_day]))
    model.Minimize(sum(int(c["cost"] // 20) * x[j] for j, c in enumerate(columns)))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = workers
    solver.parameters.log_search_progress = True
    solver.parameters.log_to_stdout = True
    status = solver.Solve(model)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        print("CP-SAT %s: objective %g paid h, best bound %g paid h (%.0f s)"
              % (solver.StatusName(status), 20 * solver.ObjectiveValue(),
                 20 * solver.BestObjectiveBound(), solver.WallTime()), flush=True)
    else:
        print("CP-SAT %s: no schedule, no bound in %.0f s" % (solver.StatusName(status),
                                                              solver.WallTime()), flush=True)


def solver_binary():
    binary = os.path.join(ROOT, ".build", "covering-solve")
    sources = [os.path.join(ROOT, "scripts", "covering-solve", "main.swift")]
    folder = os.path.join(ROOT, "Sources", "Planning", "Scheduling")
    sources += sorted(os.path.join(folder, f) for f in os.listdir(folder)
                      if f.startswith("Covering") and f.endswith(".swift"))
    newest = max(os.path.getmtime(s) for s in sources)
    if not os.path.exists(binary) or os.path.getmtime(binary) < newest:
        os.makedirs(os.path.dirname(binary), exist_ok=True)
        print("compiling ccsim's covering solver (swiftc -O) …", file=sys.stderr)
        subprocess.run(["swiftc", "-O", "-o", binary] + sources, check=True)
    return binary


def ccsim_solve(path):
    out = subprocess.run([solver_binary(), path], check=True, capture_output=True,
                         text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def write_problem(problem, path, extra=None):
    """One column per line: small diffs, readable fixtures."""
    with open(path, "w") as f:
        f.write("{\n")
        for key, value in (extra or {}).items():
            f.write('  "%s": %s,\n' % (key, json.dumps(value)))
        f.write('  "problem": {\n    "demand": %s,\n' % json.dumps(problem["demand"]))
        f.write('    "limits": %s,\n    "columns": [\n' % json.dumps(problem["limits"]))
        lines = ['      {"cost": %s, "covers": %s}' % (json.dumps(c["cost"]),
                                                      json.dumps(c["covers"], separators=(",", ":")))
                 for c in problem["columns"]]
        f.write(",\n".join(lines) + "\n    ]\n  }\n}\n")


def row(name, problem, best, status, best_time, ours, bound=None):
    if best is None:  # HiGHS found no solution in its time: only its bound
        best = bound or 0.0
        shown = "≤ %.2f %%" % ((ours["cost"] - best) / best * 100) if best else "–"
        return [name, len(problem["demand"]), len(problem["columns"]), best, ours["cost"],
                ours.get("lowerBound"), shown, best_time, ours["seconds"],
                ours.get("processorSeconds", ours["seconds"]), status]
    gap = max(0.0, (ours["cost"] - best) / best * 100) if best else 0.0
    shown = "%.2f %%" % gap
    if bound:  # not proven optimal: the gap to the optimum lies between these two
        shown = "%.2f–%.2f %%" % (gap, max(0.0, (ours["cost"] - bound) / bound * 100))
    return [name, len(problem["demand"]), len(problem["columns"]), best, ours["cost"],
            ours.get("lowerBound"), shown, best_time, ours["seconds"],
            ours.get("processorSeconds", ours["seconds"]), status]


def print_table(rows):
    print("| profile | periods | columns | optimum (paid h) | ccsim (paid h) | ccsim's LP bound "
          "| gap | HiGHS time | ccsim time (processor) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, periods, columns, best, ours, bound, gap, ilp, mine, cpu, status in rows:
        proven = "" if status == "Optimal" else " (%s)" % status
        print("| %s | %d | %d | %.2f%s | %.2f | %s | %s | %.1f s | %.2f s (%.2f s) |" % (
            name, periods, columns, best, proven, ours, "%.2f" % bound if bound else "–", gap,
            ilp, mine, cpu))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ccsim", default=os.path.join(ROOT, ".build", "release", "ccsim"))
    parser.add_argument("--covering-problem", nargs="*", default=None)
    parser.add_argument("--write-fixtures", action="store_true")
    parser.add_argument("--time-limit", type=float, default=600)
    parser.add_argument("--week-rules", action="store_true",
                        help="with --covering-problem: a week's file (scenarios/week.json), "
                        "its optimum under the week rules (see solve_week_rules)")
    parser.add_argument("--week-bound", action="store_true",
                        help="a lower bound on the week profile's optimum (see week_bound)")
    parser.add_argument("--profile", action="append", choices=PROFILES,
                        help="only this profile (repeatable; default: all five)")
    parser.add_argument("--week-proof", action="store_true",
                        help="the week profile solved by OR-Tools CP-SAT (see week_proof)")
    parser.add_argument("--workers", type=int, default=2,
                        help="with --week-proof: CP-SAT's search workers")
    args = parser.parse_args()
    work = os.path.join(ROOT, ".build", "schedule-quality")
    os.makedirs(work, exist_ok=True)
    rows = []

    if args.week_proof:
        week_proof(args.time_limit, args.workers)
        return

    if args.week_bound:
        week_bound(args.time_limit)
        return

    if args.covering_problem is not None:
        for path in args.covering_problem:
            teams = json.load(open(path))["teams"]
            timed = ccsim_solve(path)
            for team, again in zip(teams, timed):
                best, elapsed, status, bound = optimum(team["problem"], args.time_limit,
                                                       args.week_rules)
                ours = dict(again, cost=team["solution"]["cost"],
                            lowerBound=team["solution"].get("lowerBound"))
                rows.append(row("%s: %s" % (os.path.basename(path), team["team"]),
                                team["problem"], best, status, elapsed, ours, bound))
        print_table(rows)
        return

    for slug in args.profile or PROFILES:
        profile = PROFILES[slug](args.ccsim) if slug == "cms-day" else PROFILES[slug]()
        reduced = args.write_fixtures
        problem = problem_of(profile, reduced)
        best, elapsed, status, bound = optimum(problem, args.time_limit)
        if args.write_fixtures:
            os.makedirs(FIXTURES, exist_ok=True)
            path = os.path.join(FIXTURES, slug + ".json")
            assert status == "Optimal", (profile["name"], status)
            write_problem(problem, path, {"name": profile["name"], "optimum": best})
        else:
            path = os.path.join(work, slug + ".json")
            write_problem(problem, path)
        ours = ccsim_solve(path)[0]
        rows.append(row(profile["name"], problem, best, status, elapsed, ours, bound))
    if args.write_fixtures:
        # The week with hourly starts and every 12th break placement: 343 tours, where ccsim's
        # solver needs its dive on a large problem (CoveringSolver) to come within 3 %.
        problem = problem_of(profile_week(), False, step=60, every=12)
        best, elapsed, status, bound = optimum(problem, args.time_limit)
        assert status == "Optimal", ("week-hourly", status)
        path = os.path.join(FIXTURES, "week-hourly.json")
        write_problem(problem, path, {"name": "week, hourly starts", "optimum": best})
        ours = ccsim_solve(path)[0]
        rows.append(row("week, hourly starts", problem, best, status, elapsed, ours, bound))
    print_table(rows)


if __name__ == "__main__":
    main()
