"""An award's title in quotation marks is no organisation: Russian names its medals and orders
by what they reward, opening with "За" ("медаль «За взаимоподдержку»", "орденом «За
заслуги»"); the model reads the quoted capitalised words as a body's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The opening quotation mark and the award's "За" (for) before a noun of what it rewards.
_AWARD = re.compile(r"[«\"“„]\s*За\s+[а-яё]")


def award_titles(mentions: Sequence, text: str, known: set[str] | dict) -> list:
    """The mentions less the organisations no file holds (`known`: the gazetteer's ids) that
    are a quoted award's title; a party or movement the files hold keeps its "За" («За
    жизнь»)."""
    return [
        m
        for m in mentions
        if m.type != "org"
        or m.entity_id in known
        or not _AWARD.match(text, max(0, m.start - 1), m.end)
    ]
