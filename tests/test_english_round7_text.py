"""Kinds of mistake the seventh held-out round of real NATO–Russia pages showed in the text that
reaches extraction (issue 15, eval/excerpts/heldout7.jsonl): credits, bylines, author boxes and
teasers read as story; headlines, standfirsts, hard-wrapped paragraphs, captions and fact boxes
lost before extraction; a dateline's bullet. One short page per kind, written for these tests in
the style of news pages (not copied from any page), with the exact entities a careful reader
finds in it, and the text that must survive cleaning."""

from __future__ import annotations

import pytest

from lib.engine.captions import is_credit_line, strip_trailing_credit
from lib.engine.clean import clean_article
from lib.engine.wrapped_lines import unwrap, wrap_width
from tests.conftest import found

# Wire copy hard-wrapped at a fixed width: names and clauses broken across lines ("Kaja\nKallas",
# "asked\nNATO"), a paragraph's last line short, highlights and a byline above the dateline.
WRAPPED = """* Baltic states ask for more air patrols
* Lithuania says drills near border are a provocation

By Jonas Petraitis and Mary Stone
VILNIUS, March 3 Lithuanian President Gitanas Nauseda asked
NATO on Friday to double the number of fighter jets patrolling
the skies over the Baltic states, two days after Russian
bombers flew close to the border with Latvia.
"We see more flights and larger drills every month. Our
answer must be a stronger presence," Nauseda told reporters
in Vilnius after meeting Estonian Prime Minister Kaja
Kallas.
A spokesman for the alliance in Brussels said the request
would be discussed by defence ministers next week.
"""

# No title column: a sponsorship notice above a headline in sentence case and its standfirst
# without a full stop.
HEADLINE = """Sponsored By
A company has paid for the creation of this work but did not review it.

Estonia asks allies for more air defence after drone incursion

Tallinn says NATO partners agreed to speed up deliveries over the Baltic region

The Estonian government said on Tuesday that allied ministers had agreed to send additional air defence systems, a week after a drone crashed near Tartu.

Defence Minister Hanno Pevkur told reporters in Tallinn that the first batteries would arrive before the winter.
"""

# An archive page's label in the headline's place, and the reporter's byline run into the first
# sentence with no stop ("Jane Holm, defence correspondent Finland has begun …").
ARCHIVE = """Tag Archives: exercise

Finland joins Norway for largest Arctic drills in decades

Jane Holm, defence correspondent Finland has begun its largest military exercise in the Arctic with Norway, involving some 20,000 troops. The drills near Rovaniemi will last ten days…
"""

# A promotion of another page above the story, sharing no word with it, is no headline.
PROMO = """Cricket World Cup Live Updates

Romanian President Klaus Iohannis said on Monday that the missile shield in his country posed no threat to Moscow.

He spoke in Bucharest after talks with Polish President Andrzej Duda.
"""

# Credits: a desk and photographer glued to the caption's last sentence ("REUTERS/Name"), a
# service's photographer with his rank ("Army photo by Sgt. Name"), a credit of slashes on its
# own line under its caption, a bare agency in brackets closing a caption with no stop.
CREDITS = """Marines land on the Norwegian coast

U.S. Marines come ashore near Trondheim during the exercise, March 10, 2020. REUTERS/Jonas Berg

Soldiers of the Norwegian Army march past Bardufoss airfield during the drills. Army photo by Sgt. Maria Lopez

Allied ships off the coast of Norway, March 2020
Per Olsen / NTB / Scanpix / Redux

Royal Navy crews load supplies in the port of Narvik (AP)

About 15,000 troops from ten NATO countries took part in the exercise, Norway's armed forces said on Friday.
"""

# After the story: a "Check Also" box (a headline and its teaser cut by an ellipsis), a footer
# addressing the reader ("click here") and the writer's box with no label ("Name is The
# Outlet's diplomatic editor … He lives in Vienna …").
BIO = """Ankara blocks the alliance's plan for Poland

Turkey blocked NATO's defence plan for Poland and the Baltic states on Wednesday, diplomats in Brussels said.

Check Also

Why the Caspian Sea matters to Iran and Azerbaijan

Tehran and Baku have long argued over the waters of the Caspian Sea, and the dispute…

To report a correction, click here. To read our ethics policy, click here.

John Carver is The Daily Ledger's diplomatic editor, covering the alliance since 2010. He is Irish and lives in Vienna. He has written for The Independent and Le Monde.
"""

# A fact box under a question heading: its lines are sentences without their full stops.
FACT_BOX = """Sarin attack suspected in Syrian town

Inspectors from the Organisation for the Prohibition of Chemical Weapons arrived in Damascus on Saturday, officials said.

What is sarin?

Sarin was developed in Germany in the late 1930s as a pesticide

It was used in an attack on the Tokyo subway in 1995

The agent attacks the nervous system within minutes

British Prime Minister Theresa May said the use of chemical weapons could not go unchallenged.
"""

# A dateline closed by a bullet, as Singapore and Malaysian papers set it: the city, not the
# country.
DATELINE = """Kremlin hits back at Turkey

ANKARA • Turkish President Recep Tayyip Erdogan said on Monday that his country would not apologise to Moscow for downing the jet.

The Kremlin said the sanctions would stay in force.
"""

# Headlines drop words: "over Baltic" in the headline is the Baltic Sea the story names in full.
SHORT_PLACE = """Danish jets shadow Russian bombers over Baltic

Danish and Swedish fighter jets shadowed two Russian bombers flying over the Baltic Sea on Tuesday, the Danish armed forces said.
"""

EXPECTED = {
    "wrapped.txt": {
        "person": {"Gitanas Nauseda", "Kaja Kallas"},
        "country": {"LTU", "LVA", "EST", "RUS"},
        "org": {"NATO"},
        "location": {"Baltic states", "Vilnius", "Brussels"},
    },
    "headline.txt": {
        "person": {"Hanno Pevkur"},
        "country": {"EST"},
        "org": {"NATO"},
        "location": {"Tallinn", "Tartu", "Baltic states"},
    },
    "archive.txt": {
        "person": set(),
        "country": {"FIN", "NOR"},
        "org": set(),
        "location": {"Arctic", "Rovaniemi"},
    },
    "promo.txt": {
        "person": {"Klaus Iohannis", "Andrzej Duda"},
        "country": {"ROU", "RUS", "POL"},
        "org": set(),
        "location": {"Bucharest"},
    },
    "credits.txt": {
        "person": set(),
        "country": {"USA", "NOR"},
        "org": {"Norwegian Army", "Royal Navy", "NATO"},
        "location": {"Trondheim", "Bardufoss", "Narvik"},
    },
    "bio.txt": {
        "person": set(),
        "country": {"TUR", "POL"},
        "org": {"NATO"},
        "location": {"Baltic states", "Brussels"},
    },
    "fact_box.txt": {
        "person": {"Theresa May"},
        "country": {"SYR", "DEU", "JPN", "GBR"},
        "org": {"Organisation for the Prohibition of Chemical Weapons"},
        "location": {"Damascus"},
    },
    "dateline.txt": {
        "person": {"Recep Tayyip Erdogan"},
        "country": {"TUR", "RUS"},
        "org": set(),
        "location": {"Ankara"},
    },
    "short_place.txt": {
        "person": set(),
        "country": {"DNK", "SWE", "RUS"},
        "org": set(),
        "location": {"Baltic Sea"},
    },
}


@pytest.fixture(scope="module")
def kinds(extract):
    return extract(
        {
            "wrapped.txt": WRAPPED,
            "headline.txt": HEADLINE,
            "archive.txt": ARCHIVE,
            "promo.txt": PROMO,
            "credits.txt": CREDITS,
            "bio.txt": BIO,
            "fact_box.txt": FACT_BOX,
            "dateline.txt": DATELINE,
            "short_place.txt": SHORT_PLACE,
        }
    )


@pytest.mark.parametrize("file", list(EXPECTED))
@pytest.mark.parametrize("entity_type", ["person", "country", "org", "location"])
def test_exact_entities_of_each_kind(kinds, file, entity_type):
    assert found(kinds, file, entity_type) == EXPECTED[file][entity_type]


def _sections(page: str, **kw) -> list[tuple[str, str]]:
    return [(b.section, b.text) for b in clean_article(page, **kw).blocks]


def test_a_hard_wrapped_page_keeps_every_sentence_whole():
    blocks = _sections(WRAPPED)
    body = [text for section, text in blocks if section == "body"]
    assert body == [
        "VILNIUS, March 3 Lithuanian President Gitanas Nauseda asked NATO on Friday to double the"
        " number of fighter jets patrolling the skies over the Baltic states, two days after"
        " Russian bombers flew close to the border with Latvia.",
        '"We see more flights and larger drills every month. Our answer must be a stronger'
        ' presence," Nauseda told reporters in Vilnius after meeting Estonian Prime Minister'
        " Kaja Kallas.",
        "A spokesman for the alliance in Brussels said the request would be discussed by"
        " defence ministers next week.",
    ]


def test_wrapping_is_told_by_clauses_broken_at_a_width():
    lines = WRAPPED.splitlines()
    assert wrap_width(lines) == 62
    # a page of one paragraph a line has no wrap width, and its lines stay as they are
    paragraphs = [ln for ln in HEADLINE.splitlines()]
    assert wrap_width(paragraphs) is None
    assert [text for _, text in unwrap(paragraphs)] == paragraphs
    # a line broken inside a clause is joined on any page, a hyphenated word without a space
    assert unwrap(["Officials said the talks with the", "allies were pre-", "planned."]) == [
        (0, "Officials said the talks with the allies were pre-planned.")
    ]
    # a headline over a paragraph, or a bullet, is not a clause going on
    assert len(unwrap(["NATO warns Russia", "The alliance said on Monday …"])) == 2
    assert len(unwrap(["Russia says the talks failed and", "* sanctions stay"])) == 2


def test_a_headline_in_sentence_case_and_its_standfirst_are_kept():
    cleaned = clean_article(HEADLINE)
    assert cleaned.title == "Estonia asks allies for more air defence after drone incursion"
    assert _sections(HEADLINE)[:2] == [
        ("title", "Estonia asks allies for more air defence after drone incursion"),
        ("lede", "Tallinn says NATO partners agreed to speed up deliveries over the Baltic region"),
    ]
    assert {r.reason for r in cleaned.removed} == {"sponsorship notice", "headline"}


def test_labels_bylines_and_promotions_do_not_take_the_headline():
    archive = clean_article(ARCHIVE)
    assert archive.title == "Finland joins Norway for largest Arctic drills in decades"
    assert archive.byline == "Jane Holm"
    assert archive.blocks[1].text.startswith("Finland has begun its largest military exercise")
    assert clean_article(PROMO).title is None
    staff = "Montenegro to join NATO next month by Staff Writers\n\nMontenegro will join the alliance in June, officials said on Thursday."
    assert clean_article(staff).title == "Montenegro to join NATO next month"


def test_credits_are_cut_and_captions_kept():
    assert strip_trailing_credit("Troops at the range. REUTERS/Jonas Berg") == (
        "Troops at the range.",
        "REUTERS/Jonas Berg",
    )
    assert strip_trailing_credit(
        "Crews at the port. U.S. Navy photo by Petty Officer 2nd Class John Roe"
    ) == ("Crews at the port.", "U.S. Navy photo by Petty Officer 2nd Class John Roe")
    assert strip_trailing_credit("Troops at a checkpoint near Adazi (AP)") == (
        "Troops at a checkpoint near Adazi",
        "(AP)",
    )
    # prose that says who took a picture is no credit, nor an agency cited after a stop's source
    assert strip_trailing_credit("The minister said the picture was taken by Mr Roe")[1] is None
    assert is_credit_line("Per Olsen / NTB / Scanpix / Redux")
    assert is_credit_line("Jane Roe / AFP")
    assert not is_credit_line("Russia / Ukraine")
    assert not is_credit_line("Talks in Minsk / what comes next")
    captions = [text for section, text in _sections(CREDITS) if section == "caption"]
    assert captions == [
        "U.S. Marines come ashore near Trondheim during the exercise, March 10, 2020.",
        "Soldiers of the Norwegian Army march past Bardufoss airfield during the drills.",
        "Allied ships off the coast of Norway, March 2020",
        "Royal Navy crews load supplies in the port of Narvik",
    ]


def test_the_story_ends_before_teasers_footers_and_the_writers_box():
    assert [text for section, text in _sections(BIO) if section == "body"] == [
        "Turkey blocked NATO's defence plan for Poland and the Baltic states on Wednesday,"
        " diplomats in Brussels said."
    ]


def test_a_fact_box_under_a_question_is_kept():
    body = [text for section, text in _sections(FACT_BOX) if section == "body"]
    assert body[1:4] == [
        "Sarin was developed in Germany in the late 1930s as a pesticide",
        "It was used in an attack on the Tokyo subway in 1995",
        "The agent attacks the nervous system within minutes",
    ]


def test_a_blank_line_inside_a_clause_is_closed():
    """Pages made from on-screen captions or transcripts break clauses with a blank line before
    a line going on in lower case; a headline ending on a preposition is left alone."""
    lines = [
        "Sergei Lavrov, Russian Foreign Minister,",
        "",
        "via Reuters said the talks would go on. His deputy said the",
        "",
        "meeting was useful.",
        "",
        "What Kyiv and Moscow cannot agree on",
        "",
        "The talks begin on Monday.",
    ]
    assert [text for _, text in unwrap(lines)] == [
        "Sergei Lavrov, Russian Foreign Minister, via Reuters said the talks would go on. His"
        " deputy said the meeting was useful.",
        "",
        "What Kyiv and Moscow cannot agree on",
        "",
        "The talks begin on Monday.",
    ]
