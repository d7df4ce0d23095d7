"""Text repeated word for word across one outlet's articles: site chrome found from the
corpus itself, whatever its wording.

A footer, a newsletter promo, a hover card, a photo gallery embedded in every article of a
topic: each outlet has its own, in words no list can foresee, and each recurs unchanged in
many of that outlet's articles under different headlines. Story text does not: a sentence
two articles share because both quote the same speech recurs in a few articles, or in
articles of different outlets. So a stretch of text is chrome when, within one source, it
recurs word for word in at least `min_articles` articles with different headlines and in
at least `min_share` of that source's articles (RepeatRule). Articles without a headline do
not count (nothing tells that they are not the same story), but their text is judged.

The units compared are runs of `words` consecutive words inside one block of the cleaned
text (a paragraph or a caption), and whole blocks shorter than that (of at least
`min_block_words` words: "Contact us at editors@time.com."). Words are hashed with numpy
(polynomial hashes from prefix sums over the characters, then over the words), so that the
whole corpus is hashed in a few vectorised passes; headlines are never chrome.

Only whole sentences are chrome (chrome_sentences): a repeated run inside a sentence is an
outlet's stock phrase ("evidence of collusion between members of the Trump campaign and")
or a famous quotation, part of the article's own text; a footer, a promo, a credit line is
made of whole sentences, or glued after the story's last one.

The step runs after NLP on the per-article records (from the cache or fresh): the cached
extraction of an article never changes, only which of its records fall inside text that the
corpus as it now stands shows to be repeated. lib.engine.run drops them and keeps them, with
the reason, in the `dropped` table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

# Odd multipliers: invertible modulo 2**64, so a substring's hash is a difference of prefix
# sums times the inverse power (uint64 arithmetic wraps modulo 2**64 by itself).
_CHAR_BASE = np.uint64(0x100000001B3)
_WORD_BASE = np.uint64(0x9E3779B97F4A7C15)
_LENGTH_SALT = np.uint64(0xC2B2AE3D27D4EB4F)
# Articles hashed at a time: bounds the memory of the character arrays (8 bytes a character).
BATCH_CHARS = 2_000_000

SPAN_COLUMNS = ["article_id", "start", "end", "source", "n_articles"]


@dataclass(frozen=True)
class RepeatRule:
    """When repeated text is chrome."""

    words: int = 10  # a run of this many words, inside one block
    min_block_words: int = 3  # a whole block shorter than `words` counts from this many words
    min_articles: int = 4  # articles of the source, with different headlines
    min_share: float = 0.01  # of the source's articles (by distinct headline)


DEFAULT_RULE = RepeatRule()


def _powers(base: np.uint64, n: int) -> np.ndarray:
    out = np.empty(n, dtype=np.uint64)
    if n:
        out[0] = 1
        out[1:] = base
        with np.errstate(over="ignore"):
            np.cumprod(out, out=out)
    return out


def _inverse(base: np.uint64) -> np.uint64:
    """The inverse of an odd number modulo 2**64 (Newton's iteration)."""
    x = int(base)
    inv = x
    for _ in range(6):
        inv = (inv * (2 - x * inv)) % (1 << 64)
    return np.uint64(inv)


def _range_hash(prefix: np.ndarray, inverse_powers: np.ndarray, start, end) -> np.ndarray:
    """Hashes of the ranges [start, end) of a sequence from its prefix sums."""
    with np.errstate(over="ignore"):
        return (prefix[end] - prefix[start]) * inverse_powers[start]


@dataclass
class _Powers:
    """Powers of a base and of its inverse, 0..n: made once per run, shared by the batches."""

    powers: np.ndarray
    inverse: np.ndarray

    @classmethod
    def of(cls, base: np.uint64, n: int) -> _Powers:
        return cls(_powers(base, n + 1), _powers(_inverse(base), n + 1))


def _word_hashes(text: str, chars: _Powers) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(start, end, hash) of every whitespace-separated word of a text."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    space = codes <= 32  # the cleaned text's spaces and line breaks (and control characters)
    edges = np.diff(np.concatenate(([True], space, [True])).astype(np.int8))
    starts = np.flatnonzero(edges == -1)
    ends = np.flatnonzero(edges == 1)
    n = len(codes)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        np.cumsum(codes * chars.powers[:n], out=prefix[1:])
    return starts, ends, _range_hash(prefix, chars.inverse, starts, ends)


@dataclass
class _Units:
    """Hashed units of a batch of articles: the article (its row), the first and last word."""

    row: np.ndarray
    first: np.ndarray
    last: np.ndarray
    hash: np.ndarray


def _units(
    texts: list[str],
    blocks: list[list[tuple[int, int]]],
    rule: RepeatRule,
    chars: _Powers,
    words: _Powers,
) -> tuple[_Units, np.ndarray, np.ndarray, np.ndarray]:
    """The units of a batch (runs of `rule.words` words inside a block, short whole blocks)
    and the batch's words (article row, start, end offsets in its article's text)."""
    joined = "\n".join(texts)
    offsets = np.cumsum([0, *[len(t) + 1 for t in texts]])
    starts, ends, word_hash = _word_hashes(joined, chars)
    row = np.searchsorted(offsets, starts, side="right") - 1
    local_start, local_end = starts - offsets[row], ends - offsets[row]
    # the block of each word (-1 for words of a title or between blocks)
    block_rows = np.repeat(np.arange(len(texts)), [len(b) for b in blocks])
    bounds = np.array([b for bs in blocks for b in bs], dtype=np.int64).reshape(-1, 2)
    block_start = bounds[:, 0] + offsets[block_rows]
    block_end = bounds[:, 1] + offsets[block_rows]
    block = np.searchsorted(block_start, starts, side="right") - 1
    if len(block_end):
        inside = (block >= 0) & (ends <= block_end[np.maximum(block, 0)])
        block = np.where(inside, block, -1)
    # else a batch of titles only (a corpus of headlines): no word is in a block

    n_words = len(word_hash)
    inverse = words.inverse
    prefix = np.zeros(n_words + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        np.cumsum(word_hash * words.powers[:n_words], out=prefix[1:])

    k = rule.words
    first = np.arange(max(n_words - k + 1, 0))
    runs = first[(block[first] >= 0) & (block[first] == block[first + k - 1])]
    run_hash = _range_hash(prefix, inverse, runs, runs + k)

    # whole blocks of min_block_words .. words-1 words
    valid = block >= 0
    ids, block_first, counts = np.unique(block[valid], return_index=True, return_counts=True)
    block_first = np.flatnonzero(valid)[block_first]
    short = (counts >= rule.min_block_words) & (counts < k)
    s_first, s_count = block_first[short], counts[short]
    with np.errstate(over="ignore"):
        short_hash = _range_hash(prefix, inverse, s_first, s_first + s_count) ^ (
            s_count.astype(np.uint64) * _LENGTH_SALT
        )
    units = _Units(
        row=np.concatenate([row[runs], row[s_first]]),
        first=np.concatenate([runs, s_first]),
        last=np.concatenate([runs + k - 1, s_first + s_count - 1]),
        hash=np.concatenate([run_hash, short_hash]),
    )
    return units, row, local_start, local_end


def _seen_twice(keys: np.ndarray) -> np.ndarray:
    """Whether each key occurs more than once (by sorting: faster than a hash table here)."""
    order = np.argsort(keys)
    ordered = keys[order]
    same = ordered[1:] == ordered[:-1]
    repeated = np.zeros(len(keys), dtype=bool)
    repeated[1:] |= same
    repeated[:-1] |= same
    out = np.empty(len(keys), dtype=bool)
    out[order] = repeated
    return out


def _first_of_each(keys: np.ndarray) -> np.ndarray:
    """True at the first occurrence of each key."""
    _, first = np.unique(keys, return_index=True)
    out = np.zeros(len(keys), dtype=bool)
    out[first] = True
    return out


def _batches(lengths: np.ndarray, limit: int) -> Iterable[slice]:
    start, total = 0, 0
    for i, length in enumerate(lengths):
        if total and total + length > limit:
            yield slice(start, i)
            start, total = i, 0
        total += length
    if start < len(lengths):
        yield slice(start, len(lengths))


def _text_blocks(sections, text_length: int) -> list[tuple[int, int]]:
    """The (start, end) of each block of an article but its title (never chrome)."""
    if sections is None or len(sections) == 0:
        return [(0, text_length)]
    return [(int(s["start"]), int(s["end"])) for s in sections if s["section"] != "title"]


def repeated_spans(articles: pd.DataFrame, rule: RepeatRule = DEFAULT_RULE) -> pd.DataFrame:
    """The stretches of each article's text that recur word for word in the articles of its
    source (RepeatRule): article_id, start, end (offsets into the text), source, and
    n_articles (the most headlines any unit of the span recurs under). Articles without a
    source are compared with each other; articles without a headline are judged but do not
    count."""
    if articles.empty:
        return pd.DataFrame(columns=SPAN_COLUMNS)
    frame = articles[["article_id", "source", "title", "text", "sections"]].reset_index(drop=True)
    source = frame["source"].fillna("").astype(str)
    source_code, source_names = pd.factorize(source)
    # The headlines a text recurs under: the same story filed twice counts once, and an
    # article without a headline cannot tell (it counts for none, but its text is judged).
    titled = frame["title"].notna() & frame["title"].astype(str).str.strip().ne("")
    headline_code = np.where(
        titled, pd.factorize(source + "\x01" + frame["title"].astype(str))[0], -1
    )
    n_headlines = (
        pd.Series(headline_code[titled.to_numpy()])
        .groupby(source_code[titled.to_numpy()])
        .nunique()
        .reindex(range(len(source_names)), fill_value=0)
        .to_numpy()
    )
    needed = np.maximum(rule.min_articles, np.ceil(rule.min_share * n_headlines)).astype(np.int64)

    texts = frame["text"].fillna("").tolist()
    blocks = [_text_blocks(s, len(t)) for s, t in zip(frame["sections"], texts, strict=True)]
    lengths = np.array([len(t) + 1 for t in texts])
    parts = list(_batches(lengths, BATCH_CHARS))
    longest = max(int(lengths[p].sum()) for p in parts)
    chars = _Powers.of(_CHAR_BASE, longest)
    words = _Powers.of(_WORD_BASE, longest // 2 + 1)  # a word takes two characters at least
    batches = []
    for part in parts:
        units, word_row, word_start, word_end = _units(
            texts[part], blocks[part], rule, chars, words
        )
        base = part.start
        batches.append((base, units, word_row + base, word_start, word_end))

    # How many headlines of its source each unit recurs under: one key per (source, unit).
    unit_row = np.concatenate([b[1].row + b[0] for b in batches])
    with np.errstate(over="ignore"):
        unit_key = np.concatenate([b[1].hash for b in batches]) + (
            source_code[unit_row].astype(np.uint64) * _WORD_BASE
        )
    # Most units occur once in the corpus: only those seen twice are counted.
    counted = _seen_twice(unit_key) & (headline_code[unit_row] >= 0)
    candidate_key = unit_key[counted]
    candidate_row = unit_row[counted]
    with np.errstate(over="ignore"):
        pair = candidate_key * _CHAR_BASE + headline_code[candidate_row].astype(np.uint64)
    first = _first_of_each(pair)  # one per (unit, headline)
    counts = pd.Series(candidate_key[first]).value_counts()
    source_of = pd.Series(source_code[candidate_row[first]], index=candidate_key[first])
    source_of = source_of[~source_of.index.duplicated()].reindex(counts.index).to_numpy()
    common = counts[counts.to_numpy() >= needed[source_of]]
    if common.empty:
        return pd.DataFrame(columns=SPAN_COLUMNS)
    found = pd.Index(common.index).get_indexer(unit_key)
    repeated = found >= 0
    unit_count = np.where(repeated, common.to_numpy()[found], 0)

    spans = []
    offset = 0
    for _base, units, word_row, word_start, word_end in batches:
        n_units = len(units.hash)
        hit = repeated[offset : offset + n_units]
        hit_count = unit_count[offset : offset + n_units][hit]
        offset += n_units
        if not hit.any():
            continue
        # words covered by a repeated unit, as runs of consecutive words of one article
        n_words = len(word_row)
        cover = np.zeros(n_words + 1, dtype=np.int64)
        np.add.at(cover, units.first[hit], 1)
        np.add.at(cover, units.last[hit] + 1, -1)
        covered = np.cumsum(cover[:n_words]) > 0
        most = np.zeros(n_words + 1, dtype=np.float64)
        np.maximum.at(most, units.first[hit], hit_count)
        edges = np.diff(np.concatenate(([0], covered.astype(np.int8), [0])))
        run_first = np.flatnonzero(edges == 1)
        run_last = np.flatnonzero(edges == -1) - 1
        # a run never joins two articles: split where the article changes
        cut = np.flatnonzero(np.diff(word_row) != 0) + 1
        cut = cut[covered[cut] & covered[cut - 1]]
        run_first = np.sort(np.concatenate([run_first, cut]))
        run_last = np.sort(np.concatenate([run_last, cut - 1]))
        run_most = np.maximum.reduceat(most[:n_words], run_first) if len(run_first) else []
        spans.append(
            pd.DataFrame(
                {
                    "row": word_row[run_first],
                    "start": word_start[run_first],
                    "end": word_end[run_last],
                    "n_articles": np.asarray(run_most, dtype=np.int64),
                }
            )
        )
    if not spans:
        return pd.DataFrame(columns=SPAN_COLUMNS)
    out = pd.concat(spans, ignore_index=True)
    out.insert(0, "article_id", frame["article_id"].to_numpy()[out["row"]])
    out["source"] = np.asarray(source_names)[source_code[out["row"]]]
    out["source"] = out["source"].replace("", None)
    return out[SPAN_COLUMNS].reset_index(drop=True)


def inside_spans(records: pd.DataFrame, spans: pd.DataFrame) -> pd.Series:
    """For each record (article_id, start, end), whether it lies wholly inside one span of
    its article; the matching span's row in `spans` where it does, else -1."""
    where = pd.Series(-1, index=records.index, dtype=np.int64)
    if records.empty or spans.empty:
        return where
    pairs = (
        records[["article_id", "start", "end"]]
        .reset_index(names="record")
        .merge(
            spans[["article_id", "start", "end"]].reset_index(names="span"),
            on="article_id",
            suffixes=("", "_span"),
        )
    )
    inside = (pairs["start"] >= pairs["start_span"]) & (pairs["end"] <= pairs["end_span"])
    hits = pairs[inside].drop_duplicates("record")
    where.loc[hits["record"].to_numpy()] = hits["span"].to_numpy()
    return where


def chrome_sentences(spans: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """The sentences that lie wholly inside repeated spans: article_id, sentence_id, start,
    end, source, n_articles (of the span)."""
    columns = ["article_id", "sentence_id", "start", "end", "source", "n_articles"]
    if spans.empty or sentences.empty:
        return pd.DataFrame(columns=columns)
    where = inside_spans(sentences, spans)
    chosen = sentences[where.to_numpy() >= 0]
    span = spans.iloc[where[where >= 0].to_numpy()]
    return pd.DataFrame(
        {
            "article_id": chosen["article_id"].to_numpy(),
            "sentence_id": chosen["sentence_id"].to_numpy(),
            "start": chosen["start"].to_numpy(),
            "end": chosen["end"].to_numpy(),
            "source": span["source"].to_numpy(),
            "n_articles": span["n_articles"].to_numpy(),
        },
        columns=columns,
    )
