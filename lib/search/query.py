"""The query language: parse a researcher's query, run it on the index, find its hits in a text.

    NATO AND (Baltic* OR Estonia OR Latvia OR Lithuania) AND NOT "Baltic Sea"
    "Russian aggression"      "NATO expansion"~5      title:Stoltenberg      source:"Fox News"

The grammar (docs/search.md has the examples and the reasons):

    query   := or
    or      := and ("OR" and)*
    and     := unary (["AND"] unary)*          two terms side by side: AND (as Media Cloud)
    unary   := "NOT" unary | primary
    primary := "(" or ")" | FIELD ":" (atom | "(" or ")") | atom
    atom    := WORD | WORD"*" | '"' words '"' ["~" N]

NOT binds tighter than AND, AND tighter than OR. Operators are upper case; a lower-case
"and", "or", "not" outside quotes is an error (a typed operator that would silently be
searched as a word). Words go through the index's own analyzer (lib.search.index.analyzer):
a query word matches a whole word of the article, in any case and with or without accents,
never part of one ("senator" does not find "senatorial", "NATO" does not find "NATOs"); a
word the analyzer cuts in several ("Su-24", "NATO's") is the phrase of its parts.

The query is parsed here, not by tantivy's parser (which is lenient and ORs by default),
and compiled to tantivy Query objects, so what a query means is decided in this file.
"""

from __future__ import annotations

import bisect
import gc
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import tantivy

from lib.search.index import (
    STEM_FIELDS,
    _register,
    analyzer,
    current_generation,
    read_ids,
    read_info,
)

FIELDS = ("title", "text", "source")
DEFAULT_FIELDS = ("title", "text")  # where a word without a field is looked for
OPERATORS = ("AND", "OR", "NOT")
MAX_SLOP = 1000


class QueryError(ValueError):
    """A query that does not parse: `message` says what and where, `position` is the
    0-based character of the query it points at."""

    def __init__(self, message: str, position: int):
        super().__init__(message)
        self.message = message
        self.position = position

    def pointer(self, query: str) -> str:
        """The query with a caret under the place (for a monospaced message)."""
        return f"{query}\n{' ' * self.position}^"


# --- the parsed query -----------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """One word (a token of the analyzer); `prefix`: every word that starts with it."""

    token: str
    field: str | None = None
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    """Words in a row (`slop` None), or two words with at most `slop` words between them, in
    either order (`"NATO expansion"~5`)."""

    tokens: tuple[str, ...]
    field: str | None = None
    slop: int | None = None


@dataclass(frozen=True)
class And:
    children: tuple


@dataclass(frozen=True)
class Or:
    children: tuple


@dataclass(frozen=True)
class Not:
    child: object


Node = Word | Phrase | And | Or | Not


def _quote(token: str) -> str:
    return f'"{token}"' if token.upper() in OPERATORS else token


def _render(node: Node, parent: type | None = None) -> str:
    if isinstance(node, Word):
        return (
            (f"{node.field}:" if node.field else "")
            + _quote(node.token)
            + ("*" if node.prefix else "")
        )
    if isinstance(node, Phrase):
        slop = "" if node.slop is None else f"~{node.slop}"
        return (f"{node.field}:" if node.field else "") + '"' + " ".join(node.tokens) + '"' + slop
    if isinstance(node, Not):
        return "NOT " + _render(node.child, Not)
    joiner = " AND " if isinstance(node, And) else " OR "
    text = joiner.join(_render(child, type(node)) for child in node.children)
    return f"({text})" if parent is not None else text


@dataclass(frozen=True)
class ParsedQuery:
    """A query that parsed: `text` as typed, `root` the tree. str() is the canonical form
    (words as the index holds them, explicit operators and parentheses): the same for
    `Baltic*  estonia` and `baltic* AND Estonia`, a key for caches and file names."""

    text: str
    root: Node

    @property
    def canonical(self) -> str:
        return _render(self.root)

    def __str__(self) -> str:
        return self.canonical

    def fields(self) -> set[str]:
        """The fields the query names (DEFAULT_FIELDS for words without one)."""
        found: set[str] = set()
        for leaf in _leaves(self.root, positive_only=False):
            found.update(DEFAULT_FIELDS if leaf.field is None else (leaf.field,))
        return found


def _leaves(node: Node, *, positive_only: bool) -> list[Word | Phrase]:
    if isinstance(node, Word | Phrase):
        return [node]
    if isinstance(node, Not):
        return [] if positive_only else _leaves(node.child, positive_only=False)
    return [leaf for child in node.children for leaf in _leaves(child, positive_only=positive_only)]


# --- lexing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    kind: str  # "(", ")", AND, OR, NOT, FIELD, WORD, PHRASE
    text: str
    pos: int
    slop: int | None = None


_STOP = set('()"')


def _lex(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c in "()":
            tokens.append(_Token(c, c, i))
            i += 1
        elif c == '"':
            close = query.find('"', i + 1)
            if close < 0:
                raise QueryError(f"unclosed quote starting at character {i}", i)
            k, slop = close + 1, None
            if k < n and query[k] == "~":
                digits = k + 1
                while digits < n and query[digits].isdigit():
                    digits += 1
                if digits == k + 1:
                    raise QueryError(
                        f"'~' at character {k} needs a number of words after it, as in \"NATO expansion\"~5",
                        k,
                    )
                slop = int(query[k + 1 : digits])
                if slop > MAX_SLOP:
                    raise QueryError(
                        f"proximity ~{slop} at character {k} is more than {MAX_SLOP} words", k
                    )
                k = digits
            if k < n and not query[k].isspace() and query[k] not in "()":
                raise QueryError(
                    f"unexpected {query[k]!r} at character {k} right after a closing quote", k
                )
            tokens.append(_Token("PHRASE", query[i + 1 : close], i, slop))
            i = k
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in _STOP:
                j += 1
            word = query[i:j]
            if ":" in word:
                name = word.split(":", 1)[0]
                if name.lower() not in FIELDS:
                    shown = f"'{name}:'" if name else "':'"
                    raise QueryError(
                        f"unknown field {shown} at character {i}; fields: {', '.join(FIELDS)}",
                        i,
                    )
                tokens.append(_Token("FIELD", name.lower(), i))
                i += len(name) + 1  # the rest of the word, if any, is lexed next
                continue
            tokens.append(_Token(word if word in OPERATORS else "WORD", word, i))
            i = j
    return tokens


# --- parsing ------------------------------------------------------------------------------------


def _analyze(text: str) -> list[str]:
    return analyzer(False).analyze(text)


def _word(token: _Token, field: str | None) -> Node:
    word, pos = token.text, token.pos
    if word.upper() in OPERATORS:
        raise QueryError(
            f"'{word}' at character {pos}: write {word.upper()} for the operator, "
            f'or "{word}" in quotes to search the word',
            pos,
        )
    if word[0] in "-+" and len(word) > 1:
        hint = f"NOT {word[1:]}" if word[0] == "-" else word[1:]
        raise QueryError(f"'{word[0]}' at character {pos}: write {hint}", pos)
    tilde = word.find("~")
    if tilde >= 0:
        raise QueryError(
            f"'~' at character {pos + tilde}: proximity applies to a quoted phrase, "
            'as in "NATO expansion"~5',
            pos + tilde,
        )
    star = word.find("*")
    if 0 <= star < len(word) - 1 or word == "*":
        where = pos + (star if word != "*" else 0)
        raise QueryError(
            f"wildcard '*' at character {where}: only a * at the end of a word is supported, as in sanction*",
            where,
        )
    prefix = word.endswith("*")
    parts = _analyze(word[:-1] if prefix else word)
    if not parts:
        raise QueryError(
            f"'{word}' at character {pos} has no letters or digits to search (the operators are AND, OR, NOT)",
            pos,
        )
    if prefix:
        if len(parts) > 1:
            raise QueryError(
                f"wildcard '{word}' at character {pos}: the part before * must be one word of letters and digits",
                pos,
            )
        return Word(parts[0], field, prefix=True)
    return Word(parts[0], field) if len(parts) == 1 else Phrase(tuple(parts), field)


def _phrase(token: _Token, field: str | None) -> Node:
    body, pos = token.text, token.pos
    star = body.find("*")
    if star >= 0:
        raise QueryError(
            f"wildcard '*' at character {pos + 1 + star} inside quotes: a phrase matches whole words",
            pos + 1 + star,
        )
    parts = _analyze(body)
    if not parts:
        raise QueryError(
            f"empty phrase at character {pos}: no letters or digits between the quotes", pos
        )
    if len(parts) == 1:
        return Word(parts[0], field)  # "NATO" is NATO; "NATO"~5 too
    if token.slop is None:
        return Phrase(tuple(parts), field)
    if len(parts) > 2:
        raise QueryError(
            f"proximity at character {pos}: ~{token.slop} works on two words, and this phrase has "
            f"{len(parts)} ({' '.join(parts)}); combine pairs with AND, as in "
            f'"NATO expansion"~5 AND "expansion east"~5',
            pos,
        )
    if parts[0] == parts[1]:
        raise QueryError(f"proximity at character {pos} needs two different words", pos)
    return Phrase(tuple(parts), field, token.slop)


def _flatten(kind: type, parts: list[Node]) -> Node:
    if len(parts) == 1:
        return parts[0]
    children: list[Node] = []
    for part in parts:
        children.extend(part.children if isinstance(part, kind) else [part])
    return kind(tuple(children))


_STARTS = {"WORD", "PHRASE", "FIELD", "(", "NOT"}


class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.tokens = _lex(query)
        self.i = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def next(self) -> _Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def parse(self) -> Node:
        if not self.tokens:
            raise QueryError("empty query", 0)
        node = self.or_(None)
        extra = self.peek()
        if extra is not None:  # only a ')' stops or_ before the end
            raise QueryError(
                f"unbalanced parenthesis at character {extra.pos}: ')' closes no '('", extra.pos
            )
        return node

    def _needs_term_after(self, op: _Token) -> None:
        following = self.peek()
        if following is None or following.kind not in _STARTS:
            raise QueryError(f"{op.kind} at character {op.pos} needs a term after it", op.pos)

    def or_(self, field: str | None) -> Node:
        parts = [self.and_(field)]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.next()
            self._needs_term_after(token)
            parts.append(self.and_(field))
        return _flatten(Or, parts)

    def and_(self, field: str | None) -> Node:
        parts = [self.unary(field)]
        while (token := self.peek()) is not None and token.kind not in (")", "OR"):
            if token.kind == "AND":
                self.next()
                self._needs_term_after(token)
            parts.append(self.unary(field))
        return _flatten(And, parts)

    def unary(self, field: str | None) -> Node:
        token = self.peek()
        if token is not None and token.kind == "NOT":
            self.next()
            self._needs_term_after(token)
            return Not(self.unary(field))
        return self.primary(field)

    def primary(self, field: str | None) -> Node:
        token = self.peek()
        if token is None:  # callers check for a term first; kept for safety
            raise QueryError(
                f"the query ends where a term was expected (character {len(self.query)})",
                len(self.query),
            )
        self.next()
        if token.kind == "(":
            following = self.peek()
            if following is not None and following.kind == ")":
                raise QueryError(f"empty parentheses at character {token.pos}", token.pos)
            if following is None:
                raise QueryError(
                    f"unbalanced parenthesis at character {token.pos}: '(' is never closed",
                    token.pos,
                )
            node = self.or_(field)
            closing = self.peek()
            if closing is None or closing.kind != ")":
                raise QueryError(
                    f"unbalanced parenthesis at character {token.pos}: '(' is never closed",
                    token.pos,
                )
            self.next()
            return node
        if token.kind == "FIELD":
            if field is not None:
                raise QueryError(
                    f"field '{token.text}:' at character {token.pos} is inside the parentheses of '{field}:'",
                    token.pos,
                )
            following = self.peek()
            if following is None or following.kind not in ("WORD", "PHRASE", "("):
                raise QueryError(
                    f"field '{token.text}:' at character {token.pos} needs a word, a \"phrase\" or ( … ) right after it",
                    token.pos,
                )
            return self.primary(token.text)
        if token.kind == "WORD":
            return _word(token, field)
        if token.kind == "PHRASE":
            return _phrase(token, field)
        if token.kind == ")":
            raise QueryError(
                f"unbalanced parenthesis at character {token.pos}: ')' closes no '('", token.pos
            )
        raise QueryError(f"{token.kind} at character {token.pos} needs a term before it", token.pos)


def parse(query: str) -> ParsedQuery:
    """The query as a tree, or QueryError saying what is wrong and at which character.
    A blank query is an error ("empty query"): callers treat blank as no query at all."""
    return ParsedQuery(query, _Parser(query).parse())


# --- running a query on the index -----------------------------------------------------------


@dataclass(frozen=True)
class _Reader:
    generation: Path
    index: tantivy.Index
    searcher: tantivy.Searcher
    ids_by_key: pa.StringArray  # article_id by the index's integer key
    rank_by_key: np.ndarray  # the article_id's place in sorted order, by key (ties in results)
    stemming: bool


_READERS: OrderedDict[str, _Reader] = OrderedDict()
_READERS_LOCK = threading.Lock()
_MAX_READERS = 4


def _reader(index_dir: Path | str) -> _Reader:
    """The searcher of the generation in use (generations never change once written, so it
    is cached by its folder; a new build or update is a new folder)."""
    generation = current_generation(index_dir)
    if generation is None:
        raise FileNotFoundError(
            f"{index_dir}: no search index; make one with lib.search.build_index"
        )
    key = str(generation)
    with _READERS_LOCK:
        if key in _READERS:
            _READERS.move_to_end(key)
            return _READERS[key]
    index = _register(tantivy.Index.open(key))
    ids = read_ids(generation)
    keys = ids["key"].to_numpy(dtype=np.int64)
    size = int(keys.max()) + 1 if len(keys) else 0
    by_key = np.empty(size, dtype=object)
    by_key[keys] = ids["article_id"].to_numpy(dtype=object)
    ids_by_key = pa.array(by_key, type=pa.string())
    rank_by_key = np.zeros(size, dtype=np.int64)
    in_order = pc.sort_indices(pa.array(ids["article_id"], type=pa.string())).to_numpy()
    rank_by_key[keys[in_order]] = np.arange(len(keys), dtype=np.int64)
    stemming = bool(read_info(generation)["stemming"])
    reader = _Reader(generation, index, index.searcher(), ids_by_key, rank_by_key, stemming)
    with _READERS_LOCK:
        _READERS[key] = reader
        while len(_READERS) > _MAX_READERS:
            _READERS.popitem(last=False)
    return reader


def _any(queries: list[tantivy.Query]) -> tantivy.Query:
    if len(queries) == 1:
        return queries[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in queries])


def _stem(token: str) -> str:
    return analyzer(True).analyze(token)[0]


def _compile(node: Node, schema: tantivy.Schema, stem: bool) -> tantivy.Query:
    Q, Occur = tantivy.Query, tantivy.Occur
    if isinstance(node, Word | Phrase):
        names = DEFAULT_FIELDS if node.field is None else (node.field,)
        if isinstance(node, Word) and node.prefix:  # wildcards look at the words as written
            return _any([Q.regex_query(schema, name, node.token + ".*") for name in names])
        if stem:
            names = tuple(STEM_FIELDS.get(name, name) for name in names)
        fix = (
            (lambda name, t: _stem(t) if name in STEM_FIELDS.values() else t)
            if stem
            else (lambda name, t: t)
        )
        if isinstance(node, Word):
            return _any([Q.term_query(schema, name, fix(name, node.token)) for name in names])
        queries = []
        for name in names:
            words = [fix(name, t) for t in node.tokens]
            if node.slop is None:
                queries.append(Q.phrase_query(schema, name, words))
            else:  # either order, at most `slop` words between (see Phrase)
                queries.append(Q.phrase_query(schema, name, words, node.slop))
                queries.append(Q.phrase_query(schema, name, words[::-1], node.slop))
        return _any(queries)
    if isinstance(node, Not):
        return Q.boolean_query(
            [(Occur.Must, Q.all_query()), (Occur.MustNot, _compile(node.child, schema, stem))]
        )
    if isinstance(node, Or):
        return Q.boolean_query(
            [(Occur.Should, _compile(child, schema, stem)) for child in node.children]
        )
    must = [
        (Occur.Must, _compile(c, schema, stem)) for c in node.children if not isinstance(c, Not)
    ]
    must_not = [
        (Occur.MustNot, _compile(c.child, schema, stem))
        for c in node.children
        if isinstance(c, Not)
    ]
    return Q.boolean_query((must or [(Occur.Must, Q.all_query())]) + must_not)


def _empty() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": pa.array([], type=pa.string()).to_pandas(),
            "score": np.array([], dtype=np.float64),
        }
    )


@dataclass(frozen=True)
class KeyedHits:
    """search()'s hits before they are turned into article_ids: the index generation that
    answered, and its integer keys and scores, best first (ties by article_id)."""

    generation: Path
    keys: np.ndarray  # int64
    scores: np.ndarray  # float64


def search_keys(
    index_dir: Path | str, query: str | ParsedQuery, *, limit: int | None = None, stem: bool = False
) -> KeyedHits:
    """search() as integer keys of the generation that answered (`indexed_ids` maps them to
    article_ids): for a caller that maps every hit to a row of its own tables, where a key
    is an array lookup and an article_id a string to find."""
    parsed = query if isinstance(query, ParsedQuery) else parse(query)
    reader = _reader(index_dir)
    if stem and not reader.stemming:
        raise ValueError(
            f"{reader.generation}: the index was built without stemming (build_index(..., stemming=True))"
        )
    empty = KeyedHits(reader.generation, np.zeros(0, np.int64), np.zeros(0, np.float64))
    total = reader.searcher.num_docs
    if total == 0 or limit == 0:
        return empty
    compiled = _compile(parsed.root, reader.index.schema, stem)
    # Every hit, even with a limit: the cut is made after the ties are ordered by id, so a
    # limit is deterministic (wildcards score alike). The collector turns each hit into
    # Python objects: no garbage collection in between (a full one costs tens of ms in a
    # large process and finds nothing here).
    collecting = gc.isenabled()
    gc.disable()
    try:
        hits = reader.searcher.search(compiled, limit=total, count=False).hits
        # zip(*…) splits the (score, address) pairs in C: a generator over them costs 3x more
        scores, addresses = zip(*hits, strict=True) if hits else ((), ())
        del hits
        scores = np.array(scores, dtype=np.float64)
        keys = np.asarray(reader.searcher.fast_field_values("key", list(addresses)), dtype=np.int64)
        del addresses
    finally:
        if collecting:
            gc.enable()
    if not len(keys):
        return empty
    order = np.lexsort((reader.rank_by_key[keys], -scores))
    if limit is not None:
        order = order[:limit]
    return KeyedHits(reader.generation, keys[order], scores[order])


def indexed_ids(index_dir: Path | str) -> tuple[Path, pa.StringArray]:
    """The generation in use and the article_id of each of its keys (null for a key no
    longer used): what search_keys' keys mean."""
    reader = _reader(index_dir)
    return reader.generation, reader.ids_by_key


def search(
    index_dir: Path | str, query: str | ParsedQuery, *, limit: int | None = None, stem: bool = False
) -> pd.DataFrame:
    """The articles that match, best first: columns article_id and score (BM25, summed over
    the query's terms and fields; a wildcard or NOT-only part scores 1), ties by article_id.
    Every hit unless `limit`. A str query is parsed first (QueryError if it does not parse).
    `stem=True` matches words by their English stem; the index must have been built with
    stemming=True (ValueError otherwise)."""
    found = search_keys(index_dir, query, limit=limit, stem=stem)
    if not len(found.keys):
        return _empty()
    article_ids = _reader(found.generation).ids_by_key.take(pa.array(found.keys)).to_pandas()
    return pd.DataFrame({"article_id": article_ids, "score": found.scores})


# --- hits in a text (KWIC, the reader) ------------------------------------------------------------


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
    leaves = [leaf for leaf in _leaves(parsed.root, positive_only=True) if _applies(leaf, field)]
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
    key = _stem if use_stem else (lambda t: t)
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
