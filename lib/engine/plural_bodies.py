"""Names of several bodies at once (issue 15): "the Russian Embassies in Lithuania, Latvia and
Estonia", "the Ministries of Foreign Affairs of the three states", "the Western and Southern
Military Districts", "the Permanent Representatives of 29 allies". A plural head names a class
of bodies or of office holders, never one organisation the dashboard could count; the bodies
meant are named one by one elsewhere (or not at all). Bodies whose own name is plural keep
it as a modifier or after "of" ("the House of Representatives", "the Armed Services
Committee", "the Council of Ministers"), so only the head is read.
"""

from __future__ import annotations

from spacy.tokens import Span

# Plural heads of state bodies, diplomatic posts and office holders. Not here: heads that end
# real names ("Forces" in the Armed Forces, "Nations", "States", "Services", "Sciences",
# "Times", "News", "Industries", "Systems", "Studies", "Affairs").
PLURAL_BODY_HEADS = {"embassies", "consulates", "ministries", "departments", "agencies",
                     "governments", "parliaments", "delegations", "missions", "representatives",
                     "ambassadors", "ministers", "districts", "commands", "fleets", "councils",
                     "committees", "offices", "orders"}  # fmt: skip

# Words after which a name's head has been said: "Ministries of …", "Embassies in …".
_AFTER_HEAD = {"of", "in", "to", "for", "at", "on"}


def head_of_name(span: Span):
    """The head word of a body's name: the word before its first 'of'/'in'/'to'… or its last
    word ('Ministries' of 'Ministries of Foreign Affairs', 'Districts' of 'Military
    Districts'); None for a span that opens with such a word."""
    for i, token in enumerate(span):
        if token.lower_ in _AFTER_HEAD:
            return span[i - 1] if i > 0 else None
    return span[-1]


def names_plural_bodies(span: Span) -> bool:
    """The span names several bodies or office holders by a capitalised plural head."""
    head = head_of_name(span)
    return head is not None and head.text[:1].isupper() and head.lower_ in PLURAL_BODY_HEADS
