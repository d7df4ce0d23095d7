"""Groups of articles to compare: what a group is, its label, and its URL grammar
(`g1` … `g4`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import unquote

import pandas as pd

from lib import queries
from lib.queries.filters import DATE_BASES, MATCHES, MAX_QUERY, Filters, language_name, query_text

MAX_GROUPS = 4


GROUP_PARAMS = tuple(f"g{i}" for i in range(1, MAX_GROUPS + 1))


Z_95 = 1.96


DEFAULT_COLUMNS = ("article_id", "source", "published", "published_min")  # default_groups reads


@dataclass(frozen=True)
class Group:
    """One side of a comparison: filters and an optional label. Hashable (a cache key)."""

    filters: Filters = field(default_factory=lambda: Filters(include_undated=False))
    label: str = ""

    def title(self, names: Mapping[str, str] | None = None) -> str:
        """The label, or one derived from the filters: 'RT', 'leaning=center · 2019'."""
        return self.label or derive_label(self.filters, names)


def _years(start: date | None, end: date | None) -> str | None:
    """'2019' or '2016–2019' when the range is whole calendar years."""
    if start and end and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    return None


def derive_label(f: Filters, names: Mapping[str, str] | None = None) -> str:
    """A short name for a group's filters: 'RT or CNN · leaning=center · 2019 · “dialogue”'."""
    names = names or {}
    parts = []
    if f.sources:
        shown = " or ".join(f.sources[:2])
        parts.append(shown + (f" +{len(f.sources) - 2}" if len(f.sources) > 2 else ""))
    parts += [f"{column}={value}" for column, value in f.meta]
    if f.languages:
        parts.append(" or ".join(language_name(c) for c in f.languages))
    if f.start or f.end:
        span = _years(f.start, f.end) or (
            f"{f.start} – {f.end}"
            if f.start and f.end
            else f"from {f.start}"
            if f.start
            else f"to {f.end}"
        )
        parts.append(f"events {span}" if f.date_basis == "event" else span)
    if f.entities:
        joiner = " & " if f.match == "all" else " or "
        parts.append(joiner.join(names.get(e, e.split(":", 1)[-1]) for e in f.entities[:3]))
    if f.keyword:
        parts.append(f"“{query_text(f.keyword)}”")
    return " · ".join(parts) or "all articles"


def _escape(value: str) -> str:
    return value.replace("%", "%25").replace(",", "%2C")


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def parse_group(text: str | None) -> Group | None:
    """A group from its URL form (see the module docstring); None when no term is valid."""
    if not text or not text.strip():
        return None
    label, sources, meta, entities, languages = "", [], [], [], []
    start = end = None
    match, basis, undated, keyword, valid = "all", "published", False, "", False
    for raw in text.split(","):
        key, sep, value = raw.strip().partition(":")
        key, value = key.strip().lower(), unquote(value).strip()
        if key == "all" and not value:
            valid = True
            continue
        if not sep or not value:
            continue  # a term without a value: ignored
        if key == "label":
            label = value[:80]
        elif key == "source":
            sources.append(value)
        elif key == "meta":
            column, eq, wanted = value.partition("=")
            if eq and column.strip() and wanted.strip():
                meta.append((column.strip(), wanted.strip()))
            else:
                continue
        elif key in ("from", "to"):
            day = _day(value)
            if day is None:
                continue  # a bad date: that bound is ignored
            start, end = (day, end) if key == "from" else (start, day)
        elif key == "basis" and value.lower() in DATE_BASES:
            basis = value.lower()
        elif key == "undated" and value.lower() in ("0", "1", "true", "false", "yes", "no"):
            undated = value.lower() in ("1", "true", "yes")
        elif key == "entity" and ":" in value:
            entities.append(value)
        elif key == "match" and value.lower() in MATCHES:
            match = value.lower()
        elif key == "q":  # a search query: q:NATO AND "Black Sea"
            keyword = value[:MAX_QUERY]
        elif key == "lang" and re.fullmatch(r"[A-Za-z]{2}", value):
            languages.append(value.lower())
        else:
            continue
        valid = True
    if not valid:
        return None
    if start and end and start > end:
        start, end = end, start
    filters = Filters(
        entities=tuple(dict.fromkeys(entities)),
        match=match if entities else "all",
        start=start,
        end=end,
        date_basis=basis,
        include_undated=undated,
        sources=tuple(dict.fromkeys(sources)),
        keyword=keyword,
        meta=tuple(dict.fromkeys(meta)),
        languages=tuple(dict.fromkeys(languages)),
    )
    return Group(filters=filters, label=label)


def format_group(group: Group) -> str:
    """The URL form of a group (parse_group's inverse); 'all' for a group without filters."""
    f = group.filters
    terms: list[tuple[str, str]] = []
    if group.label:
        terms.append(("label", group.label))
    terms += [("source", s) for s in f.sources]
    terms += [("meta", f"{column}={value}") for column, value in f.meta]
    terms += [("lang", code) for code in f.languages]
    if f.start:
        terms.append(("from", f.start.isoformat()))
    if f.end:
        terms.append(("to", f.end.isoformat()))
    if f.date_basis != "published":
        terms.append(("basis", f.date_basis))
    if f.include_undated and (f.start or f.end) and f.date_basis == "published":
        terms.append(("undated", "1"))
    terms += [("entity", e) for e in f.entities]
    if f.entities and f.match != "all":
        terms.append(("match", f.match))
    if f.keyword:
        terms.append(("q", f.keyword))
    return ",".join(f"{key}:{_escape(value)}" for key, value in terms) or "all"


def groups_from_query_params(params: Mapping[str, str | Sequence[str]]) -> tuple[Group, ...]:
    """The groups of g1 … g4, in order; missing or invalid ones are skipped."""
    groups = []
    for key in GROUP_PARAMS:
        raw = params.get(key)
        value = raw if isinstance(raw, str) or raw is None else (list(raw) or [None])[0]
        group = parse_group(value)
        if group is not None:
            groups.append(group)
    return tuple(groups)


def groups_to_query_params(groups: Sequence[Group]) -> dict[str, str]:
    return {key: format_group(g) for key, g in zip(GROUP_PARAMS, groups[:MAX_GROUPS], strict=False)}


def group_labels(groups: Sequence[Group], names: Mapping[str, str] | None = None) -> list[str]:
    """The groups' titles, made unique ('all articles', 'all articles (2)')."""
    labels: list[str] = []
    for group in groups:
        label, n = group.title(names), 2
        while label in labels:
            label = f"{group.title(names)} ({n})"
            n += 1
        labels.append(label)
    return labels


def describe_groups(groups: Sequence[Group], names: Mapping[str, str] | None = None) -> str:
    """The groups and what each holds, for a chart's subtitle: 'Russian state: RT · …'."""
    parts = []
    for label, group in zip(group_labels(groups, names), groups, strict=True):
        derived = derive_label(group.filters, names)
        parts.append(label if label == derived else f"{label} ({derived})")
    return "groups: " + " | ".join(parts)


def groups_slug(groups: Sequence[Group], names: Mapping[str, str] | None = None) -> str:
    """The groups as a file-name fragment: 'rt-vs-reuters'."""
    slugs = [
        re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[:24] or "group"
        for label in group_labels(groups, names)
    ]
    return "-vs-".join(slugs)


def default_groups(corpus: queries.Corpus, ids: pd.Index, *, n: int = 3) -> tuple[Group, ...]:
    """One group per top source of the selection (up to n); with fewer than two sources, one
    per top value of the first metadata column that has two; else the two latest years."""
    arts = queries.articles_in(
        corpus, ids, columns=[c for c in DEFAULT_COLUMNS if c in corpus.articles]
    )  # not every column: the texts of every article would be copied at each rerun
    # Most articles first; ties by name, so that the same corpus gives the same groups.
    sources = arts["source"].dropna().astype(str).value_counts().sort_index()
    sources = sources.sort_values(ascending=False, kind="stable")
    if len(sources) >= 2:
        return tuple(Group(Filters(sources=(s,), include_undated=False)) for s in sources.index[:n])
    meta = corpus.metadata
    for column in meta.columns:
        values = meta[column].reindex(arts["article_id"]).value_counts()
        values = values.set_axis(values.index.astype(str)).sort_index()
        values = values[values > 0].sort_values(ascending=False, kind="stable")
        if len(values) >= 2:
            return tuple(
                Group(Filters(meta=((column, str(v)),), include_undated=False))
                for v in values.index[:n]
            )
    years = pd.to_datetime(arts["published"]).dt.year.dropna().astype(int)
    exact = len(years.unique()) >= 2
    if not exact and "published_min" in arts:
        # No two known years: the years the inferred dates are known to start in (an article
        # "published in 2016" by inference counts for 2016), and undated articles admitted
        # where their known range overlaps the group's year.
        years = pd.to_datetime(arts["published"].fillna(arts["published_min"])).dt.year
        years = years.dropna().astype(int)
    latest = sorted(years.unique())[-2:]
    if len(latest) == 2:
        return tuple(
            Group(Filters(start=date(y, 1, 1), end=date(y, 12, 31), include_undated=not exact))
            for y in latest
        )
    return ()
