"""The query cache bounded by bytes (lib.queries.memo) and its use by the dashboard
(lib.ui.cached): sizes estimated from buffers, the least recently used dropped first,
results handed out so that a caller cannot change the cached one."""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.queries.memo import ByteCache, sizeof
from lib.ui import cached


def test_sizes_come_from_the_buffers():
    assert sizeof(np.zeros(1000, dtype=np.int64)) == 8000
    frame = pd.DataFrame({"a": np.zeros(1000), "b": pd.Series(["x" * 10] * 1000, dtype="str")})
    assert 8000 + 10_000 <= sizeof(frame) <= 8000 + 20_000
    categorical = pd.Series(pd.Categorical(["left", "right"] * 500))
    assert sizeof(categorical) < 2000
    assert sizeof({"n": 3, "frame": frame}) >= sizeof(frame)
    assert 50_000 < sizeof([np.zeros(10)] * 10_000) < 2_000_000  # sampled, not walked


def test_least_recently_used_go_first_when_the_bytes_are_spent():
    cache = ByteCache(budget=25_000)
    for key in "abc":
        cache.put(key, np.zeros(1000))  # 8,000 bytes each
    assert len(cache) == 3 and cache.nbytes == 24_000
    assert cache.get("a", lambda: None) is not None  # a is now the most recent
    cache.put("d", np.zeros(1000))
    assert "b" not in cache and {"a", "c", "d"} <= {k for k in "abcd" if k in cache}
    cache.put("huge", np.zeros(10_000))  # larger than the budget: not kept
    assert "huge" not in cache and cache.nbytes <= 25_000
    calls = []
    assert cache.get("e", lambda: calls.append(1) or 5) == 5
    assert cache.get("e", lambda: calls.append(1) or 6) == 5 and calls == [1]
    cache.clear()
    assert len(cache) == 0 and cache.nbytes == 0


def test_a_caller_cannot_change_the_cached_result():
    shared = pd.DataFrame({"n": [1, 2, 3]})
    mine = cached._private(shared)
    mine["n"] = 0
    mine["extra"] = 1
    assert shared["n"].tolist() == [1, 2, 3] and list(shared.columns) == ["n"]
    array = cached._frozen(np.arange(3))
    assert not array.flags.writeable
    listed = [1, 2]
    assert cached._private(listed) == listed and cached._private(listed) is not listed
