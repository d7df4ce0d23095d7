"""Comparing groups of articles: outlets side by side, one leaning against another, 2016
against 2019. No Streamlit here.

A *group* is a set of filters (`lib.filters.Filters`: sources, metadata columns, a date
range, entities, a keyword) with an optional label. On the page, a group's articles are
those that pass both the sidebar's filters and the group's own. Groups live in the URL,
one parameter each (g1 … g4), as comma-separated `key:value` terms:

    g1=source:RT
    g2=label:Western agencies,source:Reuters,source:CNN,meta:leaning=center,from:2019-01-01

Terms: `label:` (the name shown; else one is derived: "RT", "leaning=center · 2019"),
`source:` and `meta:column=value` (repeatable: alternatives; different metadata columns must
all match), `from:` and `to:` (YYYY-MM-DD), `basis:event` (the range applies to the dates of
the events spoken of), `undated:1` (keep articles of unknown date in a dated group: left out by
default, so that "2016" against "2019" compares dated articles only), `entity:` (repeatable:
all must be mentioned, or any with `match:any`), `q:` (a keyword), and `all` (every article).
A comma or a percent sign inside a value is written %2C or %25. Unknown or malformed terms
are ignored, like bad values of the shared filters; a parameter without a valid term is no
group.

Distinctive terms (entities or words) are ranked by the weighted log-odds ratio with an
informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eq. 16–22;
the measure scattertext uses). For a term w, a group i and what it is compared with j:

    delta_w = ln[(y_wi + a_w) / (n_i + a_0 - y_wi - a_w)] - ln[(y_wj + a_w) / (n_j + a_0 - y_wj - a_w)]
    var_w  ~= 1 / (y_wi + a_w) + 1 / (y_wj + a_w)
    z_w     = delta_w / sqrt(var_w)

y are counts, n their totals, and the prior a_w = prior_scale · (n_i + n_j) · pi_w, where
pi_w is the term's share of the background: every article that passes the sidebar filters for
entities; for words, a fixed sample of them (MAX_WORD_ARTICLES) together with the compared
articles. a_w is floored at MIN_ALPHA; a_0 is the sum of a_w. With prior_scale 1 the prior weighs as much as the compared counts together, as
in the common implementation that takes the compared corpora's own counts as the prior.
A group is compared with the articles of the other groups that are not in it; |z| > 1.96 is
the usual threshold.

Entities are counted in mentions (every mention of the entity, knowledge-base events
included): a name repeated through one article counts each time, as a word does. Words come
from the article text (title, lede, body, captions): lower-cased runs of letters (hyphenated
words kept), spaCy's English stop words and one-letter tokens left out; counted in DuckDB, in
at most MAX_WORD_ARTICLES articles per group (the same fixed sample every time beyond).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import unquote

import duckdb
import numpy as np
import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS

from lib import queries, tone
from lib.filters import DATE_BASES, MATCHES, Filters

MAX_GROUPS = 4
GROUP_PARAMS = tuple(f"g{i}" for i in range(1, MAX_GROUPS + 1))
MIN_ALPHA = 0.01  # the smallest prior pseudo-count: an uninformative floor (scattertext's default)
Z_95 = 1.96
WORD_PATTERN = r"\pL+(?:-\pL+)*"  # RE2 (DuckDB): letters, hyphenated words kept
# The stems contractions leave behind once the apostrophe splits them ("don't" -> "don").
CONTRACTION_STEMS = frozenset(
    {"don", "doesn", "didn", "isn", "aren", "wasn", "weren", "wouldn", "couldn", "shouldn"}
    | {"hasn", "haven", "hadn", "ll", "ve"}
)
STOPWORDS = frozenset(w.lower().replace("’", "'") for w in STOP_WORDS) | CONTRACTION_STEMS
# Words are counted in at most this many articles per group (a fixed sample beyond: about two
# million words, plenty for the top of a ranking; tokenising runs at about 20 million characters a
# second, so that a comparison of large groups takes seconds, not minutes).
MAX_WORD_ARTICLES = 5_000


# -- groups and the URL -------------------------------------------------------------------------


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
        parts.append(f"“{f.keyword}”")
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
    label, sources, meta, entities = "", [], [], []
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
        elif key == "q":
            keyword = value[:200]
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
    arts = queries.articles_in(corpus, ids)
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


# -- which articles are in which group ---------------------------------------------------------


def group_members(corpus: queries.Corpus, ids: pd.Index, groups: Sequence[Group]) -> list[pd.Index]:
    """Each group's articles: those of `ids` (the sidebar's selection) that pass its filters."""
    everything = queries._is_all(corpus, ids)
    members = []
    for group in groups:
        chosen = corpus.select(group.filters)
        members.append(chosen if everything else ids[ids.isin(chosen)].rename("article_id"))
    return members


def membership(corpus: queries.Corpus, ids: pd.Index, groups: Sequence[Group]) -> pd.DataFrame:
    """One row per (article_id, group) with the group's index (an article may be in several)."""
    members = group_members(corpus, ids, groups)
    return pd.DataFrame(
        {
            "article_id": np.concatenate([np.asarray(m, dtype=object) for m in members])
            if members
            else np.array([], dtype=object),
            "group": np.repeat(np.arange(len(members)), [len(m) for m in members]),
        }
    )


def group_sizes(corpus: queries.Corpus, ids: pd.Index, *, groups: Sequence[Group]) -> pd.DataFrame:
    """Per group: group (label), definition, n_articles, n_dated, n_mentions, first, last."""
    labels = group_labels(groups, corpus.names)
    rows = []
    mention_counts = corpus.mentions["article_id"].value_counts()
    for label, group, members in zip(
        labels, groups, group_members(corpus, ids, groups), strict=True
    ):
        arts = queries.articles_in(corpus, members)
        published = pd.to_datetime(arts["published"]).dropna()
        rows.append(
            {
                "group": label,
                "definition": format_group(group),
                "n_articles": len(members),
                "n_dated": len(published),
                "n_mentions": int(mention_counts.reindex(members).fillna(0).sum()),
                "first": published.min().date() if len(published) else None,
                "last": published.max().date() if len(published) else None,
            }
        )
    return pd.DataFrame(rows)


# -- the weighted log-odds ratio -------------------------------------------------------------


def log_odds(
    y_i: np.ndarray, y_j: np.ndarray, alpha: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """delta, its variance and z for every term: Monroe et al. (2008) eq. 16, 20 and 22,
    with the prior pseudo-counts `alpha` (one per term)."""
    y_i, y_j, alpha = (np.asarray(a, dtype=float) for a in (y_i, y_j, alpha))
    n_i, n_j, a_0 = y_i.sum(), y_j.sum(), alpha.sum()
    delta = np.log((y_i + alpha) / (n_i + a_0 - y_i - alpha)) - np.log(
        (y_j + alpha) / (n_j + a_0 - y_j - alpha)
    )
    variance = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
    return delta, variance, delta / np.sqrt(variance)


def informative_prior(
    background: np.ndarray, n_compared: float, *, prior_scale: float = 1.0
) -> np.ndarray:
    """a_w = prior_scale · n_compared · (the term's share of the background), at least
    MIN_ALPHA."""
    background = np.asarray(background, dtype=float)
    total = background.sum()
    share = background / total if total > 0 else np.zeros_like(background)
    return np.maximum(prior_scale * n_compared * share, MIN_ALPHA)


def _scored(
    terms: pd.Index, y_i: np.ndarray, y_j: np.ndarray, background: np.ndarray, prior_scale: float
) -> pd.DataFrame:
    alpha = informative_prior(background, y_i.sum() + y_j.sum(), prior_scale=prior_scale)
    delta, variance, z = log_odds(y_i, y_j, alpha)
    n_i, n_j = max(y_i.sum(), 1), max(y_j.sum(), 1)
    return pd.DataFrame(
        {
            "term": terms,
            "n_group": y_i.astype("int64"),
            "n_other": y_j.astype("int64"),
            "per_1000_group": 1000 * y_i / n_i,
            "per_1000_other": 1000 * y_j / n_j,
            "delta": delta,
            "se": np.sqrt(variance),
            "z": z,
        }
    )


def distinctive(
    counts: pd.DataFrame, labels: Sequence[str], *, prior_scale: float = 1.0
) -> pd.DataFrame:
    """Every term scored for each group against the articles of the other groups that are
    not in it: group, term, n_group, n_other, per_1000_group, per_1000_other, delta, se, z,
    rank (1 = most distinctive of the group).

    `counts` (term_counts) has one row per term and columns 0 … k-1 (each group's counts),
    "union" (the groups' articles, each once) and "background"."""
    frames = []
    for g, label in enumerate(labels):
        y_i = counts[g].to_numpy(dtype=float)
        y_j = counts["union"].to_numpy(dtype=float) - y_i
        seen = (y_i + y_j) > 0
        scored = _scored(
            counts.index[seen],
            y_i[seen],
            y_j[seen],
            counts["background"].to_numpy()[seen],
            prior_scale,
        )
        scored = scored.sort_values(["z", "n_group"], ascending=[False, False], ignore_index=True)
        scored.insert(0, "group", label)
        scored["rank"] = np.arange(1, len(scored) + 1)
        frames.append(scored)
    columns = ["group", "term", "n_group", "n_other", "per_1000_group", "per_1000_other"]
    columns += ["delta", "se", "z", "rank"]
    return (
        pd.concat(frames, ignore_index=True)[columns] if frames else pd.DataFrame(columns=columns)
    )


def pair_scores(counts: pd.DataFrame, a: int, b: int, *, prior_scale: float = 1.0) -> pd.DataFrame:
    """Group a against group b, term by term (each group with all its articles): term,
    n_a, n_b, per_1000_a, per_1000_b, delta, se, z (> 0: more typical of a)."""
    y_a, y_b = counts[a].to_numpy(dtype=float), counts[b].to_numpy(dtype=float)
    seen = (y_a + y_b) > 0
    scored = _scored(
        counts.index[seen], y_a[seen], y_b[seen], counts["background"].to_numpy()[seen], prior_scale
    )
    return scored.rename(
        columns={
            "n_group": "n_a",
            "n_other": "n_b",
            "per_1000_group": "per_1000_a",
            "per_1000_other": "per_1000_b",
        }
    )


# -- counting --------------------------------------------------------------------------------


def _count_frame(long: pd.DataFrame, k: int) -> pd.DataFrame:
    """(g, term, n) rows -> one row per term, columns 0 … k-1, 'union', 'background'."""
    wide = long.pivot_table(index="term", columns="g", values="n", aggfunc="sum", fill_value=0)
    wide = wide.reindex(columns=[*range(k), -1, -2], fill_value=0).astype("int64")
    wide.columns = [*range(k), "union", "background"]
    wide.index.name = "term"
    return wide


def _membership_with_totals(members: Sequence[pd.Index], background: pd.Index) -> pd.DataFrame:
    """(article_id, g): each group's articles, their union once (g = -1) and the background
    (g = -2)."""
    parts = [*members, _union(members), background]
    codes = [*range(len(members)), -1, -2]
    return pd.DataFrame(
        {
            "article_id": np.concatenate([np.asarray(p, dtype=object) for p in parts]),
            "g": np.repeat(codes, [len(p) for p in parts]).astype("int64"),
        }
    )


def _union(members: Sequence[pd.Index]) -> pd.Index:
    """The articles of any group, each once."""
    if not members:
        return pd.Index([], dtype=object, name="article_id")
    return pd.Index(np.concatenate([np.asarray(m, dtype=object) for m in members])).unique()


def entity_counts(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    types: Sequence[str] = (),
) -> pd.DataFrame:
    """Mentions of each entity (of the given types) per group (columns 0 … k-1), in the
    groups' union ('union') and in the sidebar's selection ('background'): one bincount over
    the mentions' integer codes per column."""
    members = group_members(corpus, ids, groups)
    pairs = queries.pairs_in(corpus, ids, types=types)  # (article, entity, mentions)
    article = pairs["article_id"].cat.codes.to_numpy()
    entity = pairs["entity_id"].cat.codes.to_numpy()
    weight = pairs["n"].to_numpy(dtype=np.float64)
    size = len(pairs["entity_id"].cat.categories)

    def count(articles: pd.Index) -> np.ndarray:
        keep = corpus.article_mask(articles)[article]
        return np.bincount(entity[keep], weights=weight[keep], minlength=size).astype("int64")

    columns = {g: count(m) for g, m in enumerate(members)}
    columns["union"] = count(_union(members))
    columns["background"] = count(ids)
    frame = pd.DataFrame(
        columns, index=pd.Index(pairs["entity_id"].cat.categories.astype(object), name="term")
    )
    return frame[frame["background"] > 0]


def _sample(index: pd.Index, limit: int | None) -> pd.Index:
    """At most `limit` articles: those with the smallest ids (a hash of the text, so a
    uniform sample that is the same on every run)."""
    if limit is None or len(index) <= limit:
        return index
    return pd.Index(np.sort(np.asarray(index, dtype=object))[:limit], name=index.name)


def word_counts(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    max_articles: int | None = MAX_WORD_ARTICLES,
) -> pd.DataFrame:
    """Words (see the module docstring) per group, in the union and in the background, like
    entity_counts. Beyond `max_articles` articles in a group, a fixed sample of that many is
    counted (each article is tokenised once, whatever the number of groups it is in)."""
    members = [pd.Index(np.asarray(m, dtype=object)) for m in group_members(corpus, ids, groups)]
    kept = [_sample(m, max_articles) for m in members]
    sampled = pd.Index(np.concatenate([np.asarray(m, dtype=object) for m in kept])).unique()
    # An article sampled for one group counts in every group it belongs to.
    members = [m[m.isin(sampled)] for m in members]
    # The prior's background: a sample of the selection, and every article counted, so that no
    # counted word is missing from it.
    background = _sample(pd.Index(np.asarray(ids, dtype=object)), max_articles).union(sampled)
    rows = _membership_with_totals(members, background)
    docs = queries.articles_in(corpus, background)
    con = duckdb.connect()
    try:
        con.execute("SET threads TO 2")
        con.register("docs", docs[["article_id", "text"]])
        con.register("rows", rows)
        con.register("stop", pd.DataFrame({"word": sorted(STOPWORDS)}))
        long = con.execute(
            f"""
            WITH tokens AS (
                SELECT article_id, unnest(regexp_extract_all(lower(text), '{WORD_PATTERN}')) AS term
                FROM docs
            ),
            counted AS (
                SELECT article_id, term, count(*) AS n FROM tokens
                WHERE length(term) > 1 AND term NOT IN (SELECT word FROM stop)
                GROUP BY article_id, term
            )
            SELECT g, term, sum(n) AS n FROM counted JOIN rows USING (article_id) GROUP BY g, term
            """
        ).df()
    finally:
        con.close()
    return _count_frame(long, len(groups))


def _named_terms(corpus: queries.Corpus, frame: pd.DataFrame, kind: str) -> pd.DataFrame:
    if kind == "entity":
        return frame.assign(
            name=frame["term"].map(corpus.names).fillna(frame["term"]),
            type=frame["term"].map(corpus.types),
        )
    return frame.assign(name=frame["term"], type=None)


def distinctive_terms(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    kind: str = "entity",
    types: Sequence[str] = (),
    prior_scale: float = 1.0,
    top: int | None = None,
    max_articles: int | None = MAX_WORD_ARTICLES,
) -> pd.DataFrame:
    """The entities (kind="entity") or words (kind="word") most distinctive of each group
    (see `distinctive`), with name and type; the `top` of each group when given."""
    if kind == "entity":
        counts = entity_counts(corpus, ids, groups=groups, types=types)
    else:
        counts = word_counts(corpus, ids, groups=groups, max_articles=max_articles)
    scored = distinctive(counts, group_labels(groups, corpus.names), prior_scale=prior_scale)
    if top is not None:
        scored = scored[scored["rank"] <= top]
    scored = _named_terms(corpus, scored.reset_index(drop=True), kind)
    return scored[["group", "rank", "term", "name", "type", *scored.columns[2:-3]]]


def pair_terms(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    a: int = 0,
    b: int = 1,
    kind: str = "entity",
    types: Sequence[str] = (),
    prior_scale: float = 1.0,
    max_articles: int | None = MAX_WORD_ARTICLES,
) -> pd.DataFrame:
    """Group a against group b (see `pair_scores`), with name and type, sorted by |z|."""
    if kind == "entity":
        counts = entity_counts(corpus, ids, groups=groups, types=types)
    else:
        counts = word_counts(corpus, ids, groups=groups, max_articles=max_articles)
    scored = pair_scores(counts, a, b, prior_scale=prior_scale)
    scored = scored.reindex(scored["z"].abs().sort_values(ascending=False).index)
    labels = group_labels(groups, corpus.names)
    scored = _named_terms(corpus, scored.reset_index(drop=True), kind)
    scored.insert(0, "group_b", labels[b])
    scored.insert(0, "group_a", labels[a])
    cols = ["group_a", "group_b", "term", "name", "type", "n_a", "n_b", "per_1000_a", "per_1000_b"]
    return scored[[*cols, "delta", "se", "z"]]


# -- periods ----------------------------------------------------------------------------------

FREQS = ("W", "MS", "QS", "YS")
FREQ_LABEL = {"W": "week", "MS": "month", "QS": "quarter", "YS": "year"}


def pick_freq(start: date, end: date) -> str:
    """Weeks up to four months, months up to two years, quarters up to eight, then years:
    enough articles (and scored sentences) per period for a mean to mean something."""
    days = (end - start).days
    return "W" if days <= 120 else "MS" if days <= 731 else "QS" if days <= 2922 else "YS"


# -- volume and entity shares -----------------------------------------------------------------


def group_volume(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    start: date | None = None,
    end: date | None = None,
    freq: str = "MS",
) -> pd.DataFrame:
    """Articles published per period and group, every period of one shared range: group,
    period, n_articles, share (of the group's dated articles in the range, 0–1)."""
    labels = group_labels(groups, corpus.names)
    rows = membership(corpus, ids, groups)
    published = rows["article_id"].map(_published(corpus))
    rows = rows.assign(published=published)[queries._in_range(published, start, end)]
    columns = ["group", "period", "n_articles", "share"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    periods = queries.period_range(
        pd.Timestamp(start) if start else rows["published"].min(),
        pd.Timestamp(end) if end else rows["published"].max(),
        freq,
    )
    counts = (
        rows.assign(period=queries.period_start(rows["published"], freq))
        .groupby(["group", "period"])
        .size()
    )
    full = pd.MultiIndex.from_product([range(len(groups)), periods], names=["group", "period"])
    out = counts.reindex(full, fill_value=0).rename("n_articles").reset_index()
    totals = out.groupby("group")["n_articles"].transform("sum")
    out["share"] = (out["n_articles"] / totals.where(totals > 0)).fillna(0.0)
    out["n_articles"] = out["n_articles"].astype("int64")
    out["group"] = out["group"].map(dict(enumerate(labels)))
    return out[columns]


def entity_shares(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    types: Sequence[str] = (),
    top: int = 12,
    entity_ids: Sequence[str] = (),
) -> pd.DataFrame:
    """The share of each group's articles that mention each of the `top` entities named in
    most of the groups' articles (or the given ones): group, entity_id, name, type,
    n_articles, group_articles, share (0–1)."""
    labels = group_labels(groups, corpus.names)
    members = group_members(corpus, ids, groups)
    pairs = queries.pairs_in(corpus, _union(members), types=types)
    if entity_ids:
        chosen = list(entity_ids)
    else:
        n_articles = pairs["entity_id"].value_counts()
        chosen = n_articles[n_articles > 0].head(top).index.astype(object).tolist()
    pairs = pairs[pairs["entity_id"].isin(chosen)]
    article = pairs["article_id"].cat.codes.to_numpy()
    rows = []
    for label, m in zip(labels, members, strict=True):
        in_group = corpus.article_mask(m)[article]
        n = pairs.loc[in_group, "entity_id"].astype(object).value_counts()
        for entity_id in chosen:
            k = int(n.get(entity_id, 0))
            rows.append((label, entity_id, k, len(m), k / len(m) if len(m) else 0.0))
    out = pd.DataFrame(
        rows, columns=["group", "entity_id", "n_articles", "group_articles", "share"]
    )
    out.insert(2, "name", out["entity_id"].map(corpus.names))
    out.insert(3, "type", out["entity_id"].map(corpus.types))
    return out


# -- tone ------------------------------------------------------------------------------------


def _with_ci(frame: pd.DataFrame) -> pd.DataFrame:
    """tone.aggregate's frame with a 95% interval of the mean (normal approximation)."""
    half = Z_95 * frame["tone_se"]
    return frame.assign(ci_low=frame["tone_mean"] - half, ci_high=frame["tone_mean"] + half)


def _toned_sentences(corpus: queries.Corpus, article_ids: pd.Index) -> pd.DataFrame:
    sents = corpus.data.sentences
    sents = sents[sents["tone"].notna()]
    if not queries._is_all(corpus, article_ids):
        sents = sents[sents["article_id"].isin(article_ids)]
    return sents[["article_id", "sentence_id", "tone"]]


def _published(corpus: queries.Corpus) -> pd.Series:
    return pd.to_datetime(corpus.articles.set_index("article_id")["published"])


def group_tone(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    freq: str | None = "MS",
    start: date | None = None,
    end: date | None = None,
) -> pd.DataFrame:
    """Mean sentence tone per group (and per period of publication when `freq`): group,
    [period,] n_sentences, n_articles, tone_mean, tone_se, ci_low, ci_high, share_negative,
    share_neutral, share_positive (lib.tone.aggregate; sentences that mention an entity)."""
    labels = group_labels(groups, corpus.names)
    rows = membership(corpus, ids, groups)
    sents = _toned_sentences(corpus, pd.Index(rows["article_id"].unique()))
    data = sents.merge(rows, on="article_id")
    by = ["group"]
    if freq:
        data = data.assign(published=data["article_id"].map(_published(corpus)))
        data = data[queries._in_range(data["published"], start, end)]
        data = data.assign(period=queries.period_start(data["published"], freq))
        by.append("period")
    out = _with_ci(tone.aggregate(data, by))
    out["group"] = out["group"].map(dict(enumerate(labels)))
    return out


def entity_tone(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    entity_ids: Sequence[str],
    freq: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> pd.DataFrame:
    """Mean tone of the sentences that mention each entity, per group (and period when
    `freq`): group, entity_id, name, type, [period,] n_sentences, n_articles, tone_mean,
    tone_se, ci_low, ci_high, share_…. The tone of a sentence, not towards the entity."""
    labels = group_labels(groups, corpus.names)
    rows = membership(corpus, ids, groups)
    ments = queries.mentions_in(corpus, pd.Index(rows["article_id"].unique()))
    ments = ments.loc[
        ments["entity_id"].isin(list(entity_ids)), ["article_id", "sentence_id", "entity_id"]
    ].drop_duplicates()
    sents = _toned_sentences(corpus, pd.Index(ments["article_id"].unique()))
    data = ments.merge(sents, on=["article_id", "sentence_id"]).merge(rows, on="article_id")
    by = ["group", "entity_id"]
    if freq:
        data = data.assign(published=data["article_id"].map(_published(corpus)))
        data = data[queries._in_range(data["published"], start, end)]
        data = data.assign(period=queries.period_start(data["published"], freq))
        by.append("period")
    out = _with_ci(tone.aggregate(data, by))
    out["group"] = out["group"].map(dict(enumerate(labels)))
    out.insert(2, "name", out["entity_id"].map(corpus.names))
    out.insert(3, "type", out["entity_id"].map(corpus.types))
    return out


def article_tone(corpus: queries.Corpus, ids: pd.Index, *, groups: Sequence[Group]) -> pd.DataFrame:
    """Mean tone per article of each group: group, article_id, title, source, published,
    n_sentences, tone_mean, tone_se, share_negative, share_neutral, share_positive."""
    labels = group_labels(groups, corpus.names)
    rows = membership(corpus, ids, groups)
    sents = _toned_sentences(corpus, pd.Index(rows["article_id"].unique()))
    out = tone.aggregate(sents.merge(rows, on="article_id"), ["group", "article_id"])
    out["group"] = out["group"].map(dict(enumerate(labels)))
    arts = corpus.articles.set_index("article_id")[["title", "source", "published"]]
    out = out.join(arts, on="article_id").drop(columns="n_articles")
    cols = ["group", "article_id", "title", "source", "published", "n_sentences", "tone_mean"]
    return out[[*cols, "tone_se", *(c for c in out.columns if c.startswith("share_"))]]


# -- drill-down -------------------------------------------------------------------------------


def entity_sentences(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    entity_id: str,
    limit: int = 100,
) -> pd.DataFrame:
    """The sentences that mention the entity, in each group (the first `limit` per group, newest
    articles first): group, article_id, sentence_id, sentence, tone, title, source, published."""
    labels = group_labels(groups, corpus.names)
    members = group_members(corpus, ids, groups)
    ments = corpus.mentions
    ments = ments.loc[ments["entity_id"] == entity_id, ["article_id", "sentence_id", "published"]]
    sents = corpus.data.sentences
    sents = sents[sents["article_id"].isin(ments["article_id"].unique())]
    tones = sents.set_index(["article_id", "sentence_id"])["tone"]
    frames = []
    for label, m in zip(labels, members, strict=True):
        units = (
            ments[ments["article_id"].isin(m)]
            .drop_duplicates(["article_id", "sentence_id"])
            .sort_values(["published", "article_id", "sentence_id"], ascending=[False, True, True])
        )
        found = queries.sentences_for(corpus, units[["article_id", "sentence_id"]], limit=limit)
        key = pd.MultiIndex.from_frame(found[["article_id", "sentence_id"]])
        found["tone"] = tones.reindex(key).to_numpy()
        frames.append(found.assign(group=label))
    cols = [
        "group",
        "article_id",
        "sentence_id",
        "sentence",
        "tone",
        "title",
        "source",
        "published",
    ]
    if not frames:
        return pd.DataFrame(columns=cols)
    return pd.concat(frames, ignore_index=True)[cols]
