"""lib.search: the query language's cases with exact hit sets on twelve short articles, the
positioned errors, the hit spans for highlighting, and the index's life: an incremental
update equals a rebuild, a failed or killed build leaves the last good index."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest
from filelock import FileLock

from lib.search import (
    IndexLocked,
    QueryError,
    analyzer,
    build_index,
    hit_spans,
    index_info,
    parse,
    search,
    sync_index,
    update_index,
)
from lib.search import index as search_index
from lib.search.index import GENERATIONS, INCOMPLETE, read_ids

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = [
    ("a01", "Stoltenberg warns of Russian aggression in the Baltic", "Reuters", "2016-06-14",
     "NATO Secretary General Jens Stoltenberg said the alliance would deploy battalions to "
     "Estonia, Latvia and Lithuania to deter Russian aggression."),
    ("a02", "Baltic Sea drills", "TASS", "2016-07-01",
     "Russian warships held drills in the Baltic Sea near Kaliningrad. NATO chief Jens "
     "Stoltenberg said the alliance was monitoring them."),
    ("a03", "Senator questions NATO expansion", "Fox News", "2017-03-02",
     "A senator said NATO expansion to the east had provoked Moscow. The senatorial debate went on."),
    ("a04", "Senatorial race heats up", "CNN (Web News)", "2018-10-10",
     "The senatorial race in Ohio is about taxes, not NATOs or alliances."),
    ("a05", "Kremlin angered by alliance plans", "Sputnik", "2016-05-20",
     "The Kremlin said the expansion of the North Atlantic alliance, NATO, threatens Russia."),
    ("a06", "Erdoğan meets Putin after Su-24 downing", "Anadolu", "2016-08-09",
     "Turkish President Recep Tayyip Erdoğan met Vladimir Putin in St. Petersburg to mend ties "
     "after the Su-24 was shot down."),
    ("a07", "EU extends sanctions on Russia", "Reuters", "2016-12-19",
     "The European Union extended economic sanctions against Russia over Crimea. Sanctioned "
     "banks face limits."),
    ("a08", "НАТО и Россия", "ТАСС", "2019-04-04",
     "Генсек НАТО Йенс Столтенберг заявил, что альянс не угрожает России. Москва ответила."),
    ("a09", "Markets shrug off sanction threat", "Fox Business", "2019-01-15",
     "Investors ignored the sanction threat as oil rose."),
    ("a10", "Kyiv accuses Moscow", "BBC News", "2015-02-12",
     "Ukraine reported aggression by Russian forces in Donbas; NATO allies called for restraint."),
    ("a11", "Lavrov visits the Élysée", "France 24", "2019-08-19",
     "Sergey Lavrov met French officials at the Élysée Palace; the talks covered NATO's posture."),
    ("a12", "Article 5 explained", "Vox", None,
     "Article 5 of the North Atlantic Treaty says an attack on one ally is an attack on all."),
]  # fmt: skip


def frame(rows=ARTICLES) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "article_id": a,
                "title": t,
                "source": s,
                "published": pd.Timestamp(d) if d else None,
                "text": x,
            }
            for a, t, s, d, x in rows
        ]
    )


ALL = {row[0] for row in ARTICLES}
WITH_NATO = {"a01", "a02", "a03", "a05", "a10", "a11"}

CASES = [
    # single words: whole words, any case, title or text
    ("NATO", WITH_NATO),
    ("nato", WITH_NATO),
    ("Kremlin", {"a05"}),
    # word boundaries
    ("senator", {"a03"}),
    ("senatorial", {"a03", "a04"}),
    ("NATOs", {"a04"}),
    ("NATO's", {"a11"}),  # the phrase "nato s"
    # phrases
    ('"Russian aggression"', {"a01"}),
    ('"NATO expansion"', {"a03"}),
    ('"Baltic Sea"', {"a02"}),
    ('"Article 5"', {"a12"}),
    ("Su-24", {"a06"}),  # a word cut in two by the analyzer is a phrase
    # proximity: at most N words between, either order
    ('"NATO expansion"~5', {"a03", "a05"}),  # a05: expansion … (5 words) … NATO
    ('"NATO expansion"~4', {"a03"}),
    ('"expansion NATO"~5', {"a03", "a05"}),
    ('"Russian aggression"~0', {"a01"}),
    ('"Russian aggression"~1', {"a01", "a10"}),  # a10: aggression by Russian
    # AND / OR / NOT, parentheses, precedence
    ('NATO AND (Baltic* OR Estonia OR Latvia OR Lithuania) AND NOT "Baltic Sea"', {"a01"}),
    ("Putin Erdogan", {"a06"}),  # side by side: AND
    ("Putin AND Crimea", set()),
    ("Kremlin OR Crimea", {"a05", "a07"}),
    ("NOT NATO", ALL - WITH_NATO),
    ("NATO NOT Stoltenberg", WITH_NATO - {"a01", "a02"}),
    ("(sanction* OR Su-24) AND NOT Crimea", {"a06", "a09"}),
    # AND binds tighter than OR: Erdogan OR (Kremlin AND Crimea)
    ("Erdogan OR Kremlin AND Crimea", {"a06"}),
    ("(Erdogan OR Kremlin) AND Crimea", set()),
    ("Lavrov OR NOT Russia", ALL - {"a05", "a07"}),  # "Russian" is another word
    # wildcards
    ("sanction*", {"a07", "a09"}),
    ("sanction", {"a09"}),
    ("sanctions", {"a07"}),
    ("Baltic*", {"a01", "a02"}),
    # fields
    ("Stoltenberg", {"a01", "a02"}),
    ("title:Stoltenberg", {"a01"}),
    ("text:Stoltenberg", {"a01", "a02"}),
    ("title:(Baltic OR Kremlin)", {"a01", "a02", "a05"}),
    ('source:"Fox News"', {"a03"}),
    ("source:fox", {"a03", "a09"}),
    ("source:Reuters AND sanction*", {"a07"}),
    ("title:senator*", {"a03", "a04"}),
    # case and accents
    ("erdogan", {"a06"}),
    ("ERDOĞAN", {"a06"}),
    ("elysee", {"a11"}),
    ('"Élysée Palace"', {"a11"}),
    # Cyrillic
    ("нато", {"a08"}),
    ("МОСКВА", {"a08"}),
    ("москв*", {"a08"}),
    ("Столтенберг OR Stoltenberg", {"a01", "a02", "a08"}),
    ("source:тасс", {"a08"}),
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("search") / "index"
    build_index(frame(), folder)
    return folder


def hits(folder: Path, query, **kwargs) -> set[str]:
    return set(search(folder, query, **kwargs)["article_id"])


@pytest.mark.parametrize(("query", "expected"), CASES, ids=[q for q, _ in CASES])
def test_query_hits(index_dir, query, expected):
    assert hits(index_dir, query) == expected


def test_results_best_first_with_scores(index_dir):
    found = search(index_dir, "NATO OR alliance")
    assert list(found.columns) == ["article_id", "score"]
    assert found["score"].is_monotonic_decreasing
    assert (found["score"] > 0).all()
    top = search(index_dir, "NATO OR alliance", limit=2)
    assert top["article_id"].tolist() == found["article_id"].head(2).tolist()
    assert search(index_dir, "NATO", limit=0).empty
    assert search(index_dir, "Zelensky").empty


def test_hits_have_spans(index_dir):
    """Every article a query finds shows where: hit_spans agrees with the index."""
    rows = {r[0]: r for r in ARTICLES}
    for query, expected in CASES:
        parsed = parse(query)
        if "source" in parsed.fields() or query.startswith("NOT") or " NOT " in query:
            continue
        for article_id in expected:
            _, title, _, _, text = rows[article_id]
            assert hit_spans(parsed, title, field="title") or hit_spans(parsed, text), (
                query,
                article_id,
            )


def test_proximity_and_phrases_agree_with_the_definition(tmp_path):
    """On random texts of four words: "a b"~N finds exactly the texts where a and b stand
    with at most N words between them, in either order; a phrase, the words in a row; and
    hit_spans finds something in exactly those texts."""
    rng = random.Random(17)
    vocabulary = ["nato", "expansion", "east", "x"]
    texts = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 9))) for _ in range(400)]
    ids = [f"r{i:03d}" for i in range(len(texts))]
    build_index(pd.DataFrame({"article_id": ids, "text": texts}), tmp_path / "random")

    def near(words, a, b, slop):
        at = [i for i, w in enumerate(words) if w == a]
        return any(abs(i - j) - 1 <= slop for i in at for j, w in enumerate(words) if w == b)

    def in_row(words, phrase):
        n = len(phrase)
        return any(words[i : i + n] == phrase for i in range(len(words) - n + 1))

    queries = [(f'"{a} {b}"~{slop}', lambda w, a=a, b=b, s=slop: near(w, a, b, s))
               for a, b in (("nato", "expansion"), ("east", "nato")) for slop in range(5)]  # fmt: skip
    queries += [
        (f'"{p}"', lambda w, p=p: in_row(w, p.split()))
        for p in ("nato expansion", "nato expansion east", "x x")
    ]
    for query, definition in queries:
        expected = {i for i, t in zip(ids, texts, strict=True) if definition(t.split())}
        assert hits(tmp_path / "random", query) == expected, query
        assert {i for i, t in zip(ids, texts, strict=True) if hit_spans(query, t)} == expected, (
            query
        )


def test_search_from_threads(index_dir):
    """The dashboard's sessions run in threads and share the cached reader."""
    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(lambda _: hits(index_dir, "NATO OR Kremlin"), range(40)))
    assert all(f == WITH_NATO for f in found)


def test_search_takes_a_parsed_query(index_dir):
    parsed = parse("title:(Baltic OR Kremlin)")
    assert hits(index_dir, parsed) == {"a01", "a02", "a05"}


def test_no_index(tmp_path):
    with pytest.raises(FileNotFoundError, match="no search index"):
        search(tmp_path / "nothing", "NATO")
    assert index_info(tmp_path / "nothing") is None


# --- the language: parsing and errors ------------------------------------------------------------

ERRORS = [
    ("(NATO OR Russia", "unbalanced parenthesis at character 0: '(' is never closed", 0),
    ("NATO AND (Baltic OR Estonia))", "unbalanced parenthesis at character 28: ')' closes no '('", 28),
    ("Russia AND NATO) OR Baltic", "unbalanced parenthesis at character 15: ')' closes no '('", 15),
    ('NATO "Baltic Sea AND Russia', "unclosed quote starting at character 5", 5),
    ("titel:Stoltenberg", "unknown field 'titel:' at character 0; fields: title, text, source", 0),
    ("NATO 10:30", "unknown field '10:' at character 5; fields: title, text, source", 5),
    ("NATO AND", "AND at character 5 needs a term after it", 5),
    ("OR Russia", "OR at character 0 needs a term before it", 0),
    ("NATO AND OR Russia", "AND at character 5 needs a term after it", 5),
    ("NATO NOT", "NOT at character 5 needs a term after it", 5),
    ("NATO ()", "empty parentheses at character 5", 5),
    ("nato or russia", "'or' at character 5: write OR for the operator, or \"or\" in quotes to search the word", 5),
    ("-Russia", "'-' at character 0: write NOT Russia", 0),
    ("sanc*tion", "wildcard '*' at character 4: only a * at the end of a word is supported, as in sanction*", 4),
    ("NATO *", "wildcard '*' at character 5: only a * at the end of a word is supported, as in sanction*", 5),
    ('"NATO expan*"', "wildcard '*' at character 11 inside quotes: a phrase matches whole words", 11),
    ("NATO~5", "'~' at character 4: proximity applies to a quoted phrase, as in \"NATO expansion\"~5", 4),
    ('"NATO expansion"~', "'~' at character 16 needs a number of words after it, as in \"NATO expansion\"~5", 16),
    ('"NATO expansion east"~5', "proximity at character 0: ~5 works on two words, and this phrase has 3 "
     '(nato expansion east); combine pairs with AND, as in "NATO expansion"~5 AND "expansion east"~5', 0),
    ('"NATO NATO"~3', "proximity at character 0 needs two different words", 0),
    ('NATO ""', "empty phrase at character 5: no letters or digits between the quotes", 5),
    ("NATO && Russia", "'&&' at character 5 has no letters or digits to search (the operators are AND, OR, NOT)", 5),
    ("title:", "field 'title:' at character 0 needs a word, a \"phrase\" or ( … ) right after it", 0),
    ("title:(NATO OR source:TASS)", "field 'source:' at character 15 is inside the parentheses of 'title:'", 15),
    ('"NATO"x', "unexpected 'x' at character 6 right after a closing quote", 6),
    ("   ", "empty query", 0),
]  # fmt: skip


@pytest.mark.parametrize(("query", "message", "position"), ERRORS, ids=[q for q, _, _ in ERRORS])
def test_malformed_query(query, message, position):
    with pytest.raises(QueryError) as raised:
        parse(query)
    assert raised.value.message == message
    assert str(raised.value) == message
    assert raised.value.position == position


def test_error_pointer():
    with pytest.raises(QueryError) as raised:
        parse('NATO "Baltic')
    assert raised.value.pointer('NATO "Baltic') == 'NATO "Baltic\n     ^'


def test_search_raises_the_parse_error(index_dir):
    with pytest.raises(QueryError, match="unclosed quote starting at character 0"):
        search(index_dir, '"NATO')


def test_canonical_form():
    assert (
        str(parse("Baltic*  estonia")) == str(parse("baltic* AND Estonia")) == "baltic* AND estonia"
    )
    assert str(parse('NATO AND (Baltic* OR Estonia) AND NOT "Baltic Sea"')) == (
        'nato AND (baltic* OR estonia) AND NOT "baltic sea"'
    )
    assert str(parse("a OR b c OR NOT d")) == "a OR (b AND c) OR NOT d"
    assert str(parse('title:(NATO OR Russia) source:"Fox News" "NATO expansion"~5')) == (
        '(title:nato OR title:russia) AND source:"fox news" AND "nato expansion"~5'
    )
    assert str(parse('"and" Erdoğan')) == '"and" AND erdogan'
    for query, _ in CASES:  # the canonical form parses to the same tree
        assert parse(str(parse(query))).root == parse(query).root
    assert parse("title:Stoltenberg source:TASS").fields() == {"title", "source"}


def test_analyzer_keeps_cyrillic_and_folds_accents():
    assert analyzer().analyze("МОСКВА Столтенберг Erdoğan's Élysée Straße") == [
        "москва",
        "столтенберг",
        "erdogan",
        "s",
        "elysee",
        "strasse",
    ]


# --- hit spans -------------------------------------------------------------------------------------


def texts_of(query: str, text: str, **kwargs) -> list[str]:
    return [text[start:end] for start, end in hit_spans(query, text, **kwargs)]


def test_hit_spans():
    a01, a05, a06, a07, a08 = (
        dict((r[0], r[4]) for r in ARTICLES)[k] for k in ("a01", "a05", "a06", "a07", "a08")
    )
    assert texts_of('"Russian aggression" OR Estonia', a01) == ["Estonia", "Russian aggression"]
    assert texts_of("NATO AND NOT Kremlin", a05) == ["NATO"]  # nothing under NOT
    assert texts_of('"NATO expansion"~5', a05) == ["expansion", "NATO"]
    assert texts_of('"NATO expansion"~4', a05) == []
    assert texts_of("sanction*", a07) == ["sanctions", "Sanctioned"]
    assert texts_of("erdogan OR Su-24", a06) == ["Erdoğan", "Su-24"]
    assert texts_of("москва OR нато", a08) == ["НАТО", "Москва"]
    assert texts_of("senator", "The senatorial race; a senator's view.") == ["senator"]
    assert texts_of("NATO", "🇪🇪 Estonia 🇪🇪 and NATO") == ["NATO"]  # offsets in characters
    assert hit_spans("NATO", "🇪🇪 Estonia 🇪🇪 and NATO") == [(18, 22)]
    # overlapping spans merged
    assert texts_of('"Baltic Sea" OR Baltic*', "the Baltic Sea coast") == ["Baltic Sea"]


def test_hit_spans_fields():
    title = "Stoltenberg warns of Russian aggression in the Baltic"
    assert texts_of("title:Stoltenberg", title) == []  # the text: title: words do not count there
    assert texts_of("title:Stoltenberg", title, field="title") == ["Stoltenberg"]
    assert texts_of("Stoltenberg source:Reuters", title, field="title") == ["Stoltenberg"]
    assert texts_of("source:Reuters", "Reuters", field="source") == ["Reuters"]
    assert hit_spans("NATO", None) == [] and hit_spans("NATO", "") == []


# --- stemming ------------------------------------------------------------------------------------------


def test_stemming_is_optional(index_dir, tmp_path):
    with pytest.raises(ValueError, match="without stemming"):
        search(index_dir, "sanction", stem=True)
    stemmed = tmp_path / "stemmed"
    info = build_index(frame(), stemmed, stemming=True)
    assert info.stemming
    assert hits(stemmed, "sanction") == {"a09"}  # off by default, even in a stemmed index
    assert hits(stemmed, "sanction", stem=True) == {"a07", "a09"}  # sanctions, sanctioned
    assert hits(stemmed, "title:senators", stem=True) == {"a03"}
    assert hits(stemmed, '"NATO expansions"', stem=True) == {"a03"}
    assert texts_of("sanction", ARTICLES[6][4], stem=True) == ["sanctions", "Sanctioned"]


# --- the index's life ------------------------------------------------------------------------------------


def _state(folder: Path) -> dict[str, set[str]]:
    return {query: hits(folder, query) for query, _ in CASES}


def test_incremental_update_equals_rebuild(tmp_path):
    first = frame(ARTICLES[:9])  # a01 … a09
    build_index(first, tmp_path / "inc")
    changed = frame([ARTICLES[2]]).assign(text="The debate on enlargement went on in Washington.")
    # a10 … a12 new, a03 changed
    added = pd.concat([frame(ARTICLES[9:]), changed], ignore_index=True)
    info = update_index(tmp_path / "inc", added, removed_ids=["a02", "zz-not-indexed"])
    assert (info.added, info.replaced, info.removed, info.unchanged) == (3, 1, 1, 0)
    final = pd.concat(
        [frame([r for r in ARTICLES if r[0] not in ("a02", "a03")]), changed], ignore_index=True
    )
    build_index(final, tmp_path / "full")
    assert _state(tmp_path / "inc") == _state(tmp_path / "full")
    assert hits(tmp_path / "inc", "senatorial") == {"a04"}  # a03's old text is gone
    inc, full = (read_ids(index_info(tmp_path / name).path) for name in ("inc", "full"))
    assert sorted(zip(inc["article_id"], inc["digest"], strict=True)) == sorted(
        zip(full["article_id"], full["digest"], strict=True)
    )
    assert index_info(tmp_path / "inc").documents == len(final) == 11
    # (BM25 scores: see test_added_articles_score_as_in_a_rebuild)
    # passing the same articles again changes nothing; sync makes the index hold exactly `final`
    again = update_index(tmp_path / "inc", final)
    assert (again.added, again.replaced, again.removed, again.unchanged) == (0, 0, 0, 11)
    synced = sync_index(tmp_path / "inc", final.iloc[1:])
    assert (synced.removed, synced.unchanged, synced.documents) == (1, 10, 10)
    assert "a01" not in hits(tmp_path / "inc", "NATO")
    # asking for stemming (or a new index format) rebuilds: sync_index has every article
    stemmed = sync_index(tmp_path / "inc", final, stemming=True)
    assert (stemmed.stemming, stemmed.added, stemmed.documents) == (True, 11, 11)
    with pytest.raises(ValueError, match="built with stemming=True"):
        update_index(tmp_path / "inc", final, stemming=False)


def test_added_articles_score_as_in_a_rebuild(tmp_path):
    """With articles only added, the index's term statistics are a rebuild's, and so are the
    scores. (A deleted or replaced article still counts in them until tantivy merges its
    segment: hit sets stay exact, scores may move a little; docs/search.md.)"""
    build_index(frame(ARTICLES[:7]), tmp_path / "inc")
    update_index(tmp_path / "inc", frame(ARTICLES[7:]))
    build_index(frame(), tmp_path / "full")
    for query in ("NATO OR alliance", '"NATO expansion"~5', "Russia", "sanction* OR Kremlin"):
        a, b = search(tmp_path / "inc", query), search(tmp_path / "full", query)
        assert a["article_id"].tolist() == b["article_id"].tolist()
        assert a["score"].to_numpy() == pytest.approx(b["score"].to_numpy(), rel=1e-5)


def test_update_without_an_index_builds_one(tmp_path):
    info = update_index(tmp_path / "new", frame(ARTICLES[:3]), ["a09"])
    assert info.documents == 3 and hits(tmp_path / "new", "Stoltenberg") == {"a01", "a02"}


def test_update_from_another_folder(tmp_path):
    """The previous run's index as the base of the new run's, which is a folder of its own."""
    build_index(frame(ARTICLES[:6]), tmp_path / "run1")
    info = update_index(tmp_path / "run2", frame(ARTICLES[6:]), [], base=tmp_path / "run1")
    assert info.documents == 12
    assert _state(tmp_path / "run2") == {query: expected for query, expected in CASES}
    assert index_info(tmp_path / "run1").documents == 6  # the base is untouched
    assert hits(tmp_path / "run1", "sanction*") == set()


def test_generations_are_swapped_and_pruned(tmp_path):
    folder = tmp_path / "index"
    for _ in range(4):
        info = update_index(folder, frame(ARTICLES[:2]))
    assert (folder / "current").is_symlink()
    assert (folder / "current").resolve() == info.path
    assert len(list((folder / GENERATIONS).iterdir())) == 2  # the current one and the one before


def _failing_add(after: int, error):
    original = search_index._add_documents

    def add(writer, frame, keys, stemming):
        original(writer, frame.iloc[:after], keys[:after], stemming)
        error()

    return add


def _boom():
    raise RuntimeError("disk full")


def test_failed_build_leaves_the_last_good_index(tmp_path, monkeypatch):
    folder = tmp_path / "index"
    good = build_index(frame(ARTICLES[:4]), folder)
    monkeypatch.setattr(search_index, "_add_documents", _failing_add(5, _boom))
    with pytest.raises(RuntimeError, match="disk full"):
        build_index(frame(), folder)
    with pytest.raises(RuntimeError, match="disk full"):
        update_index(folder, frame(ARTICLES[4:]), ["a01"])
    assert index_info(folder).path == good.path
    assert hits(folder, "NATO") == {"a01", "a02", "a03"}
    assert not list((folder / GENERATIONS).glob(INCOMPLETE + "*"))
    monkeypatch.undo()
    assert build_index(frame(), folder).documents == 12


KILLED_RUN = """
import os, signal, sys
import pandas as pd
from lib.search import index
from tests.test_search import frame

original = index._add_documents

def add(writer, articles, keys, stemming):
    original(writer, articles.iloc[:6], keys[:6], stemming)
    writer.commit()  # even with a commit inside the new generation
    os.kill(os.getpid(), signal.SIGKILL)

index._add_documents = add
index.build_index(frame(), sys.argv[1])
"""


def test_killed_build_leaves_the_last_good_index(tmp_path):
    folder = tmp_path / "index"
    good = build_index(frame(ARTICLES[:4]), folder)
    script = tmp_path / "killed.py"
    script.write_text(textwrap.dedent(KILLED_RUN), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(folder)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == -signal.SIGKILL
    assert list((folder / GENERATIONS).glob(INCOMPLETE + "*"))  # what the killed run left
    assert index_info(folder).path == good.path
    assert hits(folder, "NATO") == {"a01", "a02", "a03"}
    assert build_index(frame(), folder).documents == 12  # the next run clears the leftovers
    assert not list((folder / GENERATIONS).glob(INCOMPLETE + "*"))
    assert hits(folder, "NATO") == WITH_NATO


def test_one_writer_at_a_time(tmp_path):
    folder = tmp_path / "index"
    build_index(frame(ARTICLES[:2]), folder)
    with (
        FileLock(str(folder / ".lock")),
        pytest.raises(IndexLocked, match="another process is writing"),
    ):
        update_index(folder, frame(ARTICLES[2:4]))
    assert index_info(folder).documents == 2


def test_duplicate_ids_are_refused(tmp_path):
    with pytest.raises(ValueError, match="duplicate article_id"):
        build_index(frame(ARTICLES[:2] + ARTICLES[:1]), tmp_path / "index")
