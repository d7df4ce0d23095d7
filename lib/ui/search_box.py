"""The search query box of the sidebar: the query language's help on the page, the message
for a query that does not parse (with a caret under the place), and the index made on first
need for a run that has none. The query itself is lib.search's; docs/search.md.
"""

from __future__ import annotations

import streamlit as st

from lib.queries import fulltext
from lib.queries.corpus import Corpus
from lib.queries.filters import MAX_QUERY, query_error

_APPLIED = "_flt_q_applied"  # the last query that parsed: in force while the box holds a bad one

SYNTAX_HELP = """
| you write | it finds articles with |
|---|---|
| `Stoltenberg` | the whole word, any case, with or without accents (`erdogan` finds *Erdoğan*) |
| `"Russian aggression"` | the words in a row |
| `"NATO expansion"~5` | the two words at most 5 words apart, in either order |
| `sanction*` | any word that starts so: *sanction, sanctions, sanctioned* |
| `Putin AND Trump`, or `Putin Trump` | both |
| `Crimea OR Donbas` | either |
| `Kremlin AND NOT Putin` | the first without the second |
| `NATO AND (Baltic* OR Estonia OR Latvia OR Lithuania) AND NOT "Baltic Sea"` | parentheses group |
| `title:Stoltenberg`, `source:"Fox News"`, `text:Kaliningrad` | in the headline, the outlet's name, the text only |

NOT binds tighter than AND, AND tighter than OR. Operators are written in capitals: a
lower-case `and`, `or`, `not` is an error (quote it to search the word: `"not"`). Words are
whole words: `senator` does not find *senatorial* (`senator*` does); `Su-24` is the phrase
"Su 24". No stemming: `sanction` does not find *sanctions*. More in `docs/search.md`.
"""


def query_box(corpus: Corpus, *, key: str) -> str:
    """Draw the search box (widget `key`) with its help, and return the query in force: what
    the box holds when it parses, else the last query that did (with the message saying
    where the new one fails). "" for none."""
    ss = st.session_state
    st.text_input(
        "Search query",
        key=key,
        max_chars=MAX_QUERY,
        placeholder="e.g. NATO AND Baltic*",
        help='Words, "phrases", AND / OR / NOT, parentheses, sanction*, "NATO expansion"~5, '
        "title: and source:. See *How to write a query* below.",
    )
    with st.expander("How to write a query"):
        st.markdown(SYNTAX_HELP)
    typed = (ss.get(key) or "").strip()
    error = query_error(typed)
    if error is not None:
        from lib.ui.compare_widgets import plain  # markdown-safe text (imports the sidebar)

        applied = ss.get(_APPLIED, "")
        kept = f"“{plain(applied)}” stays in force" if applied else "no query is applied"
        st.error(f"The search query does not parse: {plain(error.message)}. {kept}.", icon="⚠️")
        st.code(error.pointer(typed), language=None)
        return applied
    if typed and not fulltext.has_index(corpus):
        try:
            with st.spinner("Indexing the articles for search (once per run)…"):
                fulltext.ensure_index(corpus)
        except OSError as problem:
            st.error(
                "Search needs this run's full-text index, and it cannot be written here "
                f"({problem}). Run `python -m lib.preprocess` on the corpus again: the run "
                "writes its index. No query is applied meanwhile."
            )
            return ""
    ss[_APPLIED] = typed
    return typed
