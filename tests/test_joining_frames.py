"""The words of joining an alliance in a step towards it or a prospect of it
(lib.engine.joining_frames), a kind of mistake met in five English held-out sets (issues 15 and
18): one short text per case, written for these tests in the style of wire copy (not copied
from any page), with the exact events a careful reader links."""

from __future__ import annotations

import pytest

from tests.event_checks import linked_event_ids

TEXTS = {
    # The words of joining the alliance in a step towards it or a prospect of it: no accession.
    "protocol_on_accession.txt": (
        "Balkan enlargement\n\nForeign ministers signed the protocol on the accession of "
        "Montenegro to NATO in Brussels on Thursday.\n"
    ),
    "accession_protocol.txt": (
        "Skopje waits\n\nMacedonia is expected to sign the NATO accession protocol next week, "
        "diplomats said.\n",
        "2019-01-30",
    ),
    "membership_invite.txt": (
        "Kremlin angry\n\nMoscow criticised NATO's membership invite to Montenegro and "
        "opposes Montenegro joining NATO, a Kremlin spokesman said.\n"
    ),
    "would_join.txt": (
        "Kremlin angry\n\nA NATO accession of Montenegro would not change the strategic "
        "balance, a Russian lawmaker said.\n"
    ),
    "after_all_ratify.txt": (
        "Balkan enlargement\n\nMontenegro will become NATO's 29th member after all member "
        "countries approve the protocol.\n"
    ),
    "expected_accession.txt": (
        "Kremlin angry\n\nThe expected accession of Montenegro to NATO will damage relations "
        "with Russia, a diplomat warned.\n"
    ),
    # The accession told as done is the event; the protocol's own words are the protocol.
    "joined.txt": (
        "Balkan enlargement\n\nMontenegro formally joined NATO on Monday, becoming the "
        "alliance's 29th member.\n",
        "2017-06-06",
    ),
    "thirtieth.txt": (
        "Skopje celebrates\n\nNorth Macedonia became NATO's 30th member on Friday, officials "
        "said.\n",
        "2020-03-28",
    ),
    "protocol_signed.txt": (
        "Skopje celebrates\n\nAllies signed the protocol for North Macedonia's accession to "
        "NATO at the alliance's headquarters on Wednesday.\n",
        "2019-02-06",
    ),
    # reported ahead with a verb of saying, the day's accession is told, not supposed
    "said_would_join.txt": (
        "Balkan enlargement\n\nStoltenberg said Montenegro would formally join NATO on Monday.\n",
        "2017-06-03",
    ),
    # told ahead with its day, the ceremony only its time: the accession
    "will_join_after_ceremony.txt": (
        "Skopje celebrates\n\nNorth Macedonia will become NATO's 30th member after the "
        "ceremony in Washington on Friday, officials said.\n",
        "2020-03-25",
    ),
}

EXPECTED = {
    "protocol_on_accession.txt": set(),
    "accession_protocol.txt": {"event:north-macedonia-accession-protocol-2019"},
    "membership_invite.txt": set(),
    "would_join.txt": set(),
    "after_all_ratify.txt": set(),
    "expected_accession.txt": set(),
    "joined.txt": {"event:montenegro-nato-accession-2017"},
    "thirtieth.txt": {"event:north-macedonia-joins-nato-2020"},
    "protocol_signed.txt": {"event:north-macedonia-accession-protocol-2019"},
    "said_would_join.txt": {"event:montenegro-nato-accession-2017"},
    "will_join_after_ceremony.txt": {"event:north-macedonia-joins-nato-2020"},
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_linked_events(dataset, file):
    assert linked_event_ids(dataset, file) == EXPECTED[file]
