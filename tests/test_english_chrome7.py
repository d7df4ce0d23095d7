"""Page text lost as chrome and chrome kept as text (issue 15, branch english-chrome7,
eval/kinds/english-chrome7-mechanisms.md), on short pages written for these tests in the style
of agency copy, tag pages and briefing notes (not copied from any page).

- An agency dateline ("BRUSSELS (Sputnik) -", "MOSCOW, March 3 (TASS) -") names the outlet,
  which goes, and the place the story was filed, which stays: once, as a place.
- A list inside a story keeps its items: a bulleted clause, or an item closed by a semicolon
  (its bullet lost when a PDF was read as text); a menu's bulleted words still go.
- A tag page's teasers above its last story (a headline and a paragraph of prose naming what
  the stories name) are its stories; a run of headlines without prose, or a notice naming
  nothing of the story, is still the page's header.
- A caption's Russian twin whose Windows-1251 bytes were read as Latin-1 ('Ñåðãåé …') is cut,
  and the English caption before it stays a caption.
- A 'Latest' feed's items, each opening with its age ('29m agoFlood warnings …'), are chrome
  wherever they stand (data/boilerplate.csv); a sentence that opens with a number of days ago
  is not.
- Reuters signs a picture from its files 'REUTERS/Name/File Photo', after a copyright sign: the
  credit goes and the caption before it stays.
"""

from __future__ import annotations

import pytest

from lib.engine.captions import strip_trailing_credit
from lib.engine.clean import Block, clean_article
from lib.engine.list_items import list_items
from lib.engine.mojibake import cut_mojibake
from tests.conftest import found

PAGES = {
    "caps.txt": """NATO ministers to discuss eastern flank

BRUSSELS (Sputnik) - NATO defence ministers will discuss the alliance's eastern flank on Thursday, a spokesperson said.
""",
    "dated.txt": """Kremlin says talks with alliance are frozen

MOSCOW, March 3 (TASS) - The Kremlin said on Tuesday that its contacts with the alliance remained frozen, Dmitry Peskov told reporters.
""",
    "country.txt": """Ukraine asks allies for air defence

KIEV, Ukraine (AP) - Ukraine's foreign minister asked NATO allies for more air defence systems on Friday.
""",
    "briefing.txt": """Analysts weigh the alliance's posture in the Black Sea

The speaker's presentation on the Black Sea covered three themes.

\u2022 The alliance's differing approach to the northern and southern parts of its eastern flank
\u2022 Bulgaria's place as an anchor of allied naval planning in the region
\u2022 Defence commitments of Washington and Ankara focused on the Turkish Straits

Questions from the audience followed, most of them about the Russian navy in the Black Sea.
""",
    "sanctions.txt": """Treasury lists measures against the procurement agency

The Treasury on Monday imposed sanctions on a defence procurement agency over its purchase of a missile system, officials said.

On Monday, the administration imposed the following measures on the defence procurement agency:
 a prohibition on export licences for any goods or technology;
 a ban on Overseas Private Investment Corporation assistance;
 full blocking sanctions on four of its officials.

The agency said it would appeal.

\u2022 Home
\u2022 World news
\u2022 Contact us
""",
    "tag.txt": """Topic: Baltic air policing

Alliance jets scrambled twice over the Baltic Sea
Italian fighter jets based in Lithuania intercepted two Russian military aircraft flying without transponders near Estonia on Tuesday, the Lithuanian army said...

Alliance chief praises Baltic air policing mission

VILNIUS (Reuters) - The alliance's secretary general praised the Baltic air policing mission on Thursday during a visit to Lithuania, saying Russian aircraft had been intercepted more often this year.
""",
    "header.txt": """We use cookies to give you the best experience of our website and to show you relevant advertising.
Latest news
Germany wins bid to host 2030 athletics championships
Flood warnings issued for three counties

Alliance chief praises Baltic air policing mission

VILNIUS (Reuters) - The alliance's secretary general praised the Baltic air policing mission on Thursday during a visit to Lithuania, saying Russian aircraft had been intercepted more often this year.
""",
    "twin.txt": "Helicopters at an air show near Moscow. Ivan Petrov/TASS "
    + "Московская область. Вертолеты на авиасалоне. Иван Петров/ТАСС".encode("cp1251").decode(
        "latin-1"
    )
    + """

MOSCOW, May 5. /TASS/. Russia will show its newest helicopters to foreign buyers at the show, the Kremlin said on Friday.
""",
    "ticker.txt": """Alliance expels envoys after nerve agent attack

Latest
12m agoFlood warnings issued for three counties in Wales
29m agoLabour sets out plan to cut rail fares
1 hour ago

The alliance has expelled seven envoys of Russia's mission, its secretary general said in Brussels on Tuesday.

3 days ago, Britain had expelled 23 Russian diplomats over the attack in Salisbury.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(PAGES)


def test_an_agency_dateline_gives_its_place_once(pages):
    assert found(pages, "caps.txt", "location") == {"Brussels"}
    assert found(pages, "caps.txt", "org") == {"NATO"}  # Sputnik is the outlet, no body
    assert found(pages, "dated.txt", "location") == {"Moscow"}
    assert found(pages, "dated.txt", "country") == {"RUS"}  # "The Kremlin said"
    moscow = pages[(pages["file"] == "dated.txt") & (pages["name"] == "Moscow")]
    assert len(moscow) == 1


def test_a_dateline_country_is_the_place_s_address_not_a_second_place(pages):
    assert found(pages, "country.txt", "location") == {"Kyiv"}  # listed under its spelling
    assert found(pages, "country.txt", "country") == {"UKR"}
    assert found(pages, "country.txt", "org") == {"NATO"}


def test_the_cleaned_text_keeps_the_place_and_drops_the_agency():
    cleaned = clean_article(PAGES["dated.txt"], site_names=["TASS"])
    assert cleaned.dateline == "MOSCOW, March 3 (TASS)" and cleaned.agency == "TASS"
    assert cleaned.blocks[1].text.startswith("MOSCOW \u2014 The Kremlin said on Tuesday")
    assert "TASS" not in cleaned.blocks[1].text


@pytest.mark.parametrize(
    ("line", "item"),
    [
        (
            "\u2022 Defence commitments of the two allies focused on the Turkish Straits",
            True,
        ),
        (" a ban on Overseas Private Investment Corporation assistance;", True),
        ("a requirement to oppose loans by international lenders; and", True),
        ("\u2022 World news", False),  # a menu's item
        ("- Advertisement -", False),
        ("\u2022 Russia Warns Alliance Over New Bases in the Baltic States", False),  # a link
        ("Russia warns alliance over new bases", False),  # no bullet, no semicolon
    ],
)
def test_list_items(line, item):
    assert (list_items([line]) == {0}) is item


def test_a_run_of_bullets_is_a_list_when_one_item_is_a_clause_in_sentence_case():
    run = [
        "\u2022 Defence Commitments of Washington and Ankara in the Straits",
        "\u2022 Bulgaria's place as an anchor of allied naval planning in the region",
    ]
    assert list_items(run) == {0, 1}
    links = [
        "\u2022 Russia Warns Alliance Over New Bases",
        "\u2022 Alliance Chief Visits Troops in Estonia",
    ]
    assert list_items(links) == set()


def test_the_items_of_a_list_inside_a_story_are_kept(pages):
    assert found(pages, "briefing.txt", "country") >= {"BGR", "USA", "TUR", "RUS"}
    assert found(pages, "sanctions.txt", "org") == {
        "Overseas Private Investment Corporation",
        "Treasury",
    }


def test_a_menu_of_bullets_still_goes():
    cleaned = clean_article(PAGES["sanctions.txt"])
    text = " ".join(b.text for b in cleaned.blocks)
    assert "a ban on Overseas Private Investment Corporation assistance;" in text
    assert "World news" not in text and "Contact us" not in text


def test_a_tag_page_s_teaser_above_the_last_story_is_text(pages):
    assert found(pages, "tag.txt", "country") == {"ITA", "LTU", "RUS", "EST"}
    cleaned = clean_article(PAGES["tag.txt"], site_names=["Reuters"])
    assert cleaned.title == "Alliance chief praises Baltic air policing mission"
    kept = [b.text for b in cleaned.blocks]
    assert "Alliance jets scrambled twice over the Baltic Sea" in kept  # the teaser's headline
    assert "Topic: Baltic air policing" not in kept


def test_a_header_without_a_teaser_of_the_page_s_stories_still_goes(pages):
    assert found(pages, "header.txt", "country") == {"LTU", "RUS"}  # no Germany
    cleaned = clean_article(PAGES["header.txt"], site_names=["Reuters"])
    assert [b.section for b in cleaned.blocks] == ["title", "body"]


def test_a_caption_s_russian_twin_read_as_latin_1_is_cut(pages):
    twin = "Иван Петров".encode("cp1251").decode("latin-1")
    assert cut_mojibake(f"At the show. {twin}/TASS") == ("At the show. /TASS", [twin])
    assert found(pages, "twin.txt", "person") == set()
    assert found(pages, "twin.txt", "org") == set()
    assert found(pages, "twin.txt", "country") == {"RUS"}
    cleaned = clean_article(PAGES["twin.txt"], site_names=["TASS"])
    assert cleaned.blocks[0] == Block("caption", "Helicopters at an air show near Moscow.")


@pytest.mark.parametrize(
    "line", ["Le président a déclaré à Paris", "Café Élysée", "Zürich, Ålesund and Île-de-France"]
)
def test_latin_accents_are_no_twin(line):
    assert cut_mojibake(line) == (line, [])


def test_a_latest_feed_s_items_opening_with_their_age_are_chrome(pages):
    assert found(pages, "ticker.txt", "org") == set()
    assert found(pages, "ticker.txt", "location") == {"Brussels", "Salisbury"}
    assert found(pages, "ticker.txt", "country") == {"RUS", "GBR"}


def test_a_file_picture_s_credit_leaves_its_caption():
    caption = (
        "FILE PHOTO: Workers lay pipe for a gas pipeline in the Baltic Sea off Rugen, "
        "Germany, May 4, 2019. Picture taken May 4, 2019."
    )
    line = f"{caption} \u00a9 REUTERS/Jane Roe/File Photo"
    assert strip_trailing_credit(line) == (caption, "\u00a9 REUTERS/Jane Roe/File Photo")
    page = f"Sanctions hit pipeline layers\n\n{line}\n\nThe United States imposed sanctions on firms laying the pipeline on Friday, officials said.\n"
    cleaned = clean_article(page, site_names=["Reuters"])
    assert Block("caption", caption) in cleaned.blocks


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("MOSCOW, Jan. 2 (UPI) -- Russia said on Monday it would respond.", "MOSCOW \u2014 Russia"),
        ("STEVE DOOCY (co-host) - The president said on Monday he would go.", "The president"),
        ("VAT (sales tax) - The tax rose on Monday, the ministry said today.", "The tax"),
    ],
)
def test_only_an_outlet_s_dateline_gives_a_place(line, kept):
    cleaned = clean_article(f"Headline of the story here\n\n{line}\n")
    assert cleaned.blocks[-1].text.startswith(kept)


def test_more_prose_above_the_headline_than_a_few_teasers_is_not_judged():
    para = "The committee found that the security team at the Baltic base was never ordered to wait, officials said."
    page = "\n\n".join(
        [para] * 4
        + [
            "Alliance chief praises Baltic air policing mission",
            "VILNIUS (Reuters) - The alliance's chief praised the Baltic mission on Thursday, saying Russian jets were intercepted.",
        ]
    )
    cleaned = clean_article(page, site_names=["Reuters"])
    assert [b.section for b in cleaned.blocks] == ["title", "body"]
