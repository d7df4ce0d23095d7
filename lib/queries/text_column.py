"""One string column of an Arrow file of the load cache (the article texts), read row by row
from the file with `os.pread` instead of through a memory map. No Streamlit here.

The pages show a few sentences of a few articles at a time, from anywhere in the corpus. Read
through the map, each one maps into the server's resident memory the whole page-cache folio
around it, and once the file has been read in order (the kernel reads ahead up to 8 MB on this
machine's disk and keeps what it read as large folios) that is up to megabytes a sentence:
the 200 sentences of one co-occurrence pair put 212 MB of article text in the server's memory
at 100k articles, 430 MB after a few pairs. Copied out with pread, a row costs its own bytes,
which go when its string does; the server keeps the column's offsets (8 bytes a row).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa


@dataclass(frozen=True)
class _Chunk:
    first_row: int
    offsets: np.ndarray  # int64, len + 1, relative to `data_at`
    valid: np.ndarray  # bool, len
    data_at: int  # the file offset of the chunk's character data


@dataclass(frozen=True)
class TextColumn:
    path: Path
    chunks: tuple[_Chunk, ...]
    n_rows: int

    def at(self, rows: Sequence[int] | np.ndarray) -> list[str | None]:
        """The strings at these row positions, in their order (None where null). Raises
        OSError when the file is gone (a run pruned under a running server)."""
        rows = np.asarray(rows, dtype=np.int64)
        if len(rows) and (rows.min() < 0 or rows.max() >= self.n_rows):
            raise IndexError(f"{self.path}: row out of range")
        firsts = np.array([c.first_row for c in self.chunks], dtype=np.int64)
        which = np.searchsorted(firsts, rows, side="right") - 1
        out: list[str | None] = []
        fd = os.open(self.path, os.O_RDONLY)
        try:
            for row, c in zip(rows.tolist(), which.tolist(), strict=True):
                chunk = self.chunks[c]
                i = row - chunk.first_row
                if not chunk.valid[i]:
                    out.append(None)
                    continue
                start, end = int(chunk.offsets[i]), int(chunk.offsets[i + 1])
                out.append(os.pread(fd, end - start, chunk.data_at + start).decode("utf-8"))
        finally:
            os.close(fd)
        return out


def _offsets_type(kind: pa.DataType) -> np.dtype | None:
    if pa.types.is_string(kind):
        return np.dtype(np.int32)
    if pa.types.is_large_string(kind):
        return np.dtype(np.int64)
    return None  # string views, dictionaries: not laid out as offsets + data


def of_file(path: Path, column: str) -> TextColumn | None:
    """The column's layout in an uncompressed Arrow IPC file (arrow_cache.write_arrow): each
    chunk's offsets and validity copied out, and where its characters start in the file.
    None when the column cannot be read so (absent, another type, a buffer outside the
    file: compressed)."""
    source = pa.memory_map(str(path))  # unmapped when its buffers go, on return
    base = source.read_buffer()  # the whole map, not read: its address locates the rest
    source.seek(0)
    table = pa.ipc.open_file(source).read_all()
    if column not in table.column_names:
        return None
    values = table[column]
    item = _offsets_type(values.type)
    if item is None:
        return None
    chunks, first = [], 0
    for array in values.chunks:
        _, offsets, data = array.buffers()
        n = len(array)
        inside = data is not None and base.address <= data.address <= base.address + base.size
        if n and not inside:
            return None
        ends = np.frombuffer(offsets, dtype=item, count=n + 1, offset=array.offset * item.itemsize)
        chunks.append(
            _Chunk(
                first_row=first,
                offsets=ends.astype(np.int64),  # copied: the map is let go
                valid=array.is_valid().to_numpy(zero_copy_only=False),
                data_at=data.address - base.address if inside else 0,
            )
        )
        first += n
    return TextColumn(Path(path), tuple(chunks), first)
