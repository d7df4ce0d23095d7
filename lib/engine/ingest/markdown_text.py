"""A Markdown file -> plain text: its front matter as metadata, the markup removed."""

from __future__ import annotations

import re

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


_YAML_KEY = re.compile(r"^([A-Za-z_][\w .-]*?)\s*:(?:\s+(.*))?$")


_YAML_ITEM = re.compile(r"^\s*-\s+(.*)$")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple `key: value` front matter (and `- item` lists) and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    lists: dict[str, list[str]] = {}
    list_key: str | None = None
    for line in match.group(1).split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _YAML_ITEM.match(line)
        if item and list_key is not None:
            lists[list_key].append(_unquote(item.group(1)))
            continue
        pair = _YAML_KEY.match(line)
        if not pair:  # nested mappings, block scalars: not simple, ignored
            list_key = None
            continue
        key, value = pair.group(1).strip().lower(), (pair.group(2) or "").strip()
        list_key = None
        if not value:
            list_key = key
            lists[key] = []
        elif value.startswith("[") and value.endswith("]"):
            meta[key] = "; ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
        elif value not in ("|", ">", "|-", ">-"):
            meta[key] = _unquote(value)
    for key, items in lists.items():
        if items:
            meta[key] = "; ".join(items)
    return meta, text[match.end() :]


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"')
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


_RULE = re.compile(r"^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")


_SETEXT = re.compile(r"^\s{0,3}=+[ \t]*$")


_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")


_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")


_QUOTE = re.compile(r"^\s{0,3}>[ \t]?")


_BULLET = re.compile(r"^(\s*)[-*+][ \t]+")


_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # <https://...>
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    # Emphasis only when the markers hug words, so "5 * 3" and snake_case survive.
    (re.compile(r"(?<![\w*])(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),  # backslash escapes
)


def strip_markdown(text: str) -> tuple[str, str | None]:
    """Text without Markdown markup (paragraphs kept) and the first `# ` heading, if any."""
    lines: list[str] = []
    heading: str | None = None
    in_code = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            lines.append(line.rstrip())
            continue
        if _RULE.match(line) or _SETEXT.match(line) or _REF_DEF.match(line):
            continue
        line = _QUOTE.sub("", line)
        head = _HEADING.match(line)
        if head:
            line = _strip_inline(head.group(2) or "")
            if heading is None and len(head.group(1)) == 1 and line.strip():
                heading = line.strip()
        else:
            line = _strip_inline(_BULLET.sub(r"\1", line))
        lines.append(line.rstrip())
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return body, heading


def _strip_inline(line: str) -> str:
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return line
