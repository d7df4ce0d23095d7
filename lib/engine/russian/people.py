"""The person mentions of one Russian article settled with the whole article read: a surname
alone is the person named in full with it, a given name alone the relative of a person named
beside it, and people named beside a South Slavic country, Romania, Moldova, Germany,
Austria, Latvia, Estonia or Turkey, or whose post names Ukraine, are written back in their own Latin
spelling.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from rapidfuzz import fuzz

from lib.engine.russian.gazetteer import Entity, RussianGazetteer
from lib.engine.russian.link import Mention
from lib.engine.russian.listed_people import listed_beside
from lib.engine.russian.national_latin import (
    LATVIAN_SURNAME,
    TURKISH_GIVEN,
    TURKISH_SURNAME,
    estonian_name,
    finnish_name,
    latvian_name,
    lithuanian_name,
    scandinavian_name,
    turkish_name,
)
from lib.engine.russian.page_nation import page_nation
from lib.engine.russian.person_lookup import dictionary_surname, russian_given_name
from lib.engine.russian.russian_transcription import spelt_as_english_surname
from lib.engine.russian.text import parses
from lib.engine.russian.translit import (
    german_name,
    given_name_table,
    name_key,
    native_surname,
    polish_name,
    romanian_name,
    south_slavic_name,
    ukrainian_name,
)
from lib.engine.russian.ukrainian_offices import holds_ukrainian_office, written_by_another_nation
from lib.ids import slug


def merge_people(
    mentions: list[Mention], gaz: RussianGazetteer, text: str | None = None
) -> list[Mention]:
    """A surname alone ("Столтенберг", "Воронченко") is the person named in full in the same
    article with that surname; where two are ("Сергей и Юлия Скрипаль" aside), the one named
    last before it, as the English side reads a lone surname (lib.engine.article_links.merge_people).
    A lone surname no file knows that misspells one named in full by one slip is that person;
    as the speaker after a quotation ("», — сказал Столсберг"), by a near spelling too."""
    full: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type == "person" and " " in m.normal:
            full.setdefault(name_key(m.normal.split()[-1]), []).append(m)
    out = []
    for m in mentions:
        if m.type == "person" and " " not in m.normal:
            same = full.get(name_key(m.normal), [])
            if not same and m.entity_id not in gaz.entities and not dictionary_surname(m.normal):
                same = _misspelt(name_key(m.normal), full)
            if not same and m.entity_id not in gaz.entities and _speaker(m, text):
                same = _near(name_key(m.normal), full, m.start)
            people = {o.entity_id for o in same}
            before = [o for o in same if o.start < m.start]
            if len(people) > 1 and before and m.entity_id not in people:  # linked already
                same = [max(before, key=lambda o: o.start)]
                people = {same[0].entity_id}
            if len(people) == 1 and m.entity_id not in people:
                target = same[0]
                m = replace(m, entity_id=target.entity_id, name=target.name, code=target.code)
        elif m.type == "person" and m.entity_id not in gaz.entities:
            m = _misspelt_full(m, mentions, gaz)
        out.append(m)
    return out


def _misspelt_full(m: Mention, mentions: list[Mention], gaz: RussianGazetteer) -> Mention:
    """A full name no file knows whose given name is that of a person the article names and
    whose surname misspells theirs by one slip ("Дональда Трама" beside "Трамп") is that
    person: with the given name the same, a short surname is no chance."""
    given, surname = (name_key(w) for w in (m.normal.split()[0], m.normal.split()[-1]))
    same = {
        o.entity_id: o
        for o in mentions
        if o.type == "person"
        and o.entity_id != m.entity_id
        and one_slip(surname, name_key(o.normal.split()[-1]))
        and (
            given in gaz.given_keys.get(o.entity_id, ())
            or (" " in o.normal and name_key(o.normal.split()[0]) == given)
        )
    }
    if len(same) != 1:
        return m
    target = next(iter(same.values()))
    return replace(m, entity_id=target.entity_id, name=target.name, code=target.code)


MIN_SLIP_LENGTH = 6  # a surname this long differs from another by one slip, not by chance


def _misspelt(key: str, full: dict[str, list[Mention]]) -> list[Mention]:
    """The people named in full whose surname a lone one misspells by one slip of the
    keyboard ("Столтенбрег": two letters swapped, one dropped, added or changed), if one."""
    hits = [ms for k, ms in full.items() if len(key) >= MIN_SLIP_LENGTH and one_slip(key, k)]
    return hits[0] if len(hits) == 1 else []


# The speaker's slot after a quotation: its closing mark, a dash and a verb of saying.
_AFTER_QUOTE = re.compile(r"[»\"”]\s*,?\s*[-–—]\s*(?:[а-яё]+\s+){1,2}$")
NEAR_LENGTH = 8  # a surname this long misspelt in the speaker's slot by more than one slip
NEAR_RATIO = 80  # how alike (rapidfuzz's ratio of the Latin keys) it still is


def _speaker(m: Mention, text: str | None) -> bool:
    return (
        text is not None and _AFTER_QUOTE.search(text[max(0, m.start - 40) : m.start]) is not None
    )


def _near(key: str, full: dict[str, list[Mention]], before: int) -> list[Mention]:
    """The one person named in full before whose surname a speaker's lone one is near to
    (same first two letters, NEAR_RATIO): "Столсберг" after "Йенс Столтенберг"."""
    if len(key) < NEAR_LENGTH:
        return []
    hits = [
        [o for o in ms if o.start < before]
        for k, ms in full.items()
        if k[:2] == key[:2] and fuzz.ratio(k, key) >= NEAR_RATIO
    ]
    hits = [h for h in hits if h]
    return hits[0] if len(hits) == 1 else []


def one_slip(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        swapped = a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1]
        return swapped or a[i + 1 :] == b[i + 1 :]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]


def lone_given_name(m: Mention, gaz: RussianGazetteer) -> bool:
    """A person mention that is one given name no file knows ("Юлию")."""
    return (
        m.type == "person"
        and " " not in m.normal
        and m.entity_id not in gaz.entities
        and any("Name" in p.tag.grammemes for p in parses(m.normal.lower()))
    )


def relatives_named(
    given: str, surnames: set[str], gaz: RussianGazetteer, besides: str | None = None
) -> set[str]:
    """The gazetteer people of these surnames (name keys) whose given name sounds like
    `given`, `besides` (the family's head) left out."""
    given = name_key(given)
    return {
        pid
        for key in surnames
        for pid in gaz.surname_keys.get(key, ())
        if pid != besides and any(fuzz.ratio(given, g) >= 60 for g in gaz.given_keys.get(pid, ()))
    }


def family_given_names(
    mentions: list[Mention], gaz: RussianGazetteer, text: str | None = None
) -> list[Mention]:
    """A given name alone ("его дочь Юлию") is the gazetteer person of that given name whose
    family a person named in the same sentence belongs to (same surname): Yulia Skripal,
    beside "Скрипаля". A given name joined by "и" to a full name ("Сергей и Юлия
    Скрипаль") shares that name's surname, whoever else the sentence names."""
    linked = [m for m in mentions if m.type == "person" and m.entity_id in gaz.entities]
    out = []
    for m in mentions:
        if lone_given_name(m, gaz):
            partner = _coordinated_full_name(m, linked, text)
            family = {
                name_key(gaz.entities[o.entity_id].name.split()[-1])
                for o in ([partner] if partner else linked)
                if o.sentence_id == m.sentence_id
            }
            relatives = relatives_named(m.normal, family, gaz)
            if len(relatives) == 1:
                target = gaz.entities[next(iter(relatives))]
                m = replace(m, entity_id=target.entity_id, name=target.name, code=target.code)
        out.append(m)
    return out


_AND = re.compile(r"^\s*(?:и|или|,)\s*$")


def _coordinated_full_name(m: Mention, linked: list[Mention], text: str | None) -> Mention | None:
    """The full name a given name is joined to by "и" ("Сергей и Юлия Скрипаль")."""
    if text is None:
        return None
    after = [o for o in linked if o.start >= m.end and " " in o.normal]
    if not after:
        return None
    nearest = min(after, key=lambda o: o.start)
    return nearest if _AND.match(text[m.end : nearest.start]) else None


# Countries whose people's names Russian writes by sound from a Latin (or Serbian Cyrillic)
# spelling the English press keeps: a person named beside one of them is written back.
SOUTH_SLAVIC = {"MNE", "SRB", "HRV", "BIH", "SVN", "MKD", "XKX"}


def _unlinked_beside(
    mentions: list[Mention], codes: set[str], gaz: RussianGazetteer
) -> list[Mention]:
    """The people named in full whom the gazetteer did not link, in the sentences that name
    one of these countries (ISO alpha-3), or whose nearest state before them (a country, or
    a body's state), in their sentence or the one before, is one: a post with its state left
    out is the state just named ("…на юге Румынии. … премьер-министр Дачиан Чолош"), and
    "лидеру большинства в сенате" the senate's. A surname with an ending only another
    language has is that language's."""
    sentences = {
        m.sentence_id
        for m in mentions
        if m.type == "country" and m.entity_id.split(":", 1)[1] in codes
    }
    states = [m for m in mentions if m.type in ("country", "org") and m.code]
    others = [own for code, own in OWN_SURNAMES.items() if code not in codes]
    page = page_nation(mentions)
    compatriots = _beside_compatriots(mentions, codes, gaz)
    return [
        m
        for m in mentions
        if m.type == "person"
        and (
            m.sentence_id in sentences
            or m.sentence_id in compatriots
            or (last := _last_state(m, states)) in codes
            or (last is None and page in codes)
        )
        and m.entity_id not in gaz.entities
        and " " in m.normal
        and len(m.normal.split()[0].strip(".")) > 1  # "К. Хубер": no given name to write back
        and not any(own.search(m.normal.split()[-1]) for own in others)
    ]


def _beside_compatriots(
    mentions: list[Mention], codes: set[str], gaz: RussianGazetteer
) -> set[int]:
    """The sentences whose known foreign people are all of these states: a delegation or a
    cabinet listed beside its known members ("вместе с Эрдоганом прибыли … министр иностранных
    дел Мевлют Чавушоглу, министр экономики Нихат Зейбекчи") is theirs, with no state named."""
    foreign: dict[int, set[str]] = defaultdict(set)
    for m in mentions:
        entity = gaz.entities.get(m.entity_id) if m.type == "person" else None
        if entity is not None and entity.code and entity.code != "RUS":
            foreign[m.sentence_id].add(entity.code)
    return {sentence for sentence, states in foreign.items() if states <= codes}


def _last_state(m: Mention, states: list[Mention]) -> str | None:
    """The state of the last country or body named before `m`, in its sentence or the one
    before."""
    before = [s for s in states if s.start < m.start and m.sentence_id - 1 <= s.sentence_id]
    return max(before, key=lambda s: s.start).code if before else None


def _renamed(mentions: list[Mention], renamed: dict[str, Entity]) -> list[Mention]:
    """Every mention of a renamed entity as the entity it became."""
    return [
        replace(m, entity_id=renamed[m.entity_id].entity_id, name=renamed[m.entity_id].name)
        if m.entity_id in renamed
        else m
        for m in mentions
    ]


def south_slavic_people(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """People the gazetteer does not know, named in a sentence that names a South Slavic
    country (or its people), written back in their own Latin: "прокурор Черногории Миливое
    Катнич" is Milivoje Katnić (person:milivoje-katnic), as the English press has him; every
    mention of that person follows. Only a surname in "-ич" or a given name out of the Russian
    dictionary: "российский эксперт … Мария Третьякова" stays Russian."""
    renamed: dict[str, Entity] = {}
    for m in _unlinked_beside(mentions, SOUTH_SLAVIC, gaz):
        if m.entity_id not in renamed and (
            m.normal.endswith("ич") or not russian_given_name(m.normal.split()[0])
        ):
            latin = south_slavic_name(m.normal)
            renamed[m.entity_id] = Entity(f"person:{slug(latin)}", "person", latin)
    return _renamed(mentions, renamed)


# Countries whose people Russian writes by sound from their Romanian spelling.
ROMANIAN = {"ROU", "MDA"}


def romanian_people(
    mentions: list[Mention], gaz: RussianGazetteer, text: str | None = None
) -> list[Mention]:
    """A person the gazetteer did not link, named in a sentence that names Romania or Moldova,
    is written back in Romanian ("премьер-министр Румынии Дачиан Чолош": Dacian Ciolos), the
    gazetteer's person of that name if it holds one; a Russian given name ("посол Валерий
    Кузьмин") stays as found, unless the post names the state ("премьер Молдавии Ион …")."""
    renamed: dict[str, Entity] = {}
    for m in _unlinked_beside(mentions, ROMANIAN, gaz):
        if m.entity_id in renamed:
            continue  # the first, fullest name ("К. Хубер" after the full name)
        latin = romanian_name(m.normal)
        known = f"person:{slug(latin)}"
        if known in gaz.entities:
            renamed[m.entity_id] = gaz.entities[known]
        elif not russian_given_name(m.normal.split()[0]) or _post_of(m, mentions, text, ROMANIAN):
            renamed[m.entity_id] = Entity(known, "person", latin)
    return _renamed(mentions, renamed)


# Surname endings only Lithuanian has (a woman's -aitė, -ienė, -ytė, -iūtė; -aitis, -auskas,
# -ičius): such a name is Lithuanian with no country named beside it.
LITHUANIAN_SURNAME = re.compile(r"(?:айте|ене|ите|юте|айтис|аускас|ичюс)$")
# A man's given name in the nominative "-ius"/"-us" ("Андрюс", "Дарюс", "Паулюс"), an ending no
# Russian given name has, though the dictionary holds some such names as it holds "Андрюс".
LITHUANIAN_GIVEN = re.compile(r"(?:юс|ус)$")


def lithuanian_people(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """A person the gazetteer did not link, named in a sentence that names Lithuania (or its
    people), is written back in Lithuanian ("литовский эксперт Дарюс Антанайтис": Darius
    Antanaitis), and so is one with a surname only Lithuanian has ("Аста Галдикайте"), the
    gazetteer's person of that name if it holds one; a Russian given name
    stays as found unless the surname is one only Lithuanian has or the given name ends as
    only a Lithuanian man's does ("капитана Андрюса Дилды": Andrius Dilda)."""
    renamed: dict[str, Entity] = {}
    beside = _unlinked_beside(mentions, {"LTU"}, gaz)
    own = [
        m
        for m in mentions
        if m.type == "person"
        and m.entity_id not in gaz.entities
        and " " in m.normal
        and LITHUANIAN_SURNAME.search(m.normal)
    ]
    for m in beside + own:
        if m.entity_id in renamed:
            continue  # the first, fullest name ("К. Хубер" after the full name)
        latin = lithuanian_name(m.normal)
        known = f"person:{slug(latin)}"
        if known in gaz.entities:
            renamed[m.entity_id] = gaz.entities[known]
        elif (
            LITHUANIAN_SURNAME.search(m.normal)
            or LITHUANIAN_GIVEN.search(m.normal.split()[0])
            or not russian_given_name(m.normal.split()[0])
        ):
            renamed[m.entity_id] = Entity(known, "person", latin)
    return _renamed(mentions, renamed)


# "Норберт Рёттген (Norbert Röttgen)": a name in Latin letters (with the diacritics of the
# languages that use them) in brackets right after a person's name, as many words as it.
_LATIN = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+"
LATIN_AFTER = re.compile(rf"^\s*\(\s*({_LATIN}(?:\s+{_LATIN}){{1,3}})\s*\)")


def latin_spelled_people(
    mentions: list[Mention], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """A person the gazetteer did not link whose full name the text follows with its own Latin
    spelling in brackets is that spelling (person:norbert-rottgen, not a transliteration of
    "Рёттген"); every mention of that person follows, the surname alone too."""
    renamed: dict[str, Entity] = {}
    for m in mentions:
        if m.type != "person" or m.entity_id in gaz.entities or " " not in m.normal:
            continue
        latin = LATIN_AFTER.match(text[m.end : m.end + 80])
        if latin and len(latin[1].split()) == len(m.normal.split()):
            known = f"person:{slug(latin[1])}"
            renamed[m.entity_id] = gaz.entities.get(known) or Entity(known, "person", latin[1])
    return _renamed(mentions, renamed)


# A person's post tied to Ukraine right before the name, or right after it behind a comma
# ("Командующий ВМС Украины Игорь Воронченко", "украинский генерал …", "Игорь Воронченко,
# командующий ВМС Украины"): lower-case words between, no preposition before the state ("посол
# России на Украине Михаил …" is Russia's man).
_POST_BEFORE = re.compile(r"^[\sа-яё-]{0,40}$")
# An acting holder's "и.о." or "врио" before the post ("Андрей Дещица, и.о. главы МИД").
_POST_AFTER = re.compile(r"^\s*,\s*(?:и\.\s?о\.\s*|врио\s+)?([а-яё-]+)[\sа-яё-]{0,60}$")
# Posts a name is followed by ("Игорь Воронченко, командующий ВМС Украины, …").
POSTS = {"командующий", "главнокомандующий", "министр", "глава", "представитель", "посол",
         "президент", "премьер", "премьер-министр", "генерал", "депутат", "нардеп", "спикер",
         "советник", "заместитель", "секретарь", "пресс-секретарь", "председатель", "директор",
         "руководитель", "начальник", "командир", "мэр", "губернатор", "бывший",
         "экс-министр", "политолог", "эксперт"}  # fmt: skip
_PLACE_PREPOSITION = re.compile(r"(?:^|\s)(?:в|во|на|из|с|к|по)\s*$")


# A post named by its head, right before the name: "замглавы офиса Владимира Зеленского Кирилл
# Тимошенко", "советник Зеленского …" is that head's state's man.
_HEADS_POST = re.compile(
    r"(?:советник|помощник|пресс-секретарь|заместитель|замглавы|глава|руководитель|офиса|"
    r"администрации|аппарата|канцелярии)\s+$"
)


def _tied_to(m: Mention, mentions: list[Mention], text: str, code: str) -> bool:
    """The person's post names the state of `code`: a mention of it (its name, its demonym,
    one of its bodies, the head of state whose post it is) in the words of the post around
    the name."""
    for o in mentions:
        if o.sentence_id != m.sentence_id or o.code != code:
            continue
        if o.type == "person":
            if (
                o.entity_id != m.entity_id
                and o.end <= m.start
                and not text[o.end : m.start].strip()
                and _HEADS_POST.search(text[max(0, o.start - 30) : o.start])
            ):
                return True
            continue
        if o.type not in ("country", "org"):
            continue
        if _PLACE_PREPOSITION.search(text[max(0, o.start - 4) : o.start]):
            continue
        if o.end <= m.start and _POST_BEFORE.match(text[o.end : m.start]):
            return True
        post = _POST_AFTER.match(text[m.end : o.start]) if o.start >= m.end else None
        if post and any(p.normal_form in POSTS for p in parses(post[1].lower())[:1]):
            return True
    return False


def ukrainian_people(mentions: list[Mention], text: str, gaz: RussianGazetteer) -> list[Mention]:
    """A person the gazetteer did not link whose post names Ukraine is written in Ukraine's own
    transliteration ("Командующий Военно-морских сил Украины Игорь Воронченко": Ihor
    Voronchenko, not the Russian spelling's Igor), the gazetteer's person of that name if it
    holds one; every mention of that person follows, and the unlinked people listed with
    them (lib.engine.russian.listed_people)."""
    unlinked = [
        m
        for m in mentions
        if m.type == "person" and m.entity_id not in gaz.entities and " " in m.normal
    ]
    tied = {
        m.entity_id
        for m in unlinked
        if _tied_to(m, mentions, text, "UKR") or holds_ukrainian_office(m, mentions, text)
    }
    # Through unlinked people only: a known person keeps the state the gazetteer gives.
    listed = listed_beside(mentions, text, tied, {m.entity_id for m in unlinked}, "UKR")
    renamed: dict[str, Entity] = {}
    for m in unlinked:
        if m.entity_id not in renamed and m.entity_id in listed:
            if written_by_another_nation(m.normal):
                continue
            latin = ukrainian_name(m.normal)
            known = f"person:{slug(latin)}"
            renamed[m.entity_id] = gaz.entities.get(known) or Entity(known, "person", latin)
    return _renamed(mentions, renamed)


def polish_people(
    mentions: list[Mention], gaz: RussianGazetteer, text: str | None = None
) -> list[Mention]:
    """A person the gazetteer did not link, named in a sentence that names Poland (or its
    people), with a given name out of the Russian dictionary, is written back in Polish
    ("польский активист Тадеуш Ивински": Tadeusz Iwinski), the gazetteer's person of that name
    if it holds one."""
    return _written_back_beside(mentions, {"POL"}, polish_name, gaz, POLISH_SURNAME, text)


# A surname ending only Polish has, as Russian writes it: "-ски", "-цки" (Russian "-ский").
POLISH_SURNAME = re.compile(r"[сцз]ки$")
# The surname endings only one language has, by its state: such a person is never written
# back by another language's rule ("немецкие военные … Лаймонас Бразайтис" stays Lithuanian).
OWN_SURNAMES = {"LTU": LITHUANIAN_SURNAME, "POL": POLISH_SURNAME}


# Countries whose people's names Russian writes by sound from German.
GERMAN = {"DEU", "AUT"}


def german_people(
    mentions: list[Mention], gaz: RussianGazetteer, text: str | None = None
) -> list[Mention]:
    """A person the gazetteer did not link, named in a sentence that names Germany or Austria
    (or their people), with a given name out of the Russian dictionary, is written back in
    German ("пресс-секретарь правительства ФРГ Ульрике Деммер": Ulrike Demmer); "посол
    России в Германии Сергей …" stays Russian."""
    return _written_back_beside(mentions, GERMAN, german_name, gaz, text=text)


def _written_back_beside(
    mentions: list[Mention],
    codes: set[str],
    written_back,
    gaz: RussianGazetteer,
    own: re.Pattern | None = None,
    text: str | None = None,
) -> list[Mention]:
    """The people named beside one of these countries whose given name is out of the Russian
    dictionary (or whose surname has an ending only their language has, `own`, or whose post
    names the country: the dictionary holds many of their given names, "Яцек", "Юрген"),
    written back by `written_back`, the gazetteer's person where it holds one."""
    renamed: dict[str, Entity] = {}
    for m in _unlinked_beside(mentions, codes, gaz):
        theirs = own is not None and own.search(m.normal.split()[-1])
        theirs = theirs or _post_of(m, mentions, text, codes)
        if m.entity_id not in renamed and (theirs or not russian_given_name(m.normal.split()[0])):
            latin = written_back(m.normal)
            known = f"person:{_id_slug(latin)}"
            renamed[m.entity_id] = gaz.entities.get(known) or Entity(known, "person", latin)
    return _renamed(mentions, renamed)


def _id_slug(latin: str) -> str:
    """A written-back name's id: Turkish dotless "ı" is "i" there, as in the English press's
    ids (person:binali-yildirim), where the slug's ASCII folding would drop it."""
    return slug(latin.replace("ı", "i"))


def _post_of(m: Mention, mentions: list[Mention], text: str | None, codes: set[str]) -> bool:
    """The person's post names one of these states ("министр иностранных дел Польши Яцек
    Чапутович", "польский генерал …"): the holder is that state's."""
    return text is not None and any(_tied_to(m, mentions, text, code) for code in codes)


def latvian_people(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """A person the gazetteer did not link, named in a sentence that names Latvia (or its
    people), with a surname in a Latvian man's "-s"/"-š" or a given name out of the Russian
    dictionary, is written back in Latvian ("министр обороны Латвии Раймонд Бергманис":
    Raimonds Bergmanis); "посол России в Латвии Александр Вешняков" stays Russian."""
    return _written_back_beside(mentions, {"LVA"}, latvian_name, gaz, own=LATVIAN_SURNAME)


def turkish_people(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """A person the gazetteer did not link, named in a sentence that names Turkey (or its
    people), with a given name out of the Russian dictionary or a surname in "-оглу", is
    written back in Turkish ("турецкий бизнесмен Джавит Чаглар": Cavit Çağlar); so is one
    with a Turkish given name the dictionary holds and no post-Soviet surname ("вице-премьер
    Турции Мехмет Шимшек": Mehmet Şimşek)."""
    mentions = _written_back_beside(mentions, {"TUR"}, turkish_name, gaz, own=TURKISH_SURNAME)
    renamed: dict[str, Entity] = {}
    for m in _unlinked_beside(mentions, {"TUR"}, gaz):
        words = m.normal.lower().split()
        if words[0] in TURKISH_GIVEN and not native_surname(words[-1]):
            latin = turkish_name(m.normal)
            known = f"person:{_id_slug(latin)}"
            renamed[m.entity_id] = gaz.entities.get(known) or Entity(known, "person", latin)
    return _renamed(mentions, renamed)


def estonian_people(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """A person the gazetteer did not link, named beside Estonia (or its people), whose surname
    has none of the endings of Russian and the other post-Soviet surnames, is written back in
    Estonian ("министр обороны Эстонии Юри Луйк": Jüri Luik). The dictionary holds many of
    their given names (Урмас, Тоомас, Юри), so the surname tells: "посол России в Эстонии
    Владимир Липаев" stays Russian."""
    renamed: dict[str, Entity] = {}
    for m in _unlinked_beside(mentions, {"EST"}, gaz):
        if m.entity_id not in renamed and _own_surname(m):
            latin = estonian_name(m.normal)
            known = f"person:{slug(latin)}"
            renamed[m.entity_id] = gaz.entities.get(known) or Entity(known, "person", latin)
    return _renamed(mentions, renamed)


def _own_surname(m: Mention) -> bool:
    """A surname of none of the post-Soviet endings that Russian does not write as an English
    one: "Эстония и США … сообщил Джейк Салливан" is Jake Sullivan, not an Estonian."""
    surname = m.normal.split()[-1]
    return not native_surname(surname) and not spelt_as_english_surname(surname)


def finnish_people(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """A person the gazetteer did not link, named beside Finland (or its people), whose given
    name is out of the Russian dictionary, is written back in Finnish, by the Estonian letters
    but "ю" ("министр обороны Финляндии Антти Хяккянен": Antti Häkkänen, not Hyakkyanen; "Юха
    Сипиля": Juha Sipilä; "Санна Марин", her surname in "-ин"). A given name the dictionary
    holds keeps the English press's spelling ("Александр Стубб": Alexander Stubb), and
    "посол России в Финляндии Павел Кузнецов" stays Russian."""
    renamed: dict[str, Entity] = {}
    for m in _unlinked_beside(mentions, {"FIN"}, gaz):
        if m.entity_id not in renamed and not russian_given_name(m.normal.split()[0]):
            latin = finnish_name(m.normal)
            known = f"person:{slug(latin)}"
            renamed[m.entity_id] = gaz.entities.get(known) or Entity(known, "person", latin)
    return _renamed(mentions, renamed)


# Countries whose people's names Russian writes by sound from Swedish, Norwegian or Danish.
SCANDINAVIAN = {"SWE", "NOR", "DNK", "ISL"}
# Prepositions of the prepositional case, after which a name's final "е" is its ending ("о
# Йонасе Стёре"), not its own letter.
_PREPOSITIONAL = re.compile(r"(?:^|\s)(?:о|об|обо|при)\s+$")


def _as_written_e(m: Mention, text: str | None) -> str:
    """The name in the nominative, with each word that ends in "е" as written where the
    nominative changed it: a foreign woman's given name ("Ине", "Метте") and a surname in "-е"
    ("Сёрейде", "Стёре") do not decline, though pymorphy3 reads them as declined ("Иня",
    "Сёрейд")."""
    normal, surface = m.normal.split(), m.surface.split()
    before = text[max(0, m.start - 8) : m.start] if text is not None else ""
    if len(normal) != len(surface) or _PREPOSITIONAL.search(before):
        return m.normal
    return " ".join(
        w if w.endswith("е") and n != w else n for n, w in zip(normal, surface, strict=True)
    )


def scandinavian_people(
    mentions: list[Mention], gaz: RussianGazetteer, text: str | None = None
) -> list[Mention]:
    """A person the gazetteer did not link, named beside Sweden, Norway, Denmark or Iceland,
    whose surname has none of the post-Soviet endings, is written back in their Latin
    ("министр обороны Норвегии Ине Эриксен Сёрейде": Ine Eriksen Söreide, not Inya Erixen
    Syoreyd; "Метте Фредериксен": Mette Frederiksen); the dictionary holds many of their given
    names (Йонас, Ларс, Хенрик), so the surname tells, as for an Estonian: "посол России в
    Швеции Виктор Татаринцев" stays Russian."""
    renamed: dict[str, Entity] = {}
    for m in _unlinked_beside(mentions, SCANDINAVIAN, gaz):
        if m.entity_id not in renamed and _own_surname(m):
            written = _as_written_e(m, text)
            latin = scandinavian_name(written).split()
            # a given name the table pairs with its own spelling ("Хокон": Haakon) is that
            latin[0] = given_name_table().get(written.split()[0].lower(), latin[0])
            latin = " ".join(latin)
            known = f"person:{slug(latin)}"
            renamed[m.entity_id] = gaz.entities.get(known) or Entity(known, "person", latin)
    return _renamed(mentions, renamed)
