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
pi_w is the term's share of the background: every article that passes the sidebar filters.
a_w is floored at MIN_ALPHA; a_0 is the sum of a_w. With prior_scale 1 the prior weighs as much as the compared counts together, as
in the common implementation that takes the compared corpora's own counts as the prior.
A group is compared with the articles of the other groups that are not in it; |z| > 1.96 is
the usual threshold.

Entities are counted in mentions (every mention of the entity, knowledge-base events
included): a name repeated through one article counts each time, as a word does. Words come
from the article text (title, lede, body, captions): lower-cased runs of letters (hyphenated
words kept), spaCy's English stop words and one-letter tokens left out; counted once per run
(lib.wordcounts), then summed over every article of each group.

The queries share their work: each article's bits (which groups it is in, whether the sidebar
selects it) are made once per selection and groups, and each count is one bincount over them
(lib.compare_counts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import unquote

import numpy as np
import pandas as pd

from lib import compare_counts as cc
from lib import cooccur, queries, tone, wordcounts
from lib.filters import DATE_BASES, MATCHES, Filters

MAX_GROUPS = 4
GROUP_PARAMS = tuple(f"g{i}" for i in range(1, MAX_GROUPS + 1))
MIN_ALPHA = 0.01  # the smallest prior pseudo-count: an uninformative floor (scattertext's default)
Z_95 = 1.96


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


def _kept(corpus: queries.Corpus, name: str, key: object, compute: Callable[[], Any]) -> Any:
    """compute() once per corpus and key (a few dozen kept): what does not depend on the
    sidebar's selection (a group's own articles, an entity's sentences)."""
    memo = corpus.__dict__.setdefault(f"_compare_{name}", {})
    if key not in memo:
        if len(memo) >= 32:
            memo.pop(next(iter(memo)))
        memo[key] = compute()
    return memo[key]


def _per_groups(
    corpus: queries.Corpus, name: str, ids: pd.Index, groups: Sequence[Group], compute: Callable[[], Any]
) -> Any:
    """compute() once per selection and groups: the page asks a dozen queries of the same."""
    memo = corpus.per_selection(f"compare_{name}", ids, dict)
    key = tuple(groups)
    if key not in memo:
        if len(memo) >= 4:
            memo.pop(next(iter(memo)))
        memo[key] = compute()
    return memo[key]


def _group_mask(corpus: queries.Corpus, filters: Filters) -> np.ndarray:
    """A boolean per row of `articles`: does the article pass the group's own filters."""
    return _kept(corpus, "group_masks", filters, lambda: corpus.article_mask(corpus.select(filters)))


def group_bits(corpus: queries.Corpus, ids: pd.Index, groups: Sequence[Group]) -> np.ndarray:
    """One integer per row of `articles` (read-only): bit g set when the article is in group g,
    bit k (the number of groups) when it is in the sidebar's selection (see
    lib.compare_counts)."""

    def compute() -> np.ndarray:
        selected = corpus.article_mask(ids)
        bits = selected.astype(np.uint8) << len(groups)
        for g, group in enumerate(groups):
            bits |= (selected & _group_mask(corpus, group.filters)).astype(np.uint8) << g
        bits.flags.writeable = False
        return bits

    return _per_groups(corpus, "bits", ids, groups, compute)


def _in_group(bits: np.ndarray, g: int) -> np.ndarray:
    return (bits >> g) & 1 == 1


def _mentions_per_article(corpus: queries.Corpus) -> np.ndarray:
    codes = corpus.mentions["article_id"].cat.codes.to_numpy()
    return _kept(corpus, "per_article", "mentions", lambda: np.bincount(codes, minlength=len(corpus.articles)))


def group_sizes(corpus: queries.Corpus, ids: pd.Index, *, groups: Sequence[Group]) -> pd.DataFrame:
    """Per group: group (label), definition, n_articles, n_dated, n_mentions, first, last."""
    labels = group_labels(groups, corpus.names)
    bits = group_bits(corpus, ids, groups)
    published = corpus.published.to_numpy()
    n_mentions = _mentions_per_article(corpus)
    rows = []
    for g, (label, group) in enumerate(zip(labels, groups, strict=True)):
        members = _in_group(bits, g)
        days = published[members]
        days = days[~np.isnat(days)]
        rows.append(
            {
                "group": label,
                "definition": format_group(group),
                "n_articles": int(members.sum()),
                "n_dated": len(days),
                "n_mentions": int(n_mentions[members].sum()),
                "first": pd.Timestamp(days.min()).date() if len(days) else None,
                "last": pd.Timestamp(days.max()).date() if len(days) else None,
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


def _count_frame(columns: np.ndarray, terms: pd.Index, k: int) -> pd.DataFrame:
    """group_columns' rows -> one row per term seen in the selection, columns 0 … k-1,
    'union', 'background'."""
    seen = columns[k + 1] > 0
    frame = pd.DataFrame(
        {
            name: column[seen].astype("int64")
            for name, column in zip([*range(k), "union", "background"], columns, strict=True)
        },
        index=terms[seen],
    )
    frame.index.name = "term"
    return frame


def _entity_columns(
    corpus: queries.Corpus, ids: pd.Index, groups: Sequence[Group]
) -> tuple[np.ndarray, np.ndarray]:
    """Articles and mentions of every catalogue entity (any type) per group, in the union and
    in the selection (group_columns' rows): one pass over `Corpus.pairs`."""

    def compute() -> tuple[np.ndarray, np.ndarray]:
        p = corpus.pairs
        bits = group_bits(corpus, ids, groups)[p["article_id"].cat.codes.to_numpy()]
        entity = p["entity_id"].cat.codes.to_numpy()
        size, k = len(corpus.catalog), len(groups)
        weights = _kept(  # articles (1 per pair) and mentions, in one pass
            corpus, "pair_weights", "n",
            lambda: np.stack([np.ones(len(p)), p["n"].to_numpy(dtype=np.float64)]),
        )  # fmt: skip
        columns = cc.group_columns(
            cc.combination_sums(bits, entity, size=size, n_groups=k, weights=weights), k
        ).astype(np.int64)
        return columns[0], columns[1]

    return _per_groups(corpus, "entities", ids, groups, compute)


def entity_counts(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    types: Sequence[str] = (),
) -> pd.DataFrame:
    """Mentions of each entity (of the given types) per group (columns 0 … k-1), in the
    groups' union ('union') and in the sidebar's selection ('background')."""
    mentions = _entity_columns(corpus, ids, groups)[1]
    allowed = corpus.allowed_types(types)
    if allowed is not None:
        mentions = mentions * allowed
    return _count_frame(mentions, corpus.catalog.index.astype(object), len(groups))


def _sample(index: pd.Index, limit: int | None) -> pd.Index:
    """At most `limit` articles: those with the smallest ids (a hash of the text, so a
    uniform sample that is the same on every run)."""
    if limit is None or len(index) <= limit:
        return index
    return pd.Index(np.sort(np.asarray(index, dtype=object))[:limit], name=index.name)


def _sampled_bits(
    corpus: queries.Corpus, ids: pd.Index, groups: Sequence[Group], limit: int
) -> np.ndarray:
    """group_bits with at most `limit` articles counted per group (the smallest ids; an
    article sampled for one group counts in every group it belongs to) and, for the
    selection, a sample of it together with every counted article."""
    bits = group_bits(corpus, ids, groups)
    k = len(groups)
    members = [corpus.all_ids[_in_group(bits, g)] for g in range(k)]
    sampled = corpus.article_mask(
        pd.Index(np.concatenate([np.asarray(_sample(m, limit), dtype=object) for m in members]))
    ) if k else np.zeros(len(bits), dtype=bool)
    background = sampled | corpus.article_mask(_sample(pd.Index(np.asarray(ids, dtype=object)), limit))
    kept = np.where(sampled, bits & ((1 << k) - 1), 0).astype(np.uint8)
    return kept | (background.astype(np.uint8) << k)


def _word_columns(corpus: queries.Corpus, bits: np.ndarray, k: int) -> np.ndarray:
    """Words per group, in the union and in the selection (group_columns' rows): a sum over
    the word-count rows of the selected articles (lib.wordcounts)."""
    words = wordcounts.of_corpus(corpus)
    size = len(words.vocabulary)
    selected = np.flatnonzero(bits)
    if len(selected) > len(bits) // 2:  # most articles: every row, masked by the bits
        row_bits = np.repeat(bits, np.diff(words.offsets))
        by_combo = cc.combination_sums(row_bits, words.word, size=size, n_groups=k, weights=words.n)
    else:
        rows, lengths = words.rows_of(selected)
        row_bits = np.repeat(bits[selected], lengths)
        by_combo = cc.combination_sums(
            row_bits, words.word[rows], size=size, n_groups=k, weights=words.n[rows]
        )
    return cc.group_columns(by_combo, k)


def word_counts(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    max_articles: int | None = None,
) -> pd.DataFrame:
    """Words (see the module docstring) per group, in the union and in the background, like
    entity_counts. With `max_articles`, only a fixed sample of that many articles per group
    (and of the selection) is counted."""
    vocabulary = wordcounts.of_corpus(corpus).vocabulary
    k = len(groups)
    if max_articles is None:
        columns = _per_groups(
            corpus, "words", ids, groups,
            lambda: _word_columns(corpus, group_bits(corpus, ids, groups), k),
        )  # fmt: skip
    else:
        columns = _word_columns(corpus, _sampled_bits(corpus, ids, groups, max_articles), k)
    return _count_frame(columns, vocabulary, k)


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
    max_articles: int | None = None,
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
    max_articles: int | None = None,
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


def _periods(corpus: queries.Corpus, freq: str) -> tuple[pd.Series, np.ndarray]:
    """The periods articles are published in (sorted, distinct) and each article's position
    among them (-1 when undated)."""

    def compute() -> tuple[pd.Series, np.ndarray]:
        starts = queries.period_start(corpus.published, freq)
        codes, uniques = pd.factorize(starts, sort=True)
        return pd.Series(uniques), codes

    return _kept(corpus, "periods", freq, compute)


def _dated_in(corpus: queries.Corpus, start: date | None, end: date | None) -> np.ndarray:
    return queries._in_range(corpus.published, start, end)


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
    bits = group_bits(corpus, ids, groups)
    in_range = _dated_in(corpus, start, end)
    any_group = in_range & ((bits & ((1 << len(groups)) - 1)) > 0)
    columns = ["group", "period", "n_articles", "share"]
    if not any_group.any():
        return pd.DataFrame(columns=columns)
    published = corpus.published[any_group]
    periods = queries.period_range(
        pd.Timestamp(start) if start else published.min(),
        pd.Timestamp(end) if end else published.max(),
        freq,
    )
    uniques, codes = _periods(corpus, freq)
    position = periods.get_indexer(uniques)  # each distinct period's place in the range
    counts = []
    for g in range(len(groups)):
        chosen = codes[in_range & _in_group(bits, g)]
        counts.append(np.bincount(chosen, minlength=len(uniques)) if len(uniques) else chosen)
    per_group = np.zeros((len(groups), len(periods)), dtype=np.int64)
    inside = position >= 0
    for g, n in enumerate(counts):
        per_group[g, position[inside]] = n[inside]
    totals = per_group.sum(axis=1, keepdims=True)
    share = np.divide(per_group, totals, out=np.zeros(per_group.shape), where=totals > 0)
    return pd.DataFrame(
        {
            "group": np.repeat(np.array(labels, dtype=object), len(periods)),
            "period": np.tile(periods.to_numpy(), len(groups)),
            "n_articles": per_group.ravel(),
            "share": share.ravel(),
        }
    )[columns]


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
    k = len(groups)
    n_articles = _entity_columns(corpus, ids, groups)[0]
    allowed = corpus.allowed_types(types)
    if allowed is not None:
        n_articles = n_articles * allowed
    if entity_ids:
        chosen = corpus.catalog.index.get_indexer(list(entity_ids))
        chosen_ids = list(entity_ids)
    else:
        # Most articles first, ties in the catalogue's order (as value_counts ranks them).
        ranked = np.argsort(-n_articles[k], kind="stable")
        chosen = ranked[n_articles[k][ranked] > 0][:top]
        chosen_ids = corpus.catalog.index[chosen].astype(object).tolist()
    bits = group_bits(corpus, ids, groups)
    sizes = [int(_in_group(bits, g).sum()) for g in range(k)]
    rows = []
    for g, label in enumerate(labels):
        for code, entity_id in zip(chosen, chosen_ids, strict=True):
            n = int(n_articles[g, code]) if code >= 0 else 0
            rows.append((label, entity_id, n, sizes[g], n / sizes[g] if sizes[g] else 0.0))
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


def _article_tone_sums(corpus: queries.Corpus) -> np.ndarray:
    """compare_counts.tone_sums of every article (its scored sentences)."""

    def compute() -> np.ndarray:
        article = corpus.article_codes("sentences")
        found = article >= 0
        tones = corpus.data.sentences["tone"].to_numpy()
        return cc.tone_sums(
            article[found], tones[found], len(corpus.articles), neutral_band=tone.NEUTRAL_BAND
        )

    return _kept(corpus, "tone", "articles", compute)


def _tone_by_group(
    sums: np.ndarray,
    bits: np.ndarray,
    k: int,
    labels: Sequence[str],
    *,
    periods: tuple[pd.Series, np.ndarray] | None = None,
    dated: np.ndarray | None = None,
    tone_dtype: np.dtype | type = np.float64,
) -> pd.DataFrame:
    """tone.aggregate's frame per group (and period) from per-article sums (`bits`, `dated`
    and the periods' codes aligned with them); only the groups (and periods) with a scored
    sentence, in order. The mean has the tones' dtype, as pandas gives it."""
    scored = sums[0] > 0
    key = np.zeros(len(bits), dtype=np.int64)
    size = 1
    if periods is not None:
        uniques, codes = periods
        size = max(len(uniques), 1)
        scored &= dated & (codes >= 0)
        key = codes
    bits = np.where(scored, bits, 0).astype(bits.dtype)
    by_combo = cc.combination_sums(bits, key, size=size, n_groups=k, weights=sums)
    columns = cc.group_columns(by_combo, k)[:, :k]  # (sum, group, period)
    group, period = np.nonzero(columns[0] > 0)
    out = pd.DataFrame({"group": group})
    if periods is not None:
        out["period"] = periods[0].to_numpy()[period]
    summary = cc.tone_summary(columns[:, group, period])
    summary["tone_mean"] = summary["tone_mean"].astype(tone_dtype)
    out = _with_ci(out.assign(**summary))
    out["group"] = out["group"].map(dict(enumerate(labels)))
    return out


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
    bits = group_bits(corpus, ids, groups)
    return _tone_by_group(
        _article_tone_sums(corpus),
        bits,
        len(groups),
        labels,
        periods=_periods(corpus, freq) if freq else None,
        dated=_dated_in(corpus, start, end),
        tone_dtype=corpus.data.sentences["tone"].dtype,
    )


def _mention_rows(corpus: queries.Corpus, code: int) -> np.ndarray:
    """The rows of `mentions` of one catalogue entity (by its code): an index sorted by entity,
    made once (a second for 6M mentions) instead of a scan of every mention per entity."""

    def compute() -> tuple[np.ndarray, np.ndarray]:
        codes = corpus.mentions["entity_id"].cat.codes.to_numpy()
        counts = np.bincount(codes, minlength=len(corpus.catalog))
        return np.argsort(codes, kind="stable"), np.concatenate([[0], np.cumsum(counts)])

    order, offsets = _kept(corpus, "mention_index", "entity_id", compute)
    return order[offsets[code] : offsets[code + 1]]


def _entity_units(corpus: queries.Corpus, entity_id: str) -> pd.DataFrame:
    """The distinct sentences that mention the entity, newest articles first: article (row in
    `articles`), sentence_id, row (in `data.sentences`, -1 when absent), tone."""

    def compute() -> pd.DataFrame:
        rows = _mention_rows(corpus, corpus.catalog.index.get_loc(entity_id))
        m = corpus.mentions
        article = m["article_id"].cat.codes.to_numpy()[rows].astype(np.int64)
        sentence = m["sentence_id"].to_numpy()[rows].astype(np.int64)
        keys, _ = cooccur.unique_counts(article * queries.SENTENCE_SLOTS + sentence)
        article, sentence = np.divmod(keys, queries.SENTENCE_SLOTS)
        published = corpus.published.to_numpy()[article]
        # Newest first, undated last; then by article and sentence (as sort_values orders a
        # categorical: by its codes).
        undated = np.isnat(published)
        newest = -published.astype("datetime64[ns]").astype(np.int64)
        order = np.lexsort((sentence, article, newest, undated))
        article, sentence = article[order], sentence[order]
        sorted_keys, rows = corpus.sentence_keys
        wanted = article * queries.SENTENCE_SLOTS + sentence
        at = np.minimum(np.searchsorted(sorted_keys, wanted), max(len(sorted_keys) - 1, 0))
        found = (sorted_keys[at] == wanted) if len(sorted_keys) else np.zeros(len(wanted), bool)
        row = np.where(found, rows[at] if len(rows) else -1, -1)
        tones = corpus.data.sentences["tone"].to_numpy()
        tone_of = tones[np.maximum(row, 0)] if len(tones) else np.zeros(len(row), tones.dtype)
        return pd.DataFrame(
            {
                "article": article,
                "sentence_id": sentence,
                "row": row,
                "tone": np.where(row >= 0, tone_of, np.nan).astype(tones.dtype),
            }
        )

    return _kept(corpus, "entity_units", entity_id, compute)


def _entity_tone_sums(corpus: queries.Corpus, entity_id: str) -> tuple[np.ndarray, np.ndarray]:
    """The articles with a scored sentence that mentions the entity (rows in `articles`) and
    compare_counts.tone_sums of those sentences, per article."""

    def compute() -> tuple[np.ndarray, np.ndarray]:
        units = _entity_units(corpus, entity_id)
        articles, position = np.unique(units["article"].to_numpy(), return_inverse=True)
        sums = cc.tone_sums(
            position, units["tone"].to_numpy(), len(articles), neutral_band=tone.NEUTRAL_BAND
        )
        return articles, sums

    return _kept(corpus, "entity_tone", entity_id, compute)


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
    bits = group_bits(corpus, ids, groups)
    periods = _periods(corpus, freq) if freq else None
    dated = _dated_in(corpus, start, end)
    codes = corpus.catalog.index.get_indexer(list(dict.fromkeys(entity_ids)))
    codes = sorted(c for c in codes if c >= 0)  # by entity_id, like a groupby
    options = dict(tone_dtype=corpus.data.sentences["tone"].dtype)
    nothing = np.zeros((len(cc.TONE_ROWS), 0))
    frames = [  # the columns, when no entity is given
        _tone_by_group(nothing, bits[:0], 0, [], **options).assign(group_index=0, entity_id=0)
    ]
    if periods is not None:
        frames[0].insert(1, "period", pd.Series(dtype=periods[0].dtype))
    for code in codes:
        articles, sums = _entity_tone_sums(corpus, corpus.catalog.index[code])
        if periods is not None:
            options.update(periods=(periods[0], periods[1][articles]), dated=dated[articles])
        frame = _tone_by_group(sums, bits[articles], len(groups), labels, **options)
        frames.append(frame.assign(group_index=frame["group"].map(labels.index), entity_id=code))
    by = ["group_index", "entity_id", *(["period"] if freq else [])]
    data = pd.concat(frames, ignore_index=True).sort_values(by, kind="stable")
    data["entity_id"] = pd.Categorical.from_codes(
        data["entity_id"].to_numpy(dtype=np.int32), dtype=corpus.mentions["entity_id"].dtype
    )
    order = ["group", *by[1:]]
    out = data[[*order, *(c for c in data.columns if c not in (*order, "group_index"))]]
    out = out.reset_index(drop=True).astype({"group": "str"})
    codes = out["entity_id"].cat.codes.to_numpy()  # a map over the codes, not every category
    for at, column in ((2, "name"), (3, "type")):
        out.insert(at, column, corpus.catalog[column].iloc[codes].to_numpy())
        out[column] = out[column].astype("str")
    return out


def article_tone(corpus: queries.Corpus, ids: pd.Index, *, groups: Sequence[Group]) -> pd.DataFrame:
    """Mean tone per article of each group: group, article_id, title, source, published,
    n_sentences, tone_mean, tone_se, share_negative, share_neutral, share_positive."""
    labels = group_labels(groups, corpus.names)
    bits = group_bits(corpus, ids, groups)
    sums = _article_tone_sums(corpus)
    scored = sums[0] > 0
    by_id = _id_order(corpus)  # each group's articles by id, as a groupby sorts them
    picked = [by_id[(_in_group(bits, g) & scored)[by_id]] for g in range(len(groups))]
    rows = np.concatenate(picked) if picked else np.zeros(0, dtype=np.int64)
    summary = cc.tone_summary(sums[:, rows])
    summary["tone_mean"] = summary["tone_mean"].astype(corpus.data.sentences["tone"].dtype)
    out = corpus.articles[["article_id", "title", "source", "published"]].iloc[rows]
    out = out.reset_index(drop=True).assign(
        **{k: v for k, v in summary.items() if k != "n_articles"}
    )
    out.insert(0, "group", np.repeat(np.array(labels, dtype=object), [len(p) for p in picked]))
    out["group"] = out["group"].astype("str")
    cols = ["group", "article_id", "title", "source", "published", "n_sentences", "tone_mean"]
    return out[[*cols, "tone_se", *(c for c in out.columns if c.startswith("share_"))]]


def _id_order(corpus: queries.Corpus) -> np.ndarray:
    """The rows of `articles` in the order of their ids."""
    ids = corpus.articles["article_id"].to_numpy(dtype=object)
    return _kept(corpus, "order", "article_id", lambda: np.argsort(ids, kind="stable"))


# -- drill-down -------------------------------------------------------------------------------


def _sentence_texts(corpus: queries.Corpus, units: pd.DataFrame) -> pd.DataFrame:
    """queries.sentences_for's frame for _entity_units rows (whose articles and sentence rows
    are known: no id is looked up): article_id, sentence_id, sentence, title, source,
    published."""
    article, row = units["article"].to_numpy(), units["row"].to_numpy()
    sents = corpus.data.sentences
    found = row >= 0
    starts = np.where(found, sents["start"].to_numpy()[np.maximum(row, 0)], -1) if len(sents) else row
    ends = np.where(found, sents["end"].to_numpy()[np.maximum(row, 0)], -1) if len(sents) else row
    arts = corpus.articles.iloc[article]
    texts = arts["text"].to_numpy()
    return pd.DataFrame(
        {
            "article_id": pd.Categorical.from_codes(
                article.astype(np.int32), dtype=corpus.mentions["article_id"].dtype
            ),
            "sentence_id": units["sentence_id"].to_numpy(dtype=np.int32),
            "sentence": [
                " ".join(t[s:e].split()) if ok and isinstance(t, str) else ""
                for t, s, e, ok in zip(texts, starts, ends, found, strict=True)
            ],
            "title": arts["title"].fillna("(untitled)").to_numpy(),
            "source": arts["source"].to_numpy(),
            "published": arts["published"].to_numpy(),
        }
    )


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
    bits = group_bits(corpus, ids, groups)
    units = _entity_units(corpus, entity_id)
    article = units["article"].to_numpy()
    frames = []
    for g, label in enumerate(labels):
        first = units[_in_group(bits[article], g)].head(limit)
        found = _sentence_texts(corpus, first)
        found["tone"] = first["tone"].to_numpy()
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
