"""The event points' groups (lib.queries.eventcounts): exact counts on a few rows."""

import numpy as np

from lib.queries import eventcounts


def day(text: str) -> np.datetime64:
    return np.datetime64(text, "s")


NAT = np.datetime64("NaT", "s")
# key, start, end, article: two mentions of event 5 on one day in article 0, one in article
# 1; event 5 on another day; a "summit" (key -3) of the same day; an undated mention.
KEY = np.array([5, 5, 5, 5, -3, 5])
START = np.array(
    [
        day("2016-07-08"),
        day("2016-07-08"),
        day("2016-07-08"),
        day("2017-05-25"),
        day("2016-07-08"),
        NAT,
    ]
)
END = np.array(
    [
        day("2016-07-09"),
        day("2016-07-09"),
        day("2016-07-09"),
        day("2017-05-25"),
        day("2016-07-08"),
        NAT,
    ]
)
ARTICLE = np.array([0, 0, 1, 1, 2, 2])


def test_groups_sorted_by_key_then_days():
    groups = eventcounts.group_events(KEY, START, END, ARTICLE)
    assert groups.keys.tolist() == [-3, 5, 5]
    assert groups.starts.tolist() == [day("2016-07-08"), day("2016-07-08"), day("2017-05-25")]
    assert groups.ends.tolist() == [day("2016-07-08"), day("2016-07-09"), day("2017-05-25")]
    assert sorted(groups.order.tolist()) == [0, 1, 2, 3, 4]  # the undated row is in none


def test_count_rows_and_distinct_articles_of_the_kept_rows():
    groups = eventcounts.group_events(KEY, START, END, ARTICLE)
    found, n_rows, n_articles = eventcounts.count(groups, np.ones(6, dtype=bool))
    assert (found.tolist(), n_rows.tolist(), n_articles.tolist()) == (
        [0, 1, 2],
        [1, 3, 1],
        [1, 2, 1],
    )
    kept = np.array([True, True, False, False, False, True])
    found, n_rows, n_articles = eventcounts.count(groups, kept)
    assert (found.tolist(), n_rows.tolist(), n_articles.tolist()) == ([1], [2], [1])
    found, _, _ = eventcounts.count(groups, np.zeros(6, dtype=bool))
    assert found.tolist() == []


def test_rows_out_of_article_order_are_counted_alike():
    shuffled = [2, 4, 0, 3, 1, 5]
    groups = eventcounts.group_events(
        KEY[shuffled], START[shuffled], END[shuffled], ARTICLE[shuffled]
    )
    _, n_rows, n_articles = eventcounts.count(groups, np.ones(6, dtype=bool))
    assert (n_rows.tolist(), n_articles.tolist()) == ([1, 3, 1], [1, 2, 1])
