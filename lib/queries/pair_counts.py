"""Co-occurrence: which entities appear together, in the same sentence or the same article,
and how much more often than chance.

A *unit* is a sentence (article_id, sentence_id) or an article. For two entities x and y,
over the N units of the filtered articles:

    n_xy = units holding both, n_x / n_y = units holding each
    PMI  = ln( n_xy · N / (n_x · n_y) )            > 0: together more often than chance
    NPMI = PMI / −ln( n_xy / N )                   in [−1, 1]; 1 = always together

NPMI is the default weight: NATO and Russia, named in nearly every sentence, score near 0
with everyone, so they do not drown the pairs that are specific. A minimum count keeps rare
pairs (two entities that met once) off the top. A pair found in every unit carries no
information and gets NPMI 0.

The counting runs in DuckDB over the mention table (no Python loop over mentions): the
distinct (unit, entity) rows, a self-join on the unit, a group-by on the pair.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from lib.queries import rowgroups

LEVELS = ("sentence", "article")
MEASURES = ("npmi", "pmi", "count")
MEASURE_LABELS = {"npmi": "NPMI", "pmi": "PMI", "count": "count"}
PAIR_COLUMNS = ["source", "target", "n_pair", "n_source", "n_target", "n_units", "pmi", "npmi"]


def _occurrences_sql(level: str, filtered: bool, typed: bool) -> str:
    unit = "sentence_id" if level == "sentence" else "0"
    where = []
    if filtered:
        where.append("article_id IN (SELECT article_id FROM ids)")
    if typed:
        where.append("CAST(type AS VARCHAR) IN (SELECT type FROM types)")
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return f"SELECT DISTINCT article_id, {unit} AS unit, entity_id FROM m {clause}"


def _connect(mentions: pd.DataFrame, ids: pd.Index | None, types: Sequence[str]):
    import duckdb  # here: half a second to import, for the small corpora's path only

    con = duckdb.connect()
    con.execute("SET threads TO 2")
    con.register("m", mentions[["article_id", "sentence_id", "entity_id", "type"]])
    if ids is not None:
        con.register("ids", pd.DataFrame({"article_id": np.asarray(ids, dtype=object)}))
    if types:
        con.register("types", pd.DataFrame({"type": list(types)}))
    return con


def pair_table(
    mentions: pd.DataFrame,
    *,
    n_units: int,
    ids: pd.Index | None = None,
    level: str = "sentence",
    types: Sequence[str] = (),
    min_count: int = 2,
    max_entities: int = 400,
) -> pd.DataFrame:
    """Every pair of entities found together at least `min_count` times, with counts, PMI
    and NPMI: columns PAIR_COLUMNS, source < target.

    `mentions` has article_id, sentence_id, entity_id, type; `ids` the articles to count
    in (all when None); `n_units` the number of units (sentences or articles) in them.
    Only the `max_entities` most frequent entities are paired: the charts show a few
    dozen, and this bounds the work on a large corpus."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    con = _connect(mentions, ids, types)
    occ = _occurrences_sql(level, ids is not None, bool(types))
    sql = f"""
        WITH occ AS ({occ}),
        freq AS (SELECT entity_id, count(*) AS n FROM occ GROUP BY entity_id),
        top AS (SELECT entity_id, n FROM freq WHERE n >= $min ORDER BY n DESC, entity_id LIMIT $cap),
        kept AS (SELECT occ.* FROM occ JOIN top USING (entity_id)),
        pairs AS (
            SELECT a.entity_id AS source, b.entity_id AS target, count(*) AS n_pair
            FROM kept a JOIN kept b
              ON a.article_id = b.article_id AND a.unit = b.unit AND a.entity_id < b.entity_id
            GROUP BY 1, 2
            HAVING count(*) >= $min
        )
        SELECT p.source, p.target, p.n_pair, fa.n AS n_source, fb.n AS n_target
        FROM pairs p JOIN top fa ON fa.entity_id = p.source JOIN top fb ON fb.entity_id = p.target
    """
    frame = con.execute(sql, {"min": max(int(min_count), 1), "cap": int(max_entities)}).df()
    con.close()
    return add_measures(frame, n_units=n_units)


def add_measures(pairs: pd.DataFrame, *, n_units: int) -> pd.DataFrame:
    """PMI and NPMI from n_pair, n_source, n_target and the number of units."""
    out = pairs.copy()
    for col in ("n_pair", "n_source", "n_target"):
        out[col] = out[col].astype("int64")
    n = max(int(n_units), int(out["n_pair"].max()) if len(out) else 1, 1)
    out["n_units"] = n
    p_xy = out["n_pair"] / n
    pmi = np.log(out["n_pair"] * n / (out["n_source"] * out["n_target"]))
    denominator = -np.log(p_xy)
    out["pmi"] = pmi.astype(float)
    out["npmi"] = np.where(denominator > 0, pmi / denominator.where(denominator > 0, 1.0), 0.0)
    out["npmi"] = out["npmi"].clip(-1.0, 1.0)
    return out[PAIR_COLUMNS].sort_values(
        ["npmi", "n_pair", "source", "target"],
        ascending=[False, False, True, True],
        ignore_index=True,
    )


def weight(pairs: pd.DataFrame, measure: str) -> pd.Series:
    """The column the charts are weighted by."""
    return pairs["n_pair"] if measure == "count" else pairs[measure]


def strongest(pairs: pd.DataFrame, measure: str, *, top: int) -> pd.DataFrame:
    """The `top` pairs by the measure (ties broken by count, then names)."""
    ranked = pairs.assign(_w=weight(pairs, measure)).sort_values(
        ["_w", "n_pair", "source", "target"], ascending=[False, False, True, True]
    )
    return ranked.drop(columns="_w").head(top).reset_index(drop=True)


def matrix_entities(pairs: pd.DataFrame, measure: str, *, size: int) -> list[str]:
    """The entities of the strongest pairs, in the order they first appear, at most `size`."""
    chosen: dict[str, None] = {}
    for source, target in strongest(pairs, measure, top=len(pairs))[
        ["source", "target"]
    ].itertuples(index=False):
        for e in (source, target):
            if len(chosen) < size:
                chosen.setdefault(e, None)
        if len(chosen) >= size:
            break
    return list(chosen)


def matrix(pairs: pd.DataFrame, entities: Sequence[str], measure: str) -> pd.DataFrame:
    """A square frame entities x entities of the measure (NaN where no pair passed)."""
    sub = pairs[pairs["source"].isin(entities) & pairs["target"].isin(entities)]
    values = weight(sub, measure)
    both = pd.concat(
        [
            pd.DataFrame({"row": sub["source"], "col": sub["target"], "v": values}),
            pd.DataFrame({"row": sub["target"], "col": sub["source"], "v": values}),
        ]
    )
    square = both.pivot_table(index="row", columns="col", values="v", aggfunc="first")
    return square.reindex(index=list(entities), columns=list(entities))


def pair_units(
    mentions: pd.DataFrame,
    source: str,
    target: str,
    *,
    ids: pd.Index | None = None,
    level: str = "sentence",
) -> pd.DataFrame:
    """The units behind a pair: for level "sentence", article_id and sentence_id of every
    sentence naming both; for "article", every sentence of the shared articles that names
    either, so the reader sees both in context."""
    m = mentions[mentions["entity_id"].isin([source, target])]
    if ids is not None:
        m = m[m["article_id"].isin(ids)]
    per_article = m.groupby("article_id")["entity_id"].nunique()
    shared = per_article.index[per_article == 2]
    m = m[m["article_id"].isin(shared)]
    if level == "sentence":
        per_sentence = m.groupby(["article_id", "sentence_id"])["entity_id"].nunique()
        units = per_sentence[per_sentence == 2].reset_index()[["article_id", "sentence_id"]]
    else:
        units = m[["article_id", "sentence_id"]].drop_duplicates()
    return units.sort_values(["article_id", "sentence_id"], ignore_index=True)


def pair_unit_codes(
    article: np.ndarray,
    sentence: np.ndarray,
    is_target: np.ndarray,
    *,
    level: str = "sentence",
    slots: int,
) -> tuple[np.ndarray, np.ndarray]:
    """pair_units on integer codes: from the mentions of a pair's two entities (article code,
    sentence id, whether the mention is the target's), the units behind the pair as
    (article, sentence) arrays, ascending by article code then sentence. `slots` bounds
    the sentence ids (one key per unit: article · slots + sentence)."""
    key = article.astype(np.int64) * slots + sentence.astype(np.int64)

    def both(inverse: np.ndarray, n: int) -> np.ndarray:
        """Per unit, whether mentions of both entities fall in it."""
        source = np.bincount(inverse[~is_target], minlength=n) > 0
        return source & (np.bincount(inverse[is_target], minlength=n) > 0)

    if level == "sentence":
        keys, inverse = np.unique(key, return_inverse=True)
        keys = keys[both(inverse, len(keys))]
    else:
        articles, inverse = np.unique(article, return_inverse=True)
        keys = np.unique(key[both(inverse, len(articles))[inverse]])
    return np.divmod(keys, slots)


def partner_table(
    mentions: pd.DataFrame,
    entity_id: str,
    *,
    n_units: int,
    ids: pd.Index | None = None,
    level: str = "sentence",
    types: Sequence[str] = (),
    min_count: int = 1,
) -> pd.DataFrame:
    """Every entity found with one entity at least `min_count` times, however rare the
    entity is: partner, n_pair, n_partner, n_units, pmi, npmi (the pair's measures)."""
    con = _connect(mentions, ids, types)
    occ = _occurrences_sql(level, ids is not None, bool(types))
    occ_all = _occurrences_sql(
        level, ids is not None, False
    )  # the entity itself may be of another type
    sql = f"""
        WITH occ AS ({occ}),
        x AS (SELECT DISTINCT article_id, unit FROM ({occ_all}) WHERE entity_id = $e),
        freq AS (SELECT entity_id, count(*) AS n FROM occ GROUP BY entity_id),
        pairs AS (
            SELECT o.entity_id AS partner, count(*) AS n_pair
            FROM occ o JOIN x ON o.article_id = x.article_id AND o.unit = x.unit
            WHERE o.entity_id <> $e
            GROUP BY 1 HAVING count(*) >= $min
        )
        SELECT $e AS source, p.partner AS target, p.n_pair, (SELECT count(*) FROM x) AS n_source, f.n AS n_target
        FROM pairs p JOIN freq f ON f.entity_id = p.partner
    """
    frame = con.execute(sql, {"e": entity_id, "min": max(int(min_count), 1)}).df()
    con.close()
    out = add_measures(frame, n_units=n_units)
    return out.rename(columns={"target": "partner", "n_target": "n_partner"})[
        ["partner", "n_pair", "n_partner", "n_units", "pmi", "npmi"]
    ]


def frequencies(pairs: pd.DataFrame) -> pd.Series:
    """Units each paired entity appears in, most frequent first."""
    freq = pd.concat(
        [
            pairs[["source", "n_source"]].set_axis(["entity_id", "n"], axis=1),
            pairs[["target", "n_target"]].set_axis(["entity_id", "n"], axis=1),
        ]
    ).drop_duplicates("entity_id")
    return freq.set_index("entity_id")["n"].sort_values(ascending=False, kind="stable")


def most_frequent(pairs: pd.DataFrame, *, size: int) -> list[str]:
    """The `size` most frequent entities among those paired."""
    return list(frequencies(pairs).index[:size])


def network(
    pairs: pd.DataFrame, measure: str, *, top: int, entities: Sequence[str] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes and edges of the network: the `top` strongest pairs with a positive weight
    (a negative PMI means "less often than chance": not a tie), among `entities` if given.
    Nodes: entity_id, n (units it appears in); edges: the pair rows plus value (the weight)."""
    positive = pairs[weight(pairs, measure) > 0]
    if entities is not None:
        positive = positive[positive["source"].isin(entities) & positive["target"].isin(entities)]
    edges = strongest(positive, measure, top=top)
    edges = edges.assign(value=weight(edges, measure).astype(float))
    freq = frequencies(edges).rename_axis("entity_id").reset_index()
    return freq, edges


# -- the same counts from a precomputed pair list (sentence level, large corpora) --------------
#
# On 100k articles the self-join above takes seconds on every filter change. Sentences are
# short, so every pair of entities that share one can be listed once per corpus (a few
# million rows); a filter change then only masks that list by article and counts.


def unique_counts(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct values and how often each occurs. A stable sort and a diff: on keys
    that are nearly sorted already (mentions come article by article) this is 10-100x
    faster than np.unique, whose hash-based path is slow on millions of int64."""
    ordered = np.sort(keys, kind="stable")
    if not len(ordered):
        return ordered, np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    return ordered[starts], np.diff(np.r_[starts, len(ordered)])


# The arrays of a SentencePairs, as kept in a file of the run (lib.queries.sentence_pairs)
PAIR_ARRAYS = (
    "occ_entity",
    "occ_offsets",
    "pair_source",
    "pair_target",
    "pair_offsets",
    "source_order",
    "source_offsets",
    "target_order",
    "target_offsets",
)


class SentencePairs:
    """Every distinct (sentence, entity) of a corpus, and every pair of entities sharing a
    sentence, as integer arrays: the entity codes (codes order like the ids), sorted by
    article; the rows of article a are `occ_offsets[a]:occ_offsets[a + 1]` (the pairs':
    `pair_offsets`), where a column of each row's article would hold one int32 per row. The
    pairs' rows by source and by target entity are kept too (`source_order`, ...)."""

    def __init__(
        self, article: np.ndarray, sentence: np.ndarray, entity: np.ndarray, *, n_entities: int
    ):
        self.__dict__.update(sentence_pair_arrays(article, sentence, entity, n_entities=n_entities))
        self._init()

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> SentencePairs:
        """The pairs from the arrays `sentence_pair_arrays` made (read back from a file)."""
        pairs = cls.__new__(cls)
        pairs.__dict__.update({name: arrays[name] for name in PAIR_ARRAYS})
        pairs._init()
        return pairs

    def arrays(self) -> dict[str, np.ndarray]:
        return {name: getattr(self, name) for name in PAIR_ARRAYS}

    def _init(self) -> None:
        self.n_entities = len(self.source_offsets) - 1
        self._whole: dict[str, np.ndarray] = {}  # counts over every article, made once
        self._groups: dict[tuple[str, int], rowgroups.Groups] = {}
        self._partners: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def _rows_by(self, column: str, n_keys: int) -> rowgroups.Groups:
        """The rows by one column (occ_article, pair_article, pair_source, pair_target): the
        articles' from their offsets (widened to `n_keys` articles), the entities' kept."""
        groups = self._groups.get((column, n_keys))
        if groups is None:
            if column in ("pair_source", "pair_target"):
                side = column.removeprefix("pair_")
                order = getattr(self, f"{side}_order")
                return rowgroups.Groups(order=order, offsets=getattr(self, f"{side}_offsets"))
            offsets = getattr(self, f"{column.removesuffix('_article')}_offsets")[: n_keys + 1]
            wider = n_keys + 1 - len(offsets)
            offsets = np.concatenate([offsets, np.full(wider, offsets[-1])]) if wider else offsets
            groups = rowgroups.Groups(order=None, offsets=offsets)
            self._groups = {**self._groups, (column, n_keys): groups}
        return groups

    def pair_articles(self, rows: np.ndarray) -> np.ndarray:
        """The article (row in `articles`) of each of the given pair rows."""
        return np.searchsorted(self.pair_offsets, rows, side="right") - 1

    def _counted(self, table: str, articles: np.ndarray, count) -> np.ndarray:
        """count(rows) over the rows of `table` in the articles where `articles` is True
        (count(None): over every row, kept once made)."""

        def counted(rows: np.ndarray | None) -> np.ndarray:
            if rows is not None:
                return count(rows)
            if table not in self._whole:
                whole = count(None)
                whole.flags.writeable = False
                self._whole[table] = whole
            return self._whole[table]

        groups = self._rows_by(f"{table}_article", len(articles))
        return rowgroups.count_in(groups, articles, counted)

    def frequencies(self, articles: np.ndarray) -> np.ndarray:
        """Sentences naming each entity, in the articles where `articles` (a mask) is True."""

        def count(rows: np.ndarray | None) -> np.ndarray:
            entity = self.occ_entity if rows is None else self.occ_entity[rows]
            return np.bincount(entity, minlength=self.n_entities)

        return self._counted("occ", articles, count)

    def _pair_counts(
        self, articles: np.ndarray, top: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every pair found in the articles where `articles` is True (at least every pair of
        the entities `top`, codes ascending): source, target and the sentences holding both,
        by source then target."""
        if self.n_entities**2 > 1 << 25:  # too many entities for a dense count of them all
            return self._top_pair_counts(articles, top)

        def count(rows: np.ndarray | None) -> np.ndarray:
            source = self.pair_source if rows is None else self.pair_source[rows]
            target = self.pair_target if rows is None else self.pair_target[rows]
            key = source.astype(np.int64) * self.n_entities + target
            return np.bincount(key, minlength=self.n_entities**2)

        counts = self._counted("pair", articles, count)
        found = np.flatnonzero(counts)
        return found // self.n_entities, found % self.n_entities, counts[found]

    def _top_pair_counts(
        self, articles: np.ndarray, top: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The pairs of the entities `top` (codes ascending) only, counted densely over their
        places among them: the table keeps no other pair, and a sort of every pair of a broad
        selection took most of a filter change. The rows read are those of the selected
        articles when they are fewer than half."""
        if not len(top):
            return top, top, np.zeros(0, dtype=np.int64)
        in_top = np.zeros(self.n_entities, dtype=bool)
        in_top[top] = True
        chosen = np.flatnonzero(articles)
        if 2 * len(chosen) <= len(articles):
            rows = self._rows_by("pair_article", len(articles)).rows(chosen)
            rows = rows[in_top[self.pair_source[rows]] & in_top[self.pair_target[rows]]]
        else:  # tests on booleans first: gathers of a byte per pair, not of a place
            kept = in_top[self.pair_source]
            kept &= in_top[self.pair_target]
            if len(chosen) < len(articles):
                sizes = np.diff(self.pair_offsets)
                kept &= np.repeat(articles[: len(sizes)], sizes)
            rows = np.flatnonzero(kept)
        place = np.zeros(self.n_entities, dtype=np.int64)
        place[top] = np.arange(len(top))
        source, target = place[self.pair_source[rows]], place[self.pair_target[rows]]
        counts = np.bincount(source * len(top) + target, minlength=len(top) ** 2)
        found = np.flatnonzero(counts)  # source < target: codes and places order alike
        return top[found // len(top)], top[found % len(top)], counts[found]

    def _partner_rows(self, entity: int, articles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For every sentence pairing `entity` with another in the articles where `articles`
        is True: the other entity and the article."""
        partner, article = self._partners_of(entity)
        kept = articles[article]
        return partner[kept], article[kept]

    PARTNERS_KEPT = 4  # entities whose partner lists are kept (a broad one: 10-20 MB)

    def _partners_of(self, entity: int) -> tuple[np.ndarray, np.ndarray]:
        """Every sentence pairing `entity` with another, over the whole corpus: the other
        entity and the article. Kept for the last few entities asked: the Entities page asks
        for the same one (the most mentioned of the selection) at each filter change, and
        gathering a broad entity's pairs out of every pair cost 30-40 ms each time."""
        if entity in self._partners:
            return self._partners[entity]
        known = [entity] if 0 <= entity < self.n_entities else []
        as_source = self._rows_by("pair_source", self.n_entities).rows(known)
        as_target = self._rows_by("pair_target", self.n_entities).rows(known)
        partner = np.concatenate([self.pair_target[as_source], self.pair_source[as_target]])
        article = self.pair_articles(np.concatenate([as_source, as_target]))
        partners = dict(list(self._partners.items())[-(self.PARTNERS_KEPT - 1) :])
        self._partners = {**partners, entity: (partner, article)}  # replaced, not changed
        return partner, article

    def partner_articles(self, entity: int, articles: np.ndarray) -> np.ndarray:
        """For each entity, the articles (where `articles` is True) with a sentence that
        names it with `entity`."""
        partner, article = self._partner_rows(entity, articles)
        shared, _ = unique_counts(article.astype(np.int64) * self.n_entities + partner)
        return np.bincount(shared % self.n_entities, minlength=self.n_entities)

    def pair_table(
        self,
        articles: np.ndarray,
        *,
        n_units: int,
        allowed: np.ndarray | None = None,
        min_count: int = 2,
        max_entities: int = 400,
    ) -> pd.DataFrame:
        """`pair_table` at sentence level, for the articles where `articles` is True and the
        entities where `allowed` is (all when None); source and target are entity codes."""
        freq = self.frequencies(articles)
        if allowed is not None:
            freq = np.where(allowed, freq, 0)
        minimum = max(int(min_count), 1)
        eligible = np.flatnonzero(freq >= minimum)
        ranked = eligible[np.lexsort((eligible, -freq[eligible]))][:max_entities]
        top = np.zeros(self.n_entities, dtype=bool)
        top[ranked] = True
        # With few entities every pair is counted, then those outside the top kept out: the
        # same counts, and the count over all articles is made once.
        source, target, n_pair = self._pair_counts(articles, np.sort(ranked))
        strong = (n_pair >= minimum) & top[source] & top[target]
        frame = pd.DataFrame(
            {
                "source": source[strong],
                "target": target[strong],
                "n_pair": n_pair[strong],
                "n_source": freq[source[strong]],
                "n_target": freq[target[strong]],
            }
        )
        return add_measures(frame, n_units=n_units)

    def partner_table(
        self,
        entity: int,
        articles: np.ndarray,
        *,
        n_units: int,
        allowed: np.ndarray | None = None,
        min_count: int = 1,
    ) -> pd.DataFrame:
        """`partner_table` at sentence level; entity and partners as codes."""
        freq = self.frequencies(articles)
        partner, _ = self._partner_rows(entity, articles)
        if allowed is not None:
            partner = partner[allowed[partner]]
        n_pair = np.bincount(partner, minlength=self.n_entities)
        found = np.flatnonzero(n_pair >= max(int(min_count), 1))
        frame = pd.DataFrame(
            {
                "source": entity,
                "target": found,
                "n_pair": n_pair[found],
                "n_source": freq[entity] if 0 <= entity < self.n_entities else 0,
                "n_target": freq[found],
            }
        )
        out = add_measures(frame, n_units=n_units)
        return out.rename(columns={"target": "partner", "n_target": "n_partner"})[
            ["partner", "n_pair", "n_partner", "n_units", "pmi", "npmi"]
        ]


def sentence_pair_arrays(
    article: np.ndarray, sentence: np.ndarray, entity: np.ndarray, *, n_entities: int
) -> dict[str, np.ndarray]:
    """The arrays of `SentencePairs` (PAIR_ARRAYS) from one row per mention: its article row,
    sentence_id and entity code."""
    n_articles = int(article.max(initial=-1)) + 1
    slots = int(sentence.max(initial=0)) + 1
    unit = article.astype(np.int64) * slots + sentence
    key, _ = unique_counts(unit * n_entities + entity)  # sorted: by unit, then entity
    del unit
    occ_article = key // n_entities // slots
    occ_entity = (key % n_entities).astype(np.int32)
    unit = key // n_entities
    del key
    # For each occurrence, the end of its unit; pair it with every later one in the unit.
    bounds = np.flatnonzero(np.r_[True, unit[1:] != unit[:-1], True])
    del unit
    unit_end = np.repeat(bounds[1:], np.diff(bounds))
    index = np.arange(len(occ_entity))
    later = unit_end - index - 1
    del unit_end
    left = np.repeat(index, later)
    first = np.cumsum(later) - later
    right = left + 1 + (np.arange(len(left)) - np.repeat(first, later))
    del first, later, index
    pair_source, pair_target = occ_entity[left], occ_entity[right]
    pair_article = occ_article[left]
    del left, right
    by_source = rowgroups.group_rows(pair_source, n_entities)
    by_target = rowgroups.group_rows(pair_target, n_entities)
    return {
        "occ_entity": occ_entity,
        "occ_offsets": _offsets(occ_article, n_articles),
        "pair_source": pair_source,
        "pair_target": pair_target,
        "pair_offsets": _offsets(pair_article, n_articles),
        "source_order": _order(by_source, len(pair_source)),
        "source_offsets": by_source.offsets,
        "target_order": _order(by_target, len(pair_source)),
        "target_offsets": by_target.offsets,
    }


def _offsets(sorted_keys: np.ndarray, n_keys: int) -> np.ndarray:
    """Where each key's rows start in `sorted_keys`, and the end: n_keys + 1 offsets."""
    return np.searchsorted(sorted_keys, np.arange(n_keys + 1)).astype(np.int64)


def _order(groups: rowgroups.Groups, n_rows: int) -> np.ndarray:
    """A group's order as an array (group_rows leaves it None when the rows are sorted)."""
    return np.arange(n_rows, dtype=np.int32) if groups.order is None else groups.order
