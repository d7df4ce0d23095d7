"""Nine short articles for the search query in the dashboard: NATO and the Baltic, the Black
Sea, sanctions, with Putin in some of them, in the synthetic corpus's markup
(tests/synthetic.py: `[Putin|person:vladimir-putin]` is a mention). Exact hit sets of the
queries the tests type are in HITS."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lib import store
from tests import synthetic

# (file, source, published, sentences); the title is "Story N: " + the first sentence
ARTICLES = [
    ("s01.txt", "Reuters", date(2016, 1, 4), [
        "[NATO|org:nato] moved troops to the Baltic states.",
        "[Russia|country:RUS] called the Baltic deployment a provocation.",
    ]),
    ("s02.txt", "RT", date(2016, 1, 6), [
        "[Vladimir Putin|person:vladimir-putin] said Western sanctions had failed.",
        "[NATO|org:nato] ships sailed in the Black Sea.",
    ]),
    ("s03.txt", "Sputnik", date(2016, 1, 13), [
        "[Putin|person:vladimir-putin] met [Erdogan|person:recep-tayyip-erdogan] on the Black Sea coast.",
        "Neither leader spoke of new sanctions.",
    ]),
    ("s04.txt", "Reuters", date(2016, 1, 14), [
        "The EU extended sanctions on [Russia|country:RUS] for six months.",
        "[Jens Stoltenberg|person:jens-stoltenberg] welcomed the decision.",
    ]),
    ("s05.txt", "RT", date(2016, 1, 20), [
        "[NATO|org:nato] held drills near the Baltic Sea.",
        "[Moscow|country:RUS] said the Baltic drills were dangerous.",
    ]),
    ("s06.txt", "Reuters", date(2016, 1, 21), [
        "[Donald Trump|person:donald-trump] criticised [NATO|org:nato] allies.",
        "Sanctioned banks lobbied in Washington.",
    ]),
    ("s07.txt", "Sputnik", date(2016, 1, 27), [
        "[Vladimir Putin|person:vladimir-putin] spoke about the economy.",
        "He did not mention the alliance.",
    ]),
    ("s08.txt", "Reuters", date(2016, 1, 28), [
        "A senator said [NATO|org:nato] expansion provoked [Moscow|country:RUS].",
        "The senatorial debate went on.",
    ]),
    ("s09.txt", "Sputnik", None, [
        "[Stoltenberg|person:jens-stoltenberg] visited Estonia and Latvia.",
        "[NATO|org:nato] battalions stay in the Baltic region.",
    ]),
]  # fmt: skip


def article_id(file: str) -> str:
    return f"{[a[0] for a in ARTICLES].index(file) + 1:016x}"


def ids(*files: str) -> set[str]:
    return {article_id(f) for f in files}


HITS = {
    "NATO AND Baltic*": ids("s01.txt", "s05.txt", "s09.txt"),
    'NATO AND "Black Sea"': ids("s02.txt"),
    "sanction*": ids("s02.txt", "s03.txt", "s04.txt", "s06.txt"),
    "sanctions": ids("s02.txt", "s03.txt", "s04.txt"),
    'NATO AND (Baltic* OR Estonia) AND NOT "Baltic Sea"': ids("s01.txt", "s09.txt"),
    "senator": ids("s08.txt"),
    "source:RT": ids("s02.txt", "s05.txt"),
}
PUTIN = ids("s02.txt", "s03.txt", "s07.txt")  # the articles that mention person:vladimir-putin


def make_dataset() -> store.Dataset:
    return synthetic.make_dataset(ARTICLES)


def write_dataset(out_dir: Path, *, with_index: bool = True) -> Path:
    """The tables in `out_dir`, with their search index as a preprocessing run writes it, or
    without one (a run made before the index existed)."""
    if with_index:
        from lib.engine.search_index import write_run

        write_run(make_dataset(), out_dir)
    else:
        store.write_dataset(make_dataset(), out_dir)
    return out_dir
