"""The load test, short: 20 concurrent browser sessions changing filters for 20 s.

It runs bench.load_test itself (its own Streamlit server on 127.0.0.1 and its own
headless Chromium), in a thread of its own so that its event loop never meets the
Playwright of the other browser tests. About a minute on 2 cores; the full run is
`python -m bench.load_test --sessions 20 --seconds 60`.
"""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench import load_test

pytestmark = pytest.mark.browser

SESSIONS = 20
SECONDS = 20


@pytest.mark.timeout(300)  # a bound if the machine is busy; about 60 s when it is not
def test_twenty_sessions_change_filters_without_an_error():
    with ThreadPoolExecutor(max_workers=1) as pool:
        report = pool.submit(
            load_test.run, sessions=SESSIONS, seconds=SECONDS, timeout=60, record_to=None
        ).result()
    print(report.summary())  # shown with -s, or with the failure

    assert report.setup_error is None, report.setup_error
    assert report.errors == [], "\n".join(report.errors[:20])
    connected = [r for r in report.requests if r.kind == "connect"]
    assert len(connected) == SESSIONS
    # Every session, while all twenty were open, changed the filters and saw the outcome.
    changes = report.per_session(load_test.FILTER_CHANGES)
    assert len(changes) == SESSIONS and min(changes.values()) >= 1, changes
    assert math.isfinite(report.percentile(95))
    assert {r.kind for r in report.steps} >= {"keyword", "page"}
