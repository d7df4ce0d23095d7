"""Pages without a stated date (issues 15 and 18), in both languages: the range of days their
own text dates them in is what their events and offices are read against
(lib/engine/undated_window.py, lib/engine/weekday_dates.py). A day written with its weekday and
no year ("on Sunday, June 9", "в воскресенье, 9 июня") is of a year where that day is that
weekday, so it is never the knowledge base's only exercise of that name in another year; an
office named alone is the one person who held it on the day of the latest event the page tells
(the Helsinki summit of 2018 told as past: Mike Pompeo), and on a page that gives no evidence
of its date the one who held it throughout the knowledge base's span of events, else no one
(never today's holder by default). An undated news page is written in the month after the
event its headline tells (lib/engine/page_dates.py headline_event): the treaty's end is not the
news of a page headlined with its suspension. A step someone is urged or warned not to take
("urged Russia not to annex Crimea") is a prospect (lib/engine/event_prospects.py). Texts written for these
tests in the style of agency copy, not copied from any page."""

from __future__ import annotations

from datetime import date

import pytest

from lib.engine import eventkb
from lib.engine.gazetteer import load_gazetteer
from lib.engine.ingest.raw import raw_article
from lib.engine.per_chunk import prepare
from lib.engine.russian.article import analyse_article
from lib.engine.russian.dates import find_dates
from lib.engine.undated_window import RECENT, field_span, held_within, window
from lib.engine.weekday_dates import WeekdayDay, english_weekday_day, held_on
from lib.paths import DATA_DIR
from tests.event_checks import linked_event_ids

BALTOPS_2016 = "event:baltops-2016"  # 3-20 June 2016; 3 June 2016 was a Friday
HELSINKI = "event:trump-putin-helsinki-2018"
KB = tuple(eventkb.load_kb(eventkb.kb_paths(())))


def test_a_weekday_and_a_day_name_the_years_they_agree_in():
    assert english_weekday_day("Sunday, June 9") == WeekdayDay(6, 6, 9)
    assert english_weekday_day("on Friday, 3 June") == WeekdayDay(4, 6, 3)
    assert english_weekday_day("Sunday, June 9, 2019") is None  # its year says it all
    assert english_weekday_day("Sunday") is None and english_weekday_day("June 9") is None
    exercise = (date(2016, 6, 3), date(2016, 6, 20))
    assert held_on(*exercise, WeekdayDay(4, 6, 3))  # Friday 3 June 2016
    assert not held_on(*exercise, WeekdayDay(6, 6, 9))  # 9 June 2016 was a Thursday


def test_the_russian_day_carries_the_weekday_written_before_it():
    text = "Учения стартовали в воскресенье, 9 июня, в Балтийском море."
    (day,) = find_dates(text)
    assert (day.text, day.weekday, day.date_start) == ("9 июня", 6, None)
    # a weekday ending a sentence says nothing of the next one's day
    assert [d.weekday for d in find_dates("Он прибыл в пятницу. 9 июня начались учения.")] == [
        None,
        None,
    ]


def _russian_page(text: str, published: date | None = None):
    _, result = analyse_article(
        text,
        [("body", 0, len(text))],
        published=published,
        page_clock=None,
        dateline_date=None,
        gazetteer_dir=DATA_DIR / "gazetteer",
        kb=KB,
    )
    people = {m.entity_id for m in result.mentions if m.entity_id.startswith("person:")}
    return people, {e.entity_id for e in result.events if e.entity_id}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ежегодные учения НАТО BALTOPS стартовали в воскресенье, 9 июня, в Балтийском море.", set()),
        ("Ежегодные учения НАТО BALTOPS стартовали в пятницу, 3 июня, в Балтийском море.", {BALTOPS_2016}),
    ],
)  # fmt: skip
def test_russian_baltops_by_its_weekday(text, expected):
    assert _russian_page(text)[1] == expected


def test_russian_offices_on_an_undated_page_are_held_in_its_window():
    people, found = _russian_page("Госсекретарь США прокомментировал итоги саммита в Хельсинки.")
    assert found == {HELSINKI} and people == {"person:mike-pompeo"}
    # the holder of the day of the latest event told (April 2014: Rasmussen), though
    # Stoltenberg took over within the year
    people, _ = _russian_page(
        "Генсек НАТО заявил, что после присоединения Крыма альянс приостановил сотрудничество "
        "с Россией."
    )
    assert people == {"person:anders-fogh-rasmussen"}
    # no evidence of the page's date: the field's time (the knowledge base's span), not today;
    # Romania's presidency changed hands in it, Russia's foreign ministry did not
    text = "Президент Румынии заявил, что Бухарест согласовал с США размещение элементов ПРО."
    assert _russian_page(text)[0] == set()
    assert _russian_page(text, date(2016, 5, 12))[0] == {"person:klaus-iohannis"}
    text = "Глава МИД России заявил, что Москва никогда не отказывалась от работы Совета."
    assert _russian_page(text)[0] == {"person:sergey-lavrov"}


def test_the_window_of_an_undated_page():
    assert window(None, None) is None
    assert window(date(2018, 7, 16), None) == (date(2018, 7, 16), date(2018, 7, 16) + RECENT)
    assert window(None, date(2019, 2, 6)) == (date(2019, 2, 6) - RECENT, date(2019, 2, 6))
    assert held_within([], "x", None) == []
    assert field_span(KB) == (date(2013, 11, 21), date(2020, 12, 31))
    assert window(date(2014, 4, 1), date(2014, 4, 1)) == (date(2014, 4, 1), date(2014, 4, 1))


TEXTS = {
    "baltops_sunday.txt": (
        "Baltic drills\n\nThe annual BALTOPS naval exercise began on Sunday, June 9, in the "
        "Baltic Sea, with ships from 18 nations taking part.\n"
    ),
    "baltops_friday.txt": (
        "Baltic drills\n\nThe annual BALTOPS naval exercise began on Friday, June 3, in the "
        "Baltic Sea, with ships from 14 nations taking part.\n"
    ),
}
EXPECTED = {"baltops_sunday.txt": set(), "baltops_friday.txt": {BALTOPS_2016}}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_english_baltops_by_its_weekday(dataset, file):
    assert linked_event_ids(dataset, file) == EXPECTED[file]


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            " date 2021-07-12 Главы МИД стран ЕС решили продлить санкции против России\n\n"
            "Об этом говорится в заявлении Совета ЕС, опубликованном в понедельник.\n",
            "Главы МИД стран ЕС решили продлить санкции против России",
        ),
        (
            "date 2021-07-12 EU extends economic sanctions on Russia\n\n"
            "Foreign ministers agreed on Monday to extend the measures by six months.\n",
            "EU extends economic sanctions on Russia",
        ),
    ],
)
def test_a_date_prefix_is_the_pages_date(text, headline):
    raw = raw_article(text, path="page.jsonl", fmt="jsonl", encoding="utf-8", date=None, url=None)
    article = prepare(raw, gaz=load_gazetteer(DATA_DIR / "gazetteer"), today=date(2026, 1, 1))
    assert (article.published.day, article.published.basis) == (date(2021, 7, 12), "explicit")
    assert article.cleaned.blocks[0].text == headline
    # a date told inside a sentence is no prefix
    raw = raw_article(
        "The date 2021-07-12 was set for the vote.", path="p.jsonl", fmt="jsonl",
        encoding="utf-8", date=None, url=None,
    )  # fmt: skip
    assert prepare(raw, gaz=load_gazetteer(DATA_DIR / "gazetteer")).published.day is None


def test_a_month_or_day_without_its_year_on_a_page_dated_to_a_range():
    from lib.engine.timexp import Anchor, resolve

    after_accession = Anchor(date(2017, 6, 5), None)  # Montenegro's accession told as past
    assert resolve("On May 25", after_accession).start == date(2017, 5, 25)
    assert resolve("on June 20", after_accession).start == date(2017, 6, 20)
    assert resolve("on July 13", Anchor(date(2016, 7, 8), None)).start == date(2016, 7, 13)
    assert resolve("will meet on May 25", after_accession, future=True) is None
    # "this June" is of the page's year, never the June before it
    assert resolve("this June", Anchor(date(2014, 3, 18), None)).start == date(2014, 6, 1)
    assert resolve("this February", Anchor(date(2014, 3, 18), None)) is None
    # two-sided, across years: the one such month or day inside the range, else none
    between = Anchor(date(2016, 7, 13), date(2017, 6, 4))
    assert resolve("in July", between).start == date(2016, 7, 1)
    assert resolve("in May", between).start == date(2017, 5, 1)
    assert resolve("on July 10", between) is None


UNDATED_MEETING = {
    # the council met on 13 July in 2016 and in 2017: the page's Warsaw summit decides
    "council_july13.txt": (
        "NATO and Russia\n\nThe NATO summit in Warsaw agreed to deploy four battalions to the "
        "Baltic states and Poland. On July 13, ambassadors met in Brussels for a meeting of the "
        "NATO-Russia Council.\n"
    ),
    # the headline's event dates the page: the treaty's end of August is not its news
    "inf_headline.txt": (
        "US suspends INF treaty obligations\n\nThe United States has suspended its obligations "
        "under the Intermediate-Range Nuclear Forces treaty with Russia. Washington gave Moscow "
        "notice of its withdrawal from the treaty, which takes effect in six months unless Russia "
        "returns to compliance. Officials said the US can no longer be bound by the treaty while "
        "Moscow violates it.\n"
    ),
    # unless the body dates it
    "inf_dated_end.txt": (
        "US suspends INF treaty obligations\n\nThe United States has suspended its obligations "
        "under the Intermediate-Range Nuclear Forces treaty with Russia. The treaty itself ended "
        "on 2 August 2019, when the US withdrawal from the treaty took effect.\n"
    ),
    # urged not to take a step: not the step; urged to do another thing after it: the step
    "urged_not_to.txt": (
        "Merkel's warning\n\nThe German chancellor urged Russia not to annex Crimea, warning "
        "that the European Union stood ready to impose sanctions.\n"
    ),
    "urged_after.txt": (
        "Kiev's appeal\n\nThe Ukrainian president urged the West to impose new sanctions after "
        "Russia annexed Crimea.\n"
    ),
}


@pytest.fixture(scope="module")
def meeting(process_texts):
    return process_texts(UNDATED_MEETING)


def test_a_day_without_its_year_after_the_event_that_dates_the_page(meeting):
    assert linked_event_ids(meeting, "council_july13.txt") == {
        "event:nato-summit-warsaw-2016",
        "event:nato-russia-council-2016-07-13",
    }


def test_the_headlines_event_dates_an_undated_page(meeting):
    assert linked_event_ids(meeting, "inf_headline.txt") == {"event:inf-suspension-2019"}
    assert linked_event_ids(meeting, "inf_dated_end.txt") == {
        "event:inf-suspension-2019",
        "event:inf-treaty-end-2019",
    }


def test_a_step_someone_is_urged_not_to_take_is_not_taken(meeting):
    assert linked_event_ids(meeting, "urged_not_to.txt") == set()
    assert linked_event_ids(meeting, "urged_after.txt") == {"event:crimea-annexation-2014"}
