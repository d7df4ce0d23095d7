"""Text from the data (titles, names, sources, file names, the URL) shown as written inside
Streamlit's Markdown: st.markdown, st.header, st.caption, st.info, button and expander labels.

Streamlit shows HTML tags in Markdown as text already, but Markdown itself would still act:
`[x](http://…)` and a bare `http://…` become links, `**x**` bold, `![x](…)` an image. Every
Markdown character is backslash-escaped here, so the text shows as it is. Escapes do not stop
the links GitHub-flavoured Markdown makes of bare addresses (`http://evil.example`,
`www.evil.example`, `someone@evil.example`): an invisible word joiner (U+2060) after `://`,
`www` and `@` does.
"""

from __future__ import annotations

import re

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&])")
_AUTOLINK = re.compile(r"(://|@|\bwww(?=\.))", re.IGNORECASE)
WORD_JOINER = "\u2060"


def plain(text: object) -> str:
    """`text` escaped for Streamlit Markdown: shown as written, never as a link, an image
    or markup."""
    return _MARKDOWN.sub(r"\\\1", _AUTOLINK.sub(rf"\1{WORD_JOINER}", str(text)))
