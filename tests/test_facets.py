"""Metadata that scales (issue 16): the facet index (lib.queries.facets) and the sidebar's
metadata filter in Streamlit's AppTest, on a corpus with facets (leaning, desk), a
comma-separated `authors` column of 240 people and a unique `id` per article
(tests/facets_corpus.py): the exact options offered, the type-ahead, the URL round trip,
old links, and Compare's one-click grouping by a facet."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib import queries, store, ui
from lib.queries import facets
from lib.queries.compare.by_facet import facet_groups
from lib.queries.filters import Filters
from lib.ui import facets as facets_ui
from tests.apptest import app
from tests.facets_corpus import COPIES, author_counts, authors_of, facet_dataset
from tests.test_pages import metrics

N = 12 * COPIES


@pytest.fixture(scope="module")
def facet_data(multisource_dataset):
    return facet_dataset(multisource_dataset)


@pytest.fixture(scope="module")
def facet_dir(tmp_path_factory, facet_data):
    out = tmp_path_factory.mktemp("facets") / "processed"
    store.write_dataset(facet_data, out)
    return out


@pytest.fixture(scope="module")
def corpus(facet_dir):
    loaded = queries.build_corpus(queries.read_tables(facet_dir))
    loaded.meta = queries.read_metadata(facet_dir)
    return loaded


# -- the index ----------------------------------------------------------------------------------


def test_values_are_split_and_unquoted():
    assert facets.split_values('Matt Vespa, "Cortney OBrien"; Rich Lowry,,Matt Vespa') == [
        "Matt Vespa",
        "Cortney OBrien",
        "Rich Lowry",
    ]


def test_columns_are_facets_or_searched(corpus):
    index = facets.of_corpus(corpus)
    kinds = {name: (c.facet, c.multi) for name, c in index.columns.items()}
    assert kinds == {
        "leaning": (True, False),
        "desk": (True, False),
        "authors": (False, True),
        "id": (False, False),
    }
    assert index.facet_columns == ["leaning", "desk"]
    assert index.searched_columns == ["authors", "id"]
    # Exactly the facets' values are offered, most articles first, ties by value.
    assert index.options == (
        "leaning:center",
        "leaning:left",
        "leaning:russian-state",
        "desk:defence",
        "desk:economy",
        "desk:politics",
        "desk:world",
    )
    assert index.label_of("leaning:left") == f"leaning: left ({N // 3:,})"
    counts = author_counts()
    assert len(index.columns["authors"].values) == len(counts) == 240
    assert index.label_of("authors:Stephen Dinan") == (
        f"authors: Stephen Dinan ({counts['Stephen Dinan']})"
    )
    assert facets.of_corpus(corpus) is index  # built once per corpus


def test_a_column_of_many_values_that_do_not_repeat_is_searched():
    unique = pd.Series([f"https://example.org/{i}" for i in range(30)], dtype="category")
    assert not facets.index_column("url", unique).facet
    few = pd.Series(["a", "b"] * 15, dtype="category")
    assert facets.index_column("bias", few).facet
    subjects = pd.Series([f"topic {i % 108}" for i in range(2000)], dtype="category")
    assert facets.index_column("subject", subjects).facet  # 108 values, each often: a facet
    # Commas in a few values (a country "Korea, Republic of") do not make a list.
    countries = pd.Series(["Korea, Republic of"] + ["France", "Spain"] * 40, dtype="category")
    assert not facets.index_column("country", countries).multi


def test_type_ahead_finds_word_starts_first(corpus):
    index = facets.of_corpus(corpus)
    assert index.search("stephen din") == ["authors:Stephen Dinan"]
    assert index.search("STEPHEN DIN") == ["authors:Stephen Dinan"]
    # "no" starts the word Novak (15 people) and is inside Ivanov (15 more): Novaks first.
    found = [f.split(":", 1)[1] for f in index.search("no")]
    assert len(found) == facets.SEARCH_LIMIT
    assert all(name.endswith(" Novak") for name in found[:15])
    assert all(name.endswith(" Ivanov") for name in found[15:])
    assert index.search("doc-0001") == [f"id:doc-{i:05d}" for i in range(10, 20)]
    assert index.search("") == [] and index.search("zzz") == []


def test_the_filter_on_split_values_and_on_whole_values(corpus):
    counts = author_counts()
    chosen = corpus.select(Filters(meta=(("authors", "Stephen Dinan"),)))
    assert len(chosen) == counts["Stephen Dinan"]
    both = [i for i in range(N) if len(authors_of(i)) == 2]
    whole = ", ".join(authors_of(both[0]))  # a value as written: an old link's form
    same = sum(1 for i in range(N) if ", ".join(authors_of(i)) == whole)
    assert len(corpus.select(Filters(meta=(("authors", whole),)))) == same
    mixed = corpus.select(Filters(meta=(("authors", "Stephen Dinan"), ("leaning", "center"))))
    by_leaning = corpus.select(Filters(meta=(("leaning", "center"),)))
    assert set(mixed) == set(chosen) & set(by_leaning)
    assert len(corpus.select(Filters(meta=(("owner", "x"),)))) == 0
    assert len(corpus.select(Filters(meta=(("authors", "Nobody"),)))) == 0


def test_facet_groups_follow_the_selection(corpus):
    groups = facet_groups(corpus, corpus.all_ids, "leaning")
    assert [g.filters.meta for g in groups] == [
        (("leaning", "center"),),
        (("leaning", "left"),),
        (("leaning", "russian-state"),),
    ]
    rt = corpus.select(Filters(sources=("RT",)))
    assert [g.filters.meta for g in facet_groups(corpus, rt, "leaning")] == [
        (("leaning", "russian-state"),)
    ]
    assert len(facet_groups(corpus, corpus.all_ids, "desk", n=2)) == 2


def test_the_index_is_fast_on_many_values():
    """100k articles, 60k authors: built in well under a second, searched in milliseconds."""
    import time

    rng = np.random.default_rng(16)
    people = np.array([f"Person {i:05d}" for i in range(60_000)], dtype=object)
    authors = [
        ", ".join([people[i % len(people)], *rng.choice(people, i % 2)]) for i in range(100_000)
    ]
    frame = pd.DataFrame(
        {
            "authors": pd.Series(authors, dtype="category"),
            "bias": pd.Series(rng.choice(["left", "center", "right"], 100_000), dtype="category"),
        }
    )
    started = time.perf_counter()
    index = facets.build_facets(frame)
    built = time.perf_counter() - started
    started = time.perf_counter()
    found = index.search("person 0123")
    searched = time.perf_counter() - started
    assert len(found) == 10 and built < 5 and searched < 0.5, (built, searched)


# -- the sidebar --------------------------------------------------------------------------------


def test_the_sidebar_offers_exactly_the_facets(monkeypatch, facet_dir):
    at = app(monkeypatch, facet_dir)
    box = at.sidebar.multiselect(key=ui.K_META)
    assert box.options == [
        f"leaning: center ({N // 3})",
        f"leaning: left ({N // 3})",
        f"leaning: russian-state ({N // 3})",
        f"desk: defence ({N // 4})",
        f"desk: economy ({N // 4})",
        f"desk: politics ({N // 4})",
        f"desk: world ({N // 4})",
    ]
    search = at.sidebar.multiselect(key=facets_ui.K_META_SEARCH)
    assert search.options == []  # nothing listed before something is typed


def test_type_ahead_in_the_sidebar_and_the_url(monkeypatch, facet_dir, facet_data):
    counts = author_counts()
    at = app(monkeypatch, facet_dir)
    at.sidebar.text_input(key=facets_ui.K_META_FIND).input("stephen din").run()
    search = at.sidebar.multiselect(key=facets_ui.K_META_SEARCH)
    assert search.options == [f"authors: Stephen Dinan ({counts['Stephen Dinan']})"]
    search.set_value(["authors:Stephen Dinan"]).run()
    assert not at.exception
    assert metrics(at)["Articles"] == str(counts["Stephen Dinan"])
    assert at.query_params["meta"] == "authors:Stephen Dinan"
    # With a facet too: both in the link, and the link opens on the same filter.
    at.sidebar.multiselect(key=ui.K_META).set_value(["leaning:center"]).run()
    assert at.query_params["meta"] == ["leaning:center", "authors:Stephen Dinan"]
    leanings = [dict(pairs)["leaning"] for pairs in facet_data.articles["extra"]]
    expected = sum(
        1 for i in range(N) if "Stephen Dinan" in authors_of(i) and leanings[i] == "center"
    )
    reopened = app(monkeypatch, facet_dir, meta=["leaning:center", "authors:Stephen Dinan"])
    assert reopened.sidebar.multiselect(key=ui.K_META).value == ["leaning:center"]
    assert reopened.sidebar.multiselect(key=facets_ui.K_META_SEARCH).value == [
        "authors:Stephen Dinan"
    ]
    assert metrics(reopened)["Articles"] == metrics(at)["Articles"]
    assert metrics(at)["Articles"] == str(expected)
    assert reopened.query_params["meta"] == ["leaning:center", "authors:Stephen Dinan"]


def test_old_links_keep_working(monkeypatch, facet_dir):
    both = next(i for i in range(N) if len(authors_of(i)) == 2)
    whole = ", ".join(authors_of(both))
    at = app(monkeypatch, facet_dir, meta=[f"authors:{whole}", "owner:nobody"])
    assert at.sidebar.multiselect(key=facets_ui.K_META_SEARCH).value == [f"authors:{whole}"]
    same = sum(1 for i in range(N) if ", ".join(authors_of(i)) == whole)
    assert metrics(at)["Articles"] == str(same)
    assert at.query_params["meta"] == f"authors:{whole}"


def test_reset_clears_the_type_ahead(monkeypatch, facet_dir):
    at = app(monkeypatch, facet_dir, meta="id:doc-00007")
    assert metrics(at)["Articles"] == "1"
    next(b for b in at.sidebar.button if b.label == "Reset filters").click().run()
    assert at.sidebar.multiselect(key=facets_ui.K_META_SEARCH).value == []
    assert metrics(at)["Articles"] == str(N)
    assert "meta" not in at.query_params


def test_compare_groups_by_a_facet_in_one_click(monkeypatch, facet_dir):
    at = app(monkeypatch, facet_dir, "pages/compare.py")
    assert not at.exception
    button = next(b for b in at.button if b.label.startswith("leaning:"))
    assert button.label == "leaning: center / left / russian-state"
    assert any(b.label == "desk: defence / economy / politics / world" for b in at.button)
    button.click().run()
    assert not at.exception
    sizes = at.dataframe[0].value
    assert sizes["definition"].tolist() == [
        "meta:leaning=center",
        "meta:leaning=left",
        "meta:leaning=russian-state",
    ]
    assert sizes["n_articles"].tolist() == [N // 3] * 3
    assert at.query_params["g1"] == "meta:leaning=center"
    assert "g4" not in at.query_params


def test_compare_keeps_a_searched_value_from_the_link(monkeypatch, facet_dir):
    counts = author_counts()
    at = app(
        monkeypatch,
        facet_dir,
        "pages/compare.py",
        g1="meta:authors=Stephen Dinan",
        g2="meta:leaning=left",
    )
    assert not at.exception
    at.toggle(key="cmp_edit").set_value(True).run()  # the form, drawn only when opened
    assert at.multiselect(key="cmp_g1_meta").value == ["authors:Stephen Dinan"]
    sizes = at.dataframe[0].value
    assert sizes["n_articles"].tolist() == [counts["Stephen Dinan"], N // 3]
