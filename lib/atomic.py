"""Folders replaced so that a reader sees the old one or the new one, never half of one: a
new generation's name, a folder's entries made durable, a symbolic link swapped in one step.
Used by the run's tables (lib.store) and the search index (lib.search); imports nothing of lib.
"""

from __future__ import annotations

import os
import uuid
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
