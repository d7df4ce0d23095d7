"""Kinds of mistake the sixth held-out round of real NATO–Russia pages showed in its entities
(issue 15, eval/excerpts/heldout6.jsonl): one short article per kind, written for these tests
in the style of news pages (not copied from any page), with the exact entities a careful
reader finds in it."""

from __future__ import annotations

import pytest

from tests.conftest import found

# A caption is kept, its credit cut: one that points into its picture ("(L)", "(seen right
# during …)") with no credit and no final stop, one closed by a desk in capitals ("PHOTO:
# REUTERS") or by a picture agency ("Press Association Images"), one closed by its source in
# brackets ("(Source: Canadian Army)").
CAPTIONS = """Allies rush armour to the east

Swedish Prime Minister Magnus Lindqvist (L) and Latvian President Karlis Ozols attend a NATO-Latvia Defence Council meeting at Riga Castle, March 2, 2017. PHOTO: REUTERS

The first tanks reached Latvia on Monday, the army said. The ministers said the deployment would last a year.

Latvian Defence Minister Artis Kalnins and Finnish General Aarne Virtanen (seen right during the handover at the Hamina barracks in March 2016)

Canadian Leopard tanks are lined up at the railhead in Adazi, Latvia on their way to the range, March 3, 2017 (Source: Canadian Army)

Chancellor Olaf Scholz and other NATO Leaders meeting in Vilnius, Lithuania today. Press Association Images
"""

# The sentence that introduces an embedded post or quotation ends in a colon, not a stop: it
# is prose, not a label.
LEAD_IN = """Norway joins the new air patrol

On Monday, Norway formally joined the air policing mission over the Baltic states, the alliance said.

Foreign Minister Tone Haugland of Norway welcomed the decision:

"This is a good day for our region," he wrote.

Polish Defence Minister Mariusz Nowak also praised the Nordic country:

The first Norwegian jets will land in Lithuania next week.
"""

EXPECTED = {
    "captions.txt": {
        "person": {
            "Magnus Lindqvist",
            "Karlis Ozols",
            "Artis Kalnins",
            "Aarne Virtanen",
            "Olaf Scholz",
        },
        "country": {"SWE", "LVA", "FIN", "CAN", "LTU"},
        "org": {"NATO"},
        "location": {"Riga Castle", "Hamina", "Adazi", "Vilnius"},
    },
    "lead_in.txt": {
        "person": {"Tone Haugland", "Mariusz Nowak"},
        "country": {"NOR", "POL", "LTU"},
        "org": set(),
        "location": {"Baltic states"},
    },
}


@pytest.fixture(scope="module")
def kinds(extract):
    return extract({"captions.txt": CAPTIONS, "lead_in.txt": LEAD_IN})


@pytest.mark.parametrize("file", list(EXPECTED))
@pytest.mark.parametrize("entity_type", ["person", "country", "org", "location"])
def test_exact_entities_of_each_kind(kinds, file, entity_type):
    assert found(kinds, file, entity_type) == EXPECTED[file][entity_type]
