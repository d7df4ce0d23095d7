"""An outlet naming itself in its own article: the source, not an entity of its coverage.

"Washington (CNN)", "CNN's Jane Doe contributed to this report", "told CNN", "Want FOX News
First in your inbox?": where an article's own outlet names itself, it tells who published
the story, not whom the story is about. Counted as a mention, the outlet tops its own
articles' entities and Compare's distinctive entities of that outlet.

The rule: an article's own outlets are
- its source (articles.source): the outlet of data/gazetteer/sources.csv with that name,
  alias or domain; else the name as given, and that name without a qualifier in brackets
  or after a dash ("CNN (Web News)" -> CNN, "Wall Street Journal - News" -> Wall Street
  Journal), when that is a known outlet; but no source at all when the name is an
  organisation of the gazetteer that is not a news outlet ("NATO (press release)"): an
  institution's own release is about its own acts, and its name there is its coverage;
- the outlet of its url's domain (a guest column on washingtontimes.com is the Washington
  Times');
- the agency of its dateline ("MOSCOW (Reuters)").
A mention is the article's own outlet when its surface is one of the outlet's names
(sources.csv aliases; a source unknown to the gazetteer, its own name), in any case, with
or without a leading "The", a possessive or an @: "FOX News", "The Washington Times'",
"@CNN"; or when it is linked to the outlet's organisation in the gazetteer. Such mentions
are taken out of the mentions (lib.engine.run keeps them in the `dropped` table with the
reason "own outlet"). Mentions of other outlets ("told Reuters" in a CNN article) stay.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pandas as pd

from lib.engine.gazetteer import Gazetteer

_QUALIFIER = re.compile(r"\s+(?:\(.*\)|[-\u2013\u2014|:]\s.*)$")
_DATELINE_AGENCY = re.compile(r"\(([^()]{2,40})\)\s*$")
_POSSESSIVE = re.compile(r"(?:'s|')$")
# A source name too generic to stand for an outlet in the text.
_GENERIC = {"news", "online", "web", "opinion", "editorial", "guest writer", "staff", "wire"}


def outlet_key(name: str) -> str:
    """The form two writings of an outlet's name share: "FOX News" and "Fox News" ->
    "fox news", "The Hill" -> "The hill", "@CNN" -> "cnn". A leading "The" keeps its
    capital, so that "the Hill" (Capitol Hill) stays apart from the outlet The Hill."""
    name = _POSSESSIVE.sub("", name.strip().lstrip("@")).strip(" .,:;\"'")
    if name.startswith("The "):
        return "The " + name[4:].casefold()
    return name.casefold()


# The last word of a paper's name that the paper calls itself by, in its own house style:
# "sources told The Post" (the New York Post), "The Times reported" (the Washington Times).
_PAPER_NOUNS = frozenset({
    "post", "times", "journal", "globe", "herald", "tribune", "telegraph", "guardian",
    "independent", "observer", "examiner", "gazette", "chronicle", "inquirer", "star", "sun",
    "mail", "express", "mirror", "bulletin", "register", "dispatch", "courier", "monitor",
})  # fmt: skip


def _short_names(name: str) -> list[str]:
    """The other names an outlet goes by in its own text: a paper's last word after "The"
    ("New York Post" -> "The Post"); a broadcaster's name with or without "News" ("CBN" ->
    "CBN News", "CBS News" -> "CBS")."""
    words = name.strip().split()
    short = []
    if len(words) >= 2 and words[-1].casefold() in _PAPER_NOUNS:
        short.append("The " + words[-1])
    if len(words) >= 2 and words[-1] == "News":
        short.append(" ".join(words[:-1]))
    elif words and "." not in name:  # not a domain
        short.append(name.strip() + " News")
    return short


def _name_keys(names) -> set[str]:
    """Keys of an outlet's names and short names, and of each with "The" before it when it
    has none."""
    keys = set()
    for name in names:
        if len(name.strip()) < 2 or name.strip().casefold() in _GENERIC:
            continue
        keys.add(outlet_key(name))
        if not name.startswith(("The ", "the ")):
            keys.add(outlet_key("The " + name))
        for short in _short_names(name):
            if short.casefold().removeprefix("the ") not in _GENERIC:
                # the model's span often leaves "The" out: "told The [Post]"
                keys |= {outlet_key(short), outlet_key(short.removeprefix("The "))}
    return keys


class OwnOutlets:
    """The names and organisation ids of every outlet of the gazetteer."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self._keys: dict[str, set[str]] = {}
        self._ids: dict[str, set[str]] = {}
        self.aliases: dict[str, set[str]] = {}
        for alias, outlet in gaz.sources.items():
            self.aliases.setdefault(outlet, {outlet}).add(alias)

    def outlets_of(self, source: str | None, url: str | None, dateline: str | None) -> set[str]:
        """Canonical outlets (or, for a source the gazetteer does not know, the source as
        written) an article comes from."""
        found = set()
        if isinstance(source, str) and source.strip():
            stripped = _QUALIFIER.sub("", source.strip())
            known = self.gaz.canonical_source(source) or self.gaz.canonical_source(stripped)
            if known:
                found.add(known)
            elif not self._institution(stripped):  # "NATO (press release)": its own acts
                found.add(source.strip())
                if stripped != source.strip():
                    found.add(stripped)
        if isinstance(url, str) and url:
            host = urlparse(url if "//" in url else f"//{url}").netloc.split(":")[0]
            if outlet := self.gaz.canonical_source(host):
                found.add(outlet)
        agency = _DATELINE_AGENCY.search(dateline) if isinstance(dateline, str) else None
        if agency and (outlet := self.gaz.canonical_source(agency.group(1))):
            found.add(outlet)
        return found

    def _institution(self, name: str) -> bool:
        """An organisation of the gazetteer that is no news outlet (an alliance, a ministry):
        the page is its own release, and its name in it is what the release is about."""
        hit = self.gaz.lookup(name)
        return (
            hit is not None
            and hit[0].type == "org"
            and dict(hit[0].attributes).get("kind") != "media"
        )

    def keys(self, outlet: str) -> set[str]:
        """outlet_key of each of the outlet's names."""
        if outlet not in self._keys:
            self._keys[outlet] = _name_keys(self.aliases.get(outlet, {outlet}))
        return self._keys[outlet]

    def entity_ids(self, outlet: str) -> set[str]:
        """The gazetteer organisations the outlet's names stand for."""
        if outlet not in self._ids:
            hits = (self.gaz.lookup(alias) for alias in self.aliases.get(outlet, ()))
            self._ids[outlet] = {h[0].entity_id for h in hits if h and h[0].type == "org"}
        return self._ids[outlet]


def own_outlet_mentions(
    articles: pd.DataFrame, mentions: pd.DataFrame, *, gaz: Gazetteer
) -> pd.Series:
    """For each mention, the article's own outlet it names (see the module's rule), else
    None."""
    result = pd.Series(None, index=mentions.index, dtype=object)
    if articles.empty or mentions.empty:
        return result
    outlets = OwnOutlets(gaz)
    by_key, by_id = [], []
    for article_id, source, url, dateline in zip(
        articles["article_id"],
        articles["source"],
        articles["url"],
        articles["dateline"],
        strict=True,
    ):
        for outlet in outlets.outlets_of(source, url, dateline):
            by_key += [(article_id, key, outlet) for key in outlets.keys(outlet)]
            by_id += [(article_id, eid, outlet) for eid in outlets.entity_ids(outlet)]
    if not by_key and not by_id:
        return result
    surfaces = mentions["surface"].astype(str)
    distinct = surfaces.drop_duplicates()
    key_of = pd.Series([outlet_key(s) for s in distinct], index=distinct.to_numpy())
    frame = pd.DataFrame(
        {
            "article_id": mentions["article_id"].to_numpy(),
            "key": key_of.reindex(surfaces.to_numpy()).to_numpy(),
            "entity_id": mentions["entity_id"].to_numpy(),
            "row": mentions.index,
        }
    )
    keyed = pd.DataFrame(by_key, columns=["article_id", "key", "outlet"]).drop_duplicates(
        ["article_id", "key"]
    )
    ided = pd.DataFrame(by_id, columns=["article_id", "entity_id", "outlet"]).drop_duplicates(
        ["article_id", "entity_id"]
    )
    hits = pd.concat(
        [
            frame.merge(keyed, on=["article_id", "key"])[["row", "outlet"]],
            frame.merge(ided, on=["article_id", "entity_id"])[["row", "outlet"]],
        ]
    ).drop_duplicates("row")
    result.loc[hits["row"].to_numpy()] = hits["outlet"].to_numpy()
    return result.astype(object).where(result.notna(), None)
