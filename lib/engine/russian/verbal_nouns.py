"""A verb's nouns of action ("приостановить" → "приостановление", "приостановка"; "ввести" →
"введение"; "подписать" → "подписание"), for the event patterns of kb_ru.csv: the agencies
nominalise ("после приостановления США действия договора", "о созыве заседания"), so a
pattern's verb is met by its verbal noun too, without a row listing each one.

The nouns are derived by the regular suffixes of Russian (-ение on the stem of the first person,
-ание/-яние, -ка, -тие on the infinitive's) and kept only where pymorphy3 knows the word as a
noun of that very form: a guess the dictionary does not hold is dropped.
"""

from __future__ import annotations

from functools import cache

from lib.engine.russian.text import parses


def _guesses(verb: str) -> list[str]:
    """The regular nouns of action of an infinitive, not yet checked."""
    out = []
    infinitive = [p for p in parses(verb) if p.tag.POS == "INFN" and p.normal_form == verb]
    if not infinitive:
        return out
    first_person = [
        form.word
        for form in infinitive[0].lexeme
        if "1per" in form.tag and "sing" in form.tag and form.tag.POS == "VERB"
    ]
    # "приостановлю" → "приостановление", "введу" → "введение", "исключу" → "исключение"
    out += [word[:-1] + "ение" for word in first_person if word.endswith(("у", "ю"))]
    if verb.endswith(("ать", "ять")):  # "подписать" → "подписание"
        out.append(verb[:-2] + "ние")
    if verb.endswith("еть"):  # "рассмотреть" → "рассмотрение"
        out.append(verb[:-3] + "ение")
    if verb.endswith(("ыть", "уть")):  # "открыть" → "открытие"
        out.append(verb[:-1] + "ие")
    if verb.endswith("ить"):  # "приостановить" → "приостановка", "поставить" → "поставка"
        out.append(verb[:-3] + "ка")
    return out


# Nouns the suffixes make that name something else than the act ("решка" is a coin's side,
# "заявка" an application, "получка" a wage): no noun of the verb's act.
OTHER_MEANINGS = frozenset({"решка", "заявка", "получка"})


@cache
def nouns_of(verb: str) -> tuple[str, ...]:
    """The nouns of action pymorphy3 knows for an infinitive (its lemma), none for any other
    word."""
    return tuple(
        dict.fromkeys(
            guess
            for guess in _guesses(verb)
            if guess not in OTHER_MEANINGS
            and any(
                p.tag.POS == "NOUN" and p.is_known and p.normal_form == guess for p in parses(guess)
            )
        )
    )
