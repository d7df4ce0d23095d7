"""Lines of a page the cleaning took out with entities of the page in them, and chrome read as
the title (branch english-chrome9, eval/kinds/english-chrome9-mechanisms.md), on short pages
written for these tests in the style of list pages, Indian and British papers' pages, agency
copies and tag pages (not copied from any page).

- A list page's teaser cut with an ellipsis and its "MORE" link is prose: the first teaser is
  the page's text, not its header.
- A caption shown twice with an agency's credit in lower case ("(AP Photo/Name, pool)") is
  kept once, without its credit.
- A dateline on a line of its own gives its place to the paragraph below it: an agency and
  the place ("Press Trust of India New Delhi", "AP, KYIV"), a page's time stamp ending with
  the place ("… IST - MOSCOW"), an edition's day widget ("Today in Islamabad, Pakistan"); such
  a line is never the title. A photographer's credit or a "By" line is no dateline.
- A row of hashtags is a tag line, never the title; a byline in lower case under the headline
  ("by Jane Doe Mar 19, 2014 11:11 IST") is not run into it.
- An archive page's label names what the page is about ("Posts tagged as Jane Doe").
- A BBC picture's labels run into one line ("… Image copyright AFP Image caption …") leave
  the alt text and the caption, without the labels and the credit; a desk and its
  photographer after a colon ("(AP: Jane Doe)") close a caption.
- A cookie notice in a site's words ("Example Cluster Lisbon may use cookies …") is chrome.
- A speaker's caption above the words said ("Jane Doe, Ambassador of Estonia to Belarus:") is
  text, not a link; an envoy's rank in it ("Ambassador Extraordinary and Plenipotentiary")
  names no place.
"""

from __future__ import annotations

import pytest

from lib.engine.archive_labels import label_subject
from lib.engine.byline_stamps import by_byline, stamped_byline
from lib.engine.captions import split_image_labels, strip_trailing_credit
from lib.engine.clean import clean_article
from lib.engine.datelines import place_of_dateline_line
from lib.engine.gazetteer import load_gazetteer
from lib.engine.inline_widgets import strip_read_more
from lib.engine.line_shape import is_lead_in, is_tag_line
from tests.conftest import found

PAGES = {
    "teasers.txt": """
Latest Regional Security Briefs

Drone Strikes Test Air Defences in Ukraine
In early March 2016, the Ukrainian non-governmental watchdog Anti-Corruption Action Centre (AntAC) urged President Petro Poroshenko and the Verkhovna Rada (VR) to audit the Security Service of Ukraine (SBU). The authors of the AntAC appeal argued that the... MORE

The Bridge Across the Strait: A Costly Symbol
After taking Crimea from Ukraine in 2014, Moscow said it would build a road bridge across the Kerch Strait, and last year officials promised that the bridge would open... MORE
""",
    "twice.txt": """Putin meets Modi as Crimea dispute simmers

March 21, 2014 04:12 pm | Updated December 2, 2021 11:05 am IST - MOSCOW

Russian President Vladimir Putin speaks during a meeting in the Kremlin in Moscow, Friday, March 21, 2014. (AP Photo/Ivan Sekretarev, pool)

Russian President Vladimir Putin speaks during a meeting in the Kremlin in Moscow, Friday, March 21, 2014. (AP Photo/Ivan Sekretarev, pool)

President Vladimir Putin thanked India for its restraint over Crimea on Friday.

Mr. Putin said the two countries would keep close ties.
""",
    "agency_line.txt": """Putin calls Pakistani leader over Crimea

Press Trust of India Islamabad
Last Updated : Mar 19 2014 | 10:28 AM IST
Hours after signing the treaty on Crimea, President Vladimir Putin spoke by telephone to the Pakistani prime minister, officials said.

The two leaders discussed the situation in Ukraine.
""",
    "agency_caps.txt": """AP, KYIV

Ukraine asked the alliance on Monday for more air defences after a night of drone strikes.
""",
    "widget.txt": """Today in Islamabad, Pakistan
Mar 02, 2018-Friday
Islamabad
  \u2022 Humidity
  \u2022 Wind

Crimea vote: why Pakistan stays silent

Pakistan has close ties with China and a cautious line on Russia. The government avoided any comment on the vote.

The foreign office said it was following the situation in Ukraine.
""",
    "credit.txt": """Cliff Rowan, Associated Press

Russia said on Tuesday that it would answer any deployment of US missiles in Europe.
""",
    "hashtags.txt": """You are here:

Why Pakistan should back Russia over Crimea

by Jane Holloway  Mar 20, 2014 10:15 IST

#Crimea   #Foreign Office   #Russia   #Ukraine   #World

Pakistan should not hesitate to support Russia over Crimea, a former diplomat said on Thursday.
""",
    "tagged.txt": """Posts tagged as Jonas Vilkas

Baltic ministers ask for more troops

By Anna Berzina on Friday, June 1, 2018

The defence ministers of Lithuania, Latvia and Estonia asked the alliance for more troops after meeting in Riga, the Lithuanian minister said.
""",
    "notice.txt": """Allies agree to more troops for the east

The allies agreed on Thursday to send more troops to Poland and Romania.

Baltic Cluster Lisbon may use cookies to store your login data and collect statistics.
""",
    "speaker.txt": """Observers to watch the drills in Belarus

Observers from the alliance and the OSCE will watch the drills in Belarus next month.

Peeter Saar, Ambassador Extraordinary and Plenipotentiary of the Republic of Estonia to the Republic of Belarus:
I believe these are regular exercises and there will be no danger to anyone.
""",
    "labels.txt": """Ukraine asks alliance for ships in the Sea of Azov

A Ukrainian sailor on a patrol boat near Odesa Image copyright AFP Image caption Ukrainian boats patrol the coast near Kharkiv

Ukraine asked the alliance on Friday to send ships to the Sea of Azov after Russia seized three of its vessels.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(PAGES)


@pytest.fixture(scope="module")
def places():
    return load_gazetteer().place_names


def test_a_teaser_cut_with_more_is_prose():
    line = "The authors of the appeal argued that the... MORE"
    assert strip_read_more("In early March the watchdog urged the president to act. " + line) == (
        "In early March the watchdog urged the president to act. The authors of the appeal "
        "argued that the...",
        "MORE",
    )
    assert strip_read_more("Moscow talks... MORE")[1] is None  # a link's title, not a teaser


def test_a_list_page_s_first_teaser_is_the_page_s_text(pages):
    cleaned = clean_article(PAGES["teasers.txt"])
    assert cleaned.title == "Drone Strikes Test Air Defences in Ukraine"
    assert cleaned.blocks[1].text.startswith("In early March 2016")
    assert found(pages, "teasers.txt", "person") == {"Petro Poroshenko"}
    assert {"SBU", "Verkhovna Rada"} <= found(pages, "teasers.txt", "org")
    assert found(pages, "teasers.txt", "country") == {"UKR", "RUS"}
    assert found(pages, "teasers.txt", "location") == {"Crimea", "Kerch Strait"}


def test_a_credit_in_lower_case_closes_a_caption():
    caption = "Putin speaks in the Kremlin in Moscow, Friday, March 21, 2014."
    assert strip_trailing_credit(f"{caption} (AP Photo/Ivan Sekretarev, pool)") == (
        caption,
        "(AP Photo/Ivan Sekretarev, pool)",
    )
    assert strip_trailing_credit(f"{caption} (AP Photo/Ivan Sekretarev, file)")[1] is not None


def test_a_caption_shown_twice_is_kept_once_and_the_stamp_s_place_is_the_dateline(pages):
    cleaned = clean_article(PAGES["twice.txt"], place_names={"Moscow"})
    assert cleaned.title == "Putin meets Modi as Crimea dispute simmers"
    assert [b.section for b in cleaned.blocks] == ["title", "caption", "body", "body"]
    assert cleaned.blocks[2].text.startswith("MOSCOW \u2014 President Vladimir Putin thanked")
    assert found(pages, "twice.txt", "location") == {"Moscow", "Crimea", "Kremlin"}
    assert found(pages, "twice.txt", "person") == {"Vladimir Putin", "Narendra Modi"}  # no credit


@pytest.mark.parametrize(
    "line, place",
    [
        ("Press Trust of India Islamabad", "Islamabad"),
        ("AP, KYIV", "KYIV"),
        ("Reuters Vilnius", "Vilnius"),
        ("TALLINN-Anadolu Agency", "TALLINN"),
        ("March 21, 2014 04:12 pm | Updated December 2, 2021 11:05 am IST - RIGA", "RIGA"),
        ("Today in Islamabad, Pakistan", "Islamabad"),
        ("Cliff Rowan, Associated Press", None),  # a photographer's credit
        ("By Associated Press", None),
        ("Reuters Staff", None),
        ("Foreign Policy Research Institute", None),  # an outlet's name inside another name
        ("AP, SPRINGFIELD", None),  # a place no gazetteer row knows
        ("Today in History", None),
    ],
)
def test_place_of_dateline_line(line, place, places):
    sites = load_gazetteer().site_names
    assert place_of_dateline_line(line, sites, places) == place


def test_an_agency_and_place_line_gives_the_place(pages):
    cleaned = clean_article(
        PAGES["agency_line.txt"], site_names=["Press Trust of India"], place_names={"Islamabad"}
    )
    assert cleaned.blocks[1].text.startswith("Islamabad \u2014 Hours after signing")
    assert found(pages, "agency_line.txt", "location") == {"Islamabad", "Crimea"}
    assert found(pages, "agency_caps.txt", "location") == {"Kyiv"}
    assert found(pages, "agency_caps.txt", "country") == {"UKR"}


def test_a_day_widget_is_no_title_and_its_city_is_the_page_s(pages):
    cleaned = clean_article(PAGES["widget.txt"], place_names={"Islamabad"})
    assert cleaned.title == "Crimea vote: why Pakistan stays silent"
    assert found(pages, "widget.txt", "location") == {"Islamabad", "Crimea"}


def test_a_credit_or_a_byline_gives_no_place(pages):
    assert clean_article(PAGES["credit.txt"]).blocks[0].text.startswith("Russia said")
    assert found(pages, "credit.txt", "location") == {"Europe"}
    assert found(pages, "credit.txt", "person") == set()


@pytest.mark.parametrize(
    "line, tags",
    [
        ("#Crimea   #Foreign Office   #Russia   #Ukraine   #World", True),
        ("#Rusija #Nato #Zaharova", True),
        ("#1 story of the day", False),
        ("#NATO is ready to defend every ally #WeAreNATO", False),
    ],
)
def test_a_row_of_hashtags_is_a_tag_line(line, tags):
    assert is_tag_line(line) is tags


@pytest.mark.parametrize(
    "line, name",
    [
        ("by Jane Holloway  Mar 20, 2014 10:15 IST", "Jane Holloway"),
        ("By Anna Berzina on Friday, June 1, 2018", "Anna Berzina"),
        ("by Jane Holloway", "Jane Holloway"),
        ("by President Vladimir Putin on Monday", None),  # a sentence's agent
        ("by Russia on Monday", None),
    ],
)
def test_by_byline(line, name):
    assert by_byline(line) == name


def test_a_stamp_s_month_is_no_part_of_the_name():
    assert stamped_byline("Jane Holloway Mar 20, 2014 10:15 IST") == "Jane Holloway"


def test_hashtags_and_a_lower_case_byline_are_not_the_title(pages):
    cleaned = clean_article(PAGES["hashtags.txt"])
    assert cleaned.title == "Why Pakistan should back Russia over Crimea"
    assert cleaned.byline == "Jane Holloway"
    assert found(pages, "hashtags.txt", "person") == set()  # the byline's name stays chrome
    assert found(pages, "hashtags.txt", "country") == {"PAK", "RUS"}


@pytest.mark.parametrize(
    "line, subject",
    [
        ("Posts tagged as Jonas Vilkas", "Jonas Vilkas"),
        ("Tagged: Brussels", "Brussels"),
        ("Category Archives: Kerch Strait", "Kerch Strait"),
        ("Tag Archives: biggest", None),
        ("Tagged: NATO, Russia, Ukraine", None),  # a story's tags
        ("Author Archives: Jane Doe", None),  # the writer's page
    ],
)
def test_label_subject(line, subject):
    assert label_subject(line) == subject


def test_an_archive_label_names_the_page_s_subject(pages):
    assert found(pages, "tagged.txt", "person") == {"Jonas Vilkas"}  # not the 'By' line's
    assert found(pages, "tagged.txt", "country") == {"LTU", "LVA", "EST"}


def test_split_image_labels():
    line = "Sailors near Odesa Image copyright Getty Images Image caption Boats patrol near Kharkiv"
    assert split_image_labels(line) == (
        "Getty Images",
        "Sailors near Odesa. Boats patrol near Kharkiv.",
    )
    assert split_image_labels("Image copyright AFP Symbol caption Boats at sea") == (
        "AFP",
        "Boats at sea.",
    )
    assert split_image_labels("The image copyright was sold in 2015.") is None


def test_a_picture_s_labels_leave_its_captions(pages):
    assert found(pages, "labels.txt", "location") == {"Odessa", "Kharkiv", "Sea of Azov"}
    assert found(pages, "labels.txt", "org") == set()  # no credit


def test_a_desk_and_its_photographer_after_a_colon_close_a_caption():
    caption = "Markovic (C) meets Pence (L) at the White House."
    assert strip_trailing_credit(f"{caption} (AP: Jane Doe Ruiz)") == (
        caption,
        "(AP: Jane Doe Ruiz)",
    )
    assert strip_trailing_credit("He said the talks went on (Reuters: sources)")[1] is None


def test_a_cookie_notice_in_a_site_s_words_is_chrome(pages):
    assert found(pages, "notice.txt", "country") == {"POL", "ROU"}  # no Portugal
    assert found(pages, "notice.txt", "org") == set()


@pytest.mark.parametrize(
    "line, lead_in",
    [
        ("Peeter Saar, Ambassador of the Republic of Estonia to the Republic of Belarus:", True),
        ("Jane Doe, spokeswoman:", True),
        ("Related Links:", False),
        ("Russia-Ukraine war: List of key events", False),
        ("JANE DOE, HOST:", False),  # a transcript's tag
        ("In Pennsylvania, for example:", False),  # a place, not a speaker
    ],
)
def test_a_speaker_s_caption_is_a_lead_in(line, lead_in):
    assert is_lead_in(line) is lead_in


def test_a_speaker_s_caption_is_text(pages):
    assert found(pages, "speaker.txt", "person") == {"Peeter Saar"}
    assert found(pages, "speaker.txt", "country") == {"EST", "BLR"}
    assert found(pages, "speaker.txt", "location") == set()  # an envoy's rank is no place
