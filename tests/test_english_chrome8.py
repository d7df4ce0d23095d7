"""Page text lost as chrome, writers' lines read as the title, and datelines run into their
sentence (issue 15, branch english-chrome8, eval/kinds/english-chrome8-mechanisms.md), on short
pages written for these tests in the style of machine translations, aggregator copies of
agency stories, briefing notes and wire copy (not copied from any page).

- A paragraph of sentences whose last sentence lost its full stop is prose, not a short line.
- A byline with its time stamp or handle, a name on its own line above a date line, and an
  authors' line with the section after it are chrome and never the title; the story below
  them is kept whole.
- An authors' line's and a contributor line's names are people of the page (every set's
  labels count them); a stamped byline's name is not kept (the sets disagree).
- A double-barrelled surname ("Kerr-Holland") is one person's, not a country.
- A dateline in capitals run into its sentence without a dash is the place the story was
  filed, not the government.
"""

from __future__ import annotations

import pytest

from lib.engine.byline_stamps import (
    authors_line,
    byline_names,
    contributors,
    is_stamp,
    stamped_byline,
)
from lib.engine.clean import RemovedLine, clean_article
from lib.engine.line_shape import holds_sentences
from tests.conftest import found

PAGES = {
    "translated.txt": """Alliance envoy to visit the Caucasus

Brussels - The alliance said on Monday that its envoy would travel to the region next week.

The envoy was sent as the minister of defense, Ben Wallace, was travelling to Azerbaijan and Armenia. in Baku, where he will hold talks with the leaders of the country, including President Ilham Aliyev, and the Minister of Foreign Affairs Jeyhun Bayramov

The visit is the first since the ceasefire.
""",
    "stamped.txt": """DailyWire.example
Kremlin Says Talks With Alliance Remain Frozen

Hannah Okafor (@hokafor) 5 minutes ago Wed 11th March 2020 | 09:15 AM

Kremlin Says Talks with Alliance Remain Frozen

The Kremlin said on Wednesday that its talks with NATO remained frozen, spokesman Dmitry Peskov told reporters in Moscow.

Peskov said Russia was ready to resume the dialogue if the alliance withdrew its troops from the Baltic states.
""",
    "dated.txt": """Derek Vollmer, 04.11.2016, 10:42

Romania opened a new command centre of the alliance in Bucharest on Friday, the defence ministry said.

Prime Minister Dacian Ciolos attended the ceremony.
""",
    "above_date.txt": """Turkey Takes Delivery of First Missile Parts

Amira Coleson
June 3, 2019

Turkey received the first parts of a Russian missile system on Friday, the defence ministry in Ankara said, despite warnings from the United States.
""",
    "note.txt": """Briefing note

Alliance Summit 2016: Outcomes and Decisions

Authors: Martin Kerr-Holland and Sarah Fielding Section Defence and Security

The summit in Warsaw agreed to deploy four battalions to Estonia, Latvia, Lithuania and Poland.
""",
    "wire.txt": """President Joe Biden said on Friday that the alliance would answer any attack on Estonia.

Speaking in Tallinn, Prime Minister Kaja Kallas welcomed the pledge.

(Tomas Lindqvist contributed to this report.)
(c)2021 Bloomberg News
""",
    "analyst.txt": """The alliance must answer the drills in kind, said Anna Whitmore-Jordan, a fellow at the Royal United Services Institute in London.
""",
    "headline.txt": """Trump Describes Macron's Remark On the Alliance As Nasty

President Donald Trump on Tuesday called the French president's remark about the alliance nasty and disrespectful.
""",
    "runin.txt": """WARSAW President Andrzej Duda said on Tuesday that Poland would ask the alliance for more troops on its eastern flank.
""",
    "office.txt": """US President Joe Biden said on Tuesday that the alliance would defend every inch of its territory.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(PAGES)


@pytest.mark.parametrize(
    "line, prose",
    [
        (
            "The envoy was sent as the minister of defense, Ben Wallace, was travelling to "
            "Azerbaijan and Armenia. in Baku, where he will hold talks with President Ilham Aliyev",
            True,
        ),
        ("Russia warns of response to NATO deployment in the Baltic states. 3 hours ago", False),
        ("Putin Says Russia Will Respond To NATO. Read More Here Now", False),
        # an embedded post in another Latin-script language
        ("Hava savunma sistem malzemelerinin sevkiyatı devam ediyor. Bu kapsamda uçak indi", False),
        ("A single sentence without its stop about the alliance and its members", False),
        # a caption with its credit after the last sentence
        (
            "Leaders gather in Brussels for a summit on their mission in Afghanistan. Associated Press",
            False,
        ),
    ],
)
def test_holds_sentences(line, prose):
    assert holds_sentences(line) is prose


def test_a_paragraph_without_its_last_stop_is_kept(pages):
    assert found(pages, "translated.txt", "person") == {
        "Ben Wallace",
        "Ilham Aliyev",
        "Jeyhun Bayramov",
    }
    assert found(pages, "translated.txt", "country") == {"AZE", "ARM"}
    assert "Baku" in found(pages, "translated.txt", "location")


@pytest.mark.parametrize(
    "line, name",
    [
        ("Hannah Okafor (@hokafor) 5 minutes ago Wed 11th March 2020 | 09:15 AM", "Hannah Okafor"),
        ("Derek Vollmer, 04.11.2016, 10:42", "Derek Vollmer"),
        ("Jane Q. Doe 2 hours ago", "Jane Q. Doe"),
        ("Last Updated 25 March 2014, 06:43 IST", None),  # a label, no name
        ("By Reuters 7 March 2014", None),  # stays the byline it was
        ("Jane Doe said on Tuesday", None),
        ("Hannah Okafor 2019", None),  # a bare number is no stamp
    ],
)
def test_stamped_byline(line, name):
    assert stamped_byline(line) == name


def test_a_stamp_is_only_dates_times_and_ages():
    assert is_stamp("3 minutes ago Tue 10th December 2019 | 06:10 AM")
    assert is_stamp("13.10.2014, 13:23")
    assert not is_stamp("spoke to reporters on 3 March")


def test_a_stamped_byline_is_never_the_title_and_the_story_stays():
    cleaned = clean_article(PAGES["stamped.txt"])
    assert cleaned.title == "Kremlin Says Talks with Alliance Remain Frozen"
    assert cleaned.byline == "Hannah Okafor"
    assert [b.section for b in cleaned.blocks] == ["title", "body", "body"]
    dated = clean_article(PAGES["dated.txt"])
    assert dated.title is None and dated.byline == "Derek Vollmer"
    assert dated.blocks[0].text.startswith("Romania opened a new command centre")
    above = clean_article(PAGES["above_date.txt"])
    assert above.title == "Turkey Takes Delivery of First Missile Parts"
    assert above.byline == "Amira Coleson"


def test_a_stamped_byline_s_name_is_not_a_person_of_the_page(pages):
    assert found(pages, "stamped.txt", "person") == {"Dmitry Peskov"}
    assert found(pages, "dated.txt", "person") == {"Dacian Ciolos"}
    assert found(pages, "above_date.txt", "person") == set()
    assert found(pages, "above_date.txt", "country") == {"TUR", "RUS", "USA"}


@pytest.mark.parametrize(
    "line, names",
    [
        (
            "Authors: Martin Kerr-Holland and Sarah Fielding Section Defence and Security",
            "Martin Kerr-Holland and Sarah Fielding",
        ),
        ("Author: Jane Q. Doe, John Roe | Europe desk", "Jane Q. Doe, John Roe"),
        ("Author: Tom Vanden Brook and Jane Doe Section Politics", "Tom Vanden Brook and Jane Doe"),
        ("Author: Jane Doe", None),  # the label and the name only: an author box
    ],
)
def test_authors_line(line, names):
    assert authors_line(line) == names


def test_an_authors_line_is_no_title_and_its_names_are_people(pages):
    cleaned = clean_article(PAGES["note.txt"])
    assert cleaned.title == "Alliance Summit 2016: Outcomes and Decisions"
    assert found(pages, "note.txt", "person") == {"Martin Kerr-Holland", "Sarah Fielding"}
    # no country read out of a surname's part
    assert found(pages, "note.txt", "country") == {"EST", "LVA", "LTU", "POL"}


@pytest.mark.parametrize(
    "line, names",
    [
        ("(Tomas Lindqvist contributed to this report.)", "Tomas Lindqvist"),
        ("Jane Doe and John Roe contributed reporting.", "Jane Doe and John Roe"),
        ("Allies contributed to this report.", None),
    ],
)
def test_contributors(line, names):
    assert contributors(line) == names


def test_a_contributor_line_s_name_is_a_person_of_the_page(pages):
    assert found(pages, "wire.txt", "person") == {"Joe Biden", "Kaja Kallas", "Tomas Lindqvist"}


def test_only_the_lines_every_set_counts_give_names():
    removed = [
        RemovedLine(1, "Hannah Okafor 5 minutes ago", "byline with a time stamp"),
        RemovedLine(2, "Authors: Jane Doe and John Roe Section Europe", "authors' line"),
        RemovedLine(3, "(Tomas Lindqvist contributed to this report.)", "contributor line"),
        RemovedLine(4, "(Tomas Lindqvist contributed to this report.)", "contributor line"),
        RemovedLine(5, "By Jane Doe", "byline"),
        RemovedLine(6, "Associated Press contributed to this report.", "contributor line"),
        RemovedLine(7, "The Daily Planet contributed to this report.", "contributor line"),
    ]
    names = byline_names(removed, site_names={"Associated Press"})
    assert names == ["Jane Doe", "John Roe", "Tomas Lindqvist"]  # no outlet


def test_a_double_barrelled_surname_is_one_person_and_no_country(pages):
    assert found(pages, "analyst.txt", "person") == {"Anna Whitmore-Jordan"}
    assert found(pages, "analyst.txt", "country") == set()


def test_a_headline_s_verb_of_speech_is_no_part_of_a_name(pages):
    # the title a stamped byline no longer hides: "Trump Describes Macron" is no person
    assert found(pages, "headline.txt", "person") == {"Donald Trump", "Emmanuel Macron"}


def test_a_dateline_run_into_its_sentence_is_the_place(pages):
    assert found(pages, "runin.txt", "location") == {"Warsaw"}
    assert found(pages, "runin.txt", "country") == {"POL"}
    assert found(pages, "runin.txt", "person") == {"Andrzej Duda"}


def test_a_country_s_office_is_no_dateline(pages):
    assert found(pages, "office.txt", "country") == {"USA"}
    assert found(pages, "office.txt", "location") == set()
