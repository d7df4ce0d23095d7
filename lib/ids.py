"""Stable identifiers derived from content, so re-runs give the same ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_WHITESPACE = re.compile(r"\s+")


def article_id_for(text: str) -> str:
    """A 16-hex-digit id from an article's text, insensitive to whitespace and Unicode form.

    The same story saved twice (other file name, other line endings) gets the same id,
    which is how duplicates are recognised.
    """
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.blake2b(normal.encode("utf-8"), digest_size=8).hexdigest()


@lru_cache(maxsize=1 << 16)
def slug(name: str) -> str:
    """A readable, stable key for a name: ASCII, lower case, words joined by hyphens.
    (Cached: linking asks for the slugs of the same few thousand names over and over.)"""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
