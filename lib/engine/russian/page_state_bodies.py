"""A state's body written bare that Russian news does not take for Russia's own, on a page
about one state's vote.

Russian news names its own ministries and forces bare ("МИД", "Минобороны", "ВВС": Russia's,
lib.engine.russian.bodies), but not the body that counts a state's votes: a page on Ukraine's
election writes "огласила Центральная избирательная комиссия" and "После обработки ЦИК 50%
протоколов" with no state beside them. Such a body is the one of the state whose vote the page
tells ("выборов на Украине", "украинских выборов") when its words of a vote name one state, else
of the one foreign state that dominates the page (lib.engine.russian.page_nation); on a page
about two states, or about none, it stays unresolved, as lib.engine.russian.bodies leaves it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lib.engine.russian.gazetteer import NATIONAL_BODIES, RussianGazetteer
from lib.engine.russian.link import Mention, Sentence, mention_of
from lib.engine.russian.page_nation import page_nation
from lib.engine.russian.phrases import body_entity

# Kinds of body Russian news does not take for Russia's own when bare: a bare "ВВС" or "Вооруженные
# силы" on a page about Syria is still Russia's (lib.engine.russian.bodies), a bare "ЦИК" the
# page's election's.
PAGE_KINDS = frozenset({"Central Election Commission"})
_LENGTHS = sorted({len(key) for key in NATIONAL_BODIES}, reverse=True)
# What may follow a bare body without naming its owner: punctuation that closes the clause, a
# bracketed abbreviation ("Центральная избирательная комиссия (ЦИК)"), a number ("ЦИК 50%").
_OPEN = {"(", ")", ",", ".", ":", ";", "—", "-", "–", "!", "?"}


def page_state_bodies(
    mentions: list[Mention], sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions with every capitalised bare body no state owns by default ("ЦИК") given the
    page's one foreign state; a body followed by a name or a quoted name ("ЦИК «ДНР»") is
    another owner's and is left alone. A slug the model gave the same words is re-keyed."""
    state = page_nation(mentions)
    page = f"country:{state}" if state else None
    voted = _voting_state(mentions, sentences)
    out = list(mentions)
    for sentence in sentences:
        tokens = sentence.tokens
        lemmas = [t.lemma for t in tokens]
        for i, token in enumerate(tokens):
            n = next(
                (n for n in _LENGTHS if i + n <= len(lemmas) and tuple(lemmas[i : i + n])
                 in NATIONAL_BODIES),
                0,
            )  # fmt: skip
            key = tuple(lemmas[i : i + n])
            if not n or NATIONAL_BODIES[key] not in PAGE_KINDS or not token.is_capitalised:
                continue
            country = voted or page
            if country is None or country not in gaz.entities:
                continue
            if i + n < len(tokens) and not _free(tokens[i + n]):
                continue  # "ЦИК Украины", "ЦИК «ДНР»", "ЦИК страны": its owner is named
            start, end = token.start, tokens[i + n - 1].end
            over = [m for m in out if m.start < end and start < m.end]
            if any(m.type != "org" or m.entity_id in gaz.entities for m in over):
                continue  # already a known body, or words of another mention
            entity = body_entity((country, key), gaz)
            for m in over:  # the model's slug of the same words ("…комиссия (ЦИК)")
                out[out.index(m)] = replace(
                    m, entity_id=entity.entity_id, name=entity.name, code=entity.code
                )
            if not over:
                out.append(
                    mention_of(entity, "name", "ORG", start, end, text, sentence, text[start:end])
                )
    return sorted(out, key=lambda m: (m.start, m.end))


# The words of a vote, and how far before them (in tokens) the state voting is named: after
# them to the sentence's end ("выборов президента Украины", "выборы прошли в Грузии и на
# Украине": two states), or just before ("украинских выборов").
VOTES = {"выборы", "выбор", "голосование", "референдум"}
BEFORE = 2


def _voting_state(mentions: Sequence[Mention], sentences: Sequence[Sentence]) -> str | None:
    """The one state named beside the page's words of a vote, or None (none, or several)."""
    states = [m for m in mentions if m.type == "country" and m.kind in ("name", "demonym")]
    found = set()
    for sentence in sentences:
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            if token.lemma not in VOTES:
                continue
            lo = tokens[max(0, i - BEFORE)].start
            hi = tokens[-1].end
            found |= {m.entity_id for m in states if lo <= m.start and m.end <= hi}
    return next(iter(found)) if len(found) == 1 else None


def _free(token) -> bool:
    """Whether the token after a bare body leaves it ownerless: punctuation, a number, or a
    lower-case word that is no genitive of an owner ("ЦИК объявил")."""
    if token.text in _OPEN or token.text[:1].isdigit():
        return True
    if not token.text[:1].islower():
        return False
    return token.lemma not in ("страна", "республика", "государство")
