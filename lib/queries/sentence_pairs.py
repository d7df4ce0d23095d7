"""The sentence pairs of co-occurrence (lib.queries.pair_counts.SentencePairs), kept in a file
of the run and memory-mapped.

Listing every pair of entities that share a sentence takes a second or two and a few hundred
MB of scratch arrays at 100k articles, on the first co-occurrence question of every server.
The pairs depend only on the mentions' codes (lib.queries.mention_codes), so they are derived
once per run and set of corrections and written to `runs/<run_id>/sentence-pairs.arrow`
(lib.queries.array_file), with the mention codes' key and this module's FORMAT: a file with
another key is stale, derived again and replaced in one step.
"""

from __future__ import annotations

from pathlib import Path

from lib.queries import array_file
from lib.queries.pair_counts import PAIR_ARRAYS, SentencePairs

FILE = "sentence-pairs.arrow"
FORMAT = 1  # bump when what SentencePairs holds changes: older files are then stale


def path_of(run: Path) -> Path:
    return Path(run) / FILE


def key_of(codes_key: str) -> str:
    """A file's key: the mention codes' (what the pairs are derived from) and FORMAT."""
    return f"sentence-pairs={FORMAT};{codes_key}"


def read(run: Path, codes_key: str) -> SentencePairs | None:
    """The run's pairs, memory-mapped, when its file was derived from these codes."""
    arrays = array_file.read(path_of(run), key_of(codes_key), PAIR_ARRAYS)
    return None if arrays is None else SentencePairs.from_arrays(arrays)


def write(run: Path, pairs: SentencePairs, codes_key: str) -> None:
    array_file.write(path_of(run), pairs.arrays(), key_of(codes_key), what="the sentence pairs")


def of_run(run: Path | None, codes_key: str, derive) -> SentencePairs:
    """The pairs from the run's file, or `derive()`d and written for the next start (no file
    without a run)."""
    if run is None:
        return derive()
    pairs = read(run, codes_key)
    if pairs is None:
        derived = derive()
        write(run, derived, codes_key)
        # read back: the file's pages (shared, reclaimable) rather than this process's copy
        pairs = read(run, codes_key) or derived
    return pairs
