"""Folders and files replaced so that a reader sees the old one or the new one, never half
of one: a new generation's name, a folder's entries made durable, a symbolic link swapped in
one step, a file written aside and renamed over the old. Used by the run's tables
(lib.store), the search index (lib.search) and the dashboard's derived files
(lib.queries.mention_codes); imports nothing of lib.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path


def generation_name() -> str:
    """A new generation's folder name: sorts by time, never repeats."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ") + "-" + uuid.uuid4().hex[:6]


def fsync_dir(path: Path) -> None:
    """Make a folder's entries (a rename, a new link) durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def point(link: Path, target: str) -> None:
    """Make `link` a symbolic link to `target`, atomically (a new link renamed over the old)."""
    tmp = link.with_name(f".{link.name}.{uuid.uuid4().hex[:8]}.tmp")
    os.symlink(target, tmp)
    os.replace(tmp, link)


def replace_file(path: Path, write: Callable[[Path], None]) -> None:
    """Make `path` the file `write(tmp)` writes, in one step: a reader sees the old file or
    the new one, never half of one; when `write` fails, the old file stays and the partial
    one goes."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        write(tmp)
        with open(tmp, "rb") as done:
            os.fsync(done.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
