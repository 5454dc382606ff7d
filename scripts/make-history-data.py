#!/usr/bin/env python3
"""Writes sample history of a small two-queue centre with KNOWN parameters into scenarios/data/
(issue 20: data to try ccsim's history readers and calibration on), from the independent
simulation in history_sim.py (standard library only, fixed seed: the same bytes on every run):

  calls-classic.csv     the last 2 weeks, call by call, in the classic (Anonymous Bank) layout
  calls-export.csv      the same calls in a vendor layout for the `mapped` reader
  history-genesys.csv   the 8 weeks per 15-minute interval: Genesys WFM import (UTC)
  history-iex.txt       the same, NICE IEX interval export
  forecast-calabrio.csv the same, Calabrio forecast import (actual volumes, AHT/ACW, plan agents)
  staffing.csv          the agents planned per interval and team, last 2 weeks (forecast CSV)
  params.json           every true parameter, and what the 8 weeks realised per queue
  README.md             what each file holds, the parameters, the sizes

The layouts are those ccsim's history readers take (issue 20); README.md says what each holds.
Usage: make-history-data.py [OUTDIR]   (default: scenarios/data)"""
import datetime as dt, json, os, sys

sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
from history_sim import (  # noqa: E402  the true parameters and the simulation
    BETA, BUSYNESS_CV, CALL_WEEKS, DAY_CALLS, HOLD_MEAN, HOLD_SHARE, HOURS, IVR_HANG_UP, IVR_TIME,
    PATIENCE, QUEUES, RING_TIME, RONA, RONA_NOT_READY, SEED, SHAPES, SL_THRESHOLD, START, STEP,
    TALK, TREND_PER_WEEK, UNDERSTAFFED_KEEP, UNDERSTAFFED_SHARE, WEEKDAY_NAMES, WEEKS, WRAP,
    simulate)


def clock(s):
    """The classic layout's H:MM:SS (hour not padded)."""
    return "%d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60)


def hms(s):
    return "%02d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60)


def hm(s):
    return "%02d:%02d" % (s // 3600, s // 60 % 60)


def write(outdir, name, lines):
    with open(os.path.join(outdir, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


CLASSIC = ("vru+line,call_id,customer_id,priority,type,date,vru_entry,vru_exit,vru_time,"
           "q_start,q_exit,q_time,outcome,ser_start,ser_exit,ser_time,server")
EXPORT = ("Call ID,Call Date,Start Time,Queue Entered,Answered At,Abandoned At,Skill,Talk (s),"
          "Hold (s),Wrap (s),Agent,Result,Rings Out")


def classic_row(c):
    zero = "0:00:00"
    head = [c.line, str(c.id), str(c.customer), str(c.priority), c.queue,
            c.date.strftime("%y%m%d"), clock(c.arrival), clock(c.arrival + c.ivr), str(c.ivr)]
    if c.phantom or c.queued is None:
        tail = [zero, zero, "0", "PHANTOM" if c.phantom else "HANG", zero, zero, "0", "NO_SERVER"]
    elif c.answered is not None:
        served = c.talk + c.hold  # the caller is with the agent through talk and hold
        tail = [clock(c.queued), clock(c.answered), str(c.answered - c.queued), "AGENT",
                clock(c.answered), clock(c.answered + served), str(served), c.agent]
    else:
        tail = [clock(c.queued), clock(c.abandoned), str(c.abandoned - c.queued), "HANG",
                zero, zero, "0", "NO_SERVER"]
    return ",".join(head + tail)


def export_row(c):
    def at(t):
        return "" if t is None else hms(t)
    answered = c.answered is not None
    result = "Handled" if answered else ("Abandoned" if c.abandoned is not None else "IVR")
    work = [str(c.talk), str(c.hold), str(c.wrap), c.agent] if answered else ["", "", "", ""]
    return ",".join([str(c.id), c.date.isoformat(), hms(c.arrival), at(c.queued), at(c.answered),
                     at(c.abandoned), c.queue] + work
                    + [result, "" if c.queued is None else str(c.ring_outs)])


def intervals(calls, plan, logged):
    """Per (date, queue, interval start): the calls that entered the queue in it (IVR hang-ups
    never reached the queue, so are not offered), with how they ended. Every open interval has
    a row, and so does an interval after closing that a caller still in the IVR queued in."""
    rows = {}
    for (date, q, i), n in plan.items():
        rows[(date, HOURS[date.weekday()][0] * 3600 + i * STEP, q)] = [0, 0, 0, 0, 0, 0, n]
    for c in calls:
        if c.queued is None:
            continue
        r = rows.setdefault((c.date, c.queued // STEP * STEP, c.queue), [0, 0, 0, 0, 0, 0, 0])
        r[0] += 1
        if c.answered is not None:
            r[1] += 1
            r[3] += c.talk + c.hold
            r[4] += c.wrap
        else:
            r[2] += 1
    for (date, start, q), r in rows.items():
        r[5] = logged.get((date, q, start), 0) / STEP
    order = {q: k for k, q in enumerate(QUEUES)}
    return sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1], order[kv[0][2]]))


def last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def utc(local):
    """Europe/London: BST (UTC+1) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
    last Sunday of October (01:00 and 02:00 local)."""
    y = local.year
    bst_from = dt.datetime.combine(last_sunday(y, 3), dt.time(1))
    bst_to = dt.datetime.combine(last_sunday(y, 10), dt.time(2))
    return local - dt.timedelta(hours=1 if bst_from <= local < bst_to else 0)


def interval_files(outdir, rows):
    genesys = ["Interval Start UTC Date,Queue,Media Type,Offered,Interactions Handled,"
               "Total Handle Time (Seconds)"]
    iex = ["#fields:Date|Interval|Queue|Calls Offered|Calls Handled|Calls Abandoned|AHT|Agents",
           "#interval:15"]
    calabrio = []
    for (date, start, q), (offered, handled, abandoned, served, wrap, agents, planned) in rows:
        local = dt.datetime.combine(date, dt.time()) + dt.timedelta(seconds=start)
        end = local + dt.timedelta(seconds=STEP)
        genesys.append("%s,%s,voice,%d,%d,%d" % (utc(local).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                                 q, offered, handled, served + wrap))
        aht = (served + wrap) / handled if handled else 0.0
        iex.append("%s|%s|%s|%d|%d|%d|%.1f|%.1f" % (date.strftime("%m/%d/%Y"), hm(start), q,
                                                    offered, handled, abandoned, aht, agents))
        task, acw = (served / handled, wrap / handled) if handled else (0.0, 0.0)
        calabrio.append("%s,%s,%s,%.1f,%.1f,%.1f,%.1f" % (
            q, local.strftime("%Y%m%d %H:%M"), end.strftime("%Y%m%d %H:%M"), offered, task, acw,
            planned))
    write(outdir, "history-genesys.csv", genesys)
    write(outdir, "history-iex.txt", iex)
    write(outdir, "forecast-calabrio.csv", calabrio)


def staffing_file(outdir, plan, first):
    lines = ["Interval," + ",".join(QUEUES)]
    for day in range(CALL_WEEKS * 7):
        date = first + dt.timedelta(days=day)
        for k in range(24 * 3600 // STEP):
            t = k * STEP
            cells = []
            for q in QUEUES:
                open_at = HOURS.get(date.weekday(), (0, 0))[0] * 3600
                cells.append(str(plan.get((date, q, (t - open_at) // STEP), 0)
                                 if t >= open_at else 0))
            lines.append("%sT%s,%s" % (date.isoformat(), hm(t), ",".join(cells)))
    write(outdir, "staffing.csv", lines)


def realised(calls):
    """What the simulated calls of one queue came to (moments in whole seconds)."""
    queued = [c for c in calls if c.queued is not None]
    answered = [c for c in queued if c.answered is not None]
    abandoned = [c for c in queued if c.abandoned is not None]

    def mean(xs):
        return round(sum(xs) / len(xs), 2) if xs else None
    return {
        "callsRinging": len(calls), "ivrHangUps": len(calls) - len(queued),
        "offered": len(queued), "answered": len(answered), "abandoned": len(abandoned),
        "abandonShare": round(len(abandoned) / len(queued), 4),
        "censoredShareOfWaits": round(len(answered) / len(queued), 4),
        "naiveMeanAbandonWait": mean([c.abandoned - c.queued for c in abandoned]),
        "meanWaitAnswered": mean([c.answered - c.queued for c in answered]),
        "meanIvrTime": mean([c.ivr for c in calls]),
        "meanTalk": mean([c.talk for c in answered]),
        "holdShare": round(sum(1 for c in answered if c.hold) / len(answered), 4),
        "meanHoldOfHeld": mean([c.hold for c in answered if c.hold]),
        "meanWrapUp": mean([c.wrap for c in answered]),
        "meanHandleTime": mean([c.talk + c.hold + c.wrap for c in answered]),
        "ringOuts": sum(c.ring_outs for c in queued),
        "serviceLevel20s": round(sum(1 for c in answered if c.answered - c.queued <= SL_THRESHOLD)
                                 / len(queued), 4),
    }


def params(calls, plan, understaffed, busyness, first):
    def dist(kind, mean, sd):
        return {"distribution": kind, "mean": mean, "sd": sd}
    return {
        "seed": SEED, "start": START.isoformat(), "weeks": WEEKS, "timeZone": "Europe/London",
        "interval": "15m", "queues": list(QUEUES),
        "hours": {WEEKDAY_NAMES[d]: "%02d:00-%02d:00" % h for d, h in HOURS.items()},
        "arrivals": {
            "process": "non-homogeneous Poisson, constant rate within each 15-minute interval",
            "expectedCallsPerDay": {q: dict(zip(WEEKDAY_NAMES, DAY_CALLS[q])) for q in QUEUES},
            "expectedCallsNote": "calls ringing (before the IVR) in week 1 on a day of busyness 1",
            "intervalShare": {q: {"weekday": [round(x, 6) for x in SHAPES[(q, 0)]],
                                  "saturday": [round(x, 6) for x in SHAPES[(q, 5)]]}
                              for q in QUEUES},
            "trendPerWeek": TREND_PER_WEEK,
            "trendFactor": "1.005 ** (days since 2024-03-04 / 7)",
            "dayBusyness": {"distribution": "gamma", "mean": 1.0, "cv": BUSYNESS_CV,
                            "sharedByQueues": True,
                            "realised": {d.isoformat(): round(b, 4)
                                         for d, b in sorted(busyness.items())}}},
        "ivr": {"time": dist("lognormal", *IVR_TIME), "hangUpShare": IVR_HANG_UP},
        "talk": {q: dist("lognormal", *TALK[q]) for q in QUEUES},
        "hold": {"share": HOLD_SHARE, "duration": {"distribution": "exponential",
                                                   "mean": HOLD_MEAN}},
        "wrapUp": dist("gamma", *WRAP),
        "patience": {q: ({"distribution": "exponential", "mean": PATIENCE[q][1]}
                         if PATIENCE[q][0] == "exponential" else dist(*PATIENCE[q]))
                     for q in QUEUES},
        "ringOut": {"probabilityPerOffer": RONA, "ringSeconds": RING_TIME,
                    "notReadySeconds": RONA_NOT_READY, "callReturnsTo": "head of the queue"},
        "durationsRounded": "every sampled time to whole seconds, at least 1",
        "staffing": {
            "rule": "n = max(2, ceil(a + beta * sqrt(a))), a = expected calls reaching the queue "
                    "per second * (talk + hold share * hold + wrap-up + ring-out share * 75 s)",
            "beta": BETA, "understaffedShare": UNDERSTAFFED_SHARE,
            "understaffedKeeps": list(UNDERSTAFFED_KEEP), "understaffedIntervals": understaffed,
            "openIntervals": len(plan)},
        "intervalFiles": {
            "offered": "calls that entered the queue (IVR hang-ups are not offered)",
            "countedIn": "the interval the call entered the queue in, handled and abandoned too",
            "handleTime": "talk + hold + wrap-up of the handled calls",
            "agents": {"iex": "average agents logged in over the interval (measured)",
                       "calabrio": "the staffing plan"},
            "genesysTime": "UTC: local until 2024-03-30, local - 1 h from 2024-03-31"},
        "serviceLevel": {"thresholdSeconds": SL_THRESHOLD,
                         "formula": "answered within 20 s / (answered + abandoned)"},
        "realised8Weeks": {q: realised([c for c in calls if c.queue == q]) for q in QUEUES},
        "realisedLast2Weeks": {q: realised([c for c in calls if c.queue == q and c.date >= first])
                               for q in QUEUES},
    }


README = """# Sample history with known parameters

Written by `scripts/make-history-data.py` from the discrete-event simulation in
`scripts/history_sim.py` (Python 3 standard library, fixed seed {seed}: running it again gives the
same bytes) — a small centre simulated independently of ccsim, for trying ccsim's history readers
and calibration (issue 20) on data whose truth is known. Every true parameter and the realised
figures are in `params.json`. To regenerate:

```
python3 scripts/make-history-data.py        # writes scenarios/data/ in a few seconds
```

## The centre

Two queues, `client` and `employer`, each answered by its own team: first come first served, the
longest-idle agent of the team. Open Monday to Friday 08:00–20:00 and Saturday 09:00–13:00, closed
Sunday; Europe/London time (BST from 31 March 2024). Simulated 8 weeks from Monday 2024-03-04.

| | client | employer |
|---|---|---|
| expected calls ringing, Mon Tue Wed Thu Fri Sat (week 1) | {calls_client} | {calls_employer} |
| talk (lognormal) | mean 420 s, sd 300 s | mean 330 s, sd 200 s |
| patience (abandonment) | exponential, mean 240 s | lognormal, mean 300 s, sd 250 s |

- **Arrivals**: non-homogeneous Poisson, constant within each 15-minute interval; a double-peaked
  weekday (late morning and mid-afternoon, employers quieter after 17:00), a Saturday-morning
  peak; a trend of +0.5 % a week (factor 1.005^(days/7)); a gamma day busyness factor (mean 1,
  cv 0.10), one draw per day shared by both queues (the draws are in `params.json`).
- **IVR** before the queue: lognormal mean 40 s, sd 20 s; 8 % of callers hang up in it.
- **Hold** inside the call: 30 % of answered calls, exponential mean 45 s, on top of the talk.
  **Wrap-up (ACW)**: gamma mean 60 s, sd 30 s.
- **Abandonment**: a queued caller hangs up when their patience runs out before an answer, so an
  answer censors the patience (the naive mean of abandoned callers' waits is far below the true
  mean: see below).
- **Ring-outs (RONA)**: each offer to an agent rings out with probability 0.03 — 15 s of ringing,
  then the agent is NotReady for 60 s and the call goes back to the head of the queue. A caller
  whose patience runs out while it rings abandons.
- **Staffing**: agents per interval and team by square-root staffing on the expected load a
  (Erlangs; the day's busyness is not known ahead): n = max(2, ⌈a + 0.7 √a⌉). Of the
  {open_intervals} team-intervals, {understaffed} were cut to 65–85 % of that. When an interval ends, agents
  who must leave finish their call and wrap-up first; the last interval's agents stay after
  closing until every caller still queued or in the IVR is done.
- Every sampled time is rounded to whole seconds (at least 1 s).

## Files

| file | size | what |
|---|---|---|
{files}

- **calls-classic.csv** — the `classic` layout (Mandelbaum's Anonymous Bank data), the last 2
  weeks (2024-04-15 to 2024-04-27), one row per call in order of ringing: `type` is the queue,
  `ser_time` is the time with the agent (talk + hold), `q_start` is the real moment of entering
  the queue even for a caller answered at once (`q_time` 0, outcome `AGENT`); only IVR hang-ups
  have `q_start` 0:00:00 (outcome `HANG`, `q_time` 0). It also holds {phantoms} `PHANTOM` rows (switch
  records with no real caller, as the original data has), which every other file leaves out.
- **calls-export.csv** — the same calls (no phantoms) in a vendor's layout for the `mapped`
  reader: date `Call Date` (`2024-04-15`) with clock times `HH:MM:SS`; durations in seconds;
  `Talk (s)` excludes hold; `Rings Out` is empty for IVR hang-ups. Read it with
  ```
  --map date="Call Date" --map arrival="Start Time" --map queued="Queue Entered"
  --map answered="Answered At" --map abandoned="Abandoned At" --map queue=Skill
  --map talk="Talk (s)" --map hold="Hold (s)" --map wrapUp="Wrap (s)" --map agent=Agent
  --map outcome=Result --map ringOuts="Rings Out"
  --outcome answered=Handled --outcome abandoned=Abandoned
  ```
  (`IVR` is the default word for an IVR hang-up; `Call ID` is not mapped.)
- **history-genesys.csv**, **history-iex.txt**, **forecast-calabrio.csv** — all 8 weeks per
  15-minute interval and queue. **Offered** counts the calls that *entered the queue* in the
  interval, as an ACD counts calls offered to a queue: IVR hang-ups are not offered. Handled and
  abandoned are those same calls' ends, counted in the interval they queued in, and the handle
  time (talk + hold + wrap-up) is of the handled ones. Every open interval has a row (zeros when
  no call came); an interval just after closing has one too when a caller still in the IVR at
  closing time queued in it. Genesys gives each interval's start in **UTC**: the local time
  until 2024-03-30 (GMT), local − 1 h from 2024-03-31 (BST), so no single `--utc-offset` reads
  all 8 weeks right — `+00:00` suits weeks 1–4, `+01:00` weeks 5–8 (the 08:00 local opening is
  `07:00:00.000Z` from April); every row is `voice`. IEX: `Agents` is the average number of
  agents logged in over the interval (measured: it includes agents finishing a call after their
  interval ended). Calabrio, written as if it were a forecast file: volume = offered, average
  task time = talk + hold, average ACW = wrap-up (both 0 when no call was handled), agents = the
  staffing plan.
- **staffing.csv** — the planned agents per interval and team for the last 2 weeks, in ccsim's
  forecast-CSV shape (`Interval,client,employer`, ISO local date-times, every 15 minutes of every
  day, 0 when closed).
- **params.json** — every true parameter above (with each interval's share of the day's calls),
  the day busyness draws, and what was realised per queue over the 8 weeks and over the last 2.

## What the 8 weeks realised

Service level = answered within 20 s / (answered + abandoned); abandon share = abandoned / offered;
censored = waits that ended in an answer (the patience is only known to exceed them).

| | client | employer |
|---|---|---|
{realised}
"""


def readme(outdir, p, sizes, phantoms):
    names = {"calls-classic.csv": "calls, classic layout, last 2 weeks",
             "calls-export.csv": "calls, vendor layout (`mapped`), last 2 weeks",
             "history-genesys.csv": "intervals, Genesys WFM import (UTC), 8 weeks",
             "history-iex.txt": "intervals, NICE IEX export, 8 weeks",
             "forecast-calabrio.csv": "intervals, Calabrio forecast import, 8 weeks",
             "staffing.csv": "planned agents per interval, last 2 weeks",
             "params.json": "the true parameters and realised figures"}
    files = "\n".join("| `%s` | %s | %s |" % (n, "{:,} bytes".format(sizes[n]), what)
                      for n, what in names.items())
    r = p["realised8Weeks"]
    rows = [("calls ringing", "callsRinging", "{:,}"), ("IVR hang-ups", "ivrHangUps", "{:,}"),
            ("offered (entered the queue)", "offered", "{:,}"), ("answered", "answered", "{:,}"),
            ("abandoned", "abandoned", "{:,}"), ("abandon share", "abandonShare", "{:.1%}"),
            ("censored share of waits", "censoredShareOfWaits", "{:.1%}"),
            ("naive mean of abandoned waits (s)", "naiveMeanAbandonWait", "{:.1f}"),
            ("mean talk (s)", "meanTalk", "{:.1f}"),
            ("mean handle time (s)", "meanHandleTime", "{:.1f}"),
            ("ring-outs", "ringOuts", "{:,}"), ("service level (20 s)", "serviceLevel20s", "{:.1%}")]
    table = "\n".join("| %s | %s | %s |" % ((label,) + tuple(f.format(r[q][k]) for q in QUEUES))
                      for label, k, f in rows)
    table += "\n| true mean patience (s) | 240 | 300 |"
    calls = {q: " ".join(str(n) for n in DAY_CALLS[q]) for q in QUEUES}
    text = README.format(seed=SEED, calls_client=calls["client"], calls_employer=calls["employer"],
                         understaffed=p["staffing"]["understaffedIntervals"],
                         open_intervals=p["staffing"]["openIntervals"], files=files,
                         phantoms=phantoms, realised=table)
    write(outdir, "README.md", text.rstrip("\n").split("\n"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "scenarios", "data")
    os.makedirs(outdir, exist_ok=True)
    calls, phantoms, plan, understaffed, busyness, logged = simulate()
    first = START + dt.timedelta(days=(WEEKS - CALL_WEEKS) * 7)
    recent = sorted([c for c in calls + phantoms if c.date >= first], key=lambda c: c.id)
    write(outdir, "calls-classic.csv", [CLASSIC] + [classic_row(c) for c in recent])
    write(outdir, "calls-export.csv", [EXPORT] + [export_row(c) for c in recent if not c.phantom])
    interval_files(outdir, intervals(calls, plan, logged))
    staffing_file(outdir, plan, first)
    p = params(calls, plan, understaffed, busyness, first)
    write(outdir, "params.json", json.dumps(p, indent=1).split("\n"))
    sizes = {n: os.path.getsize(os.path.join(outdir, n)) for n in os.listdir(outdir)}
    readme(outdir, p, sizes, sum(1 for c in recent if c.phantom))


if __name__ == "__main__":
    main()
