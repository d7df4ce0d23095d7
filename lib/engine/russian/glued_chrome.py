"""Chrome glued to the end of a kept line of a Russian page, cut with the text before it kept:

- a related-news label and the headlines the page ran on after it, with no line break
  ("…урегулированию конфликта.НОВОСТИ ПО ТЕМЕ:— Глава МИД анонсировал …"), where nothing
  after it is a sentence of the article going on;
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
# A sentence closed and another begun after the label: the article goes on past one glued
# headline ("Читайте также: ВАЖНО: Британия выдвинула России ультиматум «Использование …»"),
# and the line is left whole rather than lose its text.
_SENTENCE_GOES_ON = re.compile(r"[.!?…»]\s+[А-ЯЁA-Z«\"]")
# A web address alone after a closed sentence, an arrow or a guillemet after it.
_SOURCE_LINK = re.compile(
    r"(?<=[.!?»\"])\s+(?:Источник\s*:\s*)?(?:https?://)?[a-z][\w-]*(?:\.[\w-]+)*"
    r"\.(?:ru|fm|com|ua|by|kz|md|net|org|info|su|tv|media|news)/?\s*[»→>]?$"
)


def cut_glued_chrome(line: str) -> str:
    """'… в Донбассе.НОВОСТИ ПО ТЕМЕ:— …' -> '… в Донбассе.'; '… Анкары. nsn.fm »' -> '… Анкары.'"""
    label = _RELATED_LABEL.search(line) if ":" in line else None
    if label and not _SENTENCE_GOES_ON.search(label.group()):
        line = line[: label.start()]  # only headlines after it; prose after it stays
    if "." in line:
        line = _SOURCE_LINK.sub("", line)
    return line
