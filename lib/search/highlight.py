"""Where a query's hits stand in a text, for the reader and the hits in context (KWIC):
the same words the index matches, found with the index's own analyzer, no index needed.
"""

from __future__ import annotations

import bisect

from lib.search.index import STEM_FIELDS, analyzer, stem_word
from lib.search.query import DEFAULT_FIELDS, ParsedQuery, Phrase, Word, parse, terms


def _applies(leaf: Word | Phrase, field: str) -> bool:
    return leaf.field == field or (leaf.field is None and field in DEFAULT_FIELDS)


def hit_spans(
    query: str | ParsedQuery, text: str | None, *, field: str = "text", stem: bool = False
) -> list[tuple[int, int]]:
    """Where the query's words and phrases stand in `text`: sorted, non-overlapping
    (start, end) character offsets, end exclusive, for highlighting as text. Pure: no index.

    The words of the query that count for `field` (those without a field, for title and
    text, and those with `field:`), outside any NOT: each word, each word a wildcard
    matches, each phrase as one span from its first word to its last, and both words of a
    proximity pair that stand close enough. `stem` as in search()."""
    parsed = query if isinstance(query, ParsedQuery) else parse(query)
    leaves = [leaf for leaf in terms(parsed.root, positive_only=True) if _applies(leaf, field)]
    if not text or not leaves:
        return []
    use_stem = stem and field in STEM_FIELDS
    tokens = analyzer(False).pre_tokenize(text).tokens
    words = [t.text for t in tokens]
    stems = [t.text for t in analyzer(True).pre_tokenize(text).tokens] if use_stem else words
    positions = [t.position for t in tokens]
    starts = [t.char_offset_from for t in tokens]
    ends = [t.char_offset_to for t in tokens]
    where: dict[str, list[int]] = {}  # word (or stem) -> indices of its tokens, in order
    for i, word in enumerate(stems):
        where.setdefault(word, []).append(i)
    at_position = {p: i for i, p in enumerate(positions)}
    key = stem_word if use_stem else (lambda t: t)
    spans: list[tuple[int, int]] = []
    for leaf in leaves:
        if isinstance(leaf, Word) and leaf.prefix:
            spans.extend(
                (starts[i], ends[i]) for i, w in enumerate(words) if w.startswith(leaf.token)
            )
        elif isinstance(leaf, Word):
            spans.extend((starts[i], ends[i]) for i in where.get(key(leaf.token), ()))
        elif leaf.slop is None:
            wanted = [key(t) for t in leaf.tokens]
            for i in where.get(wanted[0], ()):
                last = i
                for k, word in enumerate(wanted[1:], start=1):
                    j = at_position.get(positions[i] + k)
                    if j is None or stems[j] != word:
                        break
                    last = j
                else:
                    spans.append((starts[i], ends[last]))
        else:
            first, second = where.get(key(leaf.tokens[0]), []), where.get(key(leaf.tokens[1]), [])
            second_positions = [positions[j] for j in second]
            for i in first:
                lo = bisect.bisect_left(second_positions, positions[i] - leaf.slop - 1)
                hi = bisect.bisect_right(second_positions, positions[i] + leaf.slop + 1)
                if lo < hi:
                    spans.append((starts[i], ends[i]))
                    spans.extend((starts[j], ends[j]) for j in second[lo:hi])
    merged: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
