"""A corpus with metadata columns of every kind, for the facet tests: the multi-source
corpus (tests/multisource.py, processed by the real pipeline) replicated 30 times (360
articles, new ids, dates shifted: bench/replicate.py), its `articles.extra` replaced by

- `leaning` (3 values, as before) and `desk` (4 values): facets, offered as pick lists;
- `authors`: comma-separated, 240 distinct people (more than a facet may list): split into
  values and searched;
- `id`: one value per article: searched.

Who wrote what is fixed, so the tests can assert exact counts (AUTHOR_COUNTS).
"""

from __future__ import annotations

from collections import Counter

from bench.replicate import replicate
from lib import store

COPIES = 30
DESKS = ("world", "politics", "defence", "economy")
FIRST = ("Stephen", "Matt", "Katie", "Rich", "Julio", "Tom", "Anna", "Maria", "Dave", "Oleg")
FIRST += ("Ivan", "Sarah", "John", "Elena", "Peter")
LAST = ("Dinan", "Vespa", "Pavlich", "Lowry", "Rosas", "Howell", "Boyer", "Smith", "Ivanov")
LAST += ("Petrova", "Brown", "Novak", "Kovacs", "Schmidt", "Rossi", "Dupont")
AUTHORS = tuple(f"{first} {last}" for first in FIRST for last in LAST)  # 240 people


def authors_of(i: int) -> list[str]:
    """The authors of article i: one, and a co-author for every third article."""
    names = [AUTHORS[i % len(AUTHORS)]]
    if i % 3 == 0:
        names.append(AUTHORS[(7 * i + 1) % len(AUTHORS)])
    return list(dict.fromkeys(names))


def facet_dataset(base: store.Dataset) -> store.Dataset:
    data = replicate(base, COPIES)
    articles = data.articles.copy()
    extra = []
    for i, pairs in enumerate(articles["extra"]):
        leaning = dict(pairs)["leaning"]
        extra.append(
            [
                ("leaning", leaning),
                ("desk", DESKS[i % len(DESKS)]),
                ("authors", ", ".join(authors_of(i))),
                ("id", f"doc-{i:05d}"),
            ]
        )
    articles["extra"] = extra
    return store.Dataset(**{**data.tables(), "articles": articles}, manifest=data.manifest)


def author_counts(n_articles: int = 12 * COPIES) -> Counter:
    """Articles per author (split values)."""
    return Counter(name for i in range(n_articles) for name in authors_of(i))
