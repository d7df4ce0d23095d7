"""Newspapers and broadcasters by their names (issue 15): "citing Dziennik Gazeta Prawna",
"Euromaidan Press reports with reference to Espreso TV". A title that holds the word for a
newspaper, a daily or a channel, in English or in the languages of the region ("Gazeta",
"Dziennik", "Zeitung", "Pravda", "Vesti"), names a publication, which the small model
takes for a person or a place when the rest of the title is foreign. No one's name holds
such a word; words that are also surnames or adjectives ("Post", "Press", "Express", "Mirror",
"Daily") are left out.
"""

from __future__ import annotations

from spacy.tokens import Span

PRESS_WORDS = {"gazeta", "gazete", "gazetesi", "gazette", "gazzetta", "dziennik", "zeitung",
               "pravda", "izvestia", "izvestiya", "vedomosti", "novosti", "vesti", "kurier",
               "kurjer", "courier", "tribune", "herald", "journal", "telegraph", "telegraf",
               "chronicle", "times", "tv", "radio", "news", "nachrichten",
               "wiadomosci", "wiadomości", "postimees"}  # fmt: skip


def names_a_publication(span: Span) -> bool:
    """A word of the span is a newspaper's or a channel's ('Dziennik Gazeta Prawna')."""
    return any(t.lower_ in PRESS_WORDS and t.text[:1].isupper() for t in span)
