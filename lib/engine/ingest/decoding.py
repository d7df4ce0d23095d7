"""Bytes -> text: the encoding declared, detected or guessed (with the byte offset of the first
error when a file is not what it claims), and mojibake repaired.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path
from typing import BinaryIO

import ftfy
import ftfy.badness
from charset_normalizer import from_bytes

from lib.engine.report import Report

# Enough bytes for charset-normalizer to judge, little enough to keep a GB file out of memory.
_SAMPLE_BYTES = 1 << 20


_CHUNK_BYTES = 1 << 22


# Legacy encodings charset-normalizer cannot tell apart on short texts (it ranks cp1250 first
# for plain French or German); when its best candidates tie, take the most common in news.
_PREFERRED_ENCODINGS = ("cp1252", "latin_1", "cp1251", "koi8_r", "iso8859_15", "cp1250")


_LIKELY_ENCODINGS = (
    *_PREFERRED_ENCODINGS,
    "utf_16",
    "utf_32",
    "iso8859_2",
    "iso8859_5",
    "cp1253",
    "cp1254",
    "iso8859_7",
    "iso8859_9",
    "cp1257",
    "mac_roman",
    "cp866",
)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# uncurl_quotes=False: quotes are content (and the quote detector relies on curly ones).
_FTFY = ftfy.TextFixerConfig(normalization="NFC", uncurl_quotes=False, explain=False)


# In ASCII text ftfy only acts on HTML entities (ftfy.chardata.HTML_ENTITY_RE: with their
# semicolon, so a bare "&" as in "AT&T" or "Q&A" is not one) and control characters.
_ASCII_FTFY_WOULD_CHANGE = re.compile(r"&#?[0-9A-Za-z]{1,24};|[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Elsewhere an "&" or a control character sends the text to ftfy whole, as it always has.
_FTFY_WANTED = re.compile(r"[&\x00-\x08\x0b\x0e-\x1f\x7f]")


# Every alternative of ftfy's mojibake regex (ftfy.badness.BADNESS_RE, ftfy 6) holds a
# character outside ASCII and spans at most 7 characters: it can only match within a few
# characters of a non-ASCII one. Searching just there gives ftfy's own answer without
# trying its long alternation at every position of the article (a curly quote is enough to
# make the whole text non-ASCII).
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_MOJIBAKE_REACH = 8


def looks_like_mojibake(text: str) -> bool:
    """ftfy.badness.is_bad(text), searched only around the non-ASCII characters."""
    bad = ftfy.badness.BADNESS_RE
    return any(
        bad.search(text, max(0, m.start() - _MOJIBAKE_REACH), m.end() + _MOJIBAKE_REACH)
        for m in _NON_ASCII.finditer(text)
    )


def fix_text(text: str) -> str:
    """Unify line endings and repair mojibake ("NATOâ€™s" -> "NATO’s"), leaving quotes alone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii() and not _ASCII_FTFY_WOULD_CHANGE.search(text):
        return text  # ftfy is the slowest step on big CSVs and has nothing to do here
    if not _FTFY_WANTED.search(text) and not looks_like_mojibake(text):
        # No sign of mojibake (en dashes and accents are fine): only the Unicode form to fix.
        return unicodedata.normalize("NFC", text)
    return ftfy.fix_text(text, _FTFY)


def decode(
    data: bytes, *, where: str, report: Report, hint: str | None = None
) -> tuple[str, str] | None:
    """A whole file's text and the encoding used, or None (reported) for binary data."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            report.add(where, "not UTF-8 (byte-order mark)", f"decoded as {codec}")
            return data.decode(codec, errors="replace"), codec
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data:
        report.add(where, "looks like a binary file (NUL bytes)", "skipped")
        return None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        bad_line = data.count(b"\n", 0, exc.start) + 1
    codec = _fallback_encoding(data, hint=hint)
    if codec is None:
        report.add(where, "looks like a binary file (no text encoding fits)", "skipped")
        return None
    report.add(where, f"not valid UTF-8 (first bad byte on line {bad_line})", f"decoded as {codec}")
    return data.decode(codec, errors="replace"), codec


def stream_encoding(path: Path, *, report: Report) -> tuple[str, str] | None:
    """(codec to open a big file with, name to record), checking UTF-8 without loading it all."""
    where = path.as_posix()
    with path.open("rb") as fh:
        head = fh.read(_SAMPLE_BYTES)
        for bom, codec in _BOMS:
            if head.startswith(bom):
                report.add(where, "not UTF-8 (byte-order mark)", f"decoded as {codec}")
                return codec, codec
        if b"\x00" in head:
            report.add(where, "looks like a binary file (NUL bytes)", "skipped")
            return None
        error = _first_utf8_error(fh, head)
        if error is None:
            return "utf-8-sig", "utf-8"
        offset, bad_line = error
        sample = head
        if offset >= len(head):  # the guess must see the bytes that are not UTF-8
            fh.seek(max(0, offset - _SAMPLE_BYTES // 2))
            sample = head + b"\n" + fh.read(_SAMPLE_BYTES)
    codec = _fallback_encoding(sample)
    if codec is None:
        report.add(where, "looks like a binary file (no text encoding fits)", "skipped")
        return None
    report.add(where, f"not valid UTF-8 (first bad byte on line {bad_line})", f"decoded as {codec}")
    return codec, codec


def _first_utf8_error(fh: BinaryIO, head: bytes) -> tuple[int, int] | None:
    """Byte offset and line of the first invalid UTF-8 in head + the rest of fh, or None."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset, line, chunk = 0, 1, head
    while chunk:
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            start = max(0, exc.start - pending)
            return offset + start, line + chunk.count(b"\n", 0, start)
        offset += len(chunk)
        line += chunk.count(b"\n")
        chunk = fh.read(_CHUNK_BYTES)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return offset, line
    return None


def _fallback_encoding(sample: bytes, *, hint: str | None = None) -> str | None:
    """The encoding of non-UTF-8 bytes: a declared one that decodes cleanly, else a guess."""
    if hint:
        try:
            sample.decode(hint)
            return hint
        except UnicodeDecodeError:
            pass
    # Corpora of this field come in European and Cyrillic code pages; on short texts an
    # unrestricted guess too often picks an East Asian one (Latin-1 French read as Big5).
    matches = list(from_bytes(sample, cp_isolation=list(_LIKELY_ENCODINGS))) or list(
        from_bytes(sample)
    )
    if not matches:
        return None
    best = matches[0]
    tied = {
        _codec_name(name)
        for match in matches
        if match.chaos == best.chaos and match.coherence == best.coherence
        for name in match.could_be_from_charset
    }
    for name in _PREFERRED_ENCODINGS:
        if _codec_name(name) in tied:
            return _codec_name(name)
    return _codec_name(best.encoding)


def _codec_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes, *, fmt: str) -> str | None:
    """The charset an HTML page declares in a meta tag, if Python knows it; else None."""
    match = _META_CHARSET.search(data[:8192]) if fmt == "html" else None
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
