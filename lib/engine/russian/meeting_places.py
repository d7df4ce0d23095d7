"""A summit or a meeting recalled by where and when it was held, without its name ("На саммите
9 декабря 2019 года в Париже", "на встрече в Хельсинки 16 июля 2018 года"): the one summit or
meeting of the knowledge base held in that city on that day (kb.csv's place and days). News
names a past meeting by its city and date once its name was given earlier or is known to the
reader; the city alone is not enough (Helsinki held the 2018 summit and the 2020 arms talks),
nor a year alone (Brussels holds several meetings a year).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.russian.dates import DateMention
from lib.engine.russian.event_patterns import KBEvent
from lib.engine.russian.link import Mention, Sentence

# The nouns of a meeting, by the kinds of knowledge-base event each may name: a summit is a
# summit; a meeting or talks are either; a sitting ("заседание") is a council's meeting.
MEETING_NOUNS = {
    "саммит": {"summit"},
    "встреча": {"summit", "meeting"},
    "переговоры": {"summit", "meeting"},
    "заседание": {"meeting"},
}
# Leaders who met at a summit ("встречались … в рамках саммита Группы 20 в Гамбурге в июле 2017
# года"): the summit's noun then also names the meeting held at it, of the people the sentence
# names if it names any ("Меркель и Макрон встречались в рамках саммита в Гамбурге" is none of
# the knowledge base's).
MEETING_VERBS = {"встретиться", "встречаться"}
REACH = 8  # tokens after the noun where its city ("в Париже") and date stand
PRECISE = {"day", "month"}  # a year is too long to tell one meeting of a city from another


def held_there(
    sentence: Sentence,
    events: Sequence[KBEvent],
    mentions: Sequence[Mention],
    dates: Sequence[DateMention],
) -> list[tuple[int, int, KBEvent, str]]:
    """(first token, last token, event, "pattern") for a meeting noun with a city after "в" and
    a day or month with its year among its next REACH tokens, where exactly one summit or
    meeting of the knowledge base fits the noun (a summit's also a meeting held at it, when the
    sentence tells someone met: MEETING_VERBS), the city and the date."""
    tokens = sentence.tokens
    places = [m for m in mentions if m.type == "location"]
    people = {m.entity_id for m in mentions if m.type == "person"}
    met = any(t.lemma in MEETING_VERBS for t in tokens)
    found = []
    for i, token in enumerate(tokens):
        kinds = MEETING_NOUNS.get(token.lemma)
        if kinds is None:
            continue
        at_summit = met and "meeting" not in kinds
        if at_summit:
            kinds = kinds | {"meeting"}
        window = tokens[i + 1 : i + 1 + REACH]
        if not window:
            continue
        end = window[-1].end
        city = next(
            (
                (k, m)
                for k, t in enumerate(window)
                for m in places
                if m.start == t.start and k > 0 and window[k - 1].lemma == "в"
            ),
            None,
        )
        if city is None:
            continue
        told = [
            d
            for d in dates
            if token.end <= d.start < end and d.date_start is not None and d.precision in PRECISE
        ]
        fits = {
            e
            for e in events
            if e.type in kinds
            and _held_in(e, city[1])
            and not (at_summit and e.type == "meeting" and people - set(e.participants))
            and any(d.date_start <= e.end and e.start <= (d.date_end or d.date_start) for d in told)
        }
        if len(fits) == 1:
            found.append((i, i + 2 + city[0], fits.pop(), "pattern"))
    return found


def _held_in(event: KBEvent, city: Mention) -> bool:
    """Whether the city is one of the places kb.csv gives the event ("Paris, France"; "London
    and Watford, United Kingdom")."""
    names = {
        _plain(name)
        for part in event.place.split(";")
        for name in part.split(",")[0].split(" and ")
    }
    return _plain(city.name) in names


def _plain(name: str) -> str:
    """A place's name for comparing: lower case, no stops or hyphens ("St. Petersburg")."""
    return " ".join(re.sub(r"[.\-]", " ", name.lower()).split())
