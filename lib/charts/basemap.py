"""The world map's geometry, shipped with the app so that maps draw with no network.

Plotly draws a geo subplot from a TopoJSON base map that it fetches at run time from a
CDN (`config.topojsonURL`, https://cdn.plot.ly/…), in the browser and in kaleido's
headless Chrome alike, and it fetches it even for a choropleth whose shapes come from an
inline `geojson` (plotly.js #6767). Offline, or behind a proxy that blocks it, the map
stays blank and the PNG export fails (Kaleido #155). So:

- the countries are drawn from `data/geo/countries-110m.geojson` (Natural Earth 1:110m,
  keyed by ISO 3166-1 alpha-3, Kosovo as XKX), passed inline to `go.Choropleth`;
- the base map plotly insists on (land, ocean, borders) is `data/geo/world_110m.json`,
  the same Natural Earth file plotly used to fetch, handed to plotly as a `data:` URL in
  `config.topojsonURL` (the browser, the HTML export) and to kaleido (`topojson=`).

data/geo/README.md says where both files come from. No Streamlit here.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from functools import cache

import plotly.graph_objects as go

from lib.paths import DATA_DIR

GEO_DIR = DATA_DIR / "geo"
COUNTRIES = GEO_DIR / "countries-110m.geojson"
BASE_MAP = GEO_DIR / "world_110m.json"
GEO_TRACES = {"choropleth", "scattergeo"}


@cache
def world() -> dict:
    """Every country's shape: a GeoJSON FeatureCollection, feature id = ISO alpha-3."""
    return json.loads(COUNTRIES.read_text(encoding="utf-8"))


@cache
def drawable() -> frozenset[str]:
    """The ISO alpha-3 codes the map has a shape for (small states such as Malta or
    Singapore are below the 1:110m scale)."""
    return frozenset(f["id"] for f in world()["features"])


def features(codes: Iterable[str]) -> dict:
    """The shapes of some countries only: a trace carries its own copy of its geojson,
    so each trace gets just the countries it draws."""
    wanted = set(codes)
    return {
        "type": "FeatureCollection",
        "features": [f for f in world()["features"] if f["id"] in wanted],
    }


@cache
def topojson_url() -> str:
    """The base map as a `data:` URL for `config.topojsonURL`. Plotly appends
    '<scope>_<resolution>m.json' to it: after '#' that is a fragment, which a data URL
    ignores, so the world map at 1:110m, the only one the dashboard draws, is found."""
    encoded = base64.b64encode(BASE_MAP.read_bytes()).decode("ascii")
    return f"data:application/json;base64,{encoded}#/"


def has_geo(fig: go.Figure) -> bool:
    return any(trace.type in GEO_TRACES for trace in fig.data)


def plotly_config(fig: go.Figure) -> dict:
    """The plotly config a figure needs to draw offline (empty when it has no map)."""
    return {"topojsonURL": topojson_url()} if has_geo(fig) else {}
