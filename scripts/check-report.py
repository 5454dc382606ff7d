#!/usr/bin/env python3
"""Checks report.html as a browser shows it, against summary.json (and intervals.csv).

    scripts/check-report.py BROWSER DIR

DIR holds report.html, summary.json and intervals.csv from one `ccsim run --out DIR`. The page
is loaded in headless Chromium (`--dump-dom`, the document after its scripts ran) at several
addresses; the report reads its view from the address (`#scope=team/gich`, `&t=40`), so each
load is a scripted interaction. For every view:

- the page logged nothing to the console and its script ran to the end (`data-ready`);
- every figure shown (an element with `data-metric`, outside anything hidden) equals
  summary.json at its JSON Pointer: its `data-value` to the last bit, and its text as the page
  formats it (counts, percentages);
- the replay's queue rows equal intervals.csv's row of that interval and queue.

Across views: switching the scope changes the figures shown (the headline, the charts, the
replay), and moving the replay slider changes the replay's numbers. Prints one line per view.
"""
import csv
import html.parser
import json
import os
import subprocess
import sys
import tempfile

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Page(html.parser.HTMLParser):
    """The visible figures, the replay's rows, the charts' drawing and a few marks."""

    def __init__(self):
        super().__init__()
        self.stack = []  # (tag, hidden, capture)
        self.figures = []  # [pointer, value, text]
        self.rows = {}  # table id -> [[cell text]]
        self.ready = False
        self.scope = None
        self.label = ""
        self.charts = {}  # chart id -> what it drew (paths, bars, dots)
        self.table = None
        self.chart = None
        self.text = None

    def hidden(self):
        return any(entry[1] for entry in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id") == "replay" and a.get("data-ready") == "true":
            self.ready = True
        if a.get("id") in ("replay-queues", "replay-teams", "replay-counts"):
            self.table = a["id"]
            self.rows[self.table] = []
        if self.table and tag == "tr" and not self.hidden():
            self.rows[self.table].append([])
        if tag == "figure" and a.get("id", "").startswith("chart-"):
            self.chart = a["id"]
            self.charts[self.chart] = ""
        elif self.chart and tag in ("path", "rect", "circle"):
            self.charts[self.chart] += " ".join(a.get(k, "") for k in ("d", "y", "height", "cy"))
        hidden = "hidden" in a
        if "data-scope" in a and not hidden and not self.hidden():
            self.scope = a["data-scope"]
        capture = None
        if "data-metric" in a and not hidden and not self.hidden():
            capture = [a["data-metric"], a.get("data-value", ""), ""]
            self.figures.append(capture)
        if a.get("id") == "replay-label":
            capture = self.label_capture = [None, None, ""]
        if self.table and tag in ("td", "th"):
            capture = [None, None, ""]
            if self.rows[self.table]:
                self.rows[self.table][-1].append(capture)
        if tag not in VOID:
            self.stack.append((tag, hidden, capture))

    def handle_endtag(self, tag):
        while self.stack:
            entry = self.stack.pop()
            if entry[0] == tag:
                break
        if tag == "table":
            self.table = None
        if tag == "figure":
            self.chart = None

    def handle_data(self, data):
        for entry in self.stack:
            if entry[2] is not None:
                entry[2][2] += data

    def result(self):
        self.label = getattr(self, "label_capture", [None, None, ""])[2]
        self.rows = {k: [[c[2] for c in row] for row in v] for k, v in self.rows.items()}
        return self


def resolve(document, pointer):
    value = document
    for token in pointer.split("/")[1:]:
        value = value[token.replace("~1", "/").replace("~0", "~")]
    return value


def load(browser, report, fragment, log):
    profile = tempfile.mkdtemp()
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"]
    result = subprocess.run(
        [browser] + flags + ["--dump-dom", "file://" + report + fragment],
        capture_output=True, text=True, timeout=120)
    log.write(result.stderr)
    subprocess.run(["rm", "-rf", profile])
    if result.returncode != 0:
        raise SystemExit(f"check-report: chromium failed on {fragment or 'the page'}")
    console = [line for line in result.stderr.splitlines() if "CONSOLE" in line]
    page = Page()
    page.feed(result.stdout)
    return page.result(), console


def count_text(text):
    return text.replace(",", "").strip()


def main():
    browser, directory = sys.argv[1], sys.argv[2]
    report = os.path.abspath(os.path.join(directory, "report.html"))
    summary = json.load(open(os.path.join(directory, "summary.json")))
    intervals = {}
    path = os.path.join(directory, "intervals.csv")
    if os.path.exists(path):
        for row in csv.DictReader(open(path, newline="")):
            if "interval" in row and "queue" in row and "offered" in row:
                intervals[(int(row["interval"]), row["queue"])] = row
    failures = []
    log = open(os.path.join(directory, "report-browser.log"), "w")
    team = next(iter(summary["teams"]))
    queue = next(iter(summary["queues"]))
    # Two intervals to put the replay slider at: the busiest and the quietest with calls.
    offered = {}
    for (interval, _), row in intervals.items():
        offered[interval] = offered.get(interval, 0) + int(row["offered"])
    busy = [i for i in sorted(offered, key=lambda i: (-offered[i], i)) if offered[i] > 0]
    early, late = (busy[-1], busy[0]) if len(busy) > 1 else (4, 20)
    views = {
        "": "centre",
        f"#scope=queue/{queue}": f"queue/{queue}",
        f"#scope={team}": f"team/{team}",
        f"#scope=centre&t={early}": "centre",
        f"#scope=centre&t={late}": "centre",
    }
    pages = {}
    for fragment, scope in views.items():
        page, console = load(browser, report, fragment, log)
        pages[fragment] = page
        name = fragment or "(default)"
        problems = []
        if console:
            problems += ["console: " + line for line in console[:5]]
        if not page.ready:
            problems.append("the script did not run to the end (no data-ready)")
        if page.scope != scope:
            problems.append(f"shows scope {page.scope}, not {scope}")
        if not page.figures:
            problems.append("no figures shown")
        if not any(page.charts.values()):
            problems.append("no chart drawn")
        for pointer, value, text in page.figures:
            try:
                expected = resolve(summary, pointer)
            except (KeyError, TypeError):
                problems.append(f"{pointer}: not in summary.json")
                continue
            if expected is None:
                if value != "":
                    problems.append(f"{pointer}: {value}, summary.json null")
                continue
            if float(value) != float(expected):
                problems.append(f"{pointer}: data-value {value}, summary.json {expected}")
            shown = text.strip()
            if "/calls/" in pointer and count_text(shown) != str(expected):
                problems.append(f"{pointer}: shows {shown!r}, summary.json {expected}")
            if shown.endswith("%") and abs(float(shown[:-1]) - 100 * expected) > 0.05 + 1e-9:
                problems.append(f"{pointer}: shows {shown!r}, summary.json {expected}")
        checked = 0
        t = int(fragment.split("t=")[1]) if "t=" in fragment else None
        for row in page.rows.get("replay-queues", []) if t is not None else []:
            csv_row = intervals.get((t, row[0]))
            if csv_row and summary["replications"] == 1:
                for column, cell in (("offered", 1), ("answered", 2), ("abandoned", 3)):
                    if count_text(row[cell]) != csv_row[column]:
                        problems.append(
                            f"replay {row[0]} {column} {row[cell]}, intervals.csv {csv_row[column]}")
                checked += 1
        for problem in problems:
            failures.append(f"{name}: {problem}")
        print(f"check-report: {name}: scope {page.scope}, {len(page.figures)} figures equal "
              f"summary.json, replay {page.label}"
              + (f", {checked} queue rows equal intervals.csv" if checked else ""))

    def figures(page):
        return sorted((p, v) for p, v, _ in page.figures)

    centre, queue_page, team_page = pages[""], pages[f"#scope=queue/{queue}"], pages[f"#scope={team}"]
    if figures(centre) == figures(team_page) or figures(centre) == figures(queue_page):
        failures.append("switching the scope did not change the headline figures")
    if centre.rows.get("replay-teams") == team_page.rows.get("replay-teams"):
        failures.append("switching the scope did not change the replay's teams")
    if centre.charts == team_page.charts and centre.charts == queue_page.charts:
        failures.append("switching the scope did not change the charts")
    quiet, busiest = pages[f"#scope=centre&t={early}"], pages[f"#scope=centre&t={late}"]
    if quiet.label == busiest.label or quiet.rows == busiest.rows:
        failures.append("moving the replay slider did not change the replay's numbers")
    for failure in failures:
        print("check-report: " + failure, file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
