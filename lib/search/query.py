"""The query language: a researcher's query parsed into a tree (run on the index by
lib.search.searcher, its hits in a text found by lib.search.highlight).

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
and lib.search.searcher compiles this tree to tantivy Query objects, so what a query means
is decided by the two of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lib.search.index import analyzer

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
        for leaf in terms(self.root, positive_only=False):
            found.update(DEFAULT_FIELDS if leaf.field is None else (leaf.field,))
        return found


def terms(node: Node, *, positive_only: bool) -> list[Word | Phrase]:
    """The words and phrases of a query tree, left to right (with `positive_only`, none
    under a NOT)."""
    if isinstance(node, Word | Phrase):
        return [node]
    if isinstance(node, Not):
        return [] if positive_only else terms(node.child, positive_only=False)
    return [leaf for child in node.children for leaf in terms(child, positive_only=positive_only)]


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
