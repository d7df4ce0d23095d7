"""The entry page, in Streamlit's AppTest: it builds the tables itself on first start."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from lib import store
from tests.conftest import ROOT, plotly_values


def test_first_start_preprocesses_sample_and_shows_overview(tmp_path, monkeypatch):
    monkeypatch.setenv("LENS_DATA_DIR", str(tmp_path / "processed"))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception
    assert store.dataset_exists(tmp_path / "processed")
    metrics = {m.label: m.value for m in at.metric}
    # two English articles (Sputnik) and a Russian one (RIA Novosti)
    assert metrics["Articles"] == "3" and metrics["Sources"] == "2"
    # The English articles alone, through the sidebar's language filter: as before the Russian one.
    at.sidebar.multiselect(key="flt_lang").set_value(["en"]).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Articles"] == "2" and metrics["Sources"] == "1"
    charts = [json.loads(el.proto.spec) for el in at.get("plotly_chart")]
    people = next(c for c in charts if "people" in c["layout"]["title"]["text"])
    assert set(people["data"][0]["y"]) == {
        "Jens Stoltenberg",
        "Vladimir Putin",
        "Recep Tayyip Erdogan",
        "Donald Trump",
    }
    assert (
        dict(zip(people["data"][0]["y"], plotly_values(people["data"][0]["x"]), strict=True))[
            "Jens Stoltenberg"
        ]
        == 13
    )
