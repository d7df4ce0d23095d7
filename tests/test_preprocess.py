"""The preprocessing run: stable ids, duplicates, formats end to end, bad input reported."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

from lib import store
from lib.engine.run import process_corpus
from tests.conftest import ROOT

STORY = (
    "MOSCOW (Sputnik) - Russian Foreign Minister Sergei Lavrov said on Monday that NATO "
    "expansion threatens Russia's security.\n\nLavrov spoke after talks with his Turkish counterpart."
)


def test_ids_are_stable_across_runs(sample_dataset):
    again = process_corpus([ROOT / "data" / "sample"])
    assert list(again.articles["article_id"]) == list(sample_dataset.articles["article_id"])
    assert set(again.entities["entity_id"]) == set(sample_dataset.entities["entity_id"])


def test_same_story_twice_is_one_article_and_reported(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "copy of a.txt").write_text(STORY.replace("\n\n", "\r\n\r\n"), encoding="utf-8")
    dataset = process_corpus([tmp_path])
    assert len(dataset.articles) == 1
    [problem] = dataset.problems
    assert problem["path"].endswith("copy of a.txt") and problem["reason"].startswith(
        "duplicate of"
    )
    assert problem["action"] == "skipped"


def test_csv_corpus_with_metadata_and_extra_columns(tmp_path):
    corpus = tmp_path / "corpus.csv"
    corpus.write_text(
        "title,text,date,source,url,bias\n"
        f'"Lavrov Warns NATO","{STORY}",2016-07-11,reuters,https://www.reuters.com/x,center\n'
        '"Undated piece","NATO and Russia held talks in Brussels, officials said.",,cnn.com,,left\n'
        '"Bad date","NATO said Russia moved troops near Estonia.",not a date,,,right\n'
        '"Migrants by 2050","Climate migration will grow, the report said.",2050-09-30,,,left\n',
        encoding="utf-8",
    )
    dataset = process_corpus([corpus])
    articles = dataset.articles.set_index("title")
    assert str(articles.loc["Lavrov Warns NATO", "published"]) == "2016-07-11"
    assert articles.loc["Lavrov Warns NATO", "published_basis"] == "metadata"
    assert articles.loc["Lavrov Warns NATO", "source"] == "Reuters"  # normalised from "reuters"
    assert articles.loc["Undated piece", "source"] == "CNN"  # from the domain
    assert articles.loc["Undated piece", "published_basis"] == "unknown"
    assert dict(articles.loc["Lavrov Warns NATO", "extra"]) == {"bias": "center"}
    assert articles.loc["Migrants by 2050", "published_basis"] == "unknown"
    today = date.today()
    assert [p["reason"] for p in dataset.problems] == [
        "unreadable date 'not a date'",
        f"date '2050-09-30' is after the day of this run ({today})",
    ]
    assert [p["line"] for p in dataset.problems] == [3, 4]  # data rows
    assert {p["action"] for p in dataset.problems} == {"kept with date unknown"}
    lavrov = dataset.entities.set_index("entity_id").loc["person:sergey-lavrov"]
    assert set(lavrov["aliases"]) == {"Sergei Lavrov", "Lavrov"}
    assert list(lavrov["roles"]) == ["Russian Foreign Minister"]


def test_command_line_reports_skipped_files_and_exits_non_zero(tmp_path):
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lib.preprocess",
            "--corpus",
            str(tmp_path),
            "--out",
            str(out),
            "--quiet",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert "empty.txt" in result.stderr and "1 file(s) or row(s) skipped" in result.stderr
    report = json.loads((out / "report.json").read_text())
    assert [r["path"].endswith("empty.txt") for r in report] == [True]
    assert json.loads((out / "manifest.json").read_text())["rows"]["articles"] == 1


def test_unknown_model_is_a_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lib.preprocess",
            "--corpus",
            str(tmp_path),
            "--out",
            str(tmp_path / "out"),
            "--model",
            "no_such_model",
            "--quiet",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2
    assert "no_such_model" in result.stderr
    assert not store.dataset_exists(tmp_path / "out")


def test_source_from_a_folder_named_after_an_outlet(tmp_path):
    folder = tmp_path / "corpus" / "reuters"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(
        "NATO and Russia held talks in Brussels on Monday, officials said.\n", encoding="utf-8"
    )
    (tmp_path / "corpus" / "b.txt").write_text(
        "Moscow said NATO drills near its border were a provocation.\n", encoding="utf-8"
    )
    articles = process_corpus([tmp_path / "corpus"]).articles.set_index("path")
    by_name = {
        path.rsplit("/", 1)[-1]: (row.source, row.source_basis) for path, row in articles.iterrows()
    }
    assert by_name["a.txt"] == ("Reuters", "folder")
    assert by_name["b.txt"][1] == "unknown"
