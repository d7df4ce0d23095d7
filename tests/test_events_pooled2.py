"""A step nobody schedules (an accession, sanctions, a treaty's end, a site switched on) told as
a prospect, pooled over the English held-out sets (issues 15 and 18; lib.engine.event_prospects):
in the future with no date of its own, or under a modal or a threat, it has not happened when
the page tells it. A saying that announced it, a date that fixes it, an event held on a date
fixed ahead (a summit) and the step's own noun as the subject of its effects are still the
event. Texts written for these tests in the style of wire copy, not copied from any page."""

from __future__ import annotations

import pytest

from tests.event_checks import linked_event_ids

TEXTS = {
    # the future of an accession, a year before it
    "accession_will.txt": (
        "Podgorica signs up\n\nOnce every ally ratifies the protocol, Montenegro will become "
        "the alliance's 29th member, the secretary general said.\n",
        "2016-05-20",
    ),
    # a modal with a date: a hope, not a step fixed ahead
    "accession_may.txt": (
        "Podgorica signs up\n\nThe prime minister said Montenegro may join NATO as a full "
        "member in mid-2017.\n",
        "2016-05-20",
    ),
    # the sanctions a purchase could bring, and the ones Washington threatens (undated pages,
    # where any event a pattern finds would otherwise be taken)
    "sanctions_could.txt": (
        "Second batch\n\nErdogan said Turkey would buy more S-400 systems, a step that could "
        "bring new U.S. sanctions on Turkey.\n"
    ),
    "sanctions_threatened.txt": (
        "Standoff over missiles\n\nWashington has been threatening sanctions on Turkey over the "
        "S-400 for months.\n"
    ),
    # a site to be switched on in a fortnight
    "site_will_open.txt": (
        "Shield in Romania\n\nThe missile defence site at Deveselu in Romania will become "
        "operational in two weeks, officials say.\n",
        "2015-12-04",
    ),
    # the decision announced, in the future it fixes: the step taken
    "removal_announced.txt": (
        "Out of the programme\n\nThe Pentagon announced on Wednesday that Turkey would be "
        "removed from the F-35 programme.\n",
        "2019-07-18",
    ),
    # the measures taken, with the effects still to come
    "measures_effects.txt": (
        "Moscow hits back\n\nPutin signed a decree on Saturday, and the sanctions also will end "
        "charter flights to Turkey.\n",
        "2015-11-30",
    ),
    # a summit ahead, and a treaty's end with its date: both fixed ahead
    "summit_ahead.txt": (
        "Leaders arrive\n\nTrump flew to London ahead of the NATO summit, where allies will "
        "discuss spending.\n",
        "2019-12-02",
    ),
    "end_dated.txt": (
        "Countdown\n\nThe INF Treaty will end on August 2 unless Russia destroys its "
        "missiles, Pompeo said.\n",
        "2019-07-10",
    ),
    # "May" the name, not the modal; a future inside a clause closed before the step's words
    "may_the_name.txt": (
        "Britain responds\n\nTheresa May expels 23 Russian diplomats over the Salisbury nerve "
        "agent attack.\n",
        "2018-03-14",
    ),
    "future_clause_closed.txt": (
        "A flag in Brussels\n\nThe premier of what will be called North Macedonia, Zoran Zaev, "
        "hailed the accession protocol with Macedonia signed at NATO headquarters.\n",
        "2019-02-06",
    ),
    # Sanctions and expulsions in their days, told by the type's words with no name and the
    # cause a sentence away (#during, as every NATO summit): the events of those days, and
    # nothing months later.
    "sanctions_days.txt": (
        "Crimea votes, the West responds\n\nThe European Union and the United States imposed "
        "sanctions on Russia on Monday.\n",
        "2014-03-17",
    ),
    "sanctions_later.txt": (
        "Crimea votes, the West responds\n\nThe European Union and the United States imposed "
        "sanctions on Russia.\n",
        "2014-09-12",
    ),
    "expulsions_days.txt": (
        "Moscow retaliates\n\nRussia expelled 23 British diplomats and closed the British "
        "Council, the foreign ministry said.\n",
        "2018-03-17",
    ),
    "expulsions_later.txt": (
        "Moscow retaliates\n\nRussia expelled two Estonian diplomats, the foreign ministry said.\n",
        "2018-09-20",
    ),
    # a refusal or negation right before the act's word: no apology, still the downing (an
    # undated page, where any event a pattern finds would otherwise be taken)
    "apology_refused.txt": (
        "No apology\n\nErdogan has yet to apologise for the downing of the Russian jet, and "
        "Ankara does not want to apologise to Putin, a Kremlin aide said.\n"
    ),
    "apology_made.txt": (
        "Letter to the Kremlin\n\nErdogan apologised to Putin in a letter, the Kremlin said on "
        "Monday.\n",
        "2016-06-28",
    ),
}

EXPECTED = {
    "accession_will.txt": set(),
    "accession_may.txt": set(),
    "sanctions_could.txt": set(),
    "sanctions_threatened.txt": set(),
    "site_will_open.txt": set(),
    "removal_announced.txt": {"event:turkey-f35-removal-2019"},
    "measures_effects.txt": {"event:russia-sanctions-turkey-2015"},
    "summit_ahead.txt": {"event:nato-leaders-meeting-london-2019"},
    "end_dated.txt": {"event:inf-treaty-end-2019"},
    "may_the_name.txt": {"event:skripal-expulsions-2018", "event:skripal-poisoning-2018"},
    "future_clause_closed.txt": {"event:north-macedonia-accession-protocol-2019"},
    "sanctions_days.txt": {"event:sanctions-russia-first-wave-2014"},
    "sanctions_later.txt": set(),
    "expulsions_days.txt": {"event:skripal-expulsions-2018"},
    "expulsions_later.txt": set(),
    "apology_refused.txt": {"event:su24-downing-2015"},
    "apology_made.txt": {"event:erdogan-letter-putin-2016"},
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_linked_events(dataset, file):
    assert linked_event_ids(dataset, file) == EXPECTED[file]
