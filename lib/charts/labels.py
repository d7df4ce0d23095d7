"""Placing text labels beside points so that they do not overlap each other or the points:
one greedy algorithm for the network and the scatter plots.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.charts.safe import visible_len
from lib.charts.style import CHAR_PX


@dataclass(frozen=True)
class LabelBox:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: LabelBox, pad: float = 2.0) -> bool:
        return not (
            self.x1 + pad <= other.x0
            or other.x1 + pad <= self.x0
            or self.y1 + pad <= other.y0
            or other.y1 + pad <= self.y0
        )


POSITIONS = ("middle right", "middle left", "top center", "bottom center")


def label_box(
    x: float,
    y: float,
    text: str,
    radius: float,
    position: str,
    *,
    char_px: float = CHAR_PX,
    line_px: float = 15.0,
) -> LabelBox:
    """Where a label of `text` at a marker of `radius` (pixels, y down) lies for a
    plotly textposition."""
    w = visible_len(text) * char_px
    gap = radius + 3
    if position == "middle right":
        return LabelBox(x + gap, y - line_px / 2, x + gap + w, y + line_px / 2)
    if position == "middle left":
        return LabelBox(x - gap - w, y - line_px / 2, x - gap, y + line_px / 2)
    if position == "top center":
        return LabelBox(x - w / 2, y - gap - line_px, x + w / 2, y - gap)
    return LabelBox(x - w / 2, y + gap, x + w / 2, y + gap + line_px)


def place_labels(
    candidates: pd.DataFrame,
    *,
    width: float,
    height: float,
    markers: pd.DataFrame | None = None,
    max_labels: int | None = None,
) -> dict[str, str]:
    """Label positions that overlap neither another label nor a marker nor the edge of the
    plot. `candidates` has key, x, y (pixels, y down), text, radius, most important first;
    `markers` (key, x, y, radius) are all the points drawn, the candidates by default.
    Returns key -> textposition for the candidates that get a label (the others keep only
    their hover text), at most `max_labels` of them."""
    markers = candidates if markers is None else markers
    boxes = [
        (key, LabelBox(x - r, y - r, x + r, y + r))
        for key, x, y, r in markers[["key", "x", "y", "radius"]].itertuples(index=False)
    ]
    placed: list[LabelBox] = []
    chosen: dict[str, str] = {}
    rows = candidates[["key", "x", "y", "text", "radius"]].itertuples(index=False)
    for key, x, y, text, radius in rows:
        if max_labels is not None and len(chosen) >= max_labels:
            break
        for position in POSITIONS:
            box = label_box(x, y, text, radius, position)
            if box.x0 < 0 or box.x1 > width or box.y0 < 0 or box.y1 > height:
                continue
            if any(box.overlaps(b) for b in placed):
                continue
            if any(box.overlaps(m, pad=0) for k, m in boxes if k != key):
                continue
            placed.append(box)
            chosen[key] = position
            break
    return chosen
