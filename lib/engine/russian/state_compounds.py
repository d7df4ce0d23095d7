"""The states of a compound adjective, each read as its own adjective ("американо-франко-британская
коалиция": American, French and British): the joined parts end in -о and are no words on their own,
so a pattern that asks for "американский" and "французский" never meets them otherwise."""

from __future__ import annotations

from collections.abc import Sequence

from lib.engine.russian.text import Token, fold

# The joining forms of the states' adjectives, as the agencies write them before a hyphen.
JOINING_FORMS: dict[str, str] = {
    "американо": "американский",
    "франко": "французский",
    "британо": "британский",
    "англо": "британский",
    "российско": "российский",
    "русско": "российский",
    "украинско": "украинский",
    "турецко": "турецкий",
    "германо": "германский",
    "сирийско": "сирийский",
}


# A compound before a border or a relation names what lies between its states, not their joint act:
# "на сирийско-турецкой границе" is no Syrian actor, "российско-турецкие отношения" no Russian strike.
BETWEEN = frozenset(
    {"граница", "рубеж", "отношение", "диалог", "переговоры", "консультация", "сотрудничество"}
)


def with_state_compounds(tokens: Sequence[Token], lemmas: Sequence[str]) -> list[str]:
    """The lemmas, a state's joining form before a hyphen ("американо-") read as its adjective,
    unless the compound qualifies a border or a relation (BETWEEN)."""
    out = list(lemmas)
    i = 0
    while i < len(tokens) - 1:
        chain = []
        while i < len(tokens) - 1 and _joined(tokens, i):
            chain.append(i)
            i += 2
        head = i + 1  # the noun after the compound's last adjective
        if chain and not (head < len(lemmas) and lemmas[head] in BETWEEN):
            for k in chain:
                out[k] = JOINING_FORMS[fold(tokens[k].text)]
        i += 1
    return out


def _joined(tokens: Sequence[Token], i: int) -> bool:
    """A state's joining form glued to a hyphen at token i."""
    hyphen = tokens[i + 1]
    return (
        fold(tokens[i].text) in JOINING_FORMS
        and hyphen.text == "-"
        and hyphen.start == tokens[i].end
    )
