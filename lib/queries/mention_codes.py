"""The integer codes `build_corpus` derives from a run's tables, kept in a file of the run
and memory-mapped at start.

Deriving them looks every mention's ids up among the articles' and the catalogue's (millions
of string hashes) and sorts millions of keys: more than a second at 100k articles, on every
server start. They depend only on the run's tables and on the corrections applied to them,
so they are derived once per run and set of corrections and written to
`runs/<run_id>/mention-codes.arrow`, with the key of what they were derived from in the
file's metadata. A file with another key (the corrections changed, or FORMAT did) is stale:
derived again and replaced in one step (lib.atomic.replace_file: a failed write leaves the
old file). Its pages are file-backed, in the OS page cache, shared by every server process
rather than copied into each one's own memory.

The same switches as the tables' load cache (lib.queries.arrow_cache): LENS_LOAD_CACHE=0
turns it off, LENS_LOAD_CACHE_MIN sets the smallest run worth a file.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np
import pyarrow as pa

from lib.queries import array_file, arrow_cache

FILE = "mention-codes.arrow"
FORMAT = 1  # bump when what build_corpus derives changes: older files are then stale
KEY = array_file.KEY


@dataclass(frozen=True)
class MentionCodes:
    """One row per counted mention (the mentions, and the events linked in the articles where
    no mention of them is in the same sentence), then one row per (article, entity) pair."""

    article: np.ndarray  # int32: row in `articles`
    entity: np.ndarray  # int32: row in the catalogue (sorted by entity_id)
    sentence: np.ndarray  # int32
    start: np.ndarray  # int32
    end: np.ndarray  # int32
    pair_article: np.ndarray  # int32, sorted by article then entity
    pair_entity: np.ndarray  # int32
    pair_n: np.ndarray  # int64: the pair's mentions

    def fits(self, n_articles: int, n_entities: int) -> bool:
        """Whether every code points into tables of these sizes (a last check on a file)."""
        return all(
            len(codes) == 0 or (codes.min() >= 0 and codes.max() < size)
            for codes, size in (
                (self.article, n_articles),
                (self.pair_article, n_articles),
                (self.entity, n_entities),
                (self.pair_entity, n_entities),
            )
        )


NAMES = tuple(f.name for f in fields(MentionCodes))


def key_of(curation_key: str, n_articles: int, n_entities: int, n_rows: int) -> str:
    """What a file was derived from: the corrections (their file's version), this code's
    FORMAT, and the sizes of the tables (a last guard against a file from other tables)."""
    return f"format={FORMAT};curation={curation_key};articles={n_articles};entities={n_entities};rows={n_rows}"


def path_of(run: Path) -> Path:
    return Path(run) / FILE


def to_table(codes: MentionCodes, key: str) -> pa.Table:
    """One row; each column one whole array (lib.queries.array_file)."""
    return array_file.to_table({f.name: getattr(codes, f.name) for f in fields(MentionCodes)}, key)


def from_table(table: pa.Table) -> MentionCodes:
    return MentionCodes(**array_file.from_table(table, NAMES))


def write(run: Path, codes: MentionCodes, key: str) -> None:
    """The run's file, replaced in one step. A run folder that cannot be written to only
    loses the speed-up: a warning, not an error."""
    arrays = {f.name: getattr(codes, f.name) for f in fields(MentionCodes)}
    array_file.write(path_of(run), arrays, key, what="the mention codes")


def read(run: Path, key: str) -> MentionCodes | None:
    """The run's codes, memory-mapped, when its file exists and was derived from `key`;
    None otherwise (missing, stale, unreadable)."""
    arrays = array_file.read(path_of(run), key, NAMES)
    return None if arrays is None else MentionCodes(**arrays)


def wanted(run: Path | None, n_articles: int) -> bool:
    """Whether a run of this size keeps a file (a folder of tables outside `runs/` never
    does: it may change under the same name)."""
    return run is not None and arrow_cache.worth_it(n_articles)
