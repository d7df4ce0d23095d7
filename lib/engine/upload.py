"""Articles added from the browser: check and save the uploaded files, then rebuild the
tables from the run's corpus plus every upload so far.

Uploads are kept under data/uploads/<timestamp>/ (git-ignored; `LENS_UPLOAD_DIR` moves
it), so a later run, from the browser or the command line, still finds them. No
Streamlit here: the page hands over (name, bytes) pairs and a progress callback.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lib import store
from lib.engine.run import ROOT, SAMPLE_CORPUS, update

UPLOAD_ENV = "LENS_UPLOAD_DIR"
ALLOWED = (".txt", ".md", ".html", ".htm", ".jsonl", ".csv")
MAX_FILES = 50
MAX_FILE_MB = 25
MAX_TOTAL_MB = 100


def upload_root() -> Path:
    return Path(os.environ.get(UPLOAD_ENV) or ROOT / "data" / "uploads")


@dataclass
class Saved:
    folder: Path | None
    files: list[Path] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)


def safe_name(name: str) -> str:
    """A file name without folders or odd characters ('../../x.txt' -> 'x.txt')."""
    base = Path(name.replace("\\", "/")).name
    stem, dot, ext = base.rpartition(".")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem if dot else base).strip("._") or "upload"
    return f"{stem[:80]}.{ext.lower()}" if dot else stem[:80]


def check(
    files: Sequence[tuple[str, bytes]],
) -> tuple[list[tuple[str, bytes]], list[tuple[str, str]]]:
    """The files that may be saved, and the others with the reason."""
    ok, rejected = [], []
    total = 0
    for name, data in files:
        suffix = Path(name).suffix.lower()
        if suffix not in ALLOWED:
            rejected.append(
                (name, f"unsupported type {suffix or '(none)'}; use {', '.join(ALLOWED)}")
            )
        elif len(data) == 0:
            rejected.append((name, "empty file"))
        elif len(data) > MAX_FILE_MB * 1024 * 1024:
            rejected.append((name, f"larger than {MAX_FILE_MB} MB"))
        elif len(ok) >= MAX_FILES:
            rejected.append((name, f"more than {MAX_FILES} files in one upload"))
        elif total + len(data) > MAX_TOTAL_MB * 1024 * 1024:
            rejected.append((name, f"the upload would exceed {MAX_TOTAL_MB} MB"))
        else:
            ok.append((name, data))
            total += len(data)
    return ok, rejected


def save(
    files: Sequence[tuple[str, bytes]], *, root: Path | None = None, now: datetime | None = None
) -> Saved:
    """Write the acceptable files to <root>/<UTC timestamp>/; report the others."""
    ok, rejected = check(files)
    if not ok:
        return Saved(None, [], rejected)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    folder = (root or upload_root()) / stamp
    folder.mkdir(parents=True, exist_ok=False)
    written = []
    for name, data in ok:
        target = folder / safe_name(name)
        n = 1
        while target.exists():
            target = folder / f"{target.stem}_{n}{target.suffix}"
            n += 1
        target.write_bytes(data)
        written.append(target)
    return Saved(folder, written, rejected)


def corpus_paths(manifest: dict, root: Path) -> list[str]:
    """What to process: the corpus of the current run (the sample if none is recorded),
    plus the uploads folder."""
    paths = [p for p in manifest.get("corpus", []) if Path(p).exists()] or [str(SAMPLE_CORPUS)]
    resolved = {Path(p).resolve() for p in paths}
    if root.resolve() not in resolved and not any(
        root.resolve().is_relative_to(p) for p in resolved
    ):
        paths.append(str(root))
    return paths


def rebuild(
    manifest: dict,
    out_dir: Path,
    *,
    root: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> store.Dataset:
    """Process the corpus plus every upload, and write the tables to `out_dir`. Through
    lib.preprocess.update: articles already processed come from the run's cache, so only
    the new ones cost time."""
    from lib.engine import eventkb

    paths = corpus_paths(manifest, root or upload_root())
    default_kb = eventkb.kb_paths()[0].resolve()
    extra_kbs = [
        p
        for p in manifest.get("event_kbs", [])
        if Path(p).resolve() != default_kb and Path(p).exists()
    ]
    dataset = update(
        paths, Path(out_dir), model=manifest.get("model"), event_kbs=extra_kbs, progress=progress
    )
    return dataset if dataset is not None else store.read_dataset(Path(out_dir))
