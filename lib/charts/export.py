"""Downloads: a chart as PNG, SVG or self-contained HTML, its data as CSV, and the file
names that say what they hold.

    cooccurrence_sentence_npmi_type-person-country_2015-11-24_2019-12-04.png

PNG and SVG are drawn by kaleido 1.x in a headless Chrome (Debian's chromium: `make
setup` installs it; `BROWSER_PATH` points elsewhere). One kaleido server is started per
process and kept: each image then takes a tenth of a second instead of two. HTML needs no
browser and embeds plotly.js, so it opens offline. No Streamlit here.

Every CSV the tool writes goes through `frame_csv`, which neutralises spreadsheet formulas
(OWASP, CSV injection): a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
return gets a leading `'`, so that Excel or LibreOffice shows it as text instead of running
it (`=HYPERLINK(…)` in a title, `-2+3+cmd|…` in a quote). Numbers, dates and other text are
written as they are: a negative number stays a number.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
from collections.abc import Iterable, Iterator, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from lib.charts import basemap
from lib.charts.style import EXPORT_WIDTH
from lib.queries.filters import Filters

MIME = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "html": "text/html",
    "csv": "text/csv",
}
_SEQ = (list, tuple, np.ndarray)
_lock = threading.Lock()  # kaleido's sync server answers one request at a time
_started = False


def _part(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", str(text)).strip("-").lower()


def filename(chart: str, filters: Filters, ext: str, *, parts: Sequence[str] = ()) -> str:
    """'<chart>_<chart settings>_<filters>.<ext>', safe on every file system."""
    pieces = [_part(chart), *(_part(p) for p in parts if p), filters.slug()]
    stem = "_".join(p for p in pieces if p)
    return f"{stem[:180]}.{ext}"


def browser_path() -> str | None:
    """The Chrome/Chromium kaleido will use, or None."""
    return (
        os.environ.get("BROWSER_PATH")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
        or shutil.which("google-chrome")
    )


def _ensure_server() -> None:
    global _started
    if _started:
        return
    import kaleido

    if browser_path() is None:
        raise RuntimeError(
            "PNG/SVG export needs Chrome or Chromium: run `make setup` (installs Debian's "
            "chromium) or set BROWSER_PATH to a Chrome executable."
        )
    kaleido.start_sync_server(mathjax=False, silence_warnings=True)
    _started = True


def figure_image(fig: go.Figure, fmt: str) -> bytes:
    """The chart as PNG (2x, for slides) or SVG, at the width its layout was planned for."""
    if fmt not in ("png", "svg"):
        raise ValueError(f"image format must be png or svg, not {fmt!r}")
    with _lock:
        _ensure_server()
        import kaleido

        # kaleido directly rather than fig.to_image: the same drawing, without plotly's
        # per-call options (a MathJax CDN URL) that the server ignores with a warning.
        opts = {
            "format": fmt,
            "width": fig.layout.width or EXPORT_WIDTH,
            "height": fig.layout.height or 500,
            "scale": 2 if fmt == "png" else 1,
        }
        # A map's base map from the app, not from plotly's CDN (lib.charts.basemap).
        topojson = basemap.topojson_url() if basemap.has_geo(fig) else None
        return kaleido.calc_fig_sync(fig.to_dict(), opts=opts, topojson=topojson)


def figure_html(fig: go.Figure) -> bytes:
    """A self-contained interactive page (plotly.js inlined: works offline)."""
    title = (
        fig.layout.title.text.split("<br>")[0]
        if fig.layout.title and fig.layout.title.text
        else "chart"
    )
    config = {"displaylogo": False, **basemap.plotly_config(fig)}
    html = fig.to_html(include_plotlyjs=True, full_html=True, config=config)
    return html.replace("<head>", f'<head><meta charset="utf-8"><title>{title}</title>', 1).encode(
        "utf-8"
    )


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: object) -> object:
    """A cell as a spreadsheet must read it: text that starts like a formula gets a leading
    `'` (shown as text, never run); everything else, numbers included, as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with `neutralise_formula` on every text cell and column name (a copy)."""
    out = frame.copy()
    for i in range(out.shape[1]):
        column = out.iloc[:, i]
        if isinstance(column.dtype, pd.CategoricalDtype):
            # each category once, not each cell (a long export repeats a few values a
            # million times); a missing cell stays missing, as a cell's map leaves it
            values = column.cat.categories.to_numpy(dtype=object)
            done = np.array([*map(neutralise_formula, values), np.nan], dtype=object)
            out.isetitem(i, pd.Series(done[column.cat.codes.to_numpy()], index=out.index))
            continue
        if not (column.dtype == object or pd.api.types.is_string_dtype(column.dtype)):
            continue  # numbers, booleans, dates: never a formula
        out.isetitem(i, column.map(neutralise_formula).astype(object))
    out.columns = [neutralise_formula(c) for c in out.columns]
    return out


def frame_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with BOM, so spreadsheet programs read accents right); lists joined by
    '|'; formulas neutralised (`neutralise_formula`). Every CSV download goes through here."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object and out[col].map(lambda v: isinstance(v, _SEQ)).any():
            out[col] = out[col].map(lambda v: "|".join(map(str, v)) if isinstance(v, _SEQ) else v)
    # CRLF line ends (RFC 4180) also make the writer quote a cell with a lone CR, which
    # would otherwise end the row there and start a new one (a bare "=…" cell).
    return neutralise_formulas(out).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def frames_csv(frames: Iterable[pd.DataFrame]) -> Iterator[bytes]:
    """frame_csv of frames with the same columns, one after another, as one CSV (the BOM
    and the header once): a long table written a batch at a time, never whole."""
    for i, frame in enumerate(frames):
        data = frame_csv(frame)
        # after the first: the BOM and the header line dropped (column names hold no line end)
        yield data.split(b"\r\n", 1)[1] if i else data
