"""Lines that hand a story over to an outlet's report (issue 15,
eval/kinds/english-orgs5-mechanisms.md): the lead-in before a quoted report ("Here's more from
Newsmax:", "According to Stars and Stripes:") and a link line naming a known outlet before the
linked headline ("Read more: BBC News - <headline>"). The link words are chrome; the outlet is a
source the reader sees (lib.engine.clean keeps it as a source label), as in "Read more (NBC
News) >>". A "Source: X" line under a reposted story stays chrome (data/boilerplate.csv): the
gold counts its outlet in some sets and not in others.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# A lead-in handing over to a report: "According to Stars and Stripes:", "More from Newsmax:".
_HAND_OVER = re.compile(
    r"^(?:according to|here['\u2019]s more from|more from|as reported by)\s+"
    r"(?P<outlet>(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+(?:[A-Z][\w.&'\u2019-]*|and|of|the)){0,5})"
    r"\s*:\s*$",
    re.I,
)

# "Read more: BBC News - Ukraine crisis: …": a known outlet before the linked headline.
_READ_MORE = re.compile(
    r"^read (?:more|also)\s*:\s*(?P<outlet>[^-\u2013\u2014]{2,40}?)\s+[-\u2013\u2014]\s", re.I
)


def named_source(line: str, site_names: Collection[str]) -> str | None:
    """The outlet a hand-over lead-in or a read-more line names, or None."""
    if (m := _HAND_OVER.match(line)) and m["outlet"][:1].isupper():
        return line.rstrip(": ").strip()  # the whole lead-in: its words tell a body from a person
    if (m := _READ_MORE.match(line)) and m["outlet"].strip() in site_names:
        return m["outlet"].strip()
    return None
