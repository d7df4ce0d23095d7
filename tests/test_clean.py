"""Cleaning rules: each rule on a small page in the style of a real outlet, then the seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lib.engine import boilerplate, inline_widgets
from lib.engine.captions import split_copyright_credit, strip_trailing_credit
from lib.engine.clean import assemble, clean_article, match_dateline, normalise_text
from lib.engine.line_shape import is_headline_like, is_sentence_like

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"


def seed(name: str) -> str:
    return next(SAMPLE.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def sections(cleaned) -> list[tuple[str, str]]:
    return [(b.section, b.text) for b in cleaned.blocks]


def test_normalise_folds_nbsp_zero_width_and_curly_quotes():
    raw = "NATO\u00a0chief\u200b said \u201cno\u201d to\u00a0Moscow\u2019s plan\r\n"
    assert normalise_text(raw) == 'NATO chief said "no" to Moscow\'s plan\n'


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("MOSCOW (Sputnik) \u2013 Russia said", "MOSCOW", "Sputnik"),
        ("WASHINGTON (Reuters) - The Pentagon said", "WASHINGTON", "Reuters"),
        ("MOSCOW, Dec 3 (Reuters) - The Kremlin said", "MOSCOW", "Reuters"),
        ("KIEV, Ukraine (AP) \u2014 Ukraine's president said", "KIEV, Ukraine", "AP"),
    ],
)
def test_agency_datelines(line, place, agency):
    m = match_dateline(line)
    assert m is not None and m["place"] == place and m["agency"] == agency


def test_bare_agency_dateline_needs_a_known_outlet():
    assert match_dateline("(CNN) NATO leaders met", ["CNN"])["agency"] == "CNN"
    assert match_dateline("(Analysis) NATO leaders met", ["CNN"]) is None
    assert match_dateline("Moscow (AFP) - Russia said", ["AFP"]) is not None
    # A mixed-case phrase with a parenthesis is not a dateline unless the outlet is known.
    assert match_dateline("The minister (right) - who spoke later", []) is None


def test_sentence_and_headline_shapes():
    assert is_headline_like(
        "Kremlin Says Trump Could Make NATO Move Its Troops Away From Russian Border"
    )
    assert not is_headline_like("Moscow has repeatedly denied the claims.")
    assert is_sentence_like("Moscow has repeatedly denied the claims.")
    assert not is_sentence_like("Military & Intelligence")


def test_copyright_credit_splits_photographer_from_caption():
    credit, caption = split_copyright_credit(
        "\u00a9 AP Photo / Ivan Sekretarev Russian President Vladimir Putin"
    )
    assert credit == "\u00a9 AP Photo / Ivan Sekretarev"
    assert caption == "Russian President Vladimir Putin"
    credit, caption = split_copyright_credit(
        "\u00a9 Sputnik / Vitaly de Vries NATO flags in Brussels"
    )
    assert credit.endswith("Vitaly de Vries") and caption == "NATO flags in Brussels"


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Stoltenberg in Brussels. (AP Photo/Olivier Matthys, Pool, File)",
            "Stoltenberg in Brussels.",
            "(AP Photo/Olivier Matthys, Pool, File)",
        ),
        (
            "Trump in London. (Al Drago/The New York Times)",
            "Trump in London.",
            "(Al Drago/The New York Times)",
        ),
        (
            "Putin in Moscow on Nov. 18 Alexei Druzhinin\u2014AP",
            "Putin in Moscow on Nov. 18",
            "Alexei Druzhinin\u2014AP",
        ),
        ("Tensions rose with the US. / AA", "Tensions rose with the US.", "/ AA"),
        ("Putin in Sochi. /AFP", "Putin in Sochi.", "/AFP"),
        ("Putin in Sochi. Photo: AFP", "Putin in Sochi.", "Photo: AFP"),
        ("Leaders in Watford. AFP via Getty Images", "Leaders in Watford.", "AFP via Getty Images"),
        ("Leaders in Watford. (AFP/Getty)", "Leaders in Watford.", "(AFP/Getty)"),
        (
            "Trump speaks. SAUL LOEB/AFP via Getty Images",
            "Trump speaks.",
            "SAUL LOEB/AFP via Getty Images",
        ),
        (
            "Lavrov met Kerry in Geneva, according to AFP.",
            "Lavrov met Kerry in Geneva, according to AFP.",
            None,
        ),
        ("The minister told Reuters.", "The minister told Reuters.", None),
    ],
)
def test_other_picture_credits_closing_a_caption(line, caption, credit):
    assert strip_trailing_credit(line) == (caption, credit)


def test_trailing_getty_credit_is_removed_from_caption():
    caption, credit = strip_trailing_credit(
        "Russian President Vladimir Putin attends a meeting in Moscow. Mikhail Klimentyev/AFP/Getty Images"
    )
    assert caption == "Russian President Vladimir Putin attends a meeting in Moscow."
    assert credit == "Mikhail Klimentyev/AFP/Getty Images"
    assert strip_trailing_credit("NATO and Russia met in Brussels.") == (
        "NATO and Russia met in Brussels.",
        None,
    )


REUTERS_PAGE = """Skip to main content
Share on Facebook Twitter
NATO Allies Agree to Boost Defences on Eastern Flank
By Robin Emmott
Published: 8 July 2016
WASHINGTON (Reuters) - NATO leaders agreed on Friday to deploy four battalions to Poland and the Baltic states, a move Moscow called a threat.

Advertisement

"This is a defensive response," NATO Secretary General Jens Stoltenberg told reporters. Advertisement The Kremlin said it would respond.
U.S. President Barack Obama speaks at the NATO summit in Warsaw. Kevin Lamarque/Reuters
Sign up for our daily newsletter on world affairs.
(Reporting by Robin Emmott; Editing by Alison Williams)
Copyright 2016 Thomson Reuters. All rights reserved.
"""


def test_agency_page_keeps_story_and_drops_chrome():
    cleaned = clean_article(REUTERS_PAGE, site_names=["Reuters"])
    assert cleaned.title == "NATO Allies Agree to Boost Defences on Eastern Flank"
    assert cleaned.dateline == "WASHINGTON (Reuters)"
    assert cleaned.agency == "Reuters"
    assert cleaned.byline == "Robin Emmott"
    assert cleaned.labelled_date == "8 July 2016"
    assert sections(cleaned) == [
        ("title", "NATO Allies Agree to Boost Defences on Eastern Flank"),
        (
            "body",  # the agency goes; the place stays, where the story was filed
            "WASHINGTON \u2014 NATO leaders agreed on Friday to deploy four battalions to "
            "Poland and the Baltic states, a move Moscow called a threat.",
        ),
        (
            "body",
            '"This is a defensive response," NATO Secretary General Jens Stoltenberg told '
            "reporters. The Kremlin said it would respond.",
        ),
        ("caption", "U.S. President Barack Obama speaks at the NATO summit in Warsaw."),
    ]
    reasons = {r.reason for r in cleaned.removed}
    assert {"advertisement", "newsletter sign-up", "copyright footer", "byline"} <= reasons


CNN_PAGE = """(CNN) NATO is not seeking a new Cold War with Russia, the alliance's chief said Tuesday.
Read More: Inside NATO's war games
The statement came after Russia moved missiles to Kaliningrad.
Related: Russia Deploys Iskander Missiles Near Polish Border
Follow us on Twitter
"""


def test_cnn_style_dateline_and_inline_links():
    cleaned = clean_article(CNN_PAGE, site_names=["CNN"])
    assert cleaned.agency == "CNN"
    assert [b.text for b in cleaned.blocks] == [
        "NATO is not seeking a new Cold War with Russia, the alliance's chief said Tuesday.",
        "The statement came after Russia moved missiles to Kaliningrad.",
    ]


def test_page_without_prose_is_kept_rather_than_lost():
    cleaned = clean_article("NATO Summit Opens in Brussels\nLeaders Arrive for Talks")
    assert cleaned.blocks, "an article made only of short lines must not vanish"


def test_assemble_spans_point_into_text():
    cleaned = clean_article(REUTERS_PAGE, site_names=["Reuters"])
    text, spans = assemble(cleaned.blocks)
    for (section, start, end), block in zip(spans, cleaned.blocks, strict=True):
        assert text[start:end] == block.text and section == block.section


# --- the seed articles: scraped Sputnik pages -----------------------------------------


def test_seed_000_keeps_lede_and_body_only():
    cleaned = clean_article(seed("000"), site_names=["Sputnik"])  # as the pipeline passes them
    assert cleaned.title is None  # the page carries no headline, only a standfirst
    assert cleaned.dateline == "MOSCOW (Sputnik)" and cleaned.agency == "Sputnik"
    assert cleaned.page_clock == "19:26 GMT +319 January 2020"
    kinds = [b.section for b in cleaned.blocks]
    assert kinds == ["lede"] + ["body"] * 8
    assert cleaned.blocks[0].text.startswith("The NATO chief called for dialogue with Moscow")
    assert cleaned.blocks[1].text.startswith("MOSCOW \u2014 There is no way Russia can be isolated")
    assert cleaned.blocks[-1].text.endswith('president Putin and president Erdogan," he said.')
    text = " ".join(b.text for b in cleaned.blocks)
    for chrome in (
        "Listen Live",
        "Get short URL",
        "Military & Intelligence",
        "(362)",
        "Spain Supports",
        "Trump",
        "Italian M5S",
        "Downing of Russian SU-24, NATO",
        "Facebook",
        "Community",
    ):
        assert chrome not in text
    assert "\u00a0" not in text and "\u2019" not in text


def test_seed_001_title_captions_and_body():
    cleaned = clean_article(seed("001"), site_names=["Sputnik"])
    assert (
        cleaned.title
        == "NATO Chief Says Ready to Meet With Putin: 'I Believe in Dialogue With Russia'"
    )
    assert cleaned.dateline == "MOSCOW (Sputnik)"
    assert [b.section for b in cleaned.blocks] == (
        ["title", "caption"] + ["body"] * 5 + ["caption"] + ["body"] * 2
    )
    captions = [b.text for b in cleaned.blocks if b.section == "caption"]
    assert captions == [
        "NATO Secretary General Jens Stoltenberg",
        "Turkey's President Recep Tayyip Erdogan arrives for sessions on the second day of the NATO "
        "Summit in Warsaw, Poland.",
    ]
    text = " ".join(b.text for b in cleaned.blocks)
    for chrome in (
        "Sputnik International",
        "REUTERS",
        "Lenoir",
        "Subscribe",
        "Get the latest news",
        "Keep Your Friends Close",
        "Pentagon",
        "Newsfeed",
        "log in",
        "\u0417\u0430\u0433",
    ):
        assert chrome not in text
    assert cleaned.blocks[2].text.startswith(
        "MOSCOW \u2014 NATO Secretary General Jens Stoltenberg told the German"
    )


def test_any_of_matches_exactly_where_one_of_the_patterns_does():
    patterns = [
        re.compile(r"^advertisement$", re.I),
        re.compile(r"all rights reserved\.?$"),
        re.compile(r"^\d+$"),
    ]
    combined = boilerplate.any_of(patterns)
    lines = [
        "ADVERTISEMENT",
        "Advertisement here",
        "2019 All rights reserved.",
        "2019 all rights reserved.",
        "42",
        "42 troops",
        "",
    ]
    expected = [any(p.search(line) for p in patterns) for line in lines]
    assert (
        [bool(combined.search(line)) for line in lines]
        == expected
        == [True, False, False, True, True, False, False]
    )
    assert boilerplate.any_of([]).search("anything") is None


# -- chrome inside the body, by kind (issue 15): written in the style of the outlets ----------


def test_hover_card_is_cut_and_the_texts_own_name_stays():
    line = (
        "Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnellSenate "
        "braces for long trial Budget talks stall again Ukraine aid vote slips MORE (R-Ky.) "
        "said Tuesday that NATO allies must pay more."
    )
    kept, cards = inline_widgets.strip_hover_cards(line)
    assert (
        kept
        == "Senate Majority Leader Mitch McConnell (R-Ky.) said Tuesday that NATO allies must pay more."
    )
    assert cards == [
        "Addison (Mitch) Mitchell McConnellSenate braces for long trial Budget talks stall "
        "again Ukraine aid vote slips MORE"
    ]


def test_hover_cards_glued_to_a_digit_a_quote_or_not_glued_at_all():
    kept, cards = inline_widgets.strip_hover_cards(
        "Critics of Hillary Clinton Hillary Diane Rodham Clinton2020 hopefuls court veterans "
        "Poll shows tight race MORE's campaign said Speaker Paul Ryan Paul Davis Ryan Retirees "
        "weigh tax plan Governors meet in Denver MORE (R-Wis.) and President Trump Donald John "
        "Trump'Low-level' aide testifies MORE spoke."
    )
    assert kept == (
        "Critics of Hillary Clinton's campaign said Speaker Paul Ryan (R-Wis.) and President "
        "Trump spoke."
    )
    assert len(cards) == 3


def test_hover_cards_glued_to_the_texts_own_surname_too():
    # newer pages run the card's full name into the surname the text used: the card starts
    # inside that word, after the surname
    kept, cards = inline_widgets.strip_hover_cards(
        "The bill President BidenJoseph (Joe) Robinette BidenSenate passes budget deal Poll: "
        "voters sour on Congress MORE signed was sponsored by Sens. Tim KaineTimothy (Tim) "
        "Michael KaineHouse GOP eyes new probe MORE (D-Va.) and Susan CollinsSusan Margaret "
        "CollinsMaine governor race tightens MORE (R-Maine)."
    )
    assert kept == (
        "The bill President Biden signed was sponsored by Sens. Tim Kaine (D-Va.) and Susan "
        "Collins (R-Maine)."
    )
    assert cards[0] == (
        "Joseph (Joe) Robinette BidenSenate passes budget deal Poll: voters sour on Congress MORE"
    )
    assert len(cards) == 3


def test_a_card_whose_first_headline_repeats_the_surname_is_cut_whole():
    # "Mc" of "McCainCindy McCain: …" is no surname the card could start after
    kept, _ = inline_widgets.strip_hover_cards(
        "Sen. John McCain John Sidney McCainCindy McCain: I can see Arizona going Democrat "
        "Ukraine scandal widens MORE (R-Ariz.) voted no."
    )
    assert kept == "Sen. John McCain (R-Ariz.) voted no."


def test_hover_card_without_headlines():
    kept, cards = inline_widgets.strip_hover_cards(
        "Chief of staff John Kelly John Francis KellyMORE met senators on Tuesday."
    )
    assert kept == "Chief of staff John Kelly met senators on Tuesday."
    assert cards == ["John Francis KellyMORE"]


def test_capitals_more_without_a_card_is_left_alone():
    for line in (
        "CLICK HERE TO READ MORE BY JANE DOE",
        "Protesters chanted NO MORE WAR outside the NATO summit in Brussels on Thursday.",
        "Officials said McConnell and DeSantis wanted MORE time.",
    ):
        assert inline_widgets.strip_hover_cards(line) == (line, [])


def test_photo_gallery_is_cut_out_of_the_line():
    line = (
        "Photos: Summit in Brussels Photos: Summit in Brussels Leaders pose for the family "
        "photo at NATO headquarters in Brussels. Hide Caption 1 of 12 Photos: Summit in "
        "Brussels Polish President Andrzej Duda arrives in Brussels. Hide Caption 2 of 12"
    )
    assert inline_widgets.strip_gallery(line) == ("", line)
    assert inline_widgets.strip_gallery("The vote was 1 of 12 held this year.") == (
        "The vote was 1 of 12 held this year.",
        None,
    )


def test_country_picker_is_cut_but_a_list_in_prose_stays():
    kept, runs = inline_widgets.strip_name_runs(
        "Get our morning briefing. Choose your country Afghanistan Albania Algeria Andorra "
        "Angola Argentina Armenia Australia Austria Azerbaijan Enter your email"
    )
    assert kept == "Get our morning briefing. Choose your country Enter your email"
    assert runs == [
        "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan"
    ]
    prose = (
        "Allies from Estonia, Latvia, Lithuania, Poland, Romania, Bulgaria and Slovakia "
        "joined the exercise."
    )
    assert inline_widgets.strip_name_runs(prose) == (prose, [])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Copyright © 2019 The Daily Ledger, LLC. Click here for reprint permission.",
            "copyright footer",
        ),
        ("The Associated Press contributed to this report.", "contributor line"),
        ("Network News' Jane Roe and Reuters contributed to this report.", "contributor line"),
        ("• Dan Smith contributed to this report.", "contributor line"),
        ("Anna Park contributed.", "contributor line"),
        ("Contributing: Associated Press", "contributor line"),
        ("• This article is based in part on wire service reports.", "agency credit line"),
        ("This story has been updated with reaction from Moscow.", "update note"),
        ("Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP", "photo credit"),
        ("(AP photo: Jane Roe)", "photo credit"),
        ("John Doe/Handout", "photo credit"),
        ("Jane Roe—AFP via Getty Images", "photo credit"),
        ("(Photo: J.D. Roe, AP", "photo credit"),
        (
            "Get the Ledger Briefing delivered to your inbox. By signing up, you agree to our terms",
            "newsletter sign-up",
        ),
        (
            "Subscribe to The Daily Wire podcast on Apple Podcasts or wherever you get your podcasts.",
            "podcast promotion",
        ),
        ("Download the Ledger app for breaking news.", "app promotion"),
        ("Please consider making a contribution to the Ledger today.", "donation appeal"),
        ("Write to Jane Roe at jane.roe@ledger.com", "contact line"),
        ("— Jane Roe is a senior fellow at the Atlantic Institute.", "author bio"),
        ("John Doe is a Ledger columnist. Follow him on Twitter @johndoe.", "author bio"),
        ("The views expressed in this commentary are solely those of the author.", "disclaimer"),
        (
            "The opinions expressed by columnists are their own and do not represent the views of the Ledger.",
            "disclaimer",
        ),
        ("This is a rush transcript. Copy may not be in its final form.", "transcript notice"),
    ],
)
def test_kinds_of_chrome_lines(line, reason):
    assert boilerplate.boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "NATO said the summit contributed to the easing of tensions with Russia.",
        "Russia contributed to this crisis, Stoltenberg said.",
        "Reporting by the Ledger revealed that the ministry had been warned.",
        "Putin said Russia would sign up for the deal if sanctions were lifted.",
        "He told reporters the photo was fake.",
        "Facebook, Apple and Spotify removed the channel on Monday.",
    ],
)
def test_prose_is_not_chrome(line):
    assert boilerplate.boilerplate_reason(line) is None


def test_line_start_patterns_are_told_apart():
    assert boilerplate.is_anchored(re.compile(r"^(a|b)c"))
    assert boilerplate.is_anchored(re.compile(r"^a|^b"))
    assert not boilerplate.is_anchored(re.compile(r"^a|b"))
    assert boilerplate.is_anchored(re.compile(r"^[|]x|^y"))


def test_video_player_notice_goes_and_its_caption_stays():
    page = (
        "NATO jets scramble over the Baltic\n"
        "Media playback is unsupported on your device Media caption Pilots of a Polish jet "
        "describe the interception\n"
        "NATO jets were scrambled on Tuesday to intercept Russian bombers over the Baltic Sea.\n"
    )
    cleaned = clean_article(page, title="NATO jets scramble over the Baltic")
    assert sections(cleaned) == [
        ("title", "NATO jets scramble over the Baltic"),
        ("caption", "Pilots of a Polish jet describe the interception"),
        (
            "body",
            "NATO jets were scrambled on Tuesday to intercept Russian bombers over the Baltic Sea.",
        ),
    ]
