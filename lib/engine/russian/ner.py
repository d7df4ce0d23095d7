"""Named-entity spans from natasha's news NER (slovnet weights and navec embeddings, both
shipped inside the natasha wheel: nothing is downloaded).

Only natasha's tokeniser-free NER is used here; lemmas come from pymorphy3
(lib.engine.russian.text), so natasha's pymorphy2-based vocabulary is never instantiated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class NERSpan:
    start: int  # offsets into the text the tagger was given (plus the block's offset)
    end: int
    label: str  # PER | LOC | ORG


@cache
def tagger():
    """natasha's NewsNERTagger, loaded once per process (about 1 s, 30 MB).

    The process's BLAS is held to one thread: slovnet's small numpy convolutions spend
    their time handing work between threads otherwise (10-20x slower on two cores), and
    the engine's parallelism is one process per core anyway."""
    from natasha import NewsEmbedding, NewsNERTagger
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    return NewsNERTagger(NewsEmbedding())


def tag_blocks(text: str, blocks: Sequence[tuple[int, int]]) -> list[NERSpan]:
    """NER over each block of text (a paragraph), batched; offsets into `text`."""
    pieces = [text[start:end] for start, end in blocks]
    spans: list[NERSpan] = []
    for (offset, _), markup in zip(blocks, tagger().map(pieces), strict=True):
        spans.extend(NERSpan(offset + s.start, offset + s.stop, s.type) for s in markup.spans)
    return spans
