"""People listed together with one whose state is known share it: the news enumerates a
group of one nation in one run of commas and "и" ("арестованы … Олег Мельничук и … Богдан
Небылица, сотрудник СБУ Андрей Драч, а также Владимир Лисовой, Денис Гриценко"), naming the
state once, at one of them. A name whose own post names anything else — a place, another
state's body ("посла России в Киеве Михаила Зурабова") — starts a new group.
"""

from __future__ import annotations

import re

from lib.engine.russian.link import Mention

# The words between two listed names: a separator first (a comma, "и", "а также"), then at
# most a short post in lower case, a quoted name of a ship or a unit, an acronym of a body.
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:а\s+также\s+|и\s+)?|и\s+|а\s+также\s+)[^.;:!?()]{0,60}$")


def listed_beside(
    mentions: list[Mention], text: str, known: set[str], unlinked: set[str], code: str
) -> set[str]:
    """The ids of the `unlinked` people `known` (of the state `code`) reaches through lists:
    two named in full are in one list when only a separator and a post lie between them, and
    every mention in that post is a country or body of `code`. `known` itself is returned too."""
    people = sorted((m for m in mentions if m.type == "person"), key=lambda m: m.start)
    joined: list[tuple[str, str]] = []
    for before, a, b in zip([None, *people], people, people[1:], strict=False):
        if a.sentence_id != b.sentence_id or {a.entity_id, b.entity_id} - unlinked:
            continue
        if " " not in a.normal or " " not in b.normal:
            continue  # surnames alone ("Грызлов и Кучма" in a headline): opponents as often
        if _post_of_another_state(a, before, mentions, code):
            continue
        if _LIST_GAP.match(text[a.end : b.start]) and all(
            o.type in ("country", "org") and o.code == code
            for o in mentions
            if o.start >= a.end and o.end <= b.start
        ):
            joined.append((a.entity_id, b.entity_id))
    reached = set(known)
    grew = True
    while grew:
        grew = False
        for a_id, b_id in joined:
            if (a_id in reached) != (b_id in reached):
                reached |= {a_id, b_id}
                grew = True
    return reached


def _post_of_another_state(
    m: Mention, before: Mention | None, mentions: list[Mention], code: str
) -> bool:
    """The person's own post, in the words right before the name, names another state
    ("официальный представитель России Борис Грызлов, его украинский коллега …")."""
    start = max(m.start - 60, before.end if before and before.sentence_id == m.sentence_id else 0)
    return any(
        o.code not in (None, code) and o.type != "person" and start <= o.start and o.end <= m.start
        for o in mentions
    )
