"""Linking rules on short news texts written for the purpose (not the seeds)."""

from __future__ import annotations

import pytest

AGENCY_STORY = """WASHINGTON (Reuters) - U.S. President Donald Trump said on Tuesday that the United States would not leave NATO, but he again told European allies to spend more on defense.

"America is paying too much," Trump told reporters. President Trump later wrote on Twitter that Germany was "captive to Russia".

Talks in Moscow between Russian and American diplomats ended without agreement, and Moscow rejected the claims. US-Russia relations are at their lowest point since the Cold War, analysts said.
"""

ANALYST_STORY = """Stoltenberg said the alliance would respond to any aggression. Ivan Petrovsky, a Moscow-based analyst, said the Kremlin chief would not back down. Petrovsky added that the Russian Federation saw the deployment as a threat.

Russian President Vladimir Putin met his Turkish counterpart in Sochi. The German Marshall Fund hosted a debate in Brussels, where a German diplomat spoke.
"""

BLOC_STORY = """The bloc said the alliance should talk to Moscow after a visit to Moscow by its envoy. Kiev and Washington signed a deal in Kyiv on Monday, the Pentagon said, while Zelensky said Ukraine wanted to join NATO.
"""


@pytest.fixture(scope="module")
def mentions(extract):
    return extract(
        {"agency.txt": AGENCY_STORY, "analyst.txt": ANALYST_STORY, "bloc.txt": BLOC_STORY}
    )


def linked(mentions, file):
    rows = mentions[mentions["file"] == file]
    return [(r.surface, r.entity_id, r.kind) for r in rows.itertuples()]


def test_united_states_written_four_ways_is_one_country(mentions):
    usa = [(s, k) for s, e, k in linked(mentions, "agency.txt") if e == "country:USA"]
    assert usa == [
        ("U.S.", "name"),
        ("United States", "name"),
        ("America", "name"),
        ("American", "demonym"),
        ("US", "name"),
    ]


def test_trump_written_three_ways_is_one_person(mentions):
    trump = [s for s, e, _ in linked(mentions, "agency.txt") if e == "person:donald-trump"]
    assert trump == ["Donald Trump", "Trump", "Trump"]


def test_capital_as_place_versus_capital_as_state(mentions):
    moscow = [(e, k) for s, e, k in linked(mentions, "agency.txt") if s == "Moscow"]
    assert moscow == [("location:moscow", "name"), ("country:RUS", "capital")]
    bloc = [
        (e, k)
        for s, e, k in linked(mentions, "bloc.txt")
        if s in ("Moscow", "Kiev", "Washington", "Kyiv")
    ]
    # "talk to Moscow" is the state, "a visit to Moscow" the city; "Kiev and Washington
    # signed" are governments; "in Kyiv" is the city.
    assert bloc == [
        ("country:RUS", "capital"),
        ("location:moscow", "name"),
        ("country:UKR", "capital"),
        ("country:USA", "capital"),
        ("location:kyiv", "name"),
    ]


def test_compound_of_two_countries_is_two_mentions(mentions):
    rows = mentions[(mentions["file"] == "agency.txt") & mentions["surface"].isin(["US", "Russia"])]
    last_two = rows.tail(2)
    assert list(last_two["entity_id"]) == ["country:USA", "country:RUS"]
    text = last_two["text"].iloc[0]
    assert text[last_two["start"].iloc[0] : last_two["end"].iloc[1]] == "US-Russia"


def test_platform_is_an_organisation(mentions):
    assert ("Twitter", "org:twitter", "name") in linked(mentions, "agency.txt")


def test_surname_alone_links_to_gazetteer_person_even_when_labelled_org(mentions):
    first = linked(mentions, "analyst.txt")[0]
    assert first == ("Stoltenberg", "person:jens-stoltenberg", "name")


def test_the_alliance_only_where_nato_is_named(mentions):
    assert not [m for m in linked(mentions, "analyst.txt") if m[0] == "the alliance"]
    assert ("the alliance", "org:nato", "reference") in linked(mentions, "bloc.txt")
    # "the bloc" is the EU only where the EU is named
    assert not [m for m in linked(mentions, "bloc.txt") if m[0].lower() == "the bloc"]


def test_unknown_person_merged_by_surname_within_article(mentions):
    petrovsky = [(s, e) for s, e, _ in linked(mentions, "analyst.txt") if "Petrovsky" in s]
    assert petrovsky == [
        ("Ivan Petrovsky", "person:ivan-petrovsky"),
        ("Petrovsky", "person:ivan-petrovsky"),
    ]


def test_city_adjective_is_a_place_and_office_title_is_its_holder(mentions):
    rows = linked(mentions, "analyst.txt")
    assert ("Moscow", "location:moscow", "name") in rows  # "a Moscow-based analyst"
    assert ("Kremlin chief", "person:vladimir-putin", "title") in rows
    assert ("Russian Federation", "country:RUS", "name") in rows


def test_german_in_an_organisation_name_is_not_germany(mentions):
    rows = linked(mentions, "analyst.txt")
    assert ("German Marshall Fund", "org:gmf", "name") in rows
    assert [r for r in rows if r[1] == "country:DEU"] == [
        ("German", "country:DEU", "demonym")
    ]  # "a German diplomat"


def test_headline_verbs_and_office_words_are_not_part_of_a_name(extract):
    """Title-case headlines glue verbs to names; 'Defence' before 'Minister' is an office."""
    found = extract(
        {
            "a.txt": "Shoigu Warns of Response to NATO Drills\n\nMOSCOW (Reuters) - Russia will "
            "respond to NATO exercises near its borders, Defence Minister Sergei Shoigu said.\n",
            "b.txt": "Kremlin Says Putin Has No Plans to Meet Biden\n\nMOSCOW (AP) - The Kremlin "
            "said on Friday that President Vladimir Putin had no plans to meet Joe Biden.\n",
        }
    )
    by_file = found.groupby("file")
    a = by_file.get_group("a.txt")
    assert a[a["section"] == "title"]["name"].tolist() == ["Sergei Shoigu", "NATO"]
    assert "org" not in set(a.loc[a["surface"] == "Defence", "type"])
    assert not a["entity_id"].str.contains("warns|defence").any()
    b = by_file.get_group("b.txt")
    assert b[b["section"] == "title"]["name"].tolist() == ["Russia", "Vladimir Putin", "Joe Biden"]
    assert not b["entity_id"].str.contains("meet").any()
