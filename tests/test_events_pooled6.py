"""Knowledge-base events told in other words, pooled over the English held-out sets, round six
(issues 15 and 18; data/events/kb.csv, lib/engine/treaty_dates.py): Russia's exercises by their
code names translated, "the West 2017 drills", "the exercise 'West-2017'" (heldout11, heldout16,
heldout18), and not another exercise of the Middle East; the Crimean referendum told as "the
Crimea vote", by the Crimeans who voted or "the Crimeans' referendum" (heldout18, the wording of
heldout9-17), not a vote of a parliament beside Crimea's name nor Crimea in Russia's
presidential election; the accession treaty signed as "a bill to absorb the peninsula" in its
year (heldout18), not a bill of Kyiv's; Russia's sanctions on Turkey told as restrictions "on
Ankara" and halted package tours (heldout18), not restrictions from Washington; NATO's
suspension of cooperation told as the alliance that "cut off ties with Moscow" in its year or
the next (heldout18), not ties cut in 2021; the S-400 deliveries as "the first batch of the
missiles" with Turkey, in their year or the next (heldout11), not Patriot missiles nor India's;
a summit by its place alone, NATO's countries that "gathered in Wales in 2014", the goals
"discussed in Warsaw" in the summit's days (heldout11, heldout13), not allies met in Warsaw two
years before nor Warsaw's budget; a treaty's year of signing, "the 1987 Intermediate- Range
Nuclear Forces (INF) treaty" in lower case or "the INF treaty, signed in 1987" (heldout15,
heldout17, heldout18), names the treaty and dates no withdrawal from it, while a year of the
event itself still does; an announcement told by the step it announced, in the future, days
after it ("Bolton insisted Washington will withdraw": heldout15, heldout18; #announced), not the
same words weeks before it was made nor months on, when they tell the next step. Texts written
for these tests in the style of wire copy, not copied from any page."""

from __future__ import annotations

import pytest

from lib.engine.eventkb import load_classes, split_pattern
from lib.engine.treaty_dates import names_treaty
from tests.event_checks import linked_event_ids

ZAPAD = "event:zapad-2017"
VOSTOK = "event:vostok-2018"
REFERENDUM = "event:crimea-referendum-2014"
TREATY = "event:crimea-accession-treaty-2014"
ANNEXATION = "event:crimea-annexation-2014"
INF_ANNOUNCED = "event:trump-inf-withdrawal-announcement-2018"
SKIES_ANNOUNCED = "event:open-skies-withdrawal-announced-2020"

TEXTS = {
    # the exercises by their code names translated
    "west_quoted.txt": (
        "Observers\n\nNATO will send two officers to watch the Belarusian-Russian exercise "
        '"West-2017" next month.\n',
        "2017-08-20",
    ),
    "west_drills.txt": (
        "Intelligence report\n\nVilnius expects provocations on its border during the West 2017 "
        "drills of Russia and Belarus.\n",
        "2017-04-03",
    ),
    "east_manoeuvres.txt": (
        "Manoeuvres\n\nSome 3,200 Chinese soldiers took part in the East-2018 manoeuvres "
        "alongside Russian units.\n",
        "2018-09-13",
    ),
    # an exercise of another region of the same year
    "middle_east.txt": (
        "Air defence\n\nEgypt hosted the Middle East 2018 air defence exercise with Gulf states.\n",
        "2018-09-13",
    ),
    # the referendum by its vote and its voters
    "crimea_vote.txt": (
        "Kremlin\n\nPutin told parliament that the figures from the Crimea vote were more than "
        "convincing.\n",
        "2014-03-18",
    ),
    "crimeans_voted.txt": (
        "Sanctions\n\nWestern capitals prepared sanctions after Crimeans voted to break away "
        "from Ukraine.\n",
        "2014-03-17",
    ),
    "crimeans_referendum.txt": (
        "Kremlin\n\nMoscow cited the Crimeans' referendum on self-determination.\n",
        "2014-04-10",
    ),
    # a vote of Crimea's parliament, and Crimea in Russia's presidential election
    "crimea_parliament.txt": (
        "Simferopol\n\nCrimea's parliament voted on Thursday to ask Moscow to take the region "
        "in.\n",
        "2014-03-06",
    ),
    "rada_vote.txt": (
        "Martial law\n\nA day after the clash off Crimea, the president's motion was supported by "
        "a vote in Ukraine's parliament.\n",
        "2018-11-26",
    ),
    "crimea_election.txt": (
        "Turnout\n\nCrimeans voted in large numbers in the Russian presidential election, "
        "officials said.\n",
        "2018-03-19",
    ),
    # the accession treaty signed as a bill, and a bill of Kyiv's years later
    "accession_bill.txt": (
        "Kremlin\n\nPutin and the leaders of Crimea signed a bill to absorb the peninsula into "
        "Russia.\n",
        "2014-03-18",
    ),
    "kyiv_bill.txt": (
        "Kyiv\n\nUkraine's president signed a bill on the rights of people from Crimea after "
        "its annexation by Russia.\n",
        "2016-05-20",
    ),
    # Russia's sanctions on Turkey by its capital and its holiday tours
    "sanctions_ankara.txt": (
        "Trade\n\nRussia imposed trade restrictions on Ankara and halted package tours to "
        "Turkey.\n",
        "2016-06-27",
    ),
    # restrictions on Ankara from Washington, years later
    "restrictions_washington.txt": (
        "Arms\n\nWashington imposed restrictions on Ankara's defence procurement agency.\n",
        "2020-12-15",
    ),
    # NATO's suspension of cooperation as ties cut, and ties cut years later
    "ties_cut.txt": (
        "Council\n\nThe envoys met for the first time since the alliance cut off ties with "
        "Moscow in April 2014.\n",
        "2016-04-20",
    ),
    "ties_cut_2021.txt": (
        "Mission\n\nNATO cut ties with Moscow's mission in October 2021.\n",
        "2021-10-20",
    ),
    # the S-400 deliveries by a generic noun of the weapon, its name a sentence before
    "first_batch.txt": (
        "Deal\n\nErdogan bought the S-400 from Putin in 2017. Ankara accepted the first batch "
        "of the missiles in the summer of 2019.\n",
        "2020-12-14",
    ),
    # another weapon for Turkey, and the same words for another buyer
    "first_batch_patriot.txt": (
        "Allies\n\nTurkey received the first batch of Patriot missiles from its allies.\n",
        "2019-08-20",
    ),
    "first_batch_india.txt": (
        "Deal\n\nIndia received the first batch of the missile systems from Russia.\n",
        "2021-12-20",
    ),
    # a summit by its place alone: the allies gathered there, what was decided there in its days
    "wales_gathered.txt": (
        "Readiness\n\nRepresentatives of all NATO countries gathered in Wales in 2014 and "
        "created the Readiness Action Plan.\n",
        "2016-03-01",
    ),
    "warsaw_discussed.txt": (
        "Commentary\n\nMoscow says the goals discussed in Warsaw only distract attention from "
        "reality.\n",
        "2016-07-10",
    ),
    # allies met in Warsaw two years before the summit; Warsaw's own decisions a year after
    "warsaw_2014.txt": (
        "Visit\n\nObama met allied leaders in Warsaw to reassure NATO's eastern members.\n",
        "2014-06-04",
    ),
    "warsaw_budget.txt": (
        "Budget\n\nThe ministers discussed the budget in Warsaw.\n",
        "2017-03-01",
    ),
    # a treaty's year of signing dates no withdrawal from it
    "inf_year_lower.txt": (
        "Moscow talks\n\nDuring talks in Moscow, Bolton insisted Washington would withdraw from "
        "the 1987 Intermediate-Range Nuclear Forces (INF) treaty, as Trump announced.\n",
        "2018-10-23",
    ),
    # an announcement told by the step it announced, in the future, days after it
    "inf_will_withdraw.txt": (
        "Moscow talks\n\nBolton told Russian officials that Trump will withdraw from the INF "
        "treaty whatever they offer.\n",
        "2018-10-24",
    ),
    "skies_will_leave.txt": (
        "Arms control\n\nPompeo said the United States will leave the Open Skies Treaty in six "
        "months.\n",
        "2020-05-26",
    ),
    # the same words months on: the next step, the suspension
    "inf_months_on.txt": (
        "Arms control\n\nTrump said the United States will withdraw from the INF treaty in six "
        "months.\n",
        "2019-02-02",
    ),
    # the same words weeks before the announcement: a prospect
    "inf_before.txt": (
        "Arms control\n\nAdvisers say Trump will withdraw from the INF treaty this autumn.\n",
        "2018-09-03",
    ),
}

EXPECTED = {
    "west_quoted.txt": {ZAPAD},
    "west_drills.txt": {ZAPAD},
    "east_manoeuvres.txt": {VOSTOK},
    "middle_east.txt": set(),
    "crimea_vote.txt": {REFERENDUM},
    "crimeans_voted.txt": {REFERENDUM},
    "crimeans_referendum.txt": {REFERENDUM},
    "crimea_parliament.txt": set(),
    "crimea_election.txt": set(),
    "rada_vote.txt": set(),
    "accession_bill.txt": {TREATY, ANNEXATION},
    "kyiv_bill.txt": {ANNEXATION},
    "inf_year_lower.txt": {INF_ANNOUNCED},
    "wales_gathered.txt": {"event:nato-summit-wales-2014"},
    "warsaw_discussed.txt": {"event:nato-summit-warsaw-2016"},
    "warsaw_2014.txt": set(),
    "warsaw_budget.txt": set(),
    "first_batch.txt": {"event:s400-delivery-turkey-2019", "event:s400-agreement-turkey-2017"},
    "first_batch_patriot.txt": set(),
    "first_batch_india.txt": set(),
    "sanctions_ankara.txt": {"event:russia-sanctions-turkey-2015"},
    "restrictions_washington.txt": set(),
    "ties_cut.txt": {"event:nato-suspends-cooperation-2014"},
    "ties_cut_2021.txt": set(),
    "inf_will_withdraw.txt": {INF_ANNOUNCED},
    "skies_will_leave.txt": {SKIES_ANNOUNCED},
    "inf_before.txt": set(),
    "inf_months_on.txt": {"event:inf-suspension-2019"},
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_linked_events(dataset, file):
    assert linked_event_ids(dataset, file) == EXPECTED[file]


@pytest.mark.parametrize(
    ("year", "before", "after", "expected"),
    [
        ("1987", "withdraw from the ", " Intermediate-Range Nuclear Forces (INF) treaty", True),
        ("1987", "leave the ", " Intermediate-Range Nuclear Forces, or INF, treaty", True),
        ("1987", "planned to quit the INF treaty, signed in ", ", amid violations", True),
        ("1987", "the pact Reagan and Gorbachev signed in ", "", True),
        # the year of the event itself, and a date with its day
        ("2016", "NATO leaders met in Warsaw in ", "", False),
        ("2019", "the US left the treaty in ", "", False),
        ("8 December 1987", "the treaty, signed on ", "", False),
    ],
)
def test_names_treaty(year, before, after, expected):
    assert names_treaty(year, before, after) is expected


def test_announced_is_no_date_condition():
    """#announced marks the step told, and links with no date of the text or the page's."""
    _, context = split_pattern("trump + inf + withdraw + #announced", load_classes())
    assert context.announced and not context.during and not context.recent
