"""Outlets in the source slot of a verb of reporting, whatever their words: the outlet the
page cites is an organisation, with or without quotation marks.

- after the verb, closing the clause ("передает Левый берег.", "сообщает Страна,"): the model
  reads a title of ordinary words as a place or a person;
- before it, in quotation marks, as its subject ("Ранее «Свободная пресса» со ссылкой на
  турецкие СМИ сообщала"): the model drops a title of ordinary words;
- after the verb in the present or a media noun, a title of ordinary words the model left
  out ("сообщает Корреспондент.", "передает Капитал со ссылкой на …", "порталу Главное,");
- a Latin title no file holds in that slot or after a media noun that misspells a known
  outlet's ("как сообщает издание Hurriet Daily News"): that outlet;
- a project in Latin letters whose people speak ("В Nord Stream 2 сообщили"): the company
  that runs it, the gazetteer's firm of the project's name and a company's form (Nord Stream 2
  AG).

The gazetteer's outlet where its English name is the title's transliteration (LB.ua's "Levy
Bereg"), else one of its own named as link.quoted_outlets names it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from lib.engine.russian.described_bodies import KIND_NOUNS
from lib.engine.russian.gazetteer import Entity, RussianGazetteer
from lib.engine.russian.link import (
    BEFORE_VERB,
    LOCATIVE,
    MEDIA_NOUNS,
    SPEAKING,
    Mention,
    Sentence,
    english_title,
    mention_of,
    title_alone,
)
from lib.engine.russian.text import parses
from lib.engine.russian.translit import to_english
from lib.ids import slug

# Verbs whose source slot holds an outlet: "передает X", "«X» сообщала".
REPORTING = {"передавать", "сообщать", "сообщить", "писать", "написать", "информировать"}
CLAUSE_END = {".", ",", ";", ")"}
_GLUED = re.compile(r"\.[A-Za-zА-ЯЁа-яё]{2,4}(?=[\s.,;)]|$)")
_QUOTED = re.compile(r"[«\"“„]([^«»\"“”„\n]{2,40})[»\"”“]")


def reporting_outlets(
    mentions: list[Mention], sentence: Sentence, text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """One sentence's mentions with the outlets of its reporting verbs put right or added."""
    out = [
        _after_verb(m, sentence, text, gaz) or _misspelt(m, sentence, gaz) or m for m in mentions
    ]
    found = _subjects(sentence, text, gaz) + _operators(sentence, text, gaz)
    for outlet in found + _plain_titles(sentence, text, gaz):
        if not any(m.start < outlet.end and outlet.start < m.end for m in out):
            out.append(outlet)
    return sorted(out, key=lambda m: (m.start, m.end))


def _outlet(name: str, gaz: RussianGazetteer) -> Entity:
    """The gazetteer's outlet by the title's transliteration, else one of its own."""
    latin = to_english(name)
    known = gaz.english.names.get(latin.title()) or gaz.english.names.get(latin)
    if known is not None and known[0].startswith("org:") and known[0] in gaz.entities:
        return gaz.entities[known[0]]
    latin = english_title(name, gaz)
    return Entity(f"org:{slug(latin)}", "org", latin)


def _after_verb(m: Mention, sentence: Sentence, text: str, gaz: RussianGazetteer) -> Mention | None:
    """A place the gazetteer does not hold, or any with a domain glued on, right after a verb
    of reporting in the present and closing the clause: the outlet."""
    glued = _GLUED.match(text, m.end)  # "передает Керчь.ФМ.": the site's name with its domain
    if m.type != "location" or (m.entity_id in gaz.entities and not glued):
        return None  # a person after "сообщил" is the one who speaks
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t.start == m.start), None)
    end = next((i for i, t in enumerate(tokens) if t.end == m.end), None)
    if not at or end is None or tokens[at - 1].lemma not in REPORTING:
        return None
    if not any(p.tag.tense == "pres" for p in parses(tokens[at - 1].text.lower())[:1]):
        return None  # "передает", "сообщает": an outlet cites; "сообщил" a speaker speaks
    if glued:
        end = next((i for i, t in enumerate(tokens) if t.end == glued.end()), end)
    if end + 1 < len(tokens) and tokens[end + 1].text not in CLAUSE_END:
        return None
    surface = text[m.start : glued.end()] if glued else m.surface
    entity = _outlet(surface, gaz)
    return replace(
        m, end=m.start + len(surface), surface=surface, entity_id=entity.entity_id, type="org",
        name=entity.name, label="ORG", code=entity.code
    )  # fmt: skip


def _subjects(sentence: Sentence, text: str, gaz: RussianGazetteer) -> list[Mention]:
    """Quoted titles that a verb of reporting has for its subject, "со ссылкой на …" between
    them and nothing else that is a verb or a mark."""
    found = []
    for quoted in _QUOTED.finditer(text, sentence.start, sentence.end):
        name = quoted[1].strip()
        if not name[:1].isupper() or not title_alone(name, ""):
            continue
        after = [t for t in sentence.tokens if t.start >= quoted.end()]
        verb = next((i for i, t in enumerate(after) if _verb(t.text)), None)
        if verb is None or not _reports(after, verb):
            continue
        if any(not t.text.isalpha() for t in after[:verb]):
            continue  # "«Мы готовы», — сообщил он": a quotation, its speaker after the dash
        entity = _outlet(name, gaz)
        if not slug(entity.name):
            continue
        start = quoted.start(1)
        found.append(
            mention_of(entity, "name", "ORG", start, start + len(name), text, sentence, name)
        )
    return found


# A newsroom's own verbs with a quoted title for subject ("«Известия» узнали", "«Коммерсант»
# выяснил", "«Страна» рассказывала", "«Страна» вела хронику событий"): the outlet, as "«X»
# сообщала".
NEWSROOM = {"узнать", "выяснить", "рассказать", "рассказывать", "опубликовать", "публиковать"}
COVERAGE = {"хроника", "трансляция", "репортаж"}  # what an outlet "ведет"


def _reports(after: list, verb: int) -> bool:
    lemma, then = after[verb].lemma, [t.lemma for t in after[verb + 1 : verb + 3]]
    if lemma in REPORTING or lemma in NEWSROOM:
        return True
    if lemma == "следить":  # "«Страна» следит за развитием событий": a live page's line
        return then == ["за", "развитие"]
    return lemma == "вести" and then[:1] and then[0] in COVERAGE


def _verb(word: str) -> bool:
    found = parses(word.lower())[:1]
    return bool(found) and found[0].tag.POS == "VERB"


OUTLET_RATIO = 90  # rapidfuzz's ratio of a misspelt outlet's name to the known one
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .&'-]{5,}$")


def _misspelt(m: Mention, sentence: Sentence, gaz: RussianGazetteer) -> Mention | None:
    """An organisation in Latin letters no file holds, a verb of reporting or a media noun
    up to two words before it, near one known outlet's name: that outlet."""
    if m.type != "org" or m.entity_id in gaz.entities or not _LATIN.match(m.surface):
        return None
    before = [t.lemma for t in sentence.tokens if t.end <= m.start][-2:]
    if not (REPORTING | MEDIA_NOUNS) & set(before):
        return None
    near = {
        name
        for alias, name in gaz.english.sources.items()
        if alias[:1].isupper() and fuzz.ratio(alias, m.surface) >= OUTLET_RATIO
    }
    known = [gaz.english.names.get(name) for name in near]
    ids = {k[0] for k in known if k is not None and k[0] in gaz.entities}
    if len(ids) != 1:
        return None
    entity = gaz.entities[ids.pop()]
    return replace(m, entity_id=entity.entity_id, name=entity.name, code=entity.code)


COMPANY_FORMS = ("AG", "SA", "S.A.", "Ltd", "LLC", "Inc", "GmbH", "plc")
_LATIN_WORD = re.compile(r"^[A-Za-z0-9][A-Za-z0-9&.-]*$")


def _operators(sentence: Sentence, text: str, gaz: RussianGazetteer) -> list[Mention]:
    """ "В Nord Stream 2 сообщили": the company of the project's name, where the verb of
    speaking in the plural has no subject but those who work there."""
    found, tokens = [], sentence.tokens
    for i, token in enumerate(tokens[:-2]):
        if token.lemma not in LOCATIVE:
            continue
        k = i + 1
        while k < len(tokens) and _LATIN_WORD.match(tokens[k].text):
            k += 1
        verb = next((t for t in tokens[k : k + 4] if t.lemma not in BEFORE_VERB), None)
        if k == i + 1 or verb is None or verb.lemma not in SPEAKING:
            continue
        if not verb.text.endswith("ли"):
            continue  # "в Nord Stream 2 сообщил": a speaker of his own
        name = text[tokens[i + 1].start : tokens[k - 1].end]
        known = next(
            (hit for form in COMPANY_FORMS if (hit := gaz.english.names.get(f"{name} {form}"))),
            None,
        )
        if known is None or not known[0].startswith("org:") or known[0] not in gaz.entities:
            continue
        entity = gaz.entities[known[0]]
        start = tokens[i + 1].start
        found.append(
            mention_of(entity, "name", "ORG", start, start + len(name), text, sentence, name)
        )
    return found


# Grammemes of a proper name: a word with one is a person, a place or a body, not a title of
# ordinary words.
PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"}
# Nouns of a state's bodies and offices: a body that reports, never an outlet's title.
BODY_WORDS = KIND_NOUNS | {
    "правительство", "кабмин", "ведомство", "парламент", "армия", "флот", "полиция",
    "прокуратура", "посольство", "генштаб", "мэрия", "губернатор", "президент", "министр",
}  # fmt: skip
TITLE_WORDS = 2  # "Левый берег", "Новый день": an outlet's title of ordinary words is short


def _ordinary(token) -> bool:
    found = parses(token.text.lower())
    return (
        token.text.isalpha()
        and bool(found)
        and found[0].is_known
        and found[0].tag.POS in ("NOUN", "ADJF")
        and found[0].normal_form not in BODY_WORDS  # "сообщает Министерство обороны": a body
        and not any(PROPER & p.tag.grammemes for p in found)
    )


def _plain_titles(sentence: Sentence, text: str, gaz: RussianGazetteer) -> list[Mention]:
    """A capitalised title of ordinary words right after a verb of reporting in the present
    or a media noun, closing the clause or citing its source ("сообщает Корреспондент.",
    "передает Капитал со ссылкой на", "порталу Главное,"): the outlet; the words are common,
    so the model reads no name there."""
    found, tokens = [], sentence.tokens
    for i, token in enumerate(tokens[:-1]):
        present = token.lemma in REPORTING and any(
            p.tag.tense == "pres" for p in parses(token.text.lower())[:1]
        )
        if not (present or token.lemma in MEDIA_NOUNS) or not tokens[i + 1].is_capitalised:
            continue
        if not any("nomn" in p.tag for p in parses(tokens[i + 1].text.lower())):
            continue  # "на сайте Альянса": the site's owner in the genitive, no title
        k = i + 1
        while k < len(tokens) and k - i <= TITLE_WORDS and _ordinary(tokens[k]):
            k += 1
        if k == i + 1 or k - i > TITLE_WORDS or k >= len(tokens):
            continue
        closes = tokens[k].text in CLAUSE_END or (
            tokens[k].text.lower() == "со"
            and k + 1 < len(tokens)
            and tokens[k + 1].lemma == "ссылка"
        )
        if not closes:
            continue
        name = text[tokens[i + 1].start : tokens[k - 1].end]
        entity = _outlet(name, gaz)
        start = tokens[i + 1].start
        found.append(
            mention_of(entity, "name", "ORG", start, start + len(name), text, sentence, name)
        )
    return found
