"""The centre behind make-history-data.py: an independent discrete-event simulator — Python's
standard library only, fixed seed, the same calls on every run — of a small two-queue centre
with KNOWN parameters (issue 20: data to try ccsim's history readers and calibration on).

Queues `client` and `employer`, each answered by its own team (first come first served, the
longest-idle agent); 8 weeks from Monday 2024-03-04. simulate() returns the calls, the staffing
plan and what the agents logged; make-history-data.py writes the files from them."""
import collections, datetime as dt, heapq, math, random

SEED = 20240308  # of ten seeds tried, one whose day busyness draws look typical
START = dt.date(2024, 3, 4)  # a Monday
WEEKS = 8
CALL_WEEKS = 2  # the call-level files hold the last CALL_WEEKS weeks
STEP = 900  # 15-minute intervals, seconds
HOURS = {0: (8, 20), 1: (8, 20), 2: (8, 20), 3: (8, 20), 4: (8, 20), 5: (9, 13)}  # Sunday closed
QUEUES = ("client", "employer")
AGENT_PREFIX = {"client": "CL", "employer": "EM"}
DAY_CALLS = {"client": (1200, 1060, 1010, 990, 900, 330),  # expected calls ringing, Mon..Sat,
             "employer": (300, 265, 255, 250, 220, 55)}   # in week 1 on a day of busyness 1
TREND_PER_WEEK = 0.005
BUSYNESS_CV = 0.10
IVR_TIME = (40.0, 20.0)  # lognormal mean, sd (s)
IVR_HANG_UP = 0.08
TALK = {"client": (420.0, 300.0), "employer": (330.0, 200.0)}  # lognormal mean, sd (s)
HOLD_SHARE, HOLD_MEAN = 0.30, 45.0  # exponential
WRAP = (60.0, 30.0)  # gamma mean, sd (s)
PATIENCE = {"client": ("exponential", 240.0, 240.0), "employer": ("lognormal", 300.0, 250.0)}
RONA, RING_TIME, RONA_NOT_READY = 0.03, 15, 60
SL_THRESHOLD = 20
BETA = {"client": 0.7, "employer": 0.7}  # square-root staffing: n = ceil(a + BETA * sqrt(a))
MIN_AGENTS = 2
UNDERSTAFFED_SHARE, UNDERSTAFFED_KEEP = 0.04, (0.65, 0.85)
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class Stream:
    """One source of randomness. Only random() of Python's generator is used (the one its
    documentation promises to keep across versions); every distribution is built here."""

    def __init__(self, index):
        self.rng = random.Random(SEED * 1000 + index)

    def uniform(self):
        return self.rng.random()

    def exponential(self, mean):
        return -mean * math.log(1.0 - self.rng.random())

    def normal(self):
        u1, u2 = 1.0 - self.rng.random(), self.rng.random()
        return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)

    def lognormal(self, mean, sd):
        s2 = math.log(1.0 + (sd / mean) ** 2)
        return math.exp(math.log(mean) - s2 / 2 + math.sqrt(s2) * self.normal())

    def gamma(self, mean, sd):
        """Marsaglia and Tsang's method (shape >= 1 here)."""
        shape, scale = (mean / sd) ** 2, sd * sd / mean
        d = shape - 1.0 / 3.0
        c = 1.0 / math.sqrt(9.0 * d)
        while True:
            x = self.normal()
            v = (1.0 + c * x) ** 3
            if v <= 0:
                continue
            u = 1.0 - self.rng.random()
            if u < 1 - 0.0331 * x ** 4 or math.log(u) < 0.5 * x * x + d * (1 - v + math.log(v)):
                return d * v * scale


def seconds(x):
    """A sampled duration in whole seconds, at least one."""
    return max(1, int(round(x)))


def shape(queue, weekday):
    """Each interval's share of the day's calls: a double-peaked weekday, a Saturday morning."""
    first, last = HOURS[weekday]
    weights = []
    for i in range((last - first) * 4):
        h = first + (i + 0.5) / 4
        if weekday == 5:
            w = 0.45 + math.exp(-((h - 10.6) / 1.1) ** 2)
        elif queue == "client":
            w = 0.28 + math.exp(-((h - 10.6) / 1.3) ** 2) + 0.72 * math.exp(-((h - 14.4) / 1.6) ** 2)
            w *= 0.55 + 0.45 / (1 + math.exp((h - 17.6) / 0.6))
        else:  # employers: business hours, little after 17:00
            w = 0.18 + math.exp(-((h - 10.2) / 1.2) ** 2) + 0.8 * math.exp(-((h - 14.0) / 1.4) ** 2)
            w *= 0.2 + 0.8 / (1 + math.exp((h - 17.0) / 0.45))
        weights.append(w)
    total = sum(weights)
    return [w / total for w in weights]


SHAPES = {(q, d): shape(q, d) for q in QUEUES for d in HOURS}


def trend(date):
    return (1 + TREND_PER_WEEK) ** ((date - START).days / 7)


def expected_calls(queue, date, i):
    """Expected calls ringing in interval i (from opening) of date, before the day's busyness."""
    wd = date.weekday()
    return DAY_CALLS[queue][wd] * SHAPES[(queue, wd)][i] * trend(date)


def mean_handle(queue):
    return TALK[queue][0] + HOLD_SHARE * HOLD_MEAN + WRAP[0] + RONA * (RING_TIME + RONA_NOT_READY)


def staffing_plan(streams):
    """Agents per (date, queue, interval): square-root staffing on the expected load (the day's
    busyness is not known ahead), with a few intervals understaffed."""
    plan, understaffed = {}, 0
    for day in range(WEEKS * 7):
        date = START + dt.timedelta(days=day)
        if date.weekday() not in HOURS:
            continue
        for q in QUEUES:
            for i in range(len(SHAPES[(q, date.weekday())])):
                load = expected_calls(q, date, i) * (1 - IVR_HANG_UP) / STEP * mean_handle(q)
                n = max(MIN_AGENTS, math.ceil(load + BETA[q] * math.sqrt(load)))
                if streams["staffing"].uniform() < UNDERSTAFFED_SHARE:
                    lo, hi = UNDERSTAFFED_KEEP
                    n = max(1, int(n * (lo + (hi - lo) * streams["staffing"].uniform())))
                    understaffed += 1
                plan[(date, q, i)] = n
    return plan, understaffed


class Call:
    __slots__ = ("id", "queue", "date", "arrival", "ivr", "ivr_hang_up", "patience", "talk",
                 "hold", "wrap", "customer", "priority", "line", "phantom", "queued", "answered",
                 "abandoned", "agent", "ring_outs", "state", "ringing_at")


class Agent:
    __slots__ = ("name", "team", "state", "idle_since", "leaving")

    def __init__(self, name, team):
        self.name, self.team, self.state, self.idle_since, self.leaving = name, team, "off", 0, False


def make_calls(date, busyness, streams, next_id):
    """The day's callers, every attribute drawn at once from its own stream (common random
    numbers: what a caller would do does not depend on the staffing)."""
    wd = date.weekday()
    first = HOURS[wd][0] * 3600
    calls = []
    for qi, q in enumerate(QUEUES):
        arrivals = streams["arrivals-" + q]
        for i, _ in enumerate(SHAPES[(q, wd)]):
            rate = expected_calls(q, date, i) * busyness / STEP
            start = first + i * STEP
            t = start + arrivals.exponential(1 / rate)
            while t < start + STEP:
                calls.append((int(t), qi, len(calls), q))
                t += arrivals.exponential(1 / rate)
    calls.sort()
    out = []
    for t, _, _, q in calls:
        c = Call()
        c.id, c.queue, c.date, c.arrival = next_id + len(out), q, date, t
        c.ivr = seconds(streams["ivr"].lognormal(*IVR_TIME))
        c.ivr_hang_up = streams["ivr"].uniform() < IVR_HANG_UP
        kind, mean, sd = PATIENCE[q]
        p = streams["patience-" + q]
        c.patience = seconds(p.exponential(mean) if kind == "exponential" else p.lognormal(mean, sd))
        c.talk = seconds(streams["talk-" + q].lognormal(*TALK[q]))
        holds = streams["hold"].uniform() < HOLD_SHARE
        hold = seconds(streams["hold"].exponential(HOLD_MEAN))
        c.hold = hold if holds else 0
        c.wrap = seconds(streams["wrap"].gamma(*WRAP))
        u = streams["customer"]
        pool = 40000 if q == "client" else 8000
        c.customer = 0 if u.uniform() < 0.12 else 10000000 + int(u.uniform() * pool) * 37 + qi
        c.priority = 0 if c.customer == 0 else (2 if u.uniform() < 0.1 else 1)
        c.line = "AA%02d%02d" % (1 + int(u.uniform() * 2), 1 + int(u.uniform() * 16))
        c.phantom = u.uniform() < 0.001  # a switch record with no real caller (classic file only)
        c.queued = c.answered = c.abandoned = c.agent = c.ringing_at = None
        c.ring_outs, c.state = 0, "ivr"
        out.append(c)
    return [c for c in out if not c.phantom], [c for c in out if c.phantom]


class Day:
    """One day of the centre: the teams' FCFS queues, agents logging in and out per the plan,
    ring-outs; runs until the last caller is done after closing."""

    def __init__(self, date, plan, agents, streams, logged):
        self.date, self.plan, self.agents, self.rona = date, plan, agents, streams["rona"]
        self.logged = logged  # (date, queue, interval start s) -> agent-seconds logged in
        self.events, self.seq, self.now = [], 0, 0
        self.queue = {q: collections.deque() for q in QUEUES}
        self.pending = {q: 0 for q in QUEUES}  # callers still in the IVR who will queue
        self.closing = {q: False for q in QUEUES}
        self.count = {q: 0 for q in QUEUES}
        self.since = {q: 0 for q in QUEUES}

    def push(self, t, priority, kind, *payload):
        self.seq += 1
        heapq.heappush(self.events, (t, priority, self.seq, kind, payload))

    def tally(self, q, delta):
        """Agent-seconds logged in, split over the 15-minute intervals."""
        t0, t1 = self.since[q], self.now
        while t0 < t1:
            edge = min(t1, (t0 // STEP + 1) * STEP)
            key = (self.date, q, t0 // STEP * STEP)
            self.logged[key] = self.logged.get(key, 0) + self.count[q] * (edge - t0)
            t0 = edge
        self.since[q] = self.now
        self.count[q] += delta

    def log_in(self, a):
        self.tally(a.team, +1)
        a.state, a.idle_since, a.leaving = "idle", self.now, False

    def log_out(self, a):
        self.tally(a.team, -1)
        a.state, a.leaving = "off", False

    def run(self, calls):
        wd = self.date.weekday()
        first, last = (h * 3600 for h in HOURS[wd])
        for q in QUEUES:
            for i in range((last - first) // STEP):
                self.push(first + i * STEP, 0, "staff", q, self.plan[(self.date, q, i)])
            self.push(last, 0, "close", q)
        for c in calls:
            if not c.ivr_hang_up:
                self.pending[c.queue] += 1
                self.push(c.arrival + c.ivr, 3, "queue", c)
        while self.events:
            self.now, _, _, kind, payload = heapq.heappop(self.events)
            getattr(self, "on_" + kind)(*payload)
        for q in QUEUES:
            assert not self.queue[q] and self.count[q] == 0, (self.date, q)

    def on_staff(self, q, n):
        team = self.agents[q]
        present = [a for a in team if a.state != "off" and not a.leaving]
        if n > len(present):
            need = n - len(present)
            for a in [a for a in team if a.state != "off" and a.leaving][:need]:
                a.leaving, need = False, need - 1
            for a in [a for a in team if a.state == "off"][:need]:
                self.log_in(a)
        else:
            # idle agents leave first, then those NotReady, ringing, busy (who finish first);
            # within each, the last names in the roster
            order = {"idle": 0, "nr": 1, "ring": 2, "busy": 3}
            leavers = sorted(present, key=lambda a: (order[a.state], -int(a.name[2:])))
            for a in leavers[:len(present) - n]:
                if a.state == "idle":
                    self.log_out(a)
                else:
                    a.leaving = True
        self.dispatch(q)

    def on_close(self, q):
        self.closing[q] = True  # the last interval's agents stay until the queue is empty
        self.dispatch(q)

    def on_queue(self, c):
        q = c.queue
        self.pending[q] -= 1
        c.state, c.queued = "queued", self.now
        self.queue[q].append(c)
        self.push(self.now + c.patience, 2, "abandon", c)
        self.dispatch(q)

    def on_abandon(self, c):
        if c.state == "queued":
            self.queue[c.queue].remove(c)
        elif c.state == "ringing":  # the offer is withdrawn; the agent is free again
            self.release(c.ringing_at)
        else:
            return
        c.state, c.abandoned = "abandoned", self.now
        self.dispatch(c.queue)

    def on_ring_out(self, c, a):
        if c.state != "ringing" or c.ringing_at is not a:
            return
        c.ring_outs += 1
        c.state, c.ringing_at = "queued", None
        self.queue[c.queue].appendleft(c)  # back to the head of the queue
        a.state = "nr"
        self.push(self.now + RONA_NOT_READY, 1, "free", a)
        self.dispatch(c.queue)

    def on_free(self, a):
        self.release(a)
        self.dispatch(a.team)

    def release(self, a):
        if a.leaving:
            self.log_out(a)
        else:
            a.state, a.idle_since = "idle", self.now

    def dispatch(self, q):
        queue = self.queue[q]
        while queue:
            idle = [a for a in self.agents[q] if a.state == "idle"]
            if not idle:
                break
            a = min(idle, key=lambda a: (a.idle_since, a.name))  # the longest idle
            c = queue.popleft()
            if self.rona.uniform() < RONA:
                a.state, c.state, c.ringing_at = "ring", "ringing", a
                self.push(self.now + RING_TIME, 1, "ring_out", c, a)
            else:
                a.state, c.state, c.answered, c.agent = "busy", "answered", self.now, a.name
                self.push(self.now + c.talk + c.hold + c.wrap, 1, "free", a)
        team = self.agents[q]
        if (self.closing[q] and not queue and self.pending[q] == 0
                and not any(a.state == "ring" for a in team)):
            for a in team:  # closed and no caller left to come: the idle go home
                if a.state == "idle":
                    self.log_out(a)


def simulate():
    names = ("arrivals-client", "arrivals-employer", "ivr", "patience-client",
             "patience-employer", "talk-client", "talk-employer", "hold", "wrap", "customer",
             "rona", "busyness", "staffing")
    streams = {n: Stream(i + 1) for i, n in enumerate(names)}
    plan, understaffed = staffing_plan(streams)
    peak = {q: max(n for (d, qq, i), n in plan.items() if qq == q) for q in QUEUES}
    agents = {q: [Agent("%s%03d" % (AGENT_PREFIX[q], k + 1), q) for k in range(peak[q])]
              for q in QUEUES}
    calls, phantoms, busyness, logged = [], [], {}, {}
    for day in range(WEEKS * 7):
        date = START + dt.timedelta(days=day)
        if date.weekday() not in HOURS:
            continue
        busyness[date] = streams["busyness"].gamma(1.0, BUSYNESS_CV)
        real, ghost = make_calls(date, busyness[date], streams, 100001 + len(calls) + len(phantoms))
        Day(date, plan, agents, streams, logged).run(real)
        calls += real
        phantoms += ghost
    return calls, phantoms, plan, understaffed, busyness, logged

