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


def test_tabs_opened_during_the_first_start_wait_for_its_tables(tmp_path):
    """Two tabs opened while the sample corpus is being extracted: one extraction, and the
    second tab gets its tables instead of the write lock's refusal (DatasetLocked)."""
    import threading

    from lib.ui import loaders

    out = tmp_path / "processed"
    errors: list[BaseException] = []

    def tab() -> None:
        try:
            loaders.ensure_dataset(out)
        except BaseException as exc:  # noqa: BLE001 - the test reports whatever a tab raised
            errors.append(exc)

    tabs = [threading.Thread(target=tab) for _ in range(2)]
    for t in tabs:
        t.start()
    for t in tabs:
        t.join(timeout=300)
    assert errors == [] and store.dataset_exists(out)
    assert len(list((out / "runs").iterdir())) == 1  # one run, not one per tab
