"""The shared filters: one object, read from and written to the URL's query string, applied
to the tables.

    ?entity=person:jens-stoltenberg&entity=country:RUS&match=all&type=person
     &from=2016-01-01&to=2019-12-31&date_basis=published&source=Sputnik&q=dialogue
     &meta=leaning:center&meta=leaning:left&meta=country:US&lang=ru
     &q=NATO AND (Baltic* OR Estonia) AND NOT "Baltic Sea"

`q` is a search query in lib.search's language (docs/search.md), answered by the run's
full-text index: words, "phrases", AND / OR / NOT, wildcards, proximity, title: and source:.

`meta` filters on the corpus's own metadata columns (articles.extra: bias, country, …), as
`column:value`: values of one column are alternatives (OR), different columns must all
match (AND). `lang` keeps the articles written in one of the languages (articles.language,
ISO 639-1: `lang=ru`, `lang=en`).

Every page receives the same `Filters`; `selection_mask` turns it into the articles that
pass (Corpus.select, their ids), and `Filters.describe` / `Filters.slug` say in words and in a file
name which filters are in force. No Streamlit here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
import pandas as pd

from lib.names import ENTITY_TYPES
from lib.queries.periods import overlaps, spans
from lib.search import QueryError, parse

UNKNOWN_SOURCE = "(unknown source)"
DATE_BASES = ("published", "event")
MATCHES = ("all", "any")

# The query-string names of the filters: one place, used by the parser, the writer and the UI.
PARAMS = (
    *("entity", "match", "type", "from", "to", "date_basis", "undated", "source", "meta", "q"),
    "lang",
)
MAX_QUERY = 2000  # characters of a search query (a researcher's boolean query can be long)
LANGUAGE_NAMES = {"en": "English", "ru": "Russian"}
EXTRACTED_LANGUAGES = tuple(LANGUAGE_NAMES)  # the languages the extraction reads


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None  # a hand-edited link with a bad date: ignore that bound, keep the rest


def _values(params: Mapping[str, str | Sequence[str]], key: str) -> list[str]:
    """Every non-empty value of one parameter, whether given once or repeated."""
    raw = params.get(key)
    if raw is None:
        return []
    items = [raw] if isinstance(raw, str) else list(raw)
    return [v.strip() for v in items if v and v.strip()]


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def parse_meta(value: str, *, sep: str = ":") -> tuple[str, str] | None:
    """'leaning:center' -> ('leaning', 'center'); None when either side is empty. The value
    may hold the separator ('time:10:30'), the column name may not."""
    column, found, wanted = value.partition(sep)
    column, wanted = column.strip(), wanted.strip()
    return (column, wanted) if found and column and wanted else None


def meta_columns(meta: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """The metadata conditions by column: {'leaning': ['center', 'left']}."""
    by_column: dict[str, list[str]] = {}
    for column, value in meta:
        by_column.setdefault(column, []).append(value)
    return by_column


@dataclass(frozen=True)
class Filters:
    """What the user has narrowed the corpus to. Immutable and hashable (a cache key)."""

    entities: tuple[str, ...] = ()  # canonical entity_ids; articles must mention all (or any)
    match: str = "all"  # all | any
    types: tuple[str, ...] = ()  # entity types shown in the charts; () = every type
    start: date | None = None  # inclusive; None = open
    end: date | None = None
    date_basis: str = "published"  # published (articles.published) | event (events' dates)
    include_undated: bool = True  # with date_basis=published: keep articles of unknown date
    sources: tuple[str, ...] = ()  # canonical outlet names; UNKNOWN_SOURCE for unknown
    # the search query as typed (lib.search's language, docs/search.md); "" = none. Its
    # canonical form (query_text) is what subtitles and file names show.
    keyword: str = ""
    # (column, value) pairs of the corpus's metadata (articles.extra): OR within a column,
    # AND across columns
    meta: tuple[tuple[str, str], ...] = ()
    languages: tuple[str, ...] = ()  # ISO 639-1 codes (articles.language); () = every language

    # -- the URL ---------------------------------------------------------------------------

    @classmethod
    def from_query_params(cls, params: Mapping[str, str | Sequence[str]]) -> Filters:
        """Parse a query-string mapping (values str or list of str); bad values are ignored."""
        match = (_values(params, "match") or ["all"])[0].lower()
        basis = (_values(params, "date_basis") or ["published"])[0].lower()
        undated = (_values(params, "undated") or ["1"])[0].lower()
        start = _parse_day((_values(params, "from") or [None])[0])
        end = _parse_day((_values(params, "to") or [None])[0])
        if start and end and start > end:
            start, end = end, start
        return cls(
            entities=_dedupe(_values(params, "entity")),
            match=match if match in MATCHES else "all",
            types=_dedupe(t.lower() for t in _values(params, "type") if t.lower() in ENTITY_TYPES),
            start=start,
            end=end,
            date_basis=basis if basis in DATE_BASES else "published",
            include_undated=undated not in ("0", "false", "no", "off"),
            sources=_dedupe(_values(params, "source")),
            keyword=" ".join(_values(params, "q"))[:MAX_QUERY],
            meta=tuple(dict.fromkeys(m for v in _values(params, "meta") if (m := parse_meta(v)))),
            languages=_dedupe(v.lower() for v in _values(params, "lang") if _is_language(v)),
        )

    def to_query_params(self) -> dict[str, list[str]]:
        """The filters as query parameters; defaults are left out to keep links short."""
        params: dict[str, list[str]] = {}
        if self.entities:
            params["entity"] = list(self.entities)
        if self.match != "all" and self.entities:
            params["match"] = [self.match]
        if self.types:
            params["type"] = list(self.types)
        if self.start:
            params["from"] = [self.start.isoformat()]
        if self.end:
            params["to"] = [self.end.isoformat()]
        if self.date_basis != "published":
            params["date_basis"] = [self.date_basis]
        if not self.include_undated:
            params["undated"] = ["0"]
        if self.sources:
            params["source"] = list(self.sources)
        if self.meta:
            params["meta"] = [f"{column}:{value}" for column, value in self.meta]
        if self.keyword:
            params["q"] = [self.keyword]
        if self.languages:
            params["lang"] = list(self.languages)
        return params

    # -- questions about the filters -------------------------------------------------------

    @property
    def is_default(self) -> bool:
        return not self.to_query_params()

    def with_(self, **changes) -> Filters:
        return replace(self, **changes)

    def shows_type(self, entity_type: str) -> bool:
        return not self.types or entity_type in self.types

    def date_range(self, default: tuple[date, date]) -> tuple[date, date]:
        """The chosen date range, each open end replaced by the default's."""
        return (self.start or default[0], self.end or default[1])

    def describe(self, names: Mapping[str, str] | None = None) -> str:
        """The filters in force, in words, for a chart's subtitle."""
        names = names or {}
        parts = []
        if self.entities:
            joiner = " & " if self.match == "all" else " or "
            parts.append(joiner.join(names.get(e, e) for e in self.entities))
        parts.append("types: " + ", ".join(self.types) if self.types else "all entity types")
        if self.start or self.end:
            basis = "published" if self.date_basis == "published" else "event date"
            span = f"{self.start or '…'} – {self.end or '…'}"
            extra = ""
            if self.date_basis == "published":
                extra = ", undated kept" if self.include_undated else ", undated left out"
            parts.append(f"{basis} {span}{extra}")
        else:
            parts.append("all dates")
        parts.append(", ".join(self.sources) if self.sources else "all sources")
        for column, values in meta_columns(self.meta).items():
            parts.append(f"{column}: {' or '.join(values)}")
        if self.languages:
            parts.append("in " + " or ".join(language_name(c) for c in self.languages))
        if self.keyword:
            parts.append(f"query “{query_text(self.keyword)}”")
        return " · ".join(parts)

    def slug(self) -> str:
        """The filters as a file-name fragment: 'type-person-country_2015-11-24_2019-12-04'."""
        parts = []
        if self.entities:
            ents = "-".join(_slug(e.split(":", 1)[-1]) for e in self.entities[:3])
            more = f"-and-{len(self.entities) - 3}-more" if len(self.entities) > 3 else ""
            parts.append(f"{'any' if self.match == 'any' else 'entity'}-{ents}{more}")
        if self.types:
            parts.append("type-" + "-".join(self.types))
        if self.start or self.end:
            prefix = "event-" if self.date_basis == "event" else ""
            parts.append(f"{prefix}{self.start or 'start'}_{self.end or 'end'}")
        if self.sources:
            parts.append("source-" + "-".join(_slug(s) for s in self.sources[:3]))
        if self.meta:
            parts.append("meta-" + "-".join(f"{_slug(c)}-{_slug(v)}" for c, v in self.meta[:3]))
        if self.keyword:
            parts.append("q-" + _slug(query_text(self.keyword))[:40].strip("-"))
        if self.languages:
            parts.append("lang-" + "-".join(_slug(c) for c in self.languages[:4]))
        return "_".join(p for p in parts if p) or "all"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def query_text(query: str) -> str:
    """A search query in its canonical form (`baltic* AND estonia` for `Baltic*  Estonia`):
    the text of subtitles, labels and file names. A query that does not parse is shown as
    typed (the sidebar never applies one)."""
    try:
        return str(parse(query))
    except QueryError:
        return query.strip()


def query_error(query: str) -> QueryError | None:
    """Why a search query does not parse (with the character it points at), or None when it
    does or is blank (blank: no query)."""
    if not query.strip():
        return None
    try:
        parse(query)
    except QueryError as error:
        return error
    return None


def _is_language(code: str) -> bool:
    """An ISO 639-1 code as the link writes it: two letters."""
    return bool(re.fullmatch(r"[A-Za-z]{2}", code.strip()))


def language_name(code: str) -> str:
    """'ru' -> 'Russian', 'uk' -> 'Ukrainian' (ISO 639 names, pycountry's); an unknown code
    as it is."""
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    import pycountry

    found = pycountry.languages.get(alpha_2=code) if _is_language(code) else None
    return found.name if found is not None else code


# -- applying the filters ---------------------------------------------------------------------


def articles_with_entities(
    occurrences: pd.DataFrame, entity_ids: Sequence[str], *, match: str = "all"
) -> pd.Index:
    """Articles that mention all (or any) of the entities; `occurrences` has article_id,
    entity_id (one row per mention or per distinct pair, either works)."""
    wanted = occurrences.loc[
        occurrences["entity_id"].isin(list(entity_ids)), ["article_id", "entity_id"]
    ]
    if match == "any":
        return pd.Index(wanted["article_id"].unique())
    per_article = wanted.drop_duplicates().groupby("article_id", observed=True).size()
    return pd.Index(per_article.index[per_article >= len(set(entity_ids))])


def published_mask(articles: pd.DataFrame, filters: Filters) -> np.ndarray:
    """Articles whose publication day lies in the range. An undated article passes when
    undated ones are included and the range its date is known to lie in (published_min …
    published_max, either end open) overlaps the filter's."""
    published = pd.to_datetime(articles["published"])
    mask = np.ones(len(articles), dtype=bool)
    if filters.start:
        mask &= (published >= pd.Timestamp(filters.start)).to_numpy()
    if filters.end:
        mask &= (published <= pd.Timestamp(filters.end)).to_numpy()
    undated = published.isna().to_numpy()
    if filters.include_undated:
        possible = undated.copy()
        if "published_min" in articles and filters.end:
            lo = pd.to_datetime(articles["published_min"])
            possible &= ~(lo > pd.Timestamp(filters.end)).to_numpy()
        if "published_max" in articles and filters.start:
            hi = pd.to_datetime(articles["published_max"])
            possible &= ~(hi < pd.Timestamp(filters.start)).to_numpy()
        mask |= possible
    else:
        mask &= ~undated
    return mask


def articles_with_events_in(events: pd.DataFrame, start: date | None, end: date | None) -> pd.Index:
    """Articles that mention an event whose dates overlap the range (undated events never do)."""
    first, last = spans(events["date_start"], events["date_end"])
    mask = overlaps(first, last, start, end)
    return pd.Index(events.loc[mask, "article_id"].unique())


def meta_mask(
    article_ids: pd.Series, metadata: pd.DataFrame | None, meta: Sequence[tuple[str, str]]
) -> np.ndarray:
    """Articles whose metadata match: any of the values of a column, every column named.
    `metadata` is indexed by article_id with one column per metadata key (see
    lib.queries.metadata_frame); a column the corpus does not have matches nothing."""
    mask = np.ones(len(article_ids), dtype=bool)
    for column, values in meta_columns(meta).items():
        if metadata is None or column not in metadata.columns:
            return np.zeros(len(article_ids), dtype=bool)
        values_of = metadata[column]
        if not values_of.index.equals(pd.Index(article_ids)):
            values_of = values_of.reindex(article_ids.to_numpy())
        mask &= values_of.isin(values).to_numpy()
    return mask


def language_mask(articles: pd.DataFrame, languages: Sequence[str]) -> np.ndarray:
    """Articles written in one of the languages (articles.language; a run made before the
    column existed has none: nothing matches)."""
    if "language" not in articles:
        return np.zeros(len(articles), dtype=bool)
    return articles["language"].astype(object).isin(list(languages)).to_numpy()


def selection_mask(
    articles: pd.DataFrame,
    occurrences: pd.DataFrame,
    events: pd.DataFrame | Callable[[], pd.DataFrame],
    filters: Filters,
    *,
    metadata: pd.DataFrame | None = None,
    entity_mask: Callable[[Sequence[str], str], np.ndarray] | None = None,
    query_mask: Callable[[str], np.ndarray] | None = None,
) -> np.ndarray:
    """The articles that pass every filter, a boolean per row of `articles`. `metadata` (one
    column per metadata key, indexed by article_id) is needed only for a `meta` filter.
    `entity_mask(entity_ids, match)`, when given, answers the entity filter (a boolean per
    article) instead of `occurrences`: the dashboard's fast path on integer codes.
    `query_mask(query)` answers the search query (a boolean per article, from the full-text
    index: lib.queries.fulltext); a query without it is an error. `events` may be a function
    that returns them: only a range of event dates reads them."""
    mask = np.ones(len(articles), dtype=bool)
    if filters.sources:
        sources = articles["source"].astype(object).fillna(UNKNOWN_SOURCE)  # may be categorical
        mask &= sources.isin(list(filters.sources)).to_numpy()
    if filters.meta:
        mask &= meta_mask(articles["article_id"], metadata, filters.meta)
    if filters.languages:
        mask &= language_mask(articles, filters.languages)
    if filters.start or filters.end:
        if filters.date_basis == "event":
            events = events() if callable(events) else events
            mask &= (
                articles["article_id"]
                .isin(articles_with_events_in(events, filters.start, filters.end))
                .to_numpy()
            )
        else:
            mask &= published_mask(articles, filters)
    if filters.entities and entity_mask is not None:
        mask &= entity_mask(filters.entities, filters.match)
    elif filters.entities:
        mask &= (
            articles["article_id"]
            .isin(articles_with_entities(occurrences, filters.entities, match=filters.match))
            .to_numpy()
        )
    if filters.keyword.strip():
        if query_mask is None:
            raise ValueError(
                f"the search query {filters.keyword!r} needs the full-text index: select with "
                "Corpus.select (lib.queries.fulltext), or pass query_mask"
            )
        mask &= query_mask(filters.keyword)  # the whole corpus's hits: cached per query
    return mask
