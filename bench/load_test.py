"""Load test: N concurrent browser sessions changing the shared filters across the pages.

    python -m bench.load_test --sessions 20 --seconds 60

All on 127.0.0.1, every wait bounded:
- starts `streamlit run dashboard.py` (headless, no usage stats, no file watcher) on a free
  port with LENS_DATA_DIR / LENS_UPLOAD_DIR in a temporary folder, waits for
  `/_stcore/health`, then makes one warm-up request in the browser (the dashboard extracts
  the sample corpus on its first run; not measured);
- launches one headless Chromium (Debian's; never a downloaded one) and opens N tabs, each
  its own Streamlit session (its own websocket and session state): first every tab loads a
  page from a filter link, two at a time (`connect`, reported apart: a first page load is
  mostly Chromium evaluating Plotly's 4.6 MB of JavaScript); then the clock starts and
  every session repeats a user's round, with no think time, until --seconds are up:
    open     load a page of the app from a link with filters in its query string (entities,
             date range, source, date basis, entity types: values of the sample corpus):
             a new Streamlit session whose filters come from the URL;
    keyword  type a keyword into the sidebar filter and press Enter (a rerun, same session);
    page     click another page in the sidebar navigation (the filters go along);
    keyword  another keyword;
    page     another page;
    reset    press "Reset filters";
  the sessions start the round at different places, each with a filter change. Every step
  reruns the app; every step but `page` changes the filters;
- a step is done when the app shows what was asked: connected, script state `notRunning`,
  nothing stale or still loading (no skeletons), the expected page title, the expected
  filters in the sidebar's links, and every Plotly chart drawn -- held for 0.3 s;
- response time: from the navigation, the Enter or the click to that moment. Percentiles
  are nearest-rank over every step, failed ones included (a timeout counts its time). The
  server's part is measured too, on the websocket: from the message that starts the
  script's run (`new_session`) to the one that ends it (`script_finished`);
- errors: a Streamlit exception on the page, an uncaught JavaScript error, a failed HTTP
  request (but the 404s of Streamlit's client looking for /<page>/_stcore/health and
  host-config before /_stcore/…), a timeout, a filter the app left out, a URL that does not
  carry the filters shown, a browser error, a Python traceback in the server's log. After
  an error the session starts a new round with an `open`;
- prints the figures (by step and by page, with the CPU the server and the whole machine
  used: the browsers run on the same cores as the server, so read the response times with
  that split), appends a row to bench/results/load.md (unless --no-record), and exits 1
  when anything failed, 2 when the server or the browser could not be started.

New steps start only before the deadline; steps under way then finish (each bounded by
--timeout); a watchdog bounds the whole run. The Streamlit log and the temporary folder are
kept when something failed, and their path printed.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import platform
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "load.md"
CHROMIUM = os.environ.get("BROWSER_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
    # 20 tabs in two renderer processes, not twenty: on 2 cores no parallelism is lost, and
    # a tab's first load then costs about 1.4 CPU s instead of 2.3 (measured).
    "--renderer-process-limit=2",
]
VIEWPORT = {"width": 1280, "height": 900}
STABLE = 0.3  # seconds the "done" state must hold
HEALTH_TIMEOUT = 90.0
WARMUP_TIMEOUT = 180.0

# The app's pages by URL path (pages/<stem>.py is served at /<stem>): the title each
# draws (st.title) and the label of its link in the sidebar (lib.ui.PAGES).
PAGES = {
    "": ("NATO–Russia coverage lens", "Overview"),
    "/cooccurrence": ("Co-occurrence", "Co-occurrence"),
    "/timeline": ("Timeline", "Timeline"),
    "/entities": ("Entities", "Entities"),
    "/articles": ("Articles", "Articles"),
    "/add_articles": ("Add articles", "Add articles"),
}
# The query-string names of the filters (lib.queries.filters.PARAMS), in the app's order.
PARAMS = ("entity", "match", "type", "from", "to", "date_basis", "undated", "source", "q")

# Filter query strings on the sample corpus (data/sample), as the app writes them: its
# entities, its one outlet, date ranges in 2014-2020 (the sample's two articles are undated
# but known to be from 2016 and 2019-2020: some ranges keep them, some leave none), both
# date bases, entity types.
FILTERS: tuple[dict[str, list[str]], ...] = (
    {"entity": ["person:jens-stoltenberg"], "from": ["2016-01-01"], "to": ["2019-12-31"]},
    {"entity": ["person:vladimir-putin"]},
    {"entity": ["country:RUS"], "from": ["2014-01-01"], "to": ["2020-12-31"]},
    {"entity": ["org:nato"], "source": ["Sputnik"]},
    {"entity": ["person:jens-stoltenberg", "person:vladimir-putin"]},
    {"entity": ["country:RUS", "org:nato"], "match": ["any"], "type": ["person", "country"]},
    {"from": ["2014-02-01"], "to": ["2015-12-31"]},
    {"from": ["2019-01-01"], "to": ["2020-06-30"], "source": ["Sputnik"]},
    {"from": ["2014-01-01"], "to": ["2016-12-31"], "date_basis": ["event"]},
    {"entity": ["country:UKR"], "from": ["2014-01-01"], "to": ["2020-12-31"], "undated": ["0"]},
    {"source": ["Sputnik"], "type": ["org", "event"]},
    {"entity": ["person:recep-tayyip-erdogan"], "from": ["2018-01-01"], "to": ["2020-12-31"]},
)
KEYWORDS = ("dialogue", "Stoltenberg", "sanctions", "Kremlin", "summit", "Crimea", "Erdogan")
ROUND = ("open", "keyword", "page", "keyword", "page", "reset")
CONNECT_PARALLEL = 2  # first page loads at a time while the sessions are opened
FILTER_CHANGES = ("open", "keyword", "reset")

# True when the app has finished its run and shows what `want` ({title, keys, query}) says;
# with no `want` (the warm-up), when it has finished and drawn a title.
DONE_JS = """(want) => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.dataset.testScriptState !== 'notRunning'
      || app.dataset.testConnectionState !== 'CONNECTED') return false;
  if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
  if (document.querySelector('[data-testid="stException"]')) return true;
  if (document.querySelector('[data-testid="stSkeleton"], [data-stale="true"]')) return false;
  const h1 = document.querySelector('[data-testid="stMain"] h1');
  if (!h1) return false;
  if (want) {
    if (h1.innerText.trim() !== want.title) return false;
    const link = document.querySelector('[data-testid="stSidebar"] [data-testid="stPageLink-NavLink"]');
    if (!link) return false;
    const shown = new URL(link.href).searchParams;
    if (want.keys.map(k => k + '=' + shown.getAll(k).join('|')).join('&') !== want.query)
      return false;
  }
  return [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
    .every(c => c.querySelector('.js-plotly-plot .main-svg'));
}"""

# What the page shows (once done, or when a step timed out).
INFO_JS = """(keys) => {
  const app = document.querySelector('[data-testid="stApp"]');
  const link = document.querySelector('[data-testid="stSidebar"] [data-testid="stPageLink-NavLink"]');
  const canon = (search) => {
    const p = new URLSearchParams(search);
    return keys.map(k => k + '=' + p.getAll(k).join('|')).join('&');
  };
  return {
    exceptions: [...document.querySelectorAll('[data-testid="stException"]')]
      .map(e => e.innerText.slice(0, 2000)),
    unknown: [...document.querySelectorAll('[data-testid="stSidebar"] [data-testid="stAlert"]')]
      .map(e => e.innerText).filter(t => t.includes('Not in these tables')),
    charts: document.querySelectorAll('.js-plotly-plot .main-svg').length,
    title: (document.querySelector('[data-testid="stMain"] h1') || {}).innerText || null,
    state: app ? app.dataset.testScriptState + '/' + app.dataset.testConnectionState : null,
    skeletons: document.querySelectorAll('[data-testid="stSkeleton"]').length,
    url: canon(location.search),
    links: link ? canon(new URL(link.href).search) : null,
  };
}"""


def canonical(params: dict[str, list[str]]) -> str:
    """The filters as DONE_JS and INFO_JS write them, to compare."""
    return "&".join(f"{k}={'|'.join(params.get(k, []))}" for k in PARAMS)


# -- results ----------------------------------------------------------------------------------


@dataclass
class Request:
    """One step of one session."""

    session: int
    kind: str  # connect (a session's first open) | open | keyword | page | reset
    path: str  # the page it ends on
    query: str  # the filters it asks for
    seconds: float
    error: str | None = None
    charts: int = 0
    # The server's part of `seconds`, as the browser receives it: from the message that
    # starts the script's run (`new_session`) to the one that ends it (`script_finished`).
    server: float | None = None
    run_span: tuple[float, float] | None = None  # that run's start and end, monotonic


@dataclass
class Report:
    sessions: int
    seconds: float  # asked for
    duration: float = 0.0  # the clock: from the first steps to the end of the last one
    requests: list[Request] = field(default_factory=list)
    server_errors: list[str] = field(default_factory=list)
    console_errors: Counter = field(default_factory=Counter)
    machine: str = ""
    server_cpu: float | None = None  # CPU seconds of the Streamlit process during the load
    server_rss_mb: float | None = None  # its peak resident memory
    machine_cpu: float | None = None  # CPU seconds of the whole machine (every process)
    load: tuple[float, float] | None = None  # 1-minute load average at the start, at the end
    setup_error: str | None = None
    kept: str | None = None  # the temporary folder, kept because something failed

    @property
    def errors(self) -> list[str]:
        found = [
            f"session {r.session} {r.kind} {r.path or '/'}?{r.query}: {r.error}"
            for r in self.requests
            if r.error
        ]
        found += [f"server log: {e}" for e in self.server_errors]
        if self.setup_error:
            found.append(f"setup: {self.setup_error}")
        return found

    @property
    def steps(self) -> list[Request]:
        """The steps made while all the sessions were open (not their first page loads)."""
        return [r for r in self.requests if r.kind != "connect"]

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.steps)

    def per_session(self, kinds: tuple[str, ...] | None = None) -> dict[int, int]:
        """Completed steps (of these kinds) per session, failed ones left out."""
        counts = dict.fromkeys(range(self.sessions), 0)
        for r in self.steps:
            if not r.error and (kinds is None or r.kind in kinds):
                counts[r.session] += 1
        return counts

    def percentile(
        self, q: float, requests: list[Request] | None = None, *, server: bool = False
    ) -> float:
        """Nearest-rank percentile of the response times of the steps (or of their server
        part), in seconds."""
        chosen = self.steps if requests is None else requests
        if server:
            times = sorted(r.server for r in chosen if r.server is not None)
        else:
            times = sorted(r.seconds for r in chosen)
        if not times:
            return float("nan")
        return times[max(0, math.ceil(q / 100 * len(times)) - 1)]

    def concurrency(self) -> tuple[float, int]:
        """Script runs in flight on the server at once while the clock ran: mean, max."""
        spans = [r.run_span for r in self.steps if r.run_span]
        if not spans or not self.duration:
            return 0.0, 0
        edges = sorted([(a, 1) for a, _ in spans] + [(b, -1) for _, b in spans])
        now = peak = 0
        for _, change in edges:
            now += change
            peak = max(peak, now)
        return sum(b - a for a, b in spans) / self.duration, peak

    def _line(self, label: str, reqs: list[Request]) -> str:
        return (
            f"  {label:<14} {len(reqs):>4} · p50 {self.percentile(50, reqs):5.2f} s"
            f" · p95 {self.percentile(95, reqs):5.2f} s · max {self.percentile(100, reqs):5.2f} s"
        )

    def summary(self) -> str:
        n = len(self.steps)
        changes = self.per_session(FILTER_CHANGES)
        connects = [r for r in self.requests if r.kind == "connect"]
        lines = [
            f"machine:   {self.machine}",
            f"sessions:  {self.sessions} concurrent browser sessions, new steps for "
            f"{self.seconds:g} s (ran {self.duration:.1f} s)",
            f"connect:   {len(connects)} first page loads, {CONNECT_PARALLEL} at a time, before"
            f" the clock (not in the figures below): p50 {self.percentile(50, connects):.2f} s"
            f" · max {self.percentile(100, connects):.2f} s",
            f"requests:  {n} steps, each a rerun of the app "
            f"({n / self.duration if self.duration else 0:.2f}/s); completed filter changes "
            f"per session: {min(changes.values(), default=0)}-{max(changes.values(), default=0)}",
            f"errors:    {len(self.errors)}",
            f"response:  p50 {self.percentile(50):.2f} s · p95 {self.percentile(95):.2f} s · "
            f"max {self.percentile(100):.2f} s",
            f"  of it the server's run (new_session → script_finished on the websocket): "
            f"p50 {self.percentile(50, server=True):.2f} s · "
            f"p95 {self.percentile(95, server=True):.2f} s · "
            f"max {self.percentile(100, server=True):.2f} s",
        ]
        mean, peak = self.concurrency()
        lines.append(f"  script runs in flight at once on the server: mean {mean:.1f}, max {peak}")
        if self.server_cpu is not None and self.duration:
            lines.append(
                f"server:    {self.server_cpu:.1f} CPU s during the load"
                f" ({self.server_cpu / self.duration:.2f} cores),"
                f" peak RSS {self.server_rss_mb or 0:.0f} MB"
            )
        if self.machine_cpu is not None and self.duration:
            rest = self.machine_cpu - (self.server_cpu or 0)
            lines.append(
                f"machine:   {self.machine_cpu / self.duration:.2f} of {os.cpu_count()} cores"
                f" busy, {rest / self.duration:.2f} of them not the server (Chromium, the"
                " Playwright driver, anything else running)"
            )
        if self.load:
            lines.append(
                f"load avg:  {self.load[0]:.1f} at the start, {self.load[1]:.1f} at the end"
                " (1 minute; other work on the machine shows here too)"
            )
        groups: dict[str, list[Request]] = defaultdict(list)
        for r in self.steps:
            groups[r.kind].append(r)
        lines.append("by step:")
        lines += [self._line(k, groups[k]) for k in dict.fromkeys(ROUND) if groups[k]]
        pages: dict[str, list[Request]] = defaultdict(list)
        for r in self.steps:
            pages[r.path or "/"].append(r)
        lines.append("by page:")
        lines += [self._line(path, reqs) for path, reqs in sorted(pages.items())]
        if self.console_errors:
            lines.append(
                "browser console errors (not failures by themselves; the 404s are Streamlit's"
                " client looking for /<page>/_stcore/health and host-config first):"
            )
            lines += [f"  {k} ×{v}" for k, v in self.console_errors.most_common(5)]
        if self.errors:
            lines.append("ERRORS:")
            lines += [f"  {e}" for e in self.errors[:50]]
            if len(self.errors) > 50:
                lines.append(f"  … and {len(self.errors) - 50} more")
        if self.kept:
            lines.append(f"kept for inspection: {self.kept}")
        return "\n".join(lines)

    def row(self) -> str:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
        return (
            f"| {stamp} | {self.machine} | {self.sessions} | {self.duration:.0f}"
            f" ({self.seconds:g} + finishing) | {len(self.steps)} | {len(self.errors)} |"
            f" {self.percentile(50):.2f} | {self.percentile(95):.2f} |"
            f" {self.percentile(100):.2f} | {self.notes()} |"
        )

    def notes(self) -> str:
        mean, peak = self.concurrency()
        parts = [
            f"server's run p50/p95 {self.percentile(50, server=True):.2f}"
            f"/{self.percentile(95, server=True):.2f} s",
            f"runs in flight mean {mean:.1f}, max {peak}",
        ]
        if self.duration and self.server_cpu is not None and self.machine_cpu is not None:
            parts.append(
                f"CPU: server {self.server_cpu / self.duration:.2f},"
                f" all {self.machine_cpu / self.duration:.2f} of {os.cpu_count()} cores"
            )
        if self.load:
            parts.append(f"load avg {self.load[0]:.1f} → {self.load[1]:.1f}")
        return "; ".join(parts)


def record(report: Report, path: Path = RESULTS) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.write_text(
            "# Dashboard load test\n\n"
            "Written by `python -m bench.load_test --sessions N --seconds S` (its docstring says\n"
            "what is measured): N headless Chromium sessions on 127.0.0.1 against one\n"
            "`streamlit run dashboard.py` on the sample corpus, each repeating open a page from\n"
            "a filter link / type a keyword / switch page / keyword / page / reset filters, no\n"
            "think time. Requests: steps, each a rerun of the app. Response time: from the\n"
            "navigation, Enter or click until the app has finished and drawn its charts, in\n"
            "seconds, nearest-rank over every step. The browsers run on the same cores as the\n"
            "server and take most of them (notes: the CPU split), so p50/p95 are mostly the\n"
            "browsers' own work; the server's part of a step, its script run from\n"
            "`new_session` to `script_finished` on the websocket, is in the notes.\n\n"
            "| date (UTC) | machine | sessions | duration s | requests | errors | p50 s | p95 s | max s | notes |\n"
            "|---|---|---|---|---|---|---|---|---|---|\n",
            encoding="utf-8",
        )
    with path.open("a", encoding="utf-8") as handle:
        handle.write(report.row() + "\n")


# -- the server -------------------------------------------------------------------------------

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
# The last line of a traceback: "KeyError: 'x'", "duckdb.InvalidInputException: …", at column 0.
EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning)?(:|$)")
PROJECT_FRAME = re.compile(
    r"(?:\b(?:lib|pages|bench)/\w+\.py|dashboard\.py)[:\", line]+\s*\d+(?: in \S+)?"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`streamlit run dashboard.py` on a free loopback port, its tables in `workdir`."""

    def __init__(self, workdir: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "streamlit.log"
        self._log = self.log_path.open("w")
        env = {
            **os.environ,
            "LENS_DATA_DIR": str(workdir / "processed"),
            "LENS_UPLOAD_DIR": str(workdir / "uploads"),
        }
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "dashboard.py",
                "--server.headless",
                "true",
                "--server.address",
                "127.0.0.1",
                "--server.port",
                str(self.port),
                "--browser.gatherUsageStats",
                "false",
                # Others edit the source tree meanwhile: no "File change. Rerun".
                "--server.fileWatcherType",
                "none",
            ],
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def wait_healthy(self, timeout: float = HEALTH_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"streamlit exited with {self.proc.returncode}:\n{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"streamlit did not answer on {self.url} in {timeout:g} s")

    def cpu_seconds(self) -> float | None:
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return None

    def peak_rss_mb(self) -> float | None:
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except (OSError, ValueError):
            pass
        return None

    def log_text(self) -> str:
        self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def log_tail(self, n: int = 40) -> str:
        return "\n".join(self.log_text().splitlines()[-n:])

    def tracebacks(self, since: int = 0) -> list[str]:
        """The Python tracebacks written to the log after offset `since`, plain or drawn by
        Rich (as Streamlit logs an app's uncaught exception), each as its exception line
        and the innermost frame in the project."""
        lines = ANSI.sub("", self.log_text()[since:]).splitlines()
        found, i = [], 0
        while i < len(lines):
            if "Traceback (most recent call last)" in lines[i]:
                j, frame = i + 1, ""
                while j < len(lines) and j < i + 400 and not EXCEPTION_LINE.match(lines[j]):
                    if where := PROJECT_FRAME.search(lines[j]):
                        frame = where.group(0).replace('", line ', ":")
                    j += 1
                last = lines[j] if j < len(lines) else "(the traceback is cut off)"
                found.append(f"{last.strip()} (innermost project frame: {frame or '?'})")
                i = j
            i += 1
        return found

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._log.close()


# -- the sessions -----------------------------------------------------------------------------


async def wait_done(page, deadline: float, want: dict | None) -> float:
    """Until the app is done and shows `want` (and still does STABLE s later); returns the
    moment it first did."""
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        await page.wait_for_function(DONE_JS, arg=want, polling=100, timeout=remaining * 1000)
        done = time.monotonic()
        await asyncio.sleep(STABLE)
        if await page.evaluate(DONE_JS, want):
            return done


def check(want: dict, info: dict) -> str | None:
    """What is wrong on a page that is done, if anything."""
    if info["exceptions"]:
        return "Streamlit exception: " + " | ".join(info["exceptions"])
    if info["unknown"]:
        return "filter left out by the app: " + " | ".join(info["unknown"])
    if info["url"] != want["query"]:
        return f"the URL says {info['url']!r}, the page shows {want['query']!r}"
    return None


@dataclass
class Session:
    """One user: a browser tab (its own Streamlit session), and what the app should show."""

    index: int
    base: str
    timeout: float
    page: object = None
    path: str | None = None  # None: no live Streamlit session to act in
    params: dict[str, list[str]] = field(default_factory=dict)
    page_errors: list[str] = field(default_factory=list)
    rng: random.Random = field(init=False)
    # On the websocket: when the last run of the script started and when it finished.
    run_started: float | None = None
    run_finished: float | None = None
    last: Request | None = None  # the step before

    def __post_init__(self) -> None:
        self.rng = random.Random(self.index)  # the same walk for a session on every run

    def on_response(self, response) -> None:
        """A failed request is an error, but for the probes of Streamlit's client: on
        /<page> it looks for /<page>/_stcore/health and host-config first (404)."""
        if response.status < 400:
            return
        url = response.url.split("?", 1)[0]
        probe = any(
            url.endswith(end) and url != self.base + end
            for end in ("/_stcore/health", "/_stcore/host-config")
        )
        if not (probe and response.status == 404):
            self.page_errors.append(f"HTTP {response.status} {response.url}")

    def watch(self, ws) -> None:
        """Follow the Streamlit websocket of the page (a new one at each `open`)."""
        if ws.url.endswith("/_stcore/stream"):
            ws.on("framereceived", self._received)

    def _received(self, payload: str | bytes) -> None:
        """Each run of the script starts with a `new_session` message and ends with
        `script_finished`: note when they arrive."""
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        if isinstance(payload, bytes) and len(payload) < 65536:  # not charts' deltas
            try:
                msg = ForwardMsg.FromString(payload)
            except Exception:  # not a ForwardMsg: not ours to judge
                return
            kind = msg.WhichOneof("type")
            if kind == "new_session":
                self.run_started, self.run_finished = time.monotonic(), None
            elif (
                kind == "script_finished"
                and msg.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN
            ):
                self.run_finished = time.monotonic()

    async def step(self, kind: str, *, label: str = "") -> Request:
        """Make one step of the round, wait until the app shows its outcome, say how long
        it took and what went wrong."""
        from playwright.async_api import Error as PlaywrightError
        from playwright.async_api import TimeoutError as PlaywrightTimeout

        page, limit = self.page, self.timeout * 1000
        sidebar = page.locator('[data-testid="stSidebar"]')
        path, params, rng = self.path, self.params, self.rng
        if kind == "open":
            path = rng.choice(list(PAGES))
            params = rng.choice([f for f in FILTERS if f != self.params])
        elif kind == "keyword":
            word = rng.choice([w for w in KEYWORDS if [w] != self.params.get("q")])
            params = {**self.params, "q": [word]}
        elif kind == "page":
            path = rng.choice([p for p in PAGES if p != self.path])
        elif kind == "reset":
            params = {}
        assert path is not None
        want = {"title": PAGES[path][0], "keys": list(PARAMS), "query": canonical(params)}
        self.late_errors()
        self.run_started = self.run_finished = None
        error, charts, finished = None, 0, None
        started = time.monotonic()
        try:
            if kind == "open":
                url = f"{self.base}{path}?{urlencode(params, doseq=True)}"
                response = await page.goto(url, wait_until="commit", timeout=limit)
                if response is None or response.status >= 400:
                    raise RuntimeError(f"HTTP {response.status if response else 'no response'}")
            elif kind == "keyword":
                box = sidebar.get_by_role("textbox", name="Search query", exact=True)
                await box.fill(params["q"][0], timeout=limit)
                started = time.monotonic()
                await box.press("Enter", timeout=limit)
            elif kind == "page":
                links = sidebar.locator('[data-testid="stPageLink-NavLink"]')
                await links.filter(has=page.get_by_text(PAGES[path][1], exact=True)).click(
                    timeout=limit
                )
            else:
                await sidebar.get_by_role("button", name="Reset filters").click(timeout=limit)
            finished = await wait_done(page, started + self.timeout, want)
            info = await page.evaluate(INFO_JS, list(PARAMS))
            charts, error = info["charts"], check(want, info)
        except (TimeoutError, PlaywrightTimeout):
            error = f"timeout: not done after {time.monotonic() - started:.0f} s"
            try:
                info = await page.evaluate(INFO_JS, list(PARAMS))
                error += (
                    f" (title {info['title']!r}, state {info['state']},"
                    f" {info['skeletons']} loading, links {info['links']!r},"
                    f" wanted {want['title']!r} {want['query']!r})"
                )
            except PlaywrightError:
                pass
        except PlaywrightError as exc:
            error = f"browser error: {str(exc).splitlines()[0][:300]}"
        except RuntimeError as exc:
            error = str(exc)
        seconds = (finished or time.monotonic()) - started
        request = Request(
            self.index, label or kind, path, urlencode(params, doseq=True), seconds, error
        )
        request.charts = charts
        if finished and self.run_started and self.run_finished:
            request.server = self.run_finished - self.run_started
            request.run_span = (self.run_started, self.run_finished)
        # Uncaught JavaScript errors and failed requests during the step and its 0.3 s.
        if self.page_errors:
            extra = "in the page: " + " | ".join(self.page_errors)
            request.error = f"{error}; {extra}" if error else extra
        self.path, self.params = (path, params) if request.error is None else (None, {})
        self.page_errors.clear()
        self.last = request
        return request

    def late_errors(self) -> None:
        """Errors in the page after the last step was done: that step's."""
        if self.page_errors and self.last is not None:
            extra = "in the page, after it was done: " + " | ".join(self.page_errors)
            self.last.error = f"{self.last.error}; {extra}" if self.last.error else extra
        self.page_errors.clear()


async def open_sessions(context, base: str, n: int, timeout: float, report: Report):
    """N pages, each with a live Streamlit session: their first `open`, two at a time (a
    first page load costs Chromium 1.5-5 CPU s, nearly all of it Plotly's 4.6 MB of
    JavaScript); not in the percentiles."""
    gate = asyncio.Semaphore(CONNECT_PARALLEL)

    async def one(index: int) -> Session:
        page = await context.new_page()
        session = Session(index, base, timeout, page=page)
        page.on(
            "pageerror",
            lambda exc: session.page_errors.append(
                f"uncaught JavaScript {exc.name}: {exc.message}"[:500]
            ),
        )

        def on_console(msg) -> None:
            if msg.type == "error":
                report.console_errors[msg.text[:160]] += 1

        page.on("console", on_console)
        page.on("websocket", session.watch)
        page.on("response", session.on_response)
        async with gate:
            report.requests.append(await session.step("open", label="connect"))
        return session

    return await asyncio.gather(*(one(i) for i in range(n)))


async def run_session(session: Session, deadline: float, think: float, report: Report) -> None:
    """A user's rounds (ROUND) until the deadline; after an error, a new round. Sessions
    start the round at different places, each with a filter change (open, keyword, reset)."""
    turn = (1, 5, 0, 3)[session.index % 4]
    while time.monotonic() < deadline:
        kind = ROUND[turn % len(ROUND)] if session.path is not None else "open"
        turn = 1 if kind == "open" else turn + 1
        report.requests.append(await session.step(kind))
        if think:
            await asyncio.sleep(think)
    await asyncio.sleep(STABLE)
    session.late_errors()


async def warm_up(context, base: str) -> float:
    """One request on the overview: the first run extracts the sample corpus."""
    page = await context.new_page()
    try:
        started = time.monotonic()
        await page.goto(base + "/", wait_until="commit", timeout=WARMUP_TIMEOUT * 1000)
        await wait_done(page, started + WARMUP_TIMEOUT, None)
        info = await page.evaluate(INFO_JS, list(PARAMS))
        if info["exceptions"]:
            raise RuntimeError("warm-up page shows an exception: " + " | ".join(info["exceptions"]))
        return time.monotonic() - started
    finally:
        await page.close()


async def drive(
    server: Server,
    report: Report,
    *,
    sessions: int,
    seconds: float,
    timeout: float,
    think: float,
) -> None:
    from playwright.async_api import async_playwright

    if not Path(CHROMIUM).exists():
        raise RuntimeError(
            f"no Chromium at {CHROMIUM} (apt-get install chromium, or set BROWSER_PATH)"
        )
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            report.machine += f", Chromium {browser.version}"
            # One browser profile, one tab per user: each tab is its own Streamlit session
            # (its own websocket and session state); the tabs share the HTTP and code cache.
            context = await browser.new_context(viewport=VIEWPORT)
            log_offset = len(server.log_text())
            warm = await warm_up(context, server.url)
            print(f"warm-up (first run: extracts the sample corpus): {warm:.1f} s", flush=True)
            started = time.monotonic()
            live = await open_sessions(context, server.url, sessions, timeout, report)
            print(
                f"{sessions} sessions open in {time.monotonic() - started:.1f} s;"
                f" changing filters for {seconds:g} s",
                flush=True,
            )
            cpu_before, busy_before = server.cpu_seconds(), machine_cpu_seconds()
            load_before = os.getloadavg()[0]
            start = time.monotonic()
            await asyncio.gather(*(run_session(s, start + seconds, think, report) for s in live))
            report.duration = time.monotonic() - start
            report.load = (load_before, os.getloadavg()[0])
            cpu_after, busy_after = server.cpu_seconds(), machine_cpu_seconds()
            if busy_before is not None and busy_after is not None:
                report.machine_cpu = busy_after - busy_before
            if cpu_before is not None and cpu_after is not None:
                report.server_cpu = cpu_after - cpu_before
            report.server_rss_mb = server.peak_rss_mb()
            await context.close()
            await asyncio.sleep(1)  # the server logs what the closed sessions left behind
            report.server_errors = server.tracebacks(since=log_offset)
        finally:
            await browser.close()


def machine_cpu_seconds() -> float | None:
    """CPU seconds the machine has spent busy since boot (every process, every core)."""
    try:
        ticks = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle + iowait
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def machine() -> str:
    import streamlit

    try:
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        mem = float("nan")
    return (
        f"{platform.node() or 'host'}: {os.cpu_count()} cores, {mem:.0f} GB, "
        f"Python {platform.python_version()}, Streamlit {streamlit.__version__}"
    )


def run(
    *,
    sessions: int = 20,
    seconds: float = 60,
    timeout: float = 60,
    think: float = 0.0,
    record_to: Path | None = RESULTS,
) -> Report:
    """Start the dashboard, drive the sessions, stop everything; the figures in a Report."""
    report = Report(sessions=sessions, seconds=seconds, machine=machine())
    workdir = Path(tempfile.mkdtemp(prefix="lens-load-"))
    server = Server(workdir)
    try:
        server.wait_healthy()
        # Every wait inside is bounded; this bounds their sum, whatever happens.
        watchdog = WARMUP_TIMEOUT + 10 * sessions + seconds + timeout + 60
        asyncio.run(
            asyncio.wait_for(
                drive(
                    server,
                    report,
                    sessions=sessions,
                    seconds=seconds,
                    timeout=timeout,
                    think=think,
                ),
                watchdog,
            )
        )
    except Exception as exc:  # the run could not be made: report it, keep the log
        report.setup_error = f"{type(exc).__name__}: {exc}".strip()
        report.server_errors += server.tracebacks()
    finally:
        server.stop()
    if report.ok:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        report.kept = str(workdir)
    if record_to is not None and report.setup_error is None:
        record(report, record_to)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20, help="concurrent browser sessions")
    parser.add_argument("--seconds", type=float, default=60, help="how long new steps start")
    parser.add_argument("--timeout", type=float, default=60, help="per step, in seconds")
    parser.add_argument("--think", type=float, default=0.0, help="pause between steps, s")
    parser.add_argument("--no-record", action="store_true", help=f"do not append to {RESULTS.name}")
    args = parser.parse_args(argv)
    report = run(
        sessions=args.sessions,
        seconds=args.seconds,
        timeout=args.timeout,
        think=args.think,
        record_to=None if args.no_record else RESULTS,
    )
    print(report.summary())
    if report.setup_error:
        return 2
    if not args.no_record:
        print(f"appended to {RESULTS.relative_to(ROOT)}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
