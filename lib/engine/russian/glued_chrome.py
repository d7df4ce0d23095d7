"""Chrome glued to the end of a kept line of a Russian page, cut with the text before it kept:

- a related-news label and the headlines the page ran on after it, with no line break
  ("…урегулированию конфликта.НОВОСТИ ПО ТЕМЕ:— Глава МИД анонсировал …");
- a link to the story's source closing the last paragraph, a web address after the final
  full stop, often with the link's arrow ("… для Анкары. nsn.fm »").

Prose never runs on after a closed sentence into such a label or into a bare web address.
"""

from __future__ import annotations

import re

# A label of other stories after a closed sentence: every headline after it is another story's.
_RELATED_LABEL = re.compile(
    r"(?<=[.!?»\"])\s*(?-i:НОВОСТИ ПО ТЕМЕ|Новости по теме|ЧИТАЙТЕ ТАКЖЕ|Читайте также|"
    r"Материалы по теме|МАТЕРИАЛЫ ПО ТЕМЕ|Смотрите также|СМОТРИТЕ ТАКЖЕ)\s*:.*$"
)
# A web address alone after a closed sentence, an arrow or a guillemet after it.
_SOURCE_LINK = re.compile(
    r"(?<=[.!?»\"])\s+(?:Источник\s*:\s*)?(?:https?://)?[a-z][\w-]*(?:\.[\w-]+)*"
    r"\.(?:ru|fm|com|ua|by|kz|md|net|org|info|su|tv|media|news)/?\s*[»→>]?$"
)


def cut_glued_chrome(line: str) -> str:
    """'… в Донбассе.НОВОСТИ ПО ТЕМЕ:— …' -> '… в Донбассе.'; '… Анкары. nsn.fm »' -> '… Анкары.'"""
    if ":" in line:
        line = _RELATED_LABEL.sub("", line)
    if "." in line:
        line = _SOURCE_LINK.sub("", line)
    return line
