"""A corpus in English and Russian (and one Ukrainian article), as one JSONL file, through
the command line: each article's language, the same canonical entities in both languages,
the unsupported language reported and kept, and the dashboard's questions by language."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lib import queries, store
from lib.queries import compare
from lib.queries.filters import Filters
from tests.conftest import ROOT
from tests.mixed_languages import write_mixed_corpus


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("mixed")
    corpus = write_mixed_corpus(base / "corpus")
    out = base / "out"
    result = subprocess.run(
        [sys.executable, "-m", "lib.preprocess", "--corpus", str(corpus), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return out, result


def test_the_command_line_reads_both_languages_and_reports_the_third(mixed_run):
    out, result = mixed_run
    assert result.returncode == 0, result.stderr  # nothing skipped: the Ukrainian one is kept
    assert "9 articles" in result.stdout
    assert "language not supported yet: Ukrainian (uk)" in result.stderr
    articles = store.read_table("articles", out)
    assert list(articles["language"]) == ["en"] * 4 + ["ru"] * 4 + ["uk"]
    assert list(articles["source"]) == [
        *("Reuters", "CNN", "CNN", "Reuters", "TASS", "Interfax", "RT", "RIA Novosti"),
        "Ukrinform",
    ]


def test_one_entity_for_both_languages(mixed_run):
    out, _ = mixed_run
    dataset = store.read_dataset(out)
    language = dataset.articles.set_index("article_id")["language"]
    mentions = dataset.mentions.assign(language=dataset.mentions["article_id"].map(language))
    by_language = mentions.groupby("language")["entity_id"].agg(set)
    both = by_language["en"] & by_language["ru"]
    assert {
        "person:jens-stoltenberg",
        "person:vladimir-putin",
        "person:dmitry-peskov",
        "person:donald-trump",
        "person:emmanuel-macron",
        "country:RUS",
        "country:USA",
        "country:POL",
        "org:nato",
        "location:kaliningrad",
        "location:london",
        "event:nato-summit-warsaw-2016",
        "event:inf-suspension-2019",
        "event:nato-leaders-meeting-london-2019",
    } <= both
    assert "uk" not in by_language  # kept without entities
    entities = dataset.entities.set_index("entity_id")
    assert entities.loc["person:jens-stoltenberg", "n_articles"] == 6  # 3 English, 3 Russian
    assert {"Stoltenberg", "Йенс Столтенберг"} <= set(
        entities.loc["person:jens-stoltenberg", "aliases"]
    )


def test_the_dashboard_questions_by_language(mixed_run):
    out, _ = mixed_run
    corpus = queries.build_corpus(queries.read_tables(out))
    russian = corpus.select(Filters(languages=("ru",)))
    assert len(russian) == 4
    groups = (compare.parse_group("lang:ru"), compare.parse_group("lang:en"))
    sizes = compare.group_sizes(corpus, corpus.all_ids, groups=groups)
    assert list(zip(sizes["group"], sizes["n_articles"], strict=True)) == [
        ("Russian", 4),
        ("English", 4),
    ]
    words = compare.distinctive_terms(corpus, corpus.all_ids, groups=groups, kind="word")
    russian_words = set(words.loc[words["group"] == "Russian", "term"])
    assert "заявить" in russian_words  # "заявил": the lemma, not the form
    assert not {"в", "и", "что", "на"} & set(words["term"])  # Russian stop words left out
    tone = compare.group_tone(corpus, corpus.all_ids, groups=groups, freq=None)
    assert list(tone["group"]) == ["English"]  # no tone for the Russian sentences


def test_an_english_corpus_never_loads_the_russian_models(tmp_path):
    """natasha's NER and pymorphy3's dictionaries are loaded when a Russian article comes,
    not before: an English corpus costs what it did."""
    (tmp_path / "story.txt").write_text(
        "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said on Monday that NATO had "
        "moved more troops to Poland.\n",
        encoding="utf-8",
    )
    probe = (
        "import sys; from lib.engine.run import process_corpus; "
        f"d = process_corpus([{str(tmp_path)!r}]); "
        "print(list(d.articles['language']), 'natasha' in sys.modules, 'pymorphy3' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "['en'] False False"
