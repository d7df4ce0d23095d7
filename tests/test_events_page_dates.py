"""An undated page's own dates (issues 15 and 18; lib.engine.page_dates): a date given with its
year in a sentence told as done is a lower bound of the page's date, so that of the
knowledge-base rows one pattern fits (North Macedonia's accession protocol of 2019 and its
accession of 2020) the page's time chooses. A date told ahead, under a modal, or as a limit
("by March 2020") bounds nothing. Texts written for these tests in the style of wire copy, not
copied from any page; every page is undated."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.engine.page_dates import told_as_done
from tests.event_checks import linked_event_ids

JOINED = "North Macedonia officially joined NATO, the alliance said."

TEXTS = {
    # a step of 2020 told as done: the page is of 2020 at the earliest, the accession
    "joined_dated.txt": (
        f"Thirty allies\n\n{JOINED} Its parliament approved the treaty in February 2020, "
        "the last step of a process slowed for years by Greece.\n"
    ),
    # the same step dated by day and year
    "joined_day.txt": (
        f"Thirty allies\n\n{JOINED} Spain's senate ratified the protocol on 17 March 2020, "
        "the last of the allies to do so.\n"
    ),
    # no date in full: nothing decides between the protocol and the accession
    "joined_undated.txt": (
        f"Thirty allies\n\n{JOINED} The process was slowed for years by Greece.\n"
    ),
    # a date told ahead, or as a limit, or under a modal: no bound
    "joined_ahead.txt": (
        f"Thirty allies\n\n{JOINED} A flag-raising ceremony will take place at the "
        "headquarters on 30 April 2020.\n"
    ),
    "joined_limit.txt": (
        f"Thirty allies\n\n{JOINED} Skopje had pledged to finish its reforms by March 2020.\n"
    ),
    "joined_modal.txt": (
        f"Thirty allies\n\n{JOINED} Diplomats said the flag could be raised in April 2020.\n"
    ),
    # a page dated only from below by an event it tells as past (the Crimea referendum of
    # 2014): the Brussels summits of 2017 and 2018 lie years on, and neither is chosen
    "summit_years_on.txt": (
        "Sanctions after the vote\n\nCrimea held its referendum on joining Russia, and the "
        "West answered with sanctions. Leaders discussed the crisis at a summit in Brussels.\n"
    ),
    # the alliance's size dates the page: 29 members from June 2017 to March 2020, 28 before
    "summit_29.txt": (
        "Trump rattles allies\n\nTrump attacked Germany over its gas purchases at the summit "
        "in Brussels. The alliance consists of 29 countries from Europe and North America.\n"
    ),
    "summit_28.txt": (
        "Trump rattles allies\n\nTrump lectured allies on spending at the summit in Brussels. "
        "He said NATO's 28 members must pay more.\n"
    ),
    # a size told as reached, or the EU's: no bound
    "summit_grew.txt": (
        "Trump rattles allies\n\nTrump attacked Germany at the summit in Brussels. Three "
        "decades on, the alliance grew to 29 members.\n"
    ),
    "summit_eu.txt": (
        "Trump rattles allies\n\nTrump attacked Germany at the summit in Brussels, days after "
        "the EU's 28 member states renewed their sanctions.\n"
    ),
    # a number NATO never had ("our 27 NATO allies": all but the speaker's own) is no size and
    # bounds nothing; it used to stop the whole corpus's run (KeyError)
    "summit_27.txt": (
        "Trump rattles allies\n\nTrump attacked Germany at the summit in Brussels. Our 27 "
        "NATO allies must pay more, he said.\n"
    ),
    # a bare year is too wide to date a page
    "joined_year.txt": (f"Thirty allies\n\n{JOINED} Skopje first applied in 2020.\n"),
}

EXPECTED = {
    "joined_dated.txt": {"event:north-macedonia-joins-nato-2020"},
    "joined_day.txt": {"event:north-macedonia-joins-nato-2020"},
    "joined_undated.txt": set(),
    "joined_ahead.txt": set(),
    "joined_limit.txt": set(),
    "joined_modal.txt": set(),
    "joined_year.txt": set(),
    "summit_years_on.txt": {"event:crimea-referendum-2014"},
    "summit_29.txt": {"event:nato-summit-brussels-2018"},
    "summit_28.txt": {"event:nato-leaders-meeting-brussels-2017"},
    "summit_grew.txt": set(),
    "summit_eu.txt": set(),
    "summit_27.txt": set(),
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_linked_events(dataset, file):
    assert linked_event_ids(dataset, file) == EXPECTED[file]


def test_dated_page_is_dated_from_its_latest_clause(dataset):
    articles = dataset.articles.set_index("file")
    assert str(articles.loc["joined_day.txt", "published_min"])[:10] == "2020-03-17"
    assert str(articles.loc["joined_dated.txt", "published_min"])[:10] == "2020-02-01"
    assert pd.isna(articles.loc["joined_ahead.txt", "published_min"])


def test_the_alliance_size_bounds_the_page_both_ways(dataset):
    articles = dataset.articles.set_index("file")
    row = articles.loc["summit_29.txt"]
    assert (str(row["published_min"])[:10], str(row["published_max"])[:10]) == (
        "2017-06-05",
        "2020-03-26",
    )


def test_a_number_the_alliance_never_had_bounds_nothing(dataset):
    row = dataset.articles.set_index("file").loc["summit_27.txt"]
    assert pd.isna(row["published_min"]) and pd.isna(row["published_max"])


def test_told_as_done_is_a_lower_bound():
    from datetime import date

    bound = told_as_done("17 March 2020", date(2020, 3, 17))
    assert (bound.earliest, bound.latest, bound.strength) == (date(2020, 3, 17), None, 2)


def _russian_earliest(text):
    from lib.engine.russian.article import infer_date
    from lib.engine.russian.events import load_events
    from lib.engine.russian.gazetteer import load_gazetteer
    from lib.engine.russian.pipeline import read

    gaz = load_gazetteer()
    inferred = infer_date(
        read(text, None, gaz), page_clock=None, dateline_date=None, gaz=gaz, events=load_events()
    )
    return inferred.earliest if inferred else None


def test_a_russian_page_is_dated_from_its_dates_told_as_done():
    from datetime import date

    said = "Альянс приветствовал нового члена."
    assert _russian_earliest(
        f"{said} Парламент страны одобрил договор в феврале 2020 года, а 17 марта 2020 года "
        "его подписал парламент Испании."
    ) == date(2020, 3, 17)
    # told ahead, as a limit, or a bare year: no bound
    assert _russian_earliest(f"{said} Церемония пройдет 30 апреля 2020 года.") is None
    assert _russian_earliest(f"{said} Реформы завершат до 1 марта 2020 года.") is None
    assert _russian_earliest(f"{said} Скопье подало заявку в 2020 году.") is None
