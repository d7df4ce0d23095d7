"""Tables reach the browser through ui.dataframe, which sends a categorical column with the
categories its rows use (lib.ui.blocks.compact)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from lib import ui

ROOT = Path(__file__).resolve().parent.parent


def test_compact_keeps_the_values_and_drops_the_categories_no_row_uses():
    ids = pd.Categorical(
        ["person:a", "country:b", "person:a"],
        categories=[f"e{i}" for i in range(5)] + ["person:a", "country:b"],
    )
    frame = pd.DataFrame({"entity_id": ids, "n": [3, 2, 1], "name": ["A", "B", "A"]})
    out = ui.compact(frame)
    assert out["entity_id"].tolist() == ["person:a", "country:b", "person:a"]
    assert list(out["entity_id"].cat.categories) == ["person:a", "country:b"]
    assert out["n"].tolist() == [3, 2, 1] and out["name"].tolist() == ["A", "B", "A"]
    assert len(frame["entity_id"].cat.categories) == 7  # the caller's frame is as it was
    plain = frame.drop(columns="entity_id")
    assert ui.compact(plain) is plain


def test_every_table_of_the_pages_goes_through_ui_dataframe():
    direct = re.compile(r"\bst\.dataframe\(")
    offenders = [
        str(path.relative_to(ROOT))
        for path in [*ROOT.glob("pages/*.py"), ROOT / "dashboard.py", *ROOT.glob("lib/ui/*.py")]
        if path.name != "blocks.py" and direct.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
