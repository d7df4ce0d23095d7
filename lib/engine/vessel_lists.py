"""Ships named in a list after their noun (issue 15): "three Ukrainian vessels - Berdyansk,
Nikopol and Yanu Kapu -", "the patrol boats Nikopol (P176), Berdyansk (P175)", "the Navy's
vessels the Berdyansk, the Nikopol and the Yany Kapu". Navies name ships after towns and
people, so the model reads them as places or people; every name of a list that opens right
after a vessel noun is a ship, with or without "the" before it, a dash or a colon before the
list and a pennant number in brackets after each name.
"""

from __future__ import annotations

from spacy.tokens import Span

from lib.engine.news_words import VESSEL_NOUNS

# Tokens a list of names runs through: separators, articles, dashes and quotes.
_LIST_GLUE = {",", "and", "the", "-", "–", "—", ":", '"', "“", "”", "'", "‘", "’"}
_OPENING = {"-", "–", "—", ":", "the"}  # may stand between the noun and the list's first name
_MAX_WALK = 24  # a list of five names with numbers


def in_vessel_list(span: Span) -> bool:
    """The span is a name in a list that opens right after a vessel noun."""
    doc, j = span.doc, span.start - 1
    stepped = None  # the token walked over last, nearest the vessel noun
    while j >= 0 and span.start - j <= _MAX_WALK:
        token = doc[j]
        if token.lower_ in VESSEL_NOUNS:
            # "the vessels, Russia said": a comma right after the noun opens no list
            return stepped is not None and (stepped.lower_ in _OPENING or _name_word(stepped))
        if token.text == ")":
            k = j - 1
            while k >= 0 and j - k <= 3 and doc[k].text != "(":
                k -= 1
            if k < 0 or doc[k].text != "(":
                return False
            stepped, j = doc[k], k - 1  # "(P176)": a pennant number
            continue
        if token.lower_ in _LIST_GLUE or _name_word(token):
            stepped, j = token, j - 1
            continue
        return False
    return False


def _name_word(token) -> bool:
    return token.is_alpha and token.text[0].isupper()
